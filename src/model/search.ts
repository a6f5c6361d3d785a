// Search by name, synonym or identifier, the obvious answer first. Greek letters match both their
// spelled-out names and the single Latin letters people type for them, so "TNF-alpha", "tnfa" and
// "TNFα" find the same node, and "TGF-beta1" or "tgfb1" find "TGF-β1".
import type { Graph } from './graph';
import { GREEK_NAMES as GREEK } from './greek';
import type { GraphNode } from './schema';

const GREEK_CLASS = `[${Object.keys(GREEK).join('')}]`;
const GREEK_RE = new RegExp(GREEK_CLASS, 'g');
const HAS_GREEK = new RegExp(GREEK_CLASS);
/** Where the Latin initial is the usual stand-in (IL-1b, NF-kB); elsewhere the initial is ambiguous. */
const GREEK_INITIAL: Record<string, string> = { alpha: 'a', beta: 'b', gamma: 'g', delta: 'd', kappa: 'k' };

const spellGreek = (s: string) => s.toLowerCase().replace(GREEK_RE, (c) => ` ${GREEK[c] ?? c} `);

/** Lower-case, spell Greek out, drop punctuation and spaces. */
export function normalize(s: string): string {
  return spellGreek(s).replace(/[^a-z0-9]/g, '');
}

/** One way of writing a text, squeezed, with the offsets where its words begin. */
interface Form {
  readonly text: string;
  readonly wordStarts: ReadonlySet<number>;
}

/** The spelled-out form, and the Latin-initial form when the text has Greek letters. */
function formsOf(s: string): Form[] {
  const lower = s.toLowerCase();
  const variants = [spellGreek(lower)];
  if (HAS_GREEK.test(lower)) {
    variants.push(lower.replace(GREEK_RE, (c) => ` ${GREEK_INITIAL[GREEK[c] ?? ''] ?? GREEK[c] ?? c} `));
  }
  return variants.map((v) => {
    let text = '';
    const wordStarts = new Set<number>([0]);
    let gap = false;
    for (const c of v) {
      if (/[a-z0-9]/.test(c)) {
        if (gap) wordStarts.add(text.length);
        text += c;
        gap = false;
      } else gap = true;
    }
    return { text, wordStarts };
  });
}

export interface SearchHit {
  readonly node: GraphNode;
  /** The text that matched: the label, a synonym or an identifier. */
  readonly matched: string;
  readonly field: 'label' | 'synonym' | 'identifier';
}

/** How a text matched, better first. */
const Match = { Exact: 0, Prefix: 1, WordStart: 2, Inside: 3 } as const;
type Match = (typeof Match)[keyof typeof Match];

function matchOf(forms: readonly Form[], q: string): Match | undefined {
  let best: Match | undefined;
  for (const { text, wordStarts } of forms) {
    let m: Match | undefined;
    if (text === q) m = Match.Exact;
    else if (text.startsWith(q)) m = Match.Prefix;
    else {
      for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) {
        m = wordStarts.has(i) ? Match.WordStart : Match.Inside;
        if (m === Match.WordStart) break;
      }
    }
    if (m !== undefined && (best === undefined || m < best)) best = m;
  }
  return best;
}

/** Something a search can find (a curated entity, an imported node), by its names. */
export interface Searchable<T> {
  readonly item: T;
  readonly id: string;
  readonly label: string;
  readonly synonyms: readonly string[];
  readonly identifiers: readonly string[];
  /** Links in and out: the better-connected one is the likelier one meant. */
  readonly degree: number;
}

/** A found item, with what matched. */
export interface Found<T> {
  readonly item: T;
  readonly matched: string;
  readonly field: SearchHit['field'];
  /** How well it matched, lower is better: for merging the hits of several searches. */
  readonly tier: number;
}

interface Ranked<T> {
  readonly hit: Found<T>;
  readonly id: string;
  readonly label: string;
  /** Match quality, then label before synonym or identifier. */
  readonly tier: number;
  /** The shortest way of writing the matched text: less left over beyond what was typed. */
  readonly length: number;
  readonly degree: number;
}

/** Best first: tier, then shorter, then better connected, then label and id (a total, stable order). */
function compareRanked<T>(a: Ranked<T>, b: Ranked<T>): number {
  return (
    a.tier - b.tier ||
    a.length - b.length ||
    b.degree - a.degree ||
    a.label.localeCompare(b.label, 'en') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

interface IndexedField {
  readonly field: SearchHit['field'];
  readonly text: string;
  readonly forms: readonly Form[];
  readonly length: number;
}

/** The searchable forms of an item's names, worked out once rather than on every keystroke. */
export interface SearchIndex<T> {
  readonly entries: readonly { readonly entry: Searchable<T>; readonly fields: readonly IndexedField[] }[];
}

export function buildSearchIndex<T>(items: readonly Searchable<T>[]): SearchIndex<T> {
  return {
    entries: items.map((entry) => {
      const named: [SearchHit['field'], string][] = [
        ['label', entry.label],
        ...entry.synonyms.map((s): [SearchHit['field'], string] => ['synonym', s]),
        ...entry.identifiers.map((i): [SearchHit['field'], string] => ['identifier', i]),
      ];
      return {
        entry,
        fields: named.map(([field, text]) => {
          const forms = formsOf(text);
          return { field, text, forms, length: Math.min(...forms.map((f) => f.text.length)) };
        }),
      };
    }),
  };
}

/**
 * Items matching `query`, best first: exact matches, then prefixes, then matches at the start of a
 * word, then anywhere; at each step a label beats a synonym or identifier. Among equals, the shorter
 * matched text, then the better-connected item, then the label alphabetically.
 */
export function searchIndex<T>(index: SearchIndex<T>, query: string, limit = 10): Found<T>[] {
  const q = normalize(query);
  if (!q) return [];
  const ranked: Ranked<T>[] = [];
  for (const { entry, fields } of index.entries) {
    let best: Ranked<T> | undefined;
    for (const { field, text, forms, length } of fields) {
      const m = matchOf(forms, q);
      if (m === undefined) continue;
      const candidate: Ranked<T> = {
        hit: { item: entry.item, matched: text, field, tier: m * 2 + (field === 'label' ? 0 : 1) },
        id: entry.id,
        label: entry.label,
        tier: m * 2 + (field === 'label' ? 0 : 1),
        length,
        degree: entry.degree,
      };
      if (!best || compareRanked(candidate, best) < 0) best = candidate;
    }
    if (best) ranked.push(best);
  }
  return ranked
    .sort(compareRanked)
    .slice(0, limit)
    .map((r) => r.hit);
}

/** Curated entities matching `query`, best first (see searchIndex for the order). */
export function searchNodes(graph: Graph, query: string, limit = 10): SearchHit[] {
  return searchHits(graph, query, limit).map(({ item, matched, field }) => ({ node: item, matched, field }));
}

/** searchNodes with each hit's tier, for merging with the hits of imported layers. */
export function searchHits(graph: Graph, query: string, limit = 10): Found<GraphNode>[] {
  return searchIndex(indexOf(graph), query, limit);
}

const indexes = new WeakMap<Graph, SearchIndex<GraphNode>>();

function indexOf(graph: Graph): SearchIndex<GraphNode> {
  const cached = indexes.get(graph);
  if (cached) return cached;
  const index = buildSearchIndex(
    graph.nodes.map((node) => ({
      item: node,
      id: node.id,
      label: node.label,
      synonyms: node.synonyms,
      identifiers: node.identifiers,
      degree: (graph.incoming.get(node.id)?.length ?? 0) + (graph.outgoing.get(node.id)?.length ?? 0),
    })),
  );
  indexes.set(graph, index);
  return index;
}
