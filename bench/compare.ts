// Side by side: the app and plain Cytoscape.js on a bare page, given the same elements and positions,
// at 100, 1,000, 5,000 and 10,000 nodes (seeded synthetic typed graphs, two relations per node,
// labels on) and on the curated graph. For each: hand-over → painted, filter → next frame, select →
// shown (the app: its details panel; plain: the next frame), 30 zoom steps (fps), PNG at 2×, layout
// time. Medians of BENCH_RUNS (≥ 3) runs and the ratio app / plain (for fps: plain / app, so below 1
// is always the app ahead). Writes bench/compare-results.json. Asserts nothing: timings live here.
// The synthetic graphs reach the app as a file through "Open network…", opened on its own, as a
// researcher's network would; the plain page gets the same elements and positions in one call.
// Usage: npm run build && npx tsx bench/compare.ts   Options: BENCH_SIZES=100,1000  BENCH_RUNS=3
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { execSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { preview } from 'vite';
import { launchChromium } from '../tests/e2e/chromium';
import { rng } from './scale/synthetic';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000,10000').split(',').map(Number);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const VIEWPORT = { width: 1440, height: 900 };
const CYTOSCAPE = 'node_modules/cytoscape/dist/cytoscape.min.js';
const KINDS = ['cell', 'mediator', 'receptor', 'process', 'condition', 'therapy'];
const VERBS = ['activates', 'inhibits', 'binds', 'releases'];

type Metric = 'painted' | 'filter' | 'select' | 'zoomFps' | 'png2x' | 'layout';
const METRICS: Metric[] = ['painted', 'filter', 'select', 'zoomFps', 'png2x', 'layout'];
type Sample = Partial<Record<Metric, number>>;

interface Element {
  group: 'nodes' | 'edges';
  data: Record<string, string | number>;
  position?: { x: number; y: number };
}

/** n typed nodes with labels, two relations each, positions scattered on a seeded grid. */
function synthetic(n: number): Element[] {
  const random = rng(n);
  const side = Math.ceil(Math.sqrt(n));
  const out: Element[] = [];
  for (let i = 0; i < n; i++) {
    const kind = KINDS[Math.floor(random() * KINDS.length)]!;
    out.push({
      group: 'nodes',
      data: { id: `n${i}`, label: `${kind} ${i}`, kind },
      position: { x: (i % side) * 120 + random() * 40, y: Math.floor(i / side) * 90 + random() * 30 },
    });
  }
  for (let i = 0; i < n; i++)
    for (let k = 0; k < 2; k++) {
      const t = Math.floor(random() * n);
      const verb = VERBS[Math.floor(random() * VERBS.length)]!;
      out.push({
        group: 'edges',
        data: {
          id: `e${i}_${k}`,
          source: `n${i}`,
          target: `n${t === i ? (i + 1) % n : t}`,
          interaction: verb,
        },
      });
    }
  return out;
}

/** The same elements as a Cytoscape.js JSON file, the app's import path. */
const asCyjs = (els: Element[]) =>
  JSON.stringify({
    data: { name: `synthetic ${els.filter((e) => e.group === 'nodes').length}` },
    elements: {
      nodes: els.filter((e) => e.group === 'nodes').map((e) => ({ data: e.data, position: e.position })),
      edges: els.filter((e) => e.group === 'edges').map((e) => ({ data: e.data })),
    },
  });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;

/** 30 zoom steps, one per frame; frames per second. PNG at 2×. Both sides run the same code. */
async function zoomAndPng(page: Page): Promise<Sample> {
  return page.evaluate(async () => {
    const cy = window.nociscopeCy!;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const center = { x: cy.width() / 2, y: cy.height() / 2 };
    const t0 = performance.now();
    for (let i = 0; i < 30; i++) {
      cy.zoom({ level: cy.zoom() * (i < 15 ? 1.08 : 1 / 1.08), renderedPosition: center });
      await new Promise((r) => requestAnimationFrame(r));
    }
    const zoomFps = 30 / ((performance.now() - t0) / 1000);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const t1 = performance.now();
    cy.png({ scale: 2, full: false });
    return { zoomFps, png2x: performance.now() - t1 };
  });
}

async function plainRun(browser: Browser, elements: Element[], hide: string[]): Promise<Sample> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.setContent('<div id="cy" style="width:790px;height:840px"></div>');
  await page.addScriptTag({ path: CYTOSCAPE });
  const painted = await page.evaluate(async (els) => {
    const t0 = performance.now();
    const cy = (
      window as unknown as { cytoscape: (o: object) => NonNullable<Window['nociscopeCy']> }
    ).cytoscape({
      container: document.getElementById('cy'),
      elements: els,
      style: [
        { selector: 'node', style: { label: 'data(label)' } },
        { selector: '.hidden', style: { display: 'none' } },
      ],
      layout: { name: 'preset', fit: true, padding: 30 },
    });
    window.nociscopeCy = cy;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
  }, elements);
  const rest = await page.evaluate(async (hidden) => {
    const cy = window.nociscopeCy!;
    const t0 = performance.now();
    cy.batch(() => hidden.forEach((id) => cy.getElementById(id).addClass('hidden')));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const filter = performance.now() - t0;
    cy.elements().removeClass('hidden');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const t1 = performance.now();
    cy.nodes()[0]!.select();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const select = performance.now() - t1;
    const t2 = performance.now();
    cy.layout({ name: 'grid' }).run();
    const layout = performance.now() - t2;
    return { filter, select, layout };
  }, hide);
  // The zoom and PNG after a fresh preset: the grid layout moved everything.
  await page.evaluate(() => window.nociscopeCy!.fit(undefined, 30));
  const zp = await zoomAndPng(page);
  await context.close();
  return { painted, ...rest, ...zp };
}

async function appSyntheticRun(browser: Browser, url: string, elements: Element[]): Promise<Sample> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window.nociscopeCy?.nodes().length ?? 0) > 0, undefined, {
    timeout: 120_000,
  });
  const n = elements.filter((e) => e.group === 'nodes').length;
  await page.locator('[data-testid="import-file"]').setInputFiles({
    name: `synthetic-${n}.cyjs`,
    mimeType: 'application/json',
    buffer: Buffer.from(asCyjs(elements)),
  });
  const open = page.getByRole('dialog').getByRole('button', { name: 'Open', exact: true });
  await open.waitFor({ timeout: 300_000 });
  const warnings = page.getByRole('dialog').getByRole('checkbox', { name: /read the warnings/ });
  if (await warnings.count()) await warnings.check();
  const layout = await page.evaluate(
    () =>
      (performance.getEntriesByName('nociscope:import-checked').at(-1) as PerformanceMark).detail
        .layoutMs as number,
  );
  // Hand-over → painted: from "Open" to two frames after the layer's canvas exists.
  const painted = await page.evaluate(async (count) => {
    const t0 = performance.now();
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Open')!.click();
    while ((window.nociscopeCy?.nodes().length ?? 0) !== count) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
  }, n);
  // Select → details shown: a tap on a node until its heading is in the details panel.
  const select = await page.evaluate(async () => {
    const cy = window.nociscopeCy!;
    const node = cy.nodes()[0]!;
    const t0 = performance.now();
    node.emit('tap');
    const label = node.data('label') as string;
    while (![...document.querySelectorAll('#details h2')].some((h) => h.textContent === label))
      await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  });
  // Filter → next frame: the same half of the nodes hidden as on the plain page (by class; a layer on
  // its own has no facet of its own yet).
  const filter = await page.evaluate(async () => {
    const cy = window.nociscopeCy!;
    const t0 = performance.now();
    cy.batch(() =>
      cy
        .nodes()
        .filter((_, i) => i % 2 === 0)
        .style('display', 'none'),
    );
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const ms = performance.now() - t0;
    cy.nodes().removeStyle('display');
    return ms;
  });
  const zp = await zoomAndPng(page);
  await context.close();
  return { painted, select, filter, layout, ...zp };
}

async function appCuratedRun(
  browser: Browser,
  url: string,
): Promise<{ sample: Sample; elements: Element[]; hide: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('nociscope:first-render').length > 0,
    undefined,
    { timeout: 120_000 },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const painted = await page.evaluate(() => performance.now());
  const elements = (await page.evaluate(() =>
    window.nociscopeCy!.elements().map((e) => ({
      group: e.group(),
      data: {
        id: e.id(),
        label: e.data('label'),
        ...(e.isEdge() ? { source: e.data('source'), target: e.data('target') } : {}),
      },
      ...(e.isNode() ? { position: { ...e.position() } } : {}),
    })),
  )) as Element[];
  const filter = await page.evaluate(async () => {
    const box = [...document.querySelectorAll('label')].find((l) =>
      /BMSC therapy/.test(l.textContent ?? ''),
    )!;
    const t0 = performance.now();
    box.click();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
  });
  const hide = await page.evaluate(() => window.nociscopeCy!.elements('.faded, .hidden').map((e) => e.id()));
  await page.evaluate(async () => {
    [...document.querySelectorAll('label')].find((l) => /BMSC therapy/.test(l.textContent ?? ''))!.click();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  const select = await page.evaluate(async () => {
    const t0 = performance.now();
    window.nociscopeCy!.getElementById('tgfb1').emit('tap');
    while (![...document.querySelectorAll('#details h2')].some((h) => h.textContent === 'TGF-β1'))
      await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  });
  const layout = await page.evaluate(async () => {
    const cy = window.nociscopeCy!;
    const select = document.querySelector('.toolbar select') as HTMLSelectElement;
    const t0 = performance.now();
    const done = new Promise<void>((r) => cy.one('layoutstop', () => r()));
    select.value = 'concentric';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await done;
    return performance.now() - t0;
  });
  await page.evaluate(() => window.nociscopeCy!.fit(undefined, 30));
  const zp = await zoomAndPng(page);
  await context.close();
  return { sample: { painted, filter, select, layout, ...zp }, elements, hide };
}

const server = await preview({
  preview: { port: 4176, strictPort: false, host: '127.0.0.1' },
  logLevel: 'error',
});
const url = server.resolvedUrls!.local[0]!;
const browser = await launchChromium();
const uptimeAtStart = execSync('uptime').toString().trim();
const OUT = 'bench/compare-results.json';

interface Row {
  graph: string;
  nodes: number;
  app: Sample;
  plain: Sample;
  ratio: Sample;
}
const rows: Row[] = [];
const summarise = (samples: Sample[]): Sample =>
  Object.fromEntries(
    METRICS.flatMap((m) => {
      const xs = samples.map((s) => s[m]).filter((x): x is number => x !== undefined);
      return xs.length ? [[m, round(median(xs))]] : [];
    }),
  );
const ratioOf = (app: Sample, plain: Sample): Sample =>
  Object.fromEntries(
    METRICS.flatMap((m) =>
      app[m] !== undefined && plain[m] !== undefined && app[m]! > 0 && plain[m]! > 0
        ? [[m, Math.round((m === 'zoomFps' ? plain[m]! / app[m]! : app[m]! / plain[m]!) * 100) / 100]]
        : [],
    ),
  );

async function write() {
  const json = JSON.stringify({
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, uptimeAtStart, loadNow: loadavg().map(round) },
    runs: RUNS,
    units:
      'ms, except zoomFps (frames per second); ratio = app / plain (zoomFps: plain / app), below 1 = app ahead',
    rows,
  });
  writeFileSync(OUT, await format(json, { ...(await resolveConfig(OUT)), parser: 'json' }));
}

async function record(graph: string, nodes: number, app: Sample[], plain: Sample[]) {
  const a = summarise(app);
  const p = summarise(plain);
  rows.push({ graph, nodes, app: a, plain: p, ratio: ratioOf(a, p) });
  console.log(graph, JSON.stringify({ app: a, plain: p, ratio: ratioOf(a, p) }));
  // Written after every row, so a run cut short still leaves what it measured.
  await write();
}

{
  const app: Sample[] = [];
  const plain: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await appCuratedRun(browser, url);
    app.push(run.sample);
    plain.push(await plainRun(browser, run.elements, run.hide));
  }
  await record('curated', 0, app, plain);
}
for (const n of SIZES) {
  const elements = synthetic(n);
  const hide = elements.filter((e, i) => e.group === 'nodes' && i % 2 === 0).map((e) => String(e.data.id));
  const app: Sample[] = [];
  const plain: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    app.push(await appSyntheticRun(browser, url, elements));
    plain.push(await plainRun(browser, elements, hide));
  }
  await record(`synthetic ${n}`, n, app, plain);
}
await browser.close();
await server.close();
