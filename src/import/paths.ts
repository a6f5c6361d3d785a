// Paths between two nodes of an imported network: every simple chain of edges from one to the
// other, up to a length, with its net sign where the file signs every step. The curated path finder
// (src/model/pathways) reads curated evidence and contexts an imported file does not have; this one
// reads only the file's edges and their polarity (src/import/polarity.ts), so its answers are the
// user's network, never curated evidence. Pure and bounded: a walk only enters a node from which
// the target is still reachable in the steps left, and stops after `limit` paths.
import type { ImportedEdge, ImportedNetwork } from './types';

/** One path: the nodes visited and the edges walked (one fewer), with its net effect. */
export interface ImportedPath {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
  /** +1 or −1: the product of the steps' signs; 0 when a step is unsigned (net effect unknown). */
  readonly net: -1 | 0 | 1;
}

export interface ImportedPathSet {
  readonly paths: readonly ImportedPath[];
  /** True when the limit cut the search short. */
  readonly truncated: boolean;
}

export const IMPORTED_PATH_MAX_LENGTH = 4;
const DEFAULT_LIMIT = 100;

/**
 * An edge the file gives no direction (an undirected network, or an edge marked `directed: false`)
 * and no sign: it is walked both ways and drawn without an arrow head. A signed edge keeps its
 * direction: its sign is an effect of its source on its target.
 */
export function isUndirected(networkDirected: boolean, e: ImportedEdge): boolean {
  if (e.polarity !== 0) return false;
  const stated = e.attributes.directed;
  return stated === false || stated === 'false' || (!networkDirected && stated !== true && stated !== 'true');
}

interface Step {
  readonly edge: ImportedEdge;
  readonly to: string;
}

const adjacency = new WeakMap<ImportedNetwork, ReadonlyMap<string, readonly Step[]>>();

/** Steps out of each node: edges forwards, and undirected ones backwards too. */
function stepsOf(network: ImportedNetwork): ReadonlyMap<string, readonly Step[]> {
  const cached = adjacency.get(network);
  if (cached) return cached;
  const out = new Map<string, Step[]>();
  const add = (from: string, step: Step) => {
    const list = out.get(from);
    if (list) list.push(step);
    else out.set(from, [step]);
  };
  for (const edge of network.edges) {
    add(edge.source, { edge, to: edge.target });
    if (isUndirected(network.directed, edge) && edge.source !== edge.target)
      add(edge.target, { edge, to: edge.source });
  }
  adjacency.set(network, out);
  return out;
}

/** Steps needed from each node to reach `to` (breadth first, backwards), up to `max`. */
function distancesTo(
  steps: ReadonlyMap<string, readonly Step[]>,
  to: string,
  max: number,
): Map<string, number> {
  const back = new Map<string, string[]>();
  for (const [from, list] of steps)
    for (const s of list) {
      const l = back.get(s.to);
      if (l) l.push(from);
      else back.set(s.to, [from]);
    }
  const dist = new Map([[to, 0]]);
  let frontier = [to];
  for (let d = 1; d <= max && frontier.length; d++) {
    const next: string[] = [];
    for (const n of frontier)
      for (const p of back.get(n) ?? [])
        if (!dist.has(p)) {
          dist.set(p, d);
          next.push(p);
        }
    frontier = next;
  }
  return dist;
}

/**
 * Every simple path from `from` to `to` of at most `maxLength` edges, shortest first, then signed
 * before unknown, then in the order the file lists the edges; at most `limit` of them.
 */
export function importedPaths(
  network: ImportedNetwork,
  from: string,
  to: string,
  {
    maxLength = IMPORTED_PATH_MAX_LENGTH,
    limit = DEFAULT_LIMIT,
  }: { maxLength?: number; limit?: number } = {},
): ImportedPathSet {
  if (from === to) return { paths: [], truncated: false };
  const steps = stepsOf(network);
  const dist = distancesTo(steps, to, maxLength);
  const found: ImportedPath[] = [];
  let truncated = false;
  const nodes = [from];
  const edges: ImportedEdge[] = [];
  const onPath = new Set([from]);
  // Paths of exactly `length` edges: run for 1, 2, … so the limit keeps the shortest ones.
  const walk = (at: string, length: number): void => {
    for (const { edge, to: next } of steps.get(at) ?? []) {
      if (truncated) return;
      const d = dist.get(next);
      if (d === undefined || d > length - edges.length - 1 || onPath.has(next)) continue;
      nodes.push(next);
      edges.push(edge);
      if (next === to) {
        if (edges.length === length) {
          if (found.length >= limit) truncated = true;
          else {
            const net = edges.reduce<number>((s, e) => s * e.polarity, 1);
            found.push({ nodes: [...nodes], edges: edges.map((e) => e.id), net: net as -1 | 0 | 1 });
          }
        }
      } else {
        onPath.add(next);
        walk(next, length);
        onPath.delete(next);
      }
      nodes.pop();
      edges.pop();
    }
  };
  for (let length = 1; length <= maxLength && !truncated; length++) walk(from, length);
  const rank = (p: ImportedPath) => p.edges.length * 2 + (p.net === 0 ? 1 : 0);
  // A stable sort: among equals, the order the file lists the edges.
  return { paths: found.sort((a, b) => rank(a) - rank(b)), truncated };
}
