// Side by side: the app and plain Cytoscape.js on a bare page, given the same elements and positions,
// at 100, 1,000, 5,000 and 10,000 nodes (seeded synthetic typed graphs, two relations per node,
// labels on) and on the curated graph. For each: hand-over → painted, filter → next frame, select →
// shown (the app: its details panel; plain: the next frame), 30 zoom steps (fps), PNG at 2×, layout
// time. Medians of BENCH_RUNS (≥ 3) runs and the ratio app / plain (for fps: plain / app, so below 1
// is always the app ahead). Writes bench/compare-results.json. Asserts nothing: timings live here.
// The synthetic graphs reach the app as a file through "Open network…", opened on its own, as a
// researcher's network would; the plain page gets the same elements and positions in one call.
// Usage: npm run build && npx tsx bench/compare.ts   Options: BENCH_SIZES=100,1000 (empty: curated only)  BENCH_RUNS=3
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { execSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { preview } from 'vite';
import { launchChromium } from '../tests/e2e/chromium';
import { KIND_RING } from '../src/canvas/layouts';
import { rng } from './scale/synthetic';

// BENCH_SIZES= (empty) runs the curated graph only.
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
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

/**
 * A fresh browser context. tsx (esbuild, keepNames) wraps named functions in `__name(...)`, which
 * code passed to page.evaluate would then call on the page: give the page a harmless one.
 */
async function newContext(browser: Browser) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript('globalThis.__name = (f) => f;');
  await context.addInitScript(installToggleTimes);
  return context;
}

declare global {
  /** Click `control` (a filter), time it to two frames later; click again to undo (untimed). */
  function toggleTimes(control: HTMLElement): Promise<number>;
}

/**
 * Installed on every page: two untimed rounds warm the code up, then the median of five —
 * the same protocol as the plain page's filter.
 */
function installToggleTimes() {
  globalThis.toggleTimes = async (control: HTMLElement) => {
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const times: number[] = [];
    for (let k = 0; k < 7; k++) {
      const t0 = performance.now();
      control.click();
      await frames();
      if (k >= 2) times.push(performance.now() - t0);
      control.click();
      await frames();
    }
    return times.sort((a, b) => a - b)[2]!;
  };
}

/**
 * Select → details shown: a tap on each picked node until its heading is in the details panel, then
 * a tap on the background (untimed). The first two warm up; the median of the other five.
 */
function selectTimes(page: Page, picks: string[]): Promise<number> {
  return page.evaluate(async (ids) => {
    const cy = window.nociscopeCy!;
    const times: number[] = [];
    for (let k = 0; k < ids.length; k++) {
      // A layer's elements carry the file's id as `iid` (their Cytoscape ids are made unique).
      const byId = cy.getElementById(ids[k]!);
      const node = byId.nonempty() ? byId : cy.nodes().filter((n) => n.data('iid') === ids[k]);
      const label = node.data('label') as string;
      const t0 = performance.now();
      node.emit('tap');
      while (![...document.querySelectorAll('#details h2')].some((h) => h.textContent === label)) {
        if (performance.now() - t0 > 30_000) throw new Error(`no details heading "${label}"`);
        await new Promise((r) => requestAnimationFrame(r));
      }
      if (k >= 2) times.push(performance.now() - t0);
      cy.emit('tap');
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    return times.sort((a, b) => a - b)[2]!;
  }, picks);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;

/**
 * 30 zoom steps as a reader makes them: wheel events on the canvas (with Ctrl, which the curated map
 * asks for and plain Cytoscape ignores), one per frame; frames per second. Programmatic cy.zoom()
 * calls would skip what a canvas does while the reader zooms (textures, hidden edges), so both sides
 * get the same real input instead. Then, once the wheel has settled, a PNG at 2×. Both sides run
 * the same code.
 */
async function zoomAndPng(page: Page): Promise<Sample> {
  return page.evaluate(async () => {
    const cy = window.nociscopeCy!;
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    await frame();
    await frame();
    const box = cy.container()!.getBoundingClientRect();
    const target = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)!;
    const t0 = performance.now();
    for (let i = 0; i < 30; i++) {
      target.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: i < 15 ? -100 : 100,
          deltaMode: 0,
          clientX: box.left + box.width / 2,
          clientY: box.top + box.height / 2,
          ctrlKey: true,
          bubbles: true,
          cancelable: true,
        }),
      );
      await frame();
    }
    const zoomFps = 30 / ((performance.now() - t0) / 1000);
    // Cytoscape leaves its moving-view shortcuts 150 ms after the last wheel event.
    await new Promise((r) => setTimeout(r, 300));
    await frame();
    await frame();
    const t1 = performance.now();
    cy.png({ scale: 2, full: false });
    return { zoomFps, png2x: performance.now() - t1 };
  });
}

interface Size {
  width: number;
  height: number;
}

/** What the app's filter faded or hid, by class: the plain page does the same to the same elements. */
type Hidden = Partial<Record<'faded' | 'hidden', string[]>>;

/** The size of the app's canvas: the plain page gets a container of the same size. */
const canvasSize = (page: Page): Promise<Size> =>
  page.evaluate(() => {
    const c = window.nociscopeCy!.container()!;
    return { width: c.clientWidth, height: c.clientHeight };
  });

/**
 * The app's own look for the curated graph: its stylesheet and its elements as Cytoscape holds them
 * (sizes, wrap widths, classes). A control: plain Cytoscape given the same look shows what that look
 * costs Cytoscape itself, apart from what the app adds around it.
 */
interface Look {
  style: unknown[];
  elements: Element[];
  /** The app's concentric rings, by node kind (src/canvas/layouts.ts). */
  rings: Record<string, number>;
}

/** What the plain page is given: its elements, the canvas size, and the page itself. */
let plainPage = '';
const CYTOSCAPE_JS = readFileSync(CYTOSCAPE);
const plainServer = createServer((req, res) => {
  const script = req.url === '/cytoscape.min.js';
  res.writeHead(200, { 'content-type': script ? 'text/javascript' : 'text/html; charset=utf-8' });
  res.end(script ? CYTOSCAPE_JS : plainPage);
});
await new Promise<void>((done) => plainServer.listen(0, '127.0.0.1', done));
const plainUrl = `http://127.0.0.1:${(plainServer.address() as AddressInfo).port}/`;

/**
 * A bare page: nothing but cytoscape.min.js and the elements (in a JSON block, as the app ships its
 * data), drawn with Cytoscape's defaults and a label style. It notes when the first frame is drawn,
 * from navigation and from the cytoscape() call.
 */
function bare(elements: Element[], size: Size, look: Look | null): string {
  const json = JSON.stringify(elements).replace(/</g, '\\u003c');
  const style = look
    ? JSON.stringify(look.style).replace(/</g, '\\u003c')
    : `[
    { selector: 'node', style: { label: 'data(label)' } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.25 } },
  ]`;
  return `<!doctype html><meta charset="utf-8"><body style="margin:0">
<div id="cy" style="width:${size.width}px;height:${size.height}px"></div>
<script type="application/json" id="els">${json}</script>
<script src="/cytoscape.min.js"></script>
<script>
const t0 = performance.now();
const cy = cytoscape({
  container: document.getElementById('cy'),
  elements: JSON.parse(document.getElementById('els').textContent),
  style: ${style},
  layout: { name: 'preset', fit: true, padding: 30 },
});
window.nociscopeCy = cy;
cy.one('render', () => {
  window.benchPainted = { fromNavigation: performance.now(), fromHandOver: performance.now() - t0 };
});
</script>`;
}

async function plainRun(
  browser: Browser,
  elements: Element[],
  hidden: Hidden,
  picks: string[],
  size: Size,
  from: 'fromNavigation' | 'fromHandOver',
  // The layout the app's side ran: concentric on the curated graph, a grid on synthetic ones.
  layoutName: 'concentric' | 'grid',
  look: Look | null = null,
): Promise<Sample> {
  const context = await newContext(browser);
  const page = await context.newPage();
  plainPage = bare(look?.elements ?? elements, size, look);
  await page.goto(plainUrl);
  const painted = (await (
    await page.waitForFunction(
      () => (window as unknown as { benchPainted?: Record<string, number> }).benchPainted,
      undefined,
      { timeout: 300_000 },
    )
  ).jsonValue()) as Record<string, number>;
  const rest = await page.evaluate(
    async ({ hidden, picks }) => {
      const cy = window.nociscopeCy!;
      const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      await frames();
      // Two untimed rounds warm the code up, as on the app's side; then the median of five.
      const filters: number[] = [];
      for (let k = 0; k < 7; k++) {
        const t0 = performance.now();
        cy.batch(() => {
          for (const [cls, ids] of Object.entries(hidden))
            ids.forEach((id) => void cy.getElementById(id).addClass(cls));
        });
        await frames();
        if (k >= 2) filters.push(performance.now() - t0);
        cy.elements().removeClass('faded hidden');
        await frames();
      }
      const selects: number[] = [];
      for (let k = 0; k < 7; k++) {
        const node = cy.getElementById(picks[k]!);
        const t0 = performance.now();
        node.select();
        await frames();
        if (k >= 2) selects.push(performance.now() - t0);
        node.unselect();
        await frames();
      }
      return { filter: median(filters), select: median(selects) };
    },
    { hidden, picks },
  );
  const zp = await zoomAndPng(page);
  // Last, as it moves every node: the zoom and the picture above are of the given positions.
  // Given the app's look, the app's concentric options too (rings by kind, one ring per level).
  const layout = await page.evaluate(
    ({ name, rings }) => {
      const options = rings
        ? {
            concentric: (n: { data: (k: string) => string }) => rings[n.data('kind')] ?? 0,
            levelWidth: () => 1,
            minNodeSpacing: 24,
            padding: 30,
          }
        : {};
      const t0 = performance.now();
      window.nociscopeCy!.layout({ name, animate: false, ...options }).run();
      return performance.now() - t0;
    },
    { name: layoutName, rings: look?.rings ?? null },
  );
  await context.close();
  return { painted: painted[from]!, ...rest, ...zp, layout };
}

async function appSyntheticRun(
  browser: Browser,
  url: string,
  elements: Element[],
  picks: string[],
): Promise<{ sample: Sample; size: Size }> {
  const context = await newContext(browser);
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
  // Hand-over → painted: from "Open" to the first frame the layer's canvas draws (its
  // nociscope:first-render mark, made on Cytoscape's first render event, as on the plain page).
  const painted = await page.evaluate(async (count) => {
    const t0 = performance.now();
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Open')!.click();
    const drawn = () => performance.getEntriesByName('nociscope:first-render').find((m) => m.startTime > t0);
    while ((window.nociscopeCy?.nodes().length ?? 0) !== count || !drawn())
      await new Promise((r) => setTimeout(r, 5));
    return drawn()!.startTime - t0;
  }, n);
  const size = await canvasSize(page);
  const select = await selectTimes(page, picks);
  // Filter → next frame: untick "cell" in the layer's Node type facet, until two frames later. The
  // plain page hides the same nodes by class.
  const filter = await page.evaluate(async () => {
    const set = () =>
      [...document.querySelectorAll('fieldset')].find((f) =>
        f.querySelector('legend')?.textContent?.startsWith('Node type'),
      );
    const cellBox = () => {
      const label = [...(set()?.querySelectorAll('label') ?? [])].find((l) =>
        /^cell \(\d[\d,]*\)$/.test(l.textContent?.trim() ?? ''),
      );
      return label ? (document.getElementById(label.htmlFor) as HTMLInputElement) : null;
    };
    // The facets' code loads on demand: wait for it (untimed).
    while (!cellBox()) await new Promise((r) => setTimeout(r, 20));
    return toggleTimes(cellBox()!);
  });
  await page.evaluate(() => void window.nociscopeCy!.emit('tap'));
  const zp = await zoomAndPng(page);
  // Layout: the same file without its positions is checked again, and the worker lays it out on a
  // grid (its time, from the check's mark); the plain page runs Cytoscape's grid on the same
  // elements. The file's own positions (above) need no layout at all.
  await page.locator('[data-testid="import-file"]').setInputFiles({
    name: `synthetic-${n}-unplaced.cyjs`,
    mimeType: 'application/json',
    buffer: Buffer.from(asCyjs(elements.map(({ position: _, ...e }) => e))),
  });
  await open.waitFor({ timeout: 300_000 });
  const layout = await page.evaluate(
    () =>
      (performance.getEntriesByName('nociscope:import-checked').at(-1) as PerformanceMark).detail
        .layoutMs as number,
  );
  await context.close();
  return { sample: { painted, select, filter, layout, ...zp }, size };
}

async function appCuratedRun(
  browser: Browser,
  url: string,
): Promise<{ sample: Sample; elements: Element[]; look: Look; hidden: Hidden; picks: string[]; size: Size }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('nociscope:first-render').length > 0,
    undefined,
    { timeout: 120_000 },
  );
  // Navigation → the first frame Cytoscape draws (the plain page counts the same way).
  const painted = await page.evaluate(
    () => performance.getEntriesByName('nociscope:first-render')[0]!.startTime,
  );
  const size = await canvasSize(page);
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
  const look = (await page.evaluate(() => {
    const cy = window.nociscopeCy!;
    // Style.json() is Cytoscape's (documented as cy.style().json()), missing from its typings.
    return {
      style: (cy.style() as unknown as { json(): unknown[] }).json(),
      elements: cy.elements().jsons(),
    };
  })) as Omit<Look, 'rings'>;
  // What the filter fades or hides, for the plain page.
  const hidden = await page.evaluate(async () => {
    const cy = window.nociscopeCy!;
    [...document.querySelectorAll('label')].find((l) => /BMSC therapy/.test(l.textContent ?? ''))!.click();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const of = (cls: string) => cy.elements(`.${cls}`).map((e) => e.id());
    const out = { faded: of('faded'), hidden: of('hidden') };
    [...document.querySelectorAll('label')].find((l) => /BMSC therapy/.test(l.textContent ?? ''))!.click();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return out;
  });
  const filter = await page.evaluate(async () =>
    toggleTimes(
      [...document.querySelectorAll('label')].find((l) => /BMSC therapy/.test(l.textContent ?? ''))!,
    ),
  );
  const picks = await page.evaluate(() => {
    const nodes = window.nociscopeCy!.nodes();
    return ['tgfb1', ...[10, 20, 30, 40, 50, 60].map((i) => nodes[i]!.id())];
  });
  const select = await selectTimes(page, picks);
  // The selection is cleared (a tap on the background), as on the plain page, before the zoom and
  // the picture; the layout comes last, as it moves every node.
  await page.evaluate(() => {
    const cy = window.nociscopeCy!;
    cy.emit('tap');
    cy.fit(undefined, 30);
  });
  const zp = await zoomAndPng(page);
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
  await context.close();
  return {
    sample: { painted, filter, select, layout, ...zp },
    elements,
    look: { ...look, rings: KIND_RING },
    hidden,
    picks,
    size,
  };
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
  const plainInAppLook: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await appCuratedRun(browser, url);
    app.push(run.sample);
    const { elements, hidden, picks, size, look } = run;
    plain.push(await plainRun(browser, elements, hidden, picks, size, 'fromNavigation', 'concentric'));
    plainInAppLook.push(
      await plainRun(browser, elements, hidden, picks, size, 'fromNavigation', 'concentric', look),
    );
  }
  await record('curated', 0, app, plain);
  // The control row: the same app run against plain Cytoscape given the app's own look.
  await record("curated, plain given the app's look", 0, app, plainInAppLook);
}
for (const n of SIZES) {
  const elements = synthetic(n);
  const hide = elements
    .filter((e) => e.group === 'nodes' && e.data.kind === 'cell')
    .map((e) => String(e.data.id));
  const picks = [0, 7, 14, 21, 28, 35, 42].map((i) => `n${i}`);
  const app: Sample[] = [];
  const plain: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await appSyntheticRun(browser, url, elements, picks);
    app.push(run.sample);
    plain.push(await plainRun(browser, elements, { hidden: hide }, picks, run.size, 'fromHandOver', 'grid'));
  }
  await record(`synthetic ${n}`, n, app, plain);
}
await browser.close();
await server.close();
plainServer.close();
