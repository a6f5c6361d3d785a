// The curated default layout: deterministic lanes from cause to outcome (therapies → cells →
// mediators/receptors → processes → conditions). Same input, same picture, on every machine.
// Pure, so the canvas draws it and the data exports carry it (positions in cyjs, GraphML, CSV, CX2).
import type { Graph } from './graph';
import type { NodeId } from './schema';
import type { NodeKind } from './vocabulary';

const LANE_OF: Record<NodeKind, number> = {
  therapy: 0,
  cell: 1,
  mediator: 2,
  receptor: 2,
  process: 3,
  condition: 4,
};
const COLUMN_GAP = 168;
const LANE_GAP = 56;
const ROW_GAP = 92;
// Twelve rows keep the picture about as tall as it is wide, like the canvas beside the panels.
const MAX_ROWS = 12;
const SWEEPS = 6;

/** Positions of every node in the lanes layout. */
export function lanePositions(graph: Graph): Map<NodeId, { x: number; y: number }> {
  const lanes: NodeId[][] = [[], [], [], [], []];
  // Start from a stable order: mechanism group of the first relation, then label.
  const groupOf = new Map<NodeId, string>();
  for (const e of graph.edges) {
    if (!groupOf.has(e.source)) groupOf.set(e.source, e.group);
    if (!groupOf.has(e.target)) groupOf.set(e.target, e.group);
  }
  const sorted = [...graph.nodes].sort(
    (a, b) =>
      (groupOf.get(a.id) ?? '').localeCompare(groupOf.get(b.id) ?? '') || a.label.localeCompare(b.label),
  );
  for (const n of sorted) lanes[LANE_OF[n.kind]]!.push(n.id);

  // Barycentre sweeps reduce crossings: each node moves towards the mean rank of its neighbours.
  const rank = new Map<NodeId, number>();
  const setRanks = () =>
    lanes.forEach((lane) => lane.forEach((id, i) => rank.set(id, i / Math.max(1, lane.length - 1))));
  setRanks();
  const neighbours = (id: NodeId) => [
    ...(graph.outgoing.get(id) ?? []).map((e) => e.target),
    ...(graph.incoming.get(id) ?? []).map((e) => e.source),
  ];
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    for (const lane of lanes) {
      const bary = new Map<NodeId, number>();
      lane.forEach((id, i) => {
        const ns = neighbours(id);
        const own = i / Math.max(1, lane.length - 1);
        bary.set(id, ns.length ? ns.reduce((s, n) => s + rank.get(n)!, 0) / ns.length : own);
      });
      lane.sort((a, b) => bary.get(a)! - bary.get(b)! || a.localeCompare(b));
      setRanks();
    }
  }

  // Crowded lanes spread over several columns; rows are filled left to right so the vertical order
  // found above is kept.
  const positions = new Map<NodeId, { x: number; y: number }>();
  let x = 0;
  for (const lane of lanes) {
    const columns = Math.max(1, Math.ceil(lane.length / MAX_ROWS));
    const rows = Math.ceil(lane.length / columns);
    lane.forEach((id, i) => {
      const col = i % columns;
      const row = Math.floor(i / columns);
      // Stagger alternate columns by half a row so labels in neighbouring columns do not line up.
      const stagger = col % 2 === 1 ? ROW_GAP / 2 : 0;
      positions.set(id, { x: x + col * COLUMN_GAP, y: (row - (rows - 1) / 2) * ROW_GAP + stagger });
    });
    x += columns * COLUMN_GAP + LANE_GAP;
  }
  return positions;
}
