// Model → Cytoscape element definitions. New plain objects every time: Cytoscape mutates what it is
// given, so model objects are never passed in directly.
import type { ElementDefinition } from 'cytoscape';
import type { Graph } from '../model/graph';
import { evidenceStrength } from '../model/sentence';
import { defaultPositions } from '../model/mapLayout';
import { nodeSize } from '../model/nodeSize';

export function toElements(graph: Graph): ElementDefinition[] {
  const positions = defaultPositions(graph);
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
