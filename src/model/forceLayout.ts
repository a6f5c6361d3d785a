// A force-directed layout for networks of any size: d3-force's simulation (springs on edges, Barnes–Hut
// repulsion between nodes, a weak pull to the centre so separate components stay near), stepped by
// hand so a worker can report progress and be stopped between steps. Pure and deterministic: d3-force
// places nodes on a phyllotaxis spiral and jiggles with its own seeded generator, so one network gets
// the same picture every time. Works on plain arrays (node indices), not on the app's types, so the
// worker and the benchmark hand it the least they can.
import {
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { IndexedGraph } from './indexedGraph';

/** What the force layout reads: the network by node index. */
export type ForceGraph = IndexedGraph;

/** The mean edge length of the result, in model units (the import grid's spacing is 140 × 90). */
export const FORCE_EDGE_LENGTH = 160;

/**
 * How many steps a network of `n` nodes gets: d3's own 300 up to 1,000 nodes, fewer above, down to
 * 150 from 10,000 (each step costs n log n, and a big network's picture is read far out, where the
 * last refinements do not show).
 */
export function forceSteps(n: number): number {
  if (n <= 1000) return 300;
  if (n >= 10000) return 150;
  return Math.round(300 - ((n - 1000) / 9000) * 150);
}

/** A layout under way: `step` runs up to `steps` more steps and returns how many are done. */
export interface ForceRun {
  readonly total: number;
  step(steps: number): number;
  /** x, y of each node in index order, scaled so the mean edge is FORCE_EDGE_LENGTH long. */
  positions(): Float64Array;
}

export function startForceLayout(graph: ForceGraph, total = forceSteps(graph.nodeCount)): ForceRun {
  const nodes: SimulationNodeDatum[] = Array.from({ length: graph.nodeCount }, () => ({}));
  const links: SimulationLinkDatum<SimulationNodeDatum>[] = [];
  for (let i = 0; i + 1 < graph.edges.length; i += 2) {
    const s = graph.edges[i]!;
    const t = graph.edges[i + 1]!;
    // A self-loop pulls a node to itself: no force, only a division by a zero length.
    if (s !== t && s < graph.nodeCount && t < graph.nodeCount) links.push({ source: s, target: t });
  }
  const simulation = forceSimulation(nodes)
    .force('link', forceLink(links).distance(40))
    .force('charge', forceManyBody().strength(-60).theta(0.9))
    .force('x', forceX().strength(0.02))
    .force('y', forceY().strength(0.02))
    // d3 cools from alpha 1 to alphaMin in `total` steps.
    .alphaDecay(1 - Math.pow(0.001, 1 / Math.max(1, total)))
    .stop();
  let done = 0;
  return {
    total,
    step(steps) {
      const until = Math.min(total, done + Math.max(0, steps));
      for (; done < until; done++) simulation.tick();
      return done;
    },
    positions() {
      let sum = 0;
      for (const l of links) {
        const s = l.source as SimulationNodeDatum;
        const t = l.target as SimulationNodeDatum;
        sum += Math.hypot(s.x! - t.x!, s.y! - t.y!);
      }
      const scale = links.length && sum > 0 ? FORCE_EDGE_LENGTH / (sum / links.length) : 4;
      const out = new Float64Array(nodes.length * 2);
      nodes.forEach((n, i) => {
        // `|| 0`: no -0, which a stored record would not keep.
        out[2 * i] = Math.round(n.x! * scale * 10) / 10 || 0;
        out[2 * i + 1] = Math.round(n.y! * scale * 10) / 10 || 0;
      });
      return out;
    },
  };
}

/** The whole layout at once (for tests and the command line). */
export function forceLayout(graph: ForceGraph, total?: number): Float64Array {
  const run = startForceLayout(graph, total);
  run.step(run.total);
  return run.positions();
}
