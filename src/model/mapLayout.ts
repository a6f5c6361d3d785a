// The whole map's default picture. The layered positions are computed once by `npm run layout` and
// stored in generated/layeredPositions.json, so every load shows the same picture and the first paint
// runs no layout engine. A stale file never breaks the app: stored positions are used for the nodes
// it knows, a node added since stands at the foot of its kind's column, and a graph the file was not
// made for (a test fixture, someone's own graph-data) falls back to the lanes.
import type { Graph } from './graph';
import { nodeById } from './ids';
import { lanePositions } from './lanes';
import { KIND_PARTITION } from './layered';
import STORED from './generated/layeredPositions.json';
import type { NodeId } from './schema';

/** The file `npm run layout` writes. */
export interface StoredLayout {
  readonly note: string;
  /**
   * What it was made from: the ELK version and the hash of the exact request ELK was given
   * (src/cli/layoutRun.ts, madeFrom), so a test can tell when the file is stale.
   */
  readonly elk: { readonly version: string; readonly request: string };
  /** Node id → centre [x, y] in Cytoscape model coordinates. */
  readonly positions: Readonly<Record<string, readonly [number, number] | readonly number[]>>;
}

export const STORED_LAYOUT_PATH = 'src/model/generated/layeredPositions.json';
export const STORED_LAYOUT: StoredLayout = STORED;

/** The layout the map opens with and the data exports carry. */
export const DEFAULT_MAP_LAYOUT = 'layered' as const;

/** Below this share of the file's nodes present, the file describes some other graph. */
const SAME_GRAPH_SHARE = 0.8;
const ROW_GAP = 92;

type Positions = Map<NodeId, { x: number; y: number }>;

/** Layered positions for every node of `graph`, or null when the stored file is for another graph. */
export function layeredPositions(graph: Graph, stored: StoredLayout = STORED_LAYOUT): Positions | null {
  const known = Object.keys(stored.positions);
  if (known.length === 0) return null;
  const present = known.filter((id) => nodeById(graph, id)).length;
  if (present < SAME_GRAPH_SHARE * known.length) return null;
  const positions: Positions = new Map();
  const missing: NodeId[] = [];
  for (const n of graph.nodes) {
    const p = stored.positions[n.id];
    if (p && Number.isFinite(p[0]) && Number.isFinite(p[1])) positions.set(n.id, { x: p[0]!, y: p[1]! });
    else missing.push(n.id);
  }
  if (missing.length) placeNewcomers(graph, positions, missing);
  return positions;
}

/**
 * Nodes the stored file does not know yet (graph-data changed since `npm run layout`): each goes to
 * the column of the nearest kind already placed, below everything, one row each. Readable, clearly
 * unfinished, and never on top of another node.
 */
function placeNewcomers(graph: Graph, positions: Positions, missing: readonly NodeId[]) {
  const columnOf = new Map<number, number>();
  let bottom = -Infinity;
  for (const [id, p] of positions) {
    const part = KIND_PARTITION[graph.nodeById.get(id)!.kind];
    columnOf.set(part, Math.max(columnOf.get(part) ?? -Infinity, p.x));
    bottom = Math.max(bottom, p.y);
  }
  if (!Number.isFinite(bottom)) bottom = 0;
  const parts = [...columnOf.keys()];
  const rowsUsed = new Map<number, number>();
  for (const id of missing) {
    const part = KIND_PARTITION[graph.nodeById.get(id)!.kind];
    const nearest = parts.length
      ? parts.reduce((best, p) => (Math.abs(p - part) < Math.abs(best - part) ? p : best))
      : part;
    const x = columnOf.get(nearest) ?? part * 250;
    const row = (rowsUsed.get(x) ?? 0) + 1;
    rowsUsed.set(x, row);
    positions.set(id, { x, y: bottom + row * ROW_GAP });
  }
}

/** Positions of the default picture: layered when the stored file fits the graph, else the lanes. */
export function defaultPositions(graph: Graph): Positions {
  return layeredPositions(graph) ?? lanePositions(graph);
}
