// Positions for imported nodes the file gives none for. A grid, in rows ordered as the file lists
// the nodes: linear in time, so 10,000 nodes take milliseconds in the worker, and it never moves a
// position the file stores. Positioned nodes keep theirs; the rest go in a grid below them.
import type { ImportedNetwork, ImportedNode, ImportedPosition } from './types';

/** Spacing of the grid, in model units; wide enough for a short label at zoom 1. */
export const GRID_DX = 140;
export const GRID_DY = 90;

/** The network with a position on every node, and whether any had to be made up. */
export function withPositions(network: ImportedNetwork): { network: ImportedNetwork; laidOut: number } {
  const missing = network.nodes.filter((n) => !n.position);
  if (missing.length === 0) return { network, laidOut: 0 };
  let top = 0;
  let left = 0;
  let any = false;
  for (const n of network.nodes) {
    if (!n.position) continue;
    if (!any || n.position.y > top) top = n.position.y;
    if (!any || n.position.x < left) left = n.position.x;
    any = true;
  }
  const start = any ? { x: left, y: top + GRID_DY * 2 } : { x: 0, y: 0 };
  const columns = Math.max(1, Math.ceil(Math.sqrt(missing.length * 1.6)));
  const placed = new Map<string, ImportedPosition>();
  missing.forEach((n, i) =>
    placed.set(n.id, {
      x: start.x + (i % columns) * GRID_DX,
      y: start.y + Math.floor(i / columns) * GRID_DY,
    }),
  );
  const nodes: ImportedNode[] = network.nodes.map((n) =>
    n.position ? n : { ...n, position: placed.get(n.id)! },
  );
  return { network: { ...network, nodes }, laidOut: missing.length };
}
