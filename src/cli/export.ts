// npm run export -- --format <cyjs|graphml|csv|cx2|bibtex|ris|apa|vancouver> [--therapy ID] [--out FILE]
// Writes to stdout without --out. CSV with --out also writes the nodes table beside the edges table
// (out.csv -> out-nodes.csv); citation formats write the sources the exported relations cite.
import { writeFileSync } from 'node:fs';
import { CITATION_FORMATS, citationFormat, companionPath, DATA_FORMATS, dataFormat } from '../export/formats';
import { selectView } from '../export/view';
import { nodeById } from '../model/ids';
import { loadGraph } from '../model/load';
import { formatProblem } from '../model/problems';
import { therapiesMechanism } from '../model/queries';
import type { NodeId } from '../model/schema';
import {
  EXIT,
  EXIT_HELP,
  FileError,
  fsReason,
  isEntryPoint,
  parseFlags,
  readDataDir,
  runCommand,
  UsageError,
  type Io,
} from './cli';

const FORMAT_IDS = [...DATA_FORMATS, ...CITATION_FORMATS].map((f) => f.id);

const HELP = `Usage: npm run export -- [--format FORMAT] [--therapy ID]... [--out FILE] [--data DIR]

Export the knowledge base, or one therapy's mechanism, in a data or citation format.

Options:
  --format FORMAT  one of: ${FORMAT_IDS.join(', ')} (default: cyjs)
  --therapy ID     only this therapy's computed mechanism; repeat for several therapies
  --out FILE       write to FILE instead of standard output (csv also writes FILE-nodes beside it)
  --data DIR       the graph-data folder (default: graph-data)
  --help           show this help

CSV text cells starting with =, +, -, @, tab or CR get a leading apostrophe, so a spreadsheet
shows them as text rather than running them as formulas.

${EXIT_HELP}
`;

/** Write a file, or say in one line why it cannot be written. */
function write(path: string, text: string) {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new FileError(`cannot write "${path}": ${fsReason(e)}`);
  }
}

export function exportCommand(args: string[], io: Io): number {
  const { values } = parseFlags(args, {
    format: { type: 'string' },
    therapy: { type: 'string', multiple: true },
    out: { type: 'string' },
    data: { type: 'string' },
    help: { type: 'boolean' },
  });
  if (values.help) {
    io.out(HELP);
    return EXIT.ok;
  }
  const formatId = (values.format as string | undefined) ?? 'cyjs';
  const dataFmt = dataFormat(formatId);
  const citeFmt = citationFormat(formatId);
  if (!dataFmt && !citeFmt)
    throw new UsageError(`unknown format "${formatId}"; use one of: ${FORMAT_IDS.join(', ')}`);

  const dir = (values.data as string | undefined) ?? 'graph-data';
  const result = loadGraph(readDataDir(dir));
  if (!result.ok) {
    io.err(
      result.problems.map((p) => formatProblem(p) + '\n').join('') +
        `\n${dir} is invalid, so nothing was exported; run npm run validate\n`,
    );
    return EXIT.problems;
  }
  const { graph } = result;

  const therapies = ((values.therapy as string[] | undefined) ?? []).map((t): NodeId => {
    const node = nodeById(graph, t);
    if (!node || node.kind !== 'therapy') {
      const ids = graph.nodes.filter((n) => n.kind === 'therapy').map((n) => n.id);
      throw new UsageError(`"${t}" is not a therapy id; use one of: ${ids.join(', ')}`);
    }
    return node.id;
  });
  const title = therapies.length
    ? `Nociscope: ${therapies.map((t) => graph.nodeById.get(t)!.label).join(' + ')} mechanism`
    : 'Nociscope';
  const view = selectView(
    graph,
    {
      title,
      exported: new Date().toISOString(),
      ...(therapies.length ? { filters: `therapy: ${therapies.join(', ')}` } : {}),
    },
    therapies.length ? therapiesMechanism(graph, therapies) : undefined,
  );

  const text = dataFmt ? dataFmt.write(view) : citeFmt!.write(view.sources);
  const out = values.out as string | undefined;
  if (out) {
    write(out, text);
    for (const c of dataFmt?.companions ?? []) write(companionPath(out, c.suffix), c.write(view));
  } else {
    io.out(text);
  }
  return EXIT.ok;
}

if (isEntryPoint(import.meta.url)) runCommand(exportCommand);
