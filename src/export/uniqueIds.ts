// Ids unique across nodes and edges, in every export. A file may give a node and an edge the same id
// (CX numbers its nodes and its edges from the same "@id" counter but lets them overlap, and NDEx's
// networks do), and an imported network keeps its ids as the file had them. Plain cytoscape.js (and
// anything else with one id space, such as GraphML's XML ids) silently drops an element whose id is
// taken: 42 of 74 edges of NDEx's WNT networks vanished. So before writing, an edge whose id is a
// node's (or an earlier edge's) gets a free one, "e" + its id, and keeps its id from the file as
// `original_id`. Nothing changes when no id collides, so the curated graph's exports stay as they were.
import type { Edge } from '../model/graph';
import { renamedRelationId } from '../model/ids';
import type { ExportView, ExtraValue } from './view';

/** The attribute that keeps an edge's id from its file when the export had to give it another. */
export const ORIGINAL_ID = 'original_id';

/** The view with every edge id unique across nodes and edges; the view itself when it already is. */
export function withUniqueIds(view: ExportView): ExportView {
  const nodeIds = new Set<string>(view.nodes.map((n) => n.id));
  const seen = new Set<string>();
  const clashes = view.edges.some((e) => {
    const taken = nodeIds.has(e.id) || seen.has(e.id);
    seen.add(e.id);
    return taken;
  });
  if (!clashes) return view;

  // Every id in the file stays taken, so a new id never lands on a later edge's own.
  const taken = new Set<string>([...nodeIds, ...view.edges.map((e) => e.id as string)]);
  const kept = new Set<string>();
  const extraEdges = new Map(view.extra?.edges ?? []);
  const edges = view.edges.map((e): Edge => {
    if (!nodeIds.has(e.id) && !kept.has(e.id)) {
      kept.add(e.id);
      return e;
    }
    let id = `e${e.id}`;
    for (let n = 2; taken.has(id); n++) id = `e${e.id}_${n}`;
    taken.add(id);
    const own = view.extra?.edges.get(e.id) ?? {};
    // A file that already says where an id came from (a re-imported export) keeps that first id.
    const original: ExtraValue = Object.prototype.hasOwnProperty.call(own, ORIGINAL_ID)
      ? own[ORIGINAL_ID]!
      : e.id;
    extraEdges.set(id, { ...own, [ORIGINAL_ID]: original });
    return { ...e, id: renamedRelationId(id) };
  });
  return { ...view, edges, extra: { nodes: view.extra?.nodes ?? new Map(), edges: extraEdges } };
}
