// Scale benchmark: how the app's own canvas code (src/canvas) behaves at 100, 300 and 1,000 entities.
// Builds the bench page (bench/scale/, a synthetic graph through the real loader, drawn by the real
// GraphCanvas and store), opens it in Debian's Chromium with software rendering, and times first
// render, filters, selection, panning and layouts; it also counts React commits, Cytoscape layouts,
// position writes and frames per interaction, which should stay flat however big the graph.
// Timings live here, never in tests. Usage: npm run bench:scale  (writes bench/scale-results.json)
// Options: BENCH_SIZES=100,300,1000  BENCH_RUNS=3  CHROMIUM_PATH=/usr/bin/chromium
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/e2e/chromium';
import { format, resolveConfig } from 'prettier';
import { build, preview } from 'vite';
import type { Counters, InteractionName } from './scale/api';

const CONFIG = 'bench/vite.scale.config.ts';
const SIZES = (process.env.BENCH_SIZES ?? '100,300,1000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SEED = 1;
const VIEWPORT = { width: 1440, height: 900 };
const INTERACTIONS: InteractionName[] = [
  'filterTherapy',
  'filterKind',
  'selectNode',
  'switchPanel',
  'unrelatedChange',
  'parentRender',
  'panFrame',
  'layoutFcose',
  'layoutLanes',
];

// The order of the counts in the result file's rows.
const COUNT_COLUMNS: (keyof Counters)[] = [
  'commits',
  'reactMs',
  'layouts',
  'positions',
  'viewports',
  'renders',
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;

await build({ configFile: CONFIG, logLevel: 'warn' });
const server = await preview({ configFile: CONFIG, logLevel: 'error' });
const url = server.resolvedUrls!.local[0]!;
const browser: Browser = await launchChromium();

const browserVersion = browser.version();
// Other work on this 2-core machine (tests, builds) skews timings: the load average says whether
// a result was taken on a quiet machine. Counts do not depend on it.
const loadAtStart = loadavg()[0]!;

interface Run {
  timings: Record<string, number>;
  counts: Record<string, Counters>;
}

async function runOnce(n: number) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  await page.goto(`${url}?n=${n}&seed=${SEED}`);
  await page
    .waitForFunction(() => performance.getEntriesByName('nociscope:first-render').length > 0, undefined, {
      timeout: 120_000,
    })
    .catch((e: unknown) => {
      throw new Error(`n=${n}: no first render (${errors.join('; ') || String(e)})`);
    });
  await page.evaluate(() => window.scaleBench!.settle(500));
  // Keep evaluated functions free of inner named functions: tsx would add a `__name` helper that
  // does not exist in the page. The page does the work (bench/scale/main.tsx).
  const info = await page.evaluate(() => ({
    nodes: window.scaleBench!.nodes,
    edges: window.scaleBench!.edges,
    therapyView: window.scaleBench!.therapyView,
    kindView: window.scaleBench!.kindView,
  }));
  const mount = await page.evaluate(() => window.scaleBench!.mountReport());
  const loading = await page.evaluate(() => [window.scaleBench!.generateMs, window.scaleBench!.loadMs]);
  const run: Run = {
    timings: {
      firstRender: mount.firstRender,
      mountToFirstRender: mount.mountToFirstRender,
      lastMountFrame: mount.lastMountFrame,
      generate: loading[0]!,
      load: loading[1]!,
    },
    counts: { mount: mount.counts },
  };
  for (const name of INTERACTIONS) {
    const r = await page.evaluate((nm) => window.scaleBench!.measure(nm), name);
    if (r.renderMs !== null) run.timings[name] = r.renderMs;
    run.timings[`${name}Sync`] = r.syncMs;
    if (r.doneMs !== null) run.timings[`${name}Done`] = r.doneMs;
    run.counts[name] = r.counts;
  }
  // A quiet page draws nothing and renders nothing: no React work per frame, no render loop.
  run.counts.idle1s = await page.evaluate(() => window.scaleBench!.idle(1000));
  // The model → elements work that precedes the first frame, timed on its own.
  run.timings.toElements = await page.evaluate(() => window.scaleBench!.toElementsMs());
  run.timings.lanePositions = await page.evaluate(() => window.scaleBench!.lanePositionsMs());
  await context.close();
  if (errors.length) throw new Error(`n=${n}: errors in the page: ${errors.join('; ')}`);
  return { info, run };
}

const sizes: Record<string, unknown> = {};
const table: Record<string, Record<string, number>> = {};
const countTable: Record<string, Record<string, string>> = {};
try {
  for (const n of SIZES) {
    const runs: Run[] = [];
    let info: Record<string, number> = {};
    for (let i = 0; i < RUNS; i++) {
      const r = await runOnce(n);
      info = r.info;
      runs.push(r.run);
      process.stdout.write(`n=${n} run ${i + 1}/${RUNS} done\n`);
    }
    // A metric can be missing from a run (no frame drawn): the median is over the runs that have it.
    const metrics = [...new Set(runs.flatMap((r) => Object.keys(r.timings)))];
    const values = (m: string) => runs.flatMap((r) => (m in r.timings ? [r.timings[m]!] : []));
    const medians = Object.fromEntries(metrics.map((m) => [m, round(median(values(m)))]));
    const countNames = Object.keys(runs[0]!.counts);
    // Counts are the same run to run when all is well; the largest is kept so a flaky extra
    // re-layout or commit is not hidden by a median. Stored as rows in COUNT_COLUMNS order.
    const row = (k: Counters) => COUNT_COLUMNS.map((c) => round(k[c]));
    const maxCounts = Object.fromEntries(
      countNames.map((c) => [
        c,
        COUNT_COLUMNS.map((k) => round(Math.max(...runs.map((r) => r.counts[c]![k])))),
      ]),
    );
    sizes[n] = {
      ...info,
      medianMs: medians,
      maxCounts,
      runs: {
        timingsMs: Object.fromEntries(
          metrics.map((m) => [m, runs.map((r) => (m in r.timings ? round(r.timings[m]!) : null))]),
        ),
        counts: Object.fromEntries(countNames.map((c) => [c, runs.map((r) => row(r.counts[c]!))])),
      },
    };
    for (const m of metrics) (table[m] ??= {})[`n=${n}`] = medians[m]!;
    for (const c of countNames) {
      const [commits, , layouts, positions, viewports, renders] = maxCounts[c]!;
      (countTable[c] ??= {})[`n=${n}`] =
        `${commits} commits, ${layouts} layouts, ${positions} pos, ${viewports} vp, ${renders} frames`;
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const OUT = 'bench/scale-results.json';
// Written as Prettier would, so `npm run format:check` passes on a fresh result. Compact JSON in:
// Prettier then keeps each small object (one run's counts) on one line.
const json = JSON.stringify({
  date: new Date().toISOString(),
  machine: `${cpus().length} cores, software rendering (Chromium --disable-gpu, headless)`,
  browser: `Chromium ${browserVersion}`,
  viewport: VIEWPORT,
  canvas: '790 × 840 px (the canvas size in the app at 1440 × 900)',
  loadAverage: { atStart: round(loadAtStart), atEnd: round(loadavg()[0]!) },
  seed: SEED,
  runs: RUNS,
  note: 'medianMs: median of the runs; maxCounts: per interaction, the largest of each count in any run',
  countColumns: COUNT_COLUMNS,
  sizes,
});
writeFileSync(OUT, await format(json, { ...(await resolveConfig(OUT)), parser: 'json' }));
console.log('Median milliseconds');
console.table(table);
console.log('Work per interaction (largest over the runs)');
console.table(countTable);
