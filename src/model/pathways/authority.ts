// Which sources carry little authority on their own: news items, web articles and opinion pieces.
// Decided from the source's kind in this one place, so every relation, path and story step resting
// only on them says so without a caveat copied by hand.
import type { Edge, Graph } from '../graph';
import type { SourceKind } from '../vocabulary';

export const LOW_AUTHORITY_SOURCE_KINDS: readonly SourceKind[] = ['news', 'web-article', 'opinion'];

/** True when every piece of evidence behind the relation comes from a low-authority source. */
export function restsOnLowAuthority(graph: Graph, edge: Edge): boolean {
  return edge.evidence.every((ev) => {
    const kind = graph.sourceById.get(ev.source)?.kind;
    return kind !== undefined && LOW_AUTHORITY_SOURCE_KINDS.includes(kind);
  });
}
