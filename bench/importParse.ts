// npm run bench:import — how long the importer (src/import) takes on large synthetic CX2 files in
// node: parse and check, then overlay matching against the curated graph. Medians of 5 runs; nothing
// is asserted (timings are measured here, never in tests). Writes bench/import-results.json.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { readGraphFiles } from '../src/cli/readGraphFiles';
import { matchToCurated } from '../src/import/match';
import { parseNetworkFile } from '../src/import/parse';
import { loadGraph } from '../src/model/load';
import { syntheticCx2 } from './syntheticCx2';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES: [number, number][] = [
  [1000, 2000],
  [5000, 10000],
  [10000, 20000],
];
const curated = loadGraph(readGraphFiles('graph-data'));
if (!curated.ok) throw new Error('graph-data does not load');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results = [];
const load = loadavg()[0];
for (const [n, e] of SIZES) {
  const text = syntheticCx2(n, e);
  const bytes = new TextEncoder().encode(text);
  const parse: number[] = [];
  const match: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const result = parseNetworkFile('synthetic.cx2', bytes);
    const t1 = performance.now();
    if (!result.network) throw new Error(result.problems.map((p) => p.message).join('\n'));
    matchToCurated(result.network, curated.graph);
    const t2 = performance.now();
    parse.push(t1 - t0);
    match.push(t2 - t1);
  }
  const row = {
    nodes: n,
    edges: e,
    megabytes: +(bytes.length / 1048576).toFixed(2),
    parseMs: Math.round(median(parse)),
    matchMs: Math.round(median(match)),
  };
  console.log(row);
  results.push(row);
}
writeFileSync(
  'bench/import-results.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      cpus: cpus().length,
      loadAverageAtStart: load,
      runs: RUNS,
      results,
    },
    null,
    2,
  ) + '\n',
);
