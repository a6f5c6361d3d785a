// npm run validate [-- DIR]: check graph-data and print each problem as file:line:col: message.
import { loadGraph } from '../model/load';
import { formatProblem } from '../model/problems';
import {
  EXIT,
  EXIT_HELP,
  isEntryPoint,
  parseFlags,
  readDataDir,
  runCommand,
  UsageError,
  type Io,
} from './cli';

const HELP = `Usage: npm run validate [-- [DIR] [--data DIR]]

Check a graph-data folder (default: graph-data) against the schema and the rules that span files.
Each problem is printed to standard error as file:line:col: message, then a count.

Options:
  --data DIR  the graph-data folder (the same as giving DIR)
  --help      show this help

${EXIT_HELP}
`;

export function validate(args: string[], io: Io): number {
  const { values, positionals } = parseFlags(
    args,
    { data: { type: 'string' }, help: { type: 'boolean' } },
    1,
  );
  if (values.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  if (values.data && positionals.length) throw new UsageError('give the data folder once: DIR or --data DIR');
  const dir = (values.data as string | undefined) ?? positionals[0] ?? 'graph-data';
  const result = loadGraph(readDataDir(dir));
  if (!result.ok) {
    const n = result.problems.length;
    // One write: the lines and the count leave together, and runCommand lets them drain.
    io.err(
      result.problems.map((p) => formatProblem(p) + '\n').join('') +
        `\n${n} problem${n === 1 ? '' : 's'} in ${dir}\n`,
    );
    return EXIT.problems;
  }
  const { graph, stories } = result;
  io.out(
    `${dir} is valid: ${graph.nodes.length} nodes, ${graph.edges.length} relations, ` +
      `${graph.sources.length} sources, ${stories.length} stories (data version ${graph.version})\n`,
  );
  return EXIT.ok;
}

if (isEntryPoint(import.meta.url)) runCommand(validate);
