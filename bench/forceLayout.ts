// Force layout of a big network without positions, side by side: the app (the file opened through
// "Open network…", laid out by d3-force in a worker) and plain Cytoscape.js on a bare page running its
// own force layout (fcose, Cytoscape's recommended one, with its defaults) on the same elements. For
// each: wall time to a settled layout, the longest gap between frames while it ran (how long the page
// could not answer), and the quality of the picture: straight-line edge crossings and the mean edge
// length over the median distance between nodes (lower: neighbours closer than strangers). Plain
// fcose runs on the page's own thread, so it cannot be stopped: a side that has not finished after
// FORCE_CAP_S seconds is recorded as "did not finish" (the app gets 300 s). The load average is
// printed with every row.
// Asserts nothing. Usage: npm run bench:force (builds dist/ first when it is missing; `npm run build`
// after a change)   Options: BENCH_SIZES=1000,5000,10000
// BENCH_RUNS=1  FORCE_CAP_S=60  FORCE_SIDES=app,plain  FORCE_OUT=bench/force-results.json
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { preview } from 'vite';
import { launchChromium } from '../tests/e2e/chromium';
import { countCrossings, type Point } from '../src/model/crossings';
import { rng } from './scale/synthetic';

const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
/** Plain fcose's cap (it holds the page's thread, so it cannot be stopped sooner); the app's is longer. */
const CAP_S = Number(process.env.FORCE_CAP_S ?? 60);
const APP_CAP_S = Math.max(CAP_S, 300);
const VIEWPORT = { width: 1440, height: 900 };
/** Which sides run (both by default): `FORCE_SIDES=plain` reruns plain fcose alone. */
const SIDES = (process.env.FORCE_SIDES ?? 'app,plain').split(',');
const OUT = process.env.FORCE_OUT ?? 'bench/force-results.json';

interface Net {
  nodes: string[];
  edges: { source: string; target: string }[];
}

/**
 * A seeded network shaped like pathway collections: modules of 10 to 40 genes, two relations per
 * gene, 85 % inside its module and 15 % to any other gene. No positions.
 */
function modular(n: number): Net {
  const random = rng(n + 7);
  const nodes = Array.from({ length: n }, (_, i) => `g${i}`);
  const starts: number[] = [];
  for (let s = 0; s < n; s += 10 + Math.floor(random() * 31)) starts.push(s);
  const moduleOf = (i: number) => {
    let k = starts.length - 1;
    while (starts[k]! > i) k--;
    return [starts[k]!, (starts[k + 1] ?? n) - starts[k]!] as const;
  };
  const edges: Net['edges'] = [];
  for (let i = 0; i < n; i++)
    for (let k = 0; k < 2; k++) {
      const [start, size] = moduleOf(i);
      let t = random() < 0.85 ? start + Math.floor(random() * size) : Math.floor(random() * n);
      if (t === i) t = start + ((i - start + 1) % size);
      if (t !== i) edges.push({ source: nodes[i]!, target: nodes[t]! });
    }
  return { nodes, edges };
}

const asTsv = (net: Net) =>
  ['source\ttarget\trelation', ...net.edges.map((e) => `${e.source}\t${e.target}\tinteracts with`)].join(
    '\n',
  );

interface Side {
  /** Wall ms from start to a settled layout; absent when it did not finish within the cap. */
  ms?: number;
  finished: boolean;
  /** The cap a side that did not finish had, s. */
  capS?: number;
  /** Longest gap between two frames while the layout ran, ms. */
  longestFrameGapMs?: number;
  crossings?: number;
  /** Mean edge length / median distance between random node pairs. */
  edgeRatio?: number;
  load: number[];
}

const round = (x: number) => Math.round(x * 100) / 100;
const load = () => loadavg().map(round);

/** Crossings and the edge-length ratio of a drawing. */
function quality(net: Net, positions: Map<string, Point>): Pick<Side, 'crossings' | 'edgeRatio'> {
  const d = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
  const mean =
    net.edges.reduce((s, e) => s + d(positions.get(e.source)!, positions.get(e.target)!), 0) /
    net.edges.length;
  const random = rng(1);
  const pairs: number[] = [];
  for (let k = 0; k < 20_000; k++) {
    const a = net.nodes[Math.floor(random() * net.nodes.length)]!;
    const b = net.nodes[Math.floor(random() * net.nodes.length)]!;
    if (a !== b) pairs.push(d(positions.get(a)!, positions.get(b)!));
  }
  pairs.sort((x, y) => x - y);
  return {
    crossings: countCrossings(net.edges, positions),
    edgeRatio: round(mean / pairs[Math.floor(pairs.length / 2)]!),
  };
}

/** Installed on every page: the longest gap between animation frames since `frameWatch.reset()`. */
function installFrameWatch() {
  const w = globalThis as unknown as { frameWatch: { worst: number; last: number; reset(): void } };
  w.frameWatch = {
    worst: 0,
    last: performance.now(),
    reset() {
      this.worst = 0;
      this.last = performance.now();
    },
  };
  const tick = (t: number) => {
    w.frameWatch.worst = Math.max(w.frameWatch.worst, t - w.frameWatch.last);
    w.frameWatch.last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript('globalThis.__name = (f) => f;');
  await context.addInitScript(installFrameWatch);
  return context.newPage();
}

const positionsOf = (page: Page) =>
  page.evaluate(() =>
    window.nociscopeCy!.nodes().map((n) => [(n.data('iid') ?? n.id()) as string, n.position()] as const),
  );

async function appRun(browser: Browser, url: string, net: Net): Promise<Side> {
  const page = await newPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => (window.nociscopeCy?.nodes().length ?? 0) > 0, undefined, {
    timeout: 120_000,
  });
  await page.locator('[data-testid="import-file"]').setInputFiles({
    name: `modular-${net.nodes.length}.tsv`,
    mimeType: 'text/tab-separated-values',
    buffer: Buffer.from(asTsv(net)),
  });
  const open = page.getByRole('dialog').getByRole('button', { name: 'Open', exact: true });
  await open.waitFor({ timeout: 300_000 });
  const warnings = page.getByRole('dialog').getByRole('checkbox', { name: /read the warnings/ });
  if (await warnings.count()) await warnings.check();
  await open.click();
  // The layout starts as the layer opens; its own mark gives the wall time from its start.
  await page.getByTestId('layout-progress').waitFor({ timeout: 300_000 });
  // Frame gaps count from the layer's first frame (the curated map made the first mark): drawing the
  // network is the opening's cost, timed by bench/compare.ts, not the layout's.
  await page.waitForFunction(
    () => performance.getEntriesByName('nociscope:first-render').length >= 2,
    undefined,
    {
      timeout: 300_000,
    },
  );
  await page.evaluate(() => (globalThis as unknown as { frameWatch: { reset(): void } }).frameWatch.reset());
  const done = await page
    .waitForFunction(
      () => {
        const mark = performance.getEntriesByName('nociscope:force-layout-done').at(-1) as
          PerformanceMark | undefined;
        const w = globalThis as unknown as { frameWatch: { worst: number } };
        return mark ? { ms: (mark.detail as { ms: number }).ms, gap: w.frameWatch.worst } : null;
      },
      undefined,
      { timeout: APP_CAP_S * 1000, polling: 250 },
    )
    .then((h) => h.jsonValue() as Promise<{ ms: number; gap: number }>)
    .catch(() => null);
  if (!done) {
    const gap = await page.evaluate(
      () => (globalThis as unknown as { frameWatch: { worst: number } }).frameWatch.worst,
    );
    await page.context().close();
    return { finished: false, capS: APP_CAP_S, longestFrameGapMs: Math.round(gap), load: load() };
  }
  // The canvas follows the stored positions.
  await page.waitForFunction(() => !document.querySelector('[data-testid="layout-progress"]'));
  const positions = new Map(await positionsOf(page));
  await page.context().close();
  return {
    ms: Math.round(done.ms),
    finished: true,
    longestFrameGapMs: Math.round(done.gap),
    ...quality(net, positions),
    load: load(),
  };
}

// The bare page: Cytoscape and fcose (with its two libraries) as plain scripts, the elements in a
// JSON block, a container of the app's canvas size; `runFcose()` lays them out and notes the time.
const SCRIPTS: Record<string, Buffer> = Object.fromEntries(
  [
    'cytoscape/dist/cytoscape.min.js',
    'layout-base/layout-base.js',
    'cose-base/cose-base.js',
    'cytoscape-fcose/cytoscape-fcose.js',
  ].map((p) => [`/${p.split('/').pop()}`, readFileSync(`node_modules/${p}`)]),
);
let plainPage = '';
const plainServer = createServer((req, res) => {
  const script = SCRIPTS[req.url ?? ''];
  res.writeHead(200, { 'content-type': script ? 'text/javascript' : 'text/html; charset=utf-8' });
  res.end(script ?? plainPage);
});
await new Promise<void>((done) => plainServer.listen(0, '127.0.0.1', done));
const plainUrl = `http://127.0.0.1:${(plainServer.address() as AddressInfo).port}/`;

function bare(net: Net): string {
  const elements = [
    ...net.nodes.map((id) => ({ group: 'nodes', data: { id, label: id } })),
    ...net.edges.map((e, i) => ({ group: 'edges', data: { id: `e${i}`, ...e } })),
  ];
  return `<!doctype html><meta charset="utf-8"><body style="margin:0">
<div id="cy" style="width:${VIEWPORT.width}px;height:${VIEWPORT.height - 120}px"></div>
<script type="application/json" id="els">${JSON.stringify(elements).replace(/</g, '\\u003c')}</script>
${Object.keys(SCRIPTS)
  .map((s) => `<script src="${s}"></script>`)
  .join('\n')}
<script>
cytoscape.use(cytoscapeFcose);
const cy = cytoscape({
  container: document.getElementById('cy'),
  elements: JSON.parse(document.getElementById('els').textContent),
  style: [{ selector: 'node', style: { label: 'data(label)' } }],
  layout: { name: 'grid' },
});
window.nociscopeCy = cy;
window.runFcose = () => {
  frameWatch.reset();
  const t0 = performance.now();
  const layout = cy.layout({ name: 'fcose', animate: false });
  layout.one('layoutstop', () => { window.fcoseDone = { ms: performance.now() - t0 }; });
  // After this frame, so the call that starts it returns to the bench first.
  setTimeout(() => layout.run(), 0);
};
</script>`;
}

async function plainRun(browser: Browser, net: Net): Promise<Side> {
  const page = await newPage(browser);
  plainPage = bare(net);
  await page.goto(plainUrl);
  await page.waitForFunction(() => window.nociscopeCy !== undefined, undefined, { timeout: 300_000 });
  await page.evaluate(() => (window as unknown as { runFcose(): void }).runFcose());
  const started = Date.now();
  // fcose holds the page's thread until it ends: evaluate calls queue behind it. Watched from here
  // with a hard cap; a page that is still busy then is closed.
  const done = await Promise.race([
    page
      .waitForFunction(() => (window as unknown as { fcoseDone?: { ms: number } }).fcoseDone, undefined, {
        timeout: 0,
        polling: 250,
      })
      .then(async (h) => {
        const r = (await h.jsonValue()) as { ms: number };
        const gap = await page.evaluate(
          () => (globalThis as unknown as { frameWatch: { worst: number } }).frameWatch.worst,
        );
        return { ms: r.ms, gap };
      })
      .catch(() => null),
    new Promise<null>((r) => setTimeout(() => r(null), CAP_S * 1000)),
  ]);
  if (!done) {
    const wall = Math.round(Date.now() - started);
    await page.context().close();
    return { finished: false, capS: CAP_S, longestFrameGapMs: wall, load: load() };
  }
  const positions = new Map(await positionsOf(page));
  await page.context().close();
  return {
    ms: Math.round(done.ms),
    finished: true,
    // The layout holds the thread throughout: no frame is drawn until it ends.
    longestFrameGapMs: Math.round(Math.max(done.gap, done.ms)),
    ...quality(net, positions),
    load: load(),
  };
}

/** A fresh clone has no build: make one (a stale one is the caller's to rebuild, see the usage). */
if (!existsSync('dist/index.html')) {
  console.log('No dist/index.html: building the app first (npx vite build).');
  execSync('npx vite build', { stdio: 'inherit' });
}

const server = await preview({
  preview: { port: 4177, strictPort: false, host: '127.0.0.1' },
  logLevel: 'error',
});
const url = server.resolvedUrls!.local[0]!;
const browser = await launchChromium();

interface Row {
  name: string;
  nodes: number;
  edges: number;
  app: Side[];
  plain: Side[];
}
const rows: Row[] = [];

async function write() {
  const json = JSON.stringify({
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model },
    capSeconds: CAP_S,
    units:
      'ms; crossings: straight-line edge crossings; edgeRatio: mean edge length / median distance between nodes (lower is tighter); load: 1, 5, 15-minute load average after the side ran',
    rows,
  });
  writeFileSync(OUT, await format(json, { ...(await resolveConfig(OUT)), parser: 'json' }));
}

const say = (s: Side) =>
  s.finished
    ? `${(s.ms! / 1000).toFixed(1)} s, ${s.crossings} crossings, edge ratio ${s.edgeRatio}, longest frame gap ${s.longestFrameGapMs} ms`
    : `did not finish in ${s.capS} s (longest frame gap ${s.longestFrameGapMs} ms)`;

for (const n of SIZES) {
  const net = modular(n);
  const row: Row = {
    name: `force layout, ${n} nodes`,
    nodes: n,
    edges: net.edges.length,
    app: [],
    plain: [],
  };
  rows.push(row);
  for (let i = 0; i < RUNS; i++) {
    // Interleaved, so a change of load hits both sides alike.
    if (SIDES.includes('app')) {
      row.app.push(await appRun(browser, url, net));
      console.log(
        `${row.name} · app (d3-force in a worker): ${say(row.app.at(-1)!)} · load ${load().join(' ')}`,
      );
      await write();
    }
    if (SIDES.includes('plain')) {
      row.plain.push(await plainRun(browser, net));
      console.log(
        `${row.name} · plain Cytoscape.js fcose: ${say(row.plain.at(-1)!)} · load ${load().join(' ')}`,
      );
      await write();
    }
  }
}
await browser.close();
await server.close();
plainServer.close();
