// Search by name, synonym or identifier. Greek letters match their spelled-out forms, so "TNF-alpha",
// "tnfa" and "TNFα" all find the same node.
import type { Graph } from './graph';
import type { GraphNode } from './schema';

const GREEK: Record<string, string> = { α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', κ: 'kappa' };

/** Lower-case, spell Greek out, drop punctuation and spaces. */
export function normalize(s: string): string {
  return s
    .toLowerCase()
    .replace(/[αβγδκ]/g, (c) => GREEK[c] ?? c)
    .replace(/[^a-z0-9]/g, '');
}

export interface SearchHit {
  readonly node: GraphNode;
  /** The text that matched: the label, a synonym or an identifier. */
  readonly matched: string;
  readonly field: 'label' | 'synonym' | 'identifier';
}

/** Nodes matching `query`, best first: label prefix, then synonym prefix, then any substring. */
export function searchNodes(graph: Graph, query: string, limit = 10): SearchHit[] {
  const q = normalize(query);
  if (!q) return [];
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const node of graph.nodes) {
    const fields: [SearchHit['field'], string][] = [
      ['label', node.label],
      ...node.synonyms.map((s): [SearchHit['field'], string] => ['synonym', s]),
      ...node.identifiers.map((i): [SearchHit['field'], string] => ['identifier', i]),
    ];
    let best: { hit: SearchHit; score: number } | undefined;
    for (const [field, text] of fields) {
      const t = normalize(text);
      // Spelled-out Greek makes "tnfalpha"; let "tnfa" match it too.
      const idx = t.indexOf(q);
      if (idx < 0) continue;
      const score =
        (idx === 0 ? 0 : 2) + (field === 'label' ? 0 : field === 'synonym' ? 1 : 3) + (t === q ? -1 : 0);
      if (!best || score < best.score) best = { hit: { node, matched: text, field }, score };
    }
    if (best) scored.push(best);
  }
  return scored
    .sort((a, b) => a.score - b.score || a.hit.node.label.localeCompare(b.hit.node.label))
    .slice(0, limit)
    .map((s) => s.hit);
}
