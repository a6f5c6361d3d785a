// ELK in node, for the layout commands and the tests: the same input and options the browser worker
// uses for pathway diagrams, run in-process.
import { createRequire } from 'node:module';
import ELK from 'elkjs/lib/elk.bundled.js';
import { contentHash, type Graph } from '../model/graph';
import { elkCentres, elkInput, WHOLE_MAP_OPTIONS, type ElkInput, type ElkOutput } from '../model/layered';
import { loadGraph } from '../model/load';
import { formatProblem } from '../model/problems';
import { readGraphFiles } from './readGraphFiles';

/** The curated graph, or a printed list of problems and exit code 1. */
export function loadGraphOrExit(dir = 'graph-data'): Graph {
  const result = loadGraph(readGraphFiles(dir));
  if (!result.ok) {
    for (const p of result.problems) console.error(formatProblem(p));
    console.error(`graph-data has problems; fix them first (npm run validate).`);
    process.exit(1);
  }
  return result.graph;
}

/** The installed ELK's version: another version may place the same nodes differently. */
export const ELK_VERSION: string = (
  createRequire(import.meta.url)('elkjs/package.json') as { version: string }
).version;

/** What the whole map asks ELK: every node's box and partition, every relation, the options. */
export function wholeMapRequest(graph: Graph): ElkInput {
  return elkInput(graph.nodes, graph.edges, WHOLE_MAP_OPTIONS);
}

/**
 * The whole map's request and the ELK that answers it, as one hash, recorded in the positions file.
 * ELK runs with a fixed seed, so the same request to the same version gives the same positions: a
 * test can tell the stored file from a fresh run's without the run (25 s of CPU, minutes on a
 * loaded machine). Anything that changes what ELK is given (the data, a label's box, an option,
 * how partitions are made) or which ELK answers changes the hash.
 */
export function requestFingerprint(graph: Graph): string {
  return contentHash([`elkjs ${ELK_VERSION}`, JSON.stringify(wholeMapRequest(graph))]);
}

/** What the positions file records of how it was made; unequal to today's, the file is stale. */
export function madeFrom(graph: Graph): { version: string; request: string } {
  return { version: ELK_VERSION, request: requestFingerprint(graph) };
}

/** Node centres ELK gives for `input`. */
export async function layOut(input: ElkInput): Promise<Map<string, { x: number; y: number }>> {
  // ELK's types want mutable arrays; copies of our read-only ones satisfy them without a cast.
  const out: ElkOutput = await new ELK().layout({
    ...input,
    children: [...input.children],
    edges: [...input.edges],
  });
  return elkCentres(out);
}

/** Node centres of the whole graph in the layered layout. */
export function runLayered(graph: Graph): Promise<Map<string, { x: number; y: number }>> {
  return layOut(wholeMapRequest(graph));
}
