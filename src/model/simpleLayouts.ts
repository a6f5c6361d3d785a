// The plain layouts of an imported network: grid, circle and concentric rings by degree. Pure and
// linear (or n log n), so even 10,000 nodes take milliseconds on the main thread; the force layout,
// which costs seconds, runs in a worker (forceLayout.ts). Positions are x, y pairs in node index
// order, as the force layout gives them.
import type { IndexedGraph } from './indexedGraph';

/** Spacing of the grid, in model units: the import grid's, wide enough for a short label. */
const DX = 140;
const DY = 90;
/** Distance between neighbours on a circle or ring, and between rings. */
const ARC = 70;
const RING_GAP = 110;

/** Rows of nodes in index order (the file's order), a little wider than tall. */
export function gridLayout(graph: IndexedGraph): Float64Array {
  const n = graph.nodeCount;
  const columns = Math.max(1, Math.ceil(Math.sqrt(n * 1.6)));
  const out = new Float64Array(n * 2);
  for (let i = 0; i < n; i++) {
    out[2 * i] = (i % columns) * DX;
    out[2 * i + 1] = Math.floor(i / columns) * DY;
  }
  return out;
}

// `|| 0`: no -0 in stored positions.
const round = (v: number) => Math.round(v * 10) / 10 || 0;

/** One circle in index order, its radius giving each node ARC of arc. */
export function circleLayout(graph: IndexedGraph): Float64Array {
  const n = graph.nodeCount;
  const out = new Float64Array(n * 2);
  const radius = n <= 1 ? 0 : Math.max(ARC, (n * ARC) / (2 * Math.PI));
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / Math.max(1, n) - Math.PI / 2;
    out[2 * i] = round(radius * Math.cos(a));
    out[2 * i + 1] = round(radius * Math.sin(a));
  }
  return out;
}

/** How many edges touch each node (a self-loop counts twice, as in Cytoscape). */
export function degrees(graph: IndexedGraph): Uint32Array {
  const d = new Uint32Array(graph.nodeCount);
  for (const end of graph.edges) if (end < d.length) d[end]!++;
  return d;
}

/**
 * Rings around the best-connected node: nodes by degree, highest first (ties in file order), the
 * inner rings filled first, each ring holding as many as its circumference gives ARC to.
 */
export function concentricLayout(graph: IndexedGraph): Float64Array {
  const n = graph.nodeCount;
  const d = degrees(graph);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => d[b]! - d[a]! || a - b);
  const out = new Float64Array(n * 2);
  let ring = 0;
  let k = 0;
  while (k < n) {
    const radius = ring * RING_GAP;
    const capacity = ring === 0 ? 1 : Math.floor((2 * Math.PI * radius) / ARC);
    const count = Math.min(capacity, n - k);
    for (let j = 0; j < count; j++) {
      const a = (2 * Math.PI * j) / count - Math.PI / 2;
      const i = order[k + j]!;
      out[2 * i] = round(radius * Math.cos(a));
      out[2 * i + 1] = round(radius * Math.sin(a));
    }
    k += count;
    ring++;
  }
  return out;
}
