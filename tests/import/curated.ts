// The curated graph-data, loaded as the app loads it, and a fingerprint to prove it was not changed.
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import type { Graph } from '../../src/model/graph';
import { loadGraph } from '../../src/model/load';

export function curatedGraph(): Graph {
  const r = loadGraph(readGraphFiles('graph-data'));
  if (!r.ok) throw new Error('graph-data does not load');
  return r.graph;
}

/** Everything the graph holds, as text: equal before and after means nothing was altered. */
export const fingerprint = (g: Graph) =>
  JSON.stringify([
    g.nodes,
    g.edges,
    g.sources,
    g.mechanisms,
    g.version,
    [...g.nodeById.keys()],
    [...g.edgeById.keys()],
  ]);
