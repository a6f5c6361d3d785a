// What the canvas should emphasise right now, derived from store state: a story step, a path, or
// the selection. Pure: it reads the graph and the store's ids, not Cytoscape.
import type { Graph } from '../model/graph';
import { neighbourhood, shortestPaths, type Subgraph } from '../model/queries';
import type { NodeId, RelationId } from '../model/schema';
import type { Story } from '../model/story';
import type { AppState } from '../store/store';

export function storyFocus(story: Story | undefined, step: number): Subgraph | null {
  const s = story?.steps[step];
  if (!s) return null;
  return { nodes: new Set(s.show.nodes), edges: new Set(s.show.relations) };
}

export function selectionFocus(
  graph: Graph,
  state: Pick<AppState, 'selection' | 'panel' | 'path'>,
): Subgraph | null {
  if (state.panel === 'paths' && state.path.from && state.path.to) {
    const paths = shortestPaths(graph, state.path.from, state.path.to, { directed: state.path.directed });
    const nodes = new Set<NodeId>();
    const edges = new Set<RelationId>();
    for (const p of paths)
      for (const e of p) {
        edges.add(e.id);
        nodes.add(e.source);
        nodes.add(e.target);
      }
    nodes.add(state.path.from);
    nodes.add(state.path.to);
    return { nodes, edges };
  }
  const sel = state.selection;
  if (!sel) return null;
  if (sel.type === 'node' && graph.nodeById.has(sel.id as NodeId))
    return neighbourhood(graph, sel.id as NodeId);
  if (sel.type === 'edge') {
    const e = graph.edgeById.get(sel.id as RelationId);
    return e ? { nodes: new Set([e.source, e.target]), edges: new Set([e.id]) } : null;
  }
  if (sel.type === 'source') {
    const edges = graph.edges.filter((e) => e.evidence.some((ev) => ev.source === sel.id));
    return {
      nodes: new Set(edges.flatMap((e) => [e.source, e.target])),
      edges: new Set(edges.map((e) => e.id)),
    };
  }
  return null;
}
