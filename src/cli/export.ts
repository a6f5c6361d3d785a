// npm run export -- --format <cyjs|graphml|csv|cx2|bibtex|ris|apa|vancouver> [--therapy ID] [--out FILE]
// Writes to stdout without --out. CSV with --out also writes the nodes table beside the edges table
// (out.csv -> out-nodes.csv); citation formats write the sources the exported relations cite.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CITATION_FORMATS, citationFormat, companionPath, DATA_FORMATS, dataFormat } from '../export/formats';
import { selectView } from '../export/view';
import { loadGraph } from '../model/load';
import { formatProblem } from '../model/problems';
import { therapiesMechanism } from '../model/queries';
import type { NodeId } from '../model/schema';
import { readGraphFiles } from './readGraphFiles';

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

let parsed;
try {
  parsed = parseArgs({
    options: {
      format: { type: 'string', default: 'cyjs' },
      therapy: { type: 'string', multiple: true },
      out: { type: 'string' },
      data: { type: 'string', default: 'graph-data' },
    },
  });
} catch (e) {
  fail(`${(e as Error).message}\nusage: npm run export -- --format FORMAT [--therapy ID] [--out FILE]`);
}
const { values } = parsed!;

const formatId = values.format!;
const dataFmt = dataFormat(formatId);
const citeFmt = citationFormat(formatId);
if (!dataFmt && !citeFmt) {
  const ids = [...DATA_FORMATS, ...CITATION_FORMATS].map((f) => f.id);
  fail(`unknown format "${formatId}"; use one of: ${ids.join(', ')}`);
}

const result = loadGraph(readGraphFiles(values.data!));
if (!result.ok)
  fail(result.problems.map(formatProblem).join('\n') + '\ngraph-data is invalid; run npm run validate');
const { graph } = result as Extract<typeof result, { ok: true }>;

const therapies = (values.therapy ?? []) as NodeId[];
for (const t of therapies) {
  const node = graph.nodeById.get(t);
  if (!node || node.kind !== 'therapy') {
    const ids = graph.nodes.filter((n) => n.kind === 'therapy').map((n) => n.id);
    fail(`"${t}" is not a therapy id; use one of: ${ids.join(', ')}`);
  }
}
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
if (values.out) {
  writeFileSync(values.out, text);
  for (const c of dataFmt?.companions ?? [])
    writeFileSync(companionPath(values.out, c.suffix), c.write(view));
} else {
  process.stdout.write(text);
}
