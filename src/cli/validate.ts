// npm run validate [-- DIR]: check graph-data and print each problem as file:line:col: message.
import { loadGraph } from '../model/load';
import { formatProblem } from '../model/problems';
import { readGraphFiles } from './readGraphFiles';

const dir = process.argv[2] ?? 'graph-data';
const result = loadGraph(readGraphFiles(dir));
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\n${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${dir}`);
  process.exit(1);
}
const { graph, stories } = result;
console.log(
  `${dir} is valid: ${graph.nodes.length} nodes, ${graph.edges.length} relations, ` +
    `${graph.sources.length} sources, ${stories.length} stories (data version ${graph.version})`,
);
