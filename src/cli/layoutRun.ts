// ELK in node, for the layout commands and the tests: the same input and options the browser worker
// uses for pathway diagrams, run in-process.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Graph } from '../model/graph';
import { elkCentres, elkInput, WHOLE_MAP_OPTIONS, type ElkOutput } from '../model/layered';
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

/** Node centres of the whole graph in the layered layout. */
export async function runLayered(graph: Graph): Promise<Map<string, { x: number; y: number }>> {
  const input = elkInput(graph.nodes, graph.edges, WHOLE_MAP_OPTIONS);
  // ELK's types want mutable arrays; copies of our read-only ones satisfy them without a cast.
  const out: ElkOutput = await new ELK().layout({
    ...input,
    children: [...input.children],
    edges: [...input.edges],
  });
  return elkCentres(out);
}
