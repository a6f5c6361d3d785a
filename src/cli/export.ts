// npm run export -- --format <cyjs|graphml|csv|cx2> [--therapy ID] [--out FILE]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DATA_FORMATS, dataFormat } from '../export/formats';
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

const { values } = parseArgs({
  options: {
    format: { type: 'string', default: 'cyjs' },
    therapy: { type: 'string', multiple: true },
    out: { type: 'string' },
    data: { type: 'string', default: 'graph-data' },
  },
});
const format = dataFormat(values.format!);
if (!format) fail(`unknown format "${values.format}"; use one of: ${DATA_FORMATS.map((f) => f.id).join(', ')}`);

const result = loadGraph(readGraphFiles(values.data!));
if (!result.ok) fail(result.problems.map(formatProblem).join('\n') + '\ngraph-data is invalid; run npm run validate');
const { graph } = result as Extract<typeof result, { ok: true }>;

const therapies = (values.therapy ?? []) as NodeId[];
for (const t of therapies) {
  const node = graph.nodeById.get(t);
  if (!node || node.kind !== 'therapy') {
    const ids = graph.nodes.filter((n) => n.kind === 'therapy').map((n) => n.id);
    fail(`"${t}" is not a therapy; use one of: ${ids.join(', ')}`);
  }
}
const title = therapies.length
  ? `Nociscope: ${therapies.map((t) => graph.nodeById.get(t)!.label).join(' + ')} mechanism`
  : 'Nociscope';
const view = selectView(
  graph,
  { title, ...(therapies.length ? { filters: `therapy: ${therapies.join(', ')}` } : {}) },
  therapies.length ? therapiesMechanism(graph, therapies) : undefined,
);
const text = format!.write(view);
if (values.out) writeFileSync(values.out, text);
else process.stdout.write(text);
