// Relations read as sentences: "BMSC secretes TGF-β1".
import type { Edge, Graph } from './graph';
import { RELATION_TYPES } from './vocabulary';

export function relationSentence(graph: Graph, e: Edge): string {
  const s = graph.nodeById.get(e.source)?.label ?? e.source;
  const t = graph.nodeById.get(e.target)?.label ?? e.target;
  return `${s} ${RELATION_TYPES[e.relation].verb} ${t}`;
}

/** The strongest kind of evidence behind a relation: drives the edge's line style. */
export function evidenceStrength(e: Edge): 'primary' | 'review' | 'news' {
  if (
    e.evidence.some(
      (ev) => ev.kind === 'human-clinical' || ev.kind === 'animal-model' || ev.kind === 'in-vitro',
    )
  ) {
    return 'primary';
  }
  return e.evidence.some((ev) => ev.kind === 'review') ? 'review' : 'news';
}
