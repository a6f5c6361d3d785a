// Which sources stand behind an entity: every source cited by the evidence of the entity's
// relations, with the relations it supports. An entity is only as well founded as its relations,
// so this is how a reader checks an entity at its sources.
import type { Edge, Graph } from './graph';
import type { NodeId, Source } from './schema';

/** A source and the relations of one entity that cite it. */
export interface EntitySource {
  readonly source: Source;
  /** The entity's relations with evidence from this source, in and then out, each once. */
  readonly relations: readonly Edge[];
}

/** The entity's relations, those acting on it and then those it acts through, each once. */
export function relationsOf(graph: Graph, id: NodeId): Edge[] {
  return [...new Set([...(graph.incoming.get(id) ?? []), ...(graph.outgoing.get(id) ?? [])])];
}

/**
 * Sources behind an entity's relations, the one supporting most of them first; among equals the newer
 * (the current state of knowledge before older background; undated last), then by id so the order
 * never depends on file order. A source cited twice in one relation counts that relation once; an
 * evidence item naming an unknown source is left out (the integrity checks report it).
 */
export function sourcesOfEntity(graph: Graph, id: NodeId): EntitySource[] {
  const bySource = new Map<Source, Edge[]>();
  for (const edge of relationsOf(graph, id)) {
    for (const sourceId of new Set(edge.evidence.map((ev) => ev.source))) {
      const source = graph.sourceById.get(sourceId);
      if (!source) continue;
      const list = bySource.get(source) ?? [];
      list.push(edge);
      bySource.set(source, list);
    }
  }
  return [...bySource]
    .map(([source, relations]) => ({ source, relations }))
    .sort(
      (a, b) =>
        b.relations.length - a.relations.length ||
        (b.source.year ?? 0) - (a.source.year ?? 0) ||
        (a.source.id < b.source.id ? -1 : a.source.id > b.source.id ? 1 : 0),
    );
}
