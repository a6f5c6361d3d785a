// Model → Cytoscape element definitions. New plain objects every time: Cytoscape mutates what it is
// given, so model objects are never passed in directly.
import type { ElementDefinition } from 'cytoscape';
import type { Graph } from '../model/graph';
import { evidenceStrength } from '../model/sentence';
import { lanePositions } from '../model/lanes';

/** Roughly the width of one character of a bold 17 px label, in px. */
const CHAR_W = 10.5;

/**
 * Node box size from its label: wide enough for one or two lines of text at the default font.
 * Labels wrap only at spaces, so the box is never narrower than the longest word
 * ("Chemotherapy-induced"), or that word would spill out of its box.
 */
export function nodeSize(label: string): { w: number; h: number; tw: number } {
  const chars = label.length;
  if (chars <= 11) return { w: Math.max(64, chars * 11 + 30), h: 46, tw: 140 };
  const longestWord = Math.max(...label.split(/\s+/).map((w) => w.length));
  const tw = Math.max(128, Math.ceil(longestWord * CHAR_W));
  return { w: tw + 26, h: chars <= 24 ? 64 : 84, tw };
}

export function toElements(graph: Graph): ElementDefinition[] {
  const positions = lanePositions(graph);
  const nodes: ElementDefinition[] = graph.nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id, label: n.label, kind: n.kind, ...nodeSize(n.label) },
    position: { ...positions.get(n.id)! },
  }));
  const edges: ElementDefinition[] = graph.edges.map((e) => ({
    group: 'edges',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      relation: e.relation,
      polarity: e.polarity,
      strength: evidenceStrength(e),
      // Width grows with the number of sources, capped so hubs stay readable.
      width: Math.min(2 + (new Set(e.evidence.map((ev) => ev.source)).size - 1) * 1.5, 6),
    },
  }));
  return [...nodes, ...edges];
}
