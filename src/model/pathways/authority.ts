// Which relations rest only on low-authority sources, for paths. The rule itself (which source kinds
// count as low authority, and the caveat shown) lives in one place, src/model/authority.ts, shared with
// the relation panel, story steps and exports.
import { authorityCaveat } from '../authority';
import type { Edge, Graph } from '../graph';

export { LOW_AUTHORITY_SOURCE_KINDS } from '../authority';

/** True when every piece of evidence behind the relation comes from a low-authority source. */
export function restsOnLowAuthority(graph: Graph, edge: Edge): boolean {
  return authorityCaveat(edge, graph.sourceById) !== undefined;
}
