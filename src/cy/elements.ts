// Model → Cytoscape element definitions. New plain objects every time: Cytoscape mutates what it is
// given, so model objects are never passed in directly.
import type { ElementDefinition } from 'cytoscape';
import type { Graph } from '../model/graph';
import { evidenceStrength } from '../model/sentence';
import { lanePositions } from './lanes';

/** Node box size from its label: wide enough for one or two lines of text at the default font. */
export function nodeSize(label: string): { w: number; h: number; tw: number } {
  const chars = label.length;
  if (chars <= 11) return { w: Math.max(64, chars * 11 + 30), h: 46, tw: 140 };
  return { w: 154, h: chars <= 24 ? 64 : 84, tw: 128 };
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
