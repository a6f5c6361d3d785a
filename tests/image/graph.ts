// The real knowledge base, loaded once for the image tests.
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { loadGraph } from '../../src/model/load';

const result = loadGraph(readGraphFiles('graph-data'));
if (!result.ok) throw new Error('graph-data does not load; run npm run validate');
export const graph = result.graph;
