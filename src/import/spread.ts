// Room for every node of an overlay: over the curated map imported nodes are drawn as 150×46-px
// boxes (importedStylesheet.ts), wider than the 140-px grid the import lays out unpositioned nodes
// on and often wider than a file's own spacing, so boxes overlapped and an edge between two
// overlapping nodes vanished under them. Pure and linear in the nodes (a hash of grid cells), so it
// runs for 20,000 nodes without a pause.
import type { ImportedPosition } from './types';

/** A node's drawn box, in model units. */
export interface BoxSize {
  readonly width: number;
  readonly height: number;
}

/** An imported node over the curated map (IMPORTED_RULES in src/canvas/importedStylesheet.ts). */
export const OVERLAY_NODE_BOX: BoxSize = { width: 150, height: 46 };

/** Space kept between two boxes: room for the dashed border and for an edge to be seen. */
export const BOX_GAP = 30;

interface Placed {
  readonly id: string;
  readonly position: ImportedPosition;
}

/**
 * Two boxes of `box` overlap (or come closer than `gap`) somewhere in `nodes`: pairs are only
 * compared within neighbouring cells of a hash, so this is linear for spread-out layouts.
 */
export function anyOverlap(nodes: readonly Placed[], box: BoxSize, gap = 0): boolean {
  const w = box.width + gap;
  const h = box.height + gap;
  const cells = new Map<string, ImportedPosition[]>();
  for (const { position: p } of nodes) {
    const cx = Math.floor(p.x / w);
    const cy = Math.floor(p.y / h);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const q of cells.get(`${cx + dx},${cy + dy}`) ?? [])
          if (Math.abs(p.x - q.x) < w && Math.abs(p.y - q.y) < h) return true;
    const key = `${cx},${cy}`;
    const list = cells.get(key);
    if (list) list.push(p);
    else cells.set(key, [p]);
  }
  return false;
}

/**
 * Positions where no two boxes overlap, keeping the layout's shape: a layout whose boxes already
 * keep apart is returned as it is; otherwise it is scaled up (never down) to give each node about
 * one cell of room, then each node goes to the nearest free cell of a grid of `box` plus `gap`, in
 * the file's order. Odd rows are shifted by half a cell, so an edge between nodes two rows apart
 * passes between the boxes of the row in between instead of under one.
 */
export function spreadPositions(
  nodes: readonly Placed[],
  box: BoxSize = OVERLAY_NODE_BOX,
  gap = BOX_GAP,
): Map<string, ImportedPosition> {
  const out = new Map<string, ImportedPosition>();
  if (!anyOverlap(nodes, box, gap)) {
    for (const n of nodes) out.set(n.id, n.position);
    return out;
  }
  const cellW = box.width + gap;
  const cellH = box.height + gap;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { position: p } of nodes) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  // Twice the cells there are nodes: free cells stay near where a node wants to be.
  const area = Math.max(maxX - minX, cellW) * Math.max(maxY - minY, cellH);
  const scale = Math.max(1, Math.sqrt((2 * nodes.length * cellW * cellH) / area));
  const taken = new Set<string>();
  for (const { id, position: p } of nodes) {
    const row0 = Math.round(((p.y - minY) * scale) / cellH);
    const col0 = Math.round(((p.x - minX) * scale) / cellW - (row0 % 2 ? 0.5 : 0));
    const [col, row] = nearestFree(taken, col0, row0);
    taken.add(`${col},${row}`);
    out.set(id, { x: minX + (col + (row % 2 ? 0.5 : 0)) * cellW, y: minY + row * cellH });
  }
  return out;
}

/** The free cell nearest (col, row), searching rings outwards. */
function nearestFree(taken: ReadonlySet<string>, col: number, row: number): [number, number] {
  if (!taken.has(`${col},${row}`)) return [col, row];
  for (let r = 1; ; r++) {
    let best: [number, number] | undefined;
    let bestD = Infinity;
    for (let dy = -r; dy <= r; dy++)
      for (let dx = -r; dx <= r; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== r) continue;
        if (taken.has(`${col + dx},${row + dy}`)) continue;
        const d = dx * dx + dy * dy;
        if (d < bestD) {
          bestD = d;
          best = [col + dx, row + dy];
        }
      }
    if (best) return best;
  }
}
