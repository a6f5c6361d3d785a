// From plain strings (a link, a form control, a Cytoscape event) to the graph's branded ids. The id
// returned is the graph's own, so nothing after the boundary casts a string to an id; an unknown
// string simply finds nothing.
import type { Edge, Graph } from './graph';
import type { GraphNode, RelationId, Source } from './schema';
import type { CuratedSelection } from './view';

/** The entity with this id, if the graph has one. */
export function nodeById(graph: Graph, raw: string): GraphNode | undefined {
  const byId: ReadonlyMap<string, GraphNode> = graph.nodeById;
  return byId.get(raw);
}

/** The relation with this id, if the graph has one. */
export function edgeById(graph: Graph, raw: string): Edge | undefined {
  const byId: ReadonlyMap<string, Edge> = graph.edgeById;
  return byId.get(raw);
}

/** The source with this id, if the bibliography has one. */
export function sourceById(graph: Graph, raw: string): Source | undefined {
  const byId: ReadonlyMap<string, Source> = graph.sourceById;
  return byId.get(raw);
}

/** A selection of an element of the graph, from its type and a plain id; null if there is none. */
export function selectionOf(graph: Graph, type: string, raw: string): CuratedSelection | null {
  if (type === 'node') {
    const n = nodeById(graph, raw);
    return n ? { type, id: n.id } : null;
  }
  if (type === 'edge') {
    const e = edgeById(graph, raw);
    return e ? { type, id: e.id } : null;
  }
  if (type === 'source') {
    const s = sourceById(graph, raw);
    return s ? { type, id: s.id } : null;
  }
  return null;
}

/**
 * The id an export gives a relation whose own id clashes with another element's
 * (src/export/uniqueIds.ts). It exists only in the written file and names nothing in the graph, so
 * there is nothing to look up: it is made here, the one place that makes ids, rather than cast where
 * it is used.
 */
export const renamedRelationId = (raw: string): RelationId => raw as RelationId;
