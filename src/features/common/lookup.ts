// Look-ups by the plain string ids the store holds (a selection may come from a URL). Reading a
// map keyed by branded ids with a plain string is safe: an unknown id simply finds nothing.
import type { Edge, Graph } from '../../model/graph';
import type { GraphNode, Source } from '../../model/schema';

export const nodeOf = (graph: Graph, id: string): GraphNode | undefined => {
  const byId: ReadonlyMap<string, GraphNode> = graph.nodeById;
  return byId.get(id);
};

export const edgeOf = (graph: Graph, id: string): Edge | undefined => {
  const byId: ReadonlyMap<string, Edge> = graph.edgeById;
  return byId.get(id);
};

export const sourceOf = (graph: Graph, id: string): Source | undefined => {
  const byId: ReadonlyMap<string, Source> = graph.sourceById;
  return byId.get(id);
};

/** Relations with at least one piece of evidence citing this source directly. */
export const relationsCiting = (graph: Graph, sourceId: string): Edge[] =>
  graph.edges.filter((e) => e.evidence.some((ev) => ev.source === sourceId));
