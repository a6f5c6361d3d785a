// Where the curated layout row's cost lies: on the built app's own page, the main-thread CPU of
// choosing "rings by kind" from the Layout menu (the app's whole path: store, React, the layout, the
// camera, the far labels) against the same concentric layout run straight on the app's Cytoscape
// instance, without and with the layout's own fit. Each from the stored layered layout, until the map
// has drawn nothing for 300 ms; medians of ROUNDS. `LAYOUT_PATH_TWIN=1` adds the same call on a
// twin instance made from the app's elements, style and viewport; `LAYOUT_PATH_BARE=1` first hides
// every element of the page but the canvas; `LAYOUT_PATH_NO_LABELS=1` first drops the far labels'
// layoutstop listener.
// Asserts and writes nothing (bench/README.md, "Where the layout row's gap is not").
//
// Usage: npx vite build && npx tsx bench/layoutPath.ts     Options: BENCH_DIST=dist  LAYOUT_PATH_ROUNDS=7
import { execSync } from 'node:child_process';
import { preview } from 'vite';
import { KIND_RING, LAYOUT_OPTIONS } from '../src/canvas/layouts';
import { launchChromium } from '../tests/e2e/chromium';

const DIST = process.env.BENCH_DIST ?? 'dist';
const ROUNDS = Number(process.env.LAYOUT_PATH_ROUNDS ?? 7);

const server = await preview({
  build: { outDir: DIST },
  preview: { port: 4178, strictPort: false, host: '127.0.0.1' },
  logLevel: 'error',
});
const browser = await launchChromium();
console.log(execSync('uptime').toString().trim(), `| dist ${DIST}`);
const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
const page = await context.newPage();
await page.goto(server.resolvedUrls!.local[0]!);
await page.waitForFunction(() => (window.nociscopeCy?.nodes().length ?? 0) > 0, undefined, {
  timeout: 120_000,
});
await page.waitForTimeout(2000);
const session = await context.newCDPSession(page);
await session.send('Performance.enable');
const cpu = async () => {
  const { metrics } = await session.send('Performance.getMetrics');
  return 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0);
};

// Page code as strings: tsx would wrap named functions in a helper the page does not have.
const settle = () =>
  page.evaluate(`new Promise((done) => {
    const cy = window.nociscopeCy;
    let timer;
    const end = () => { cy.off('render', drawn); done(); };
    const drawn = () => { clearTimeout(timer); timer = setTimeout(end, 300); };
    timer = setTimeout(end, 300);
    cy.on('render', drawn);
  })`);
const choose = (value: string) =>
  page.evaluate(`(() => {
    const select = document.querySelector('.toolbar select');
    select.value = ${JSON.stringify(value)};
    select.dispatchEvent(new Event('change', { bubbles: true }));
  })()`);
const OPTIONS = JSON.stringify({ ...LAYOUT_OPTIONS.concentric, rings: KIND_RING });
const direct = (fit: boolean) =>
  page.evaluate(`(() => {
    const o = ${OPTIONS};
    window.nociscopeCy.layout({
      ...o, name: 'concentric', fit: ${fit},
      concentric: (n) => o.rings[n.data('kind')] ?? 0, levelWidth: () => 1,
    }).run();
  })()`);

if (process.env.LAYOUT_PATH_BARE) {
  await page.evaluate(`(() => {
    const canvas = document.querySelector('[data-testid=graph-canvas]');
    const keep = new Set([...canvas.querySelectorAll('*')]);
    for (let e = canvas; e; e = e.parentElement) keep.add(e);
    for (const e of document.body.querySelectorAll('*')) if (!keep.has(e)) e.style.visibility = 'hidden';
  })()`);
  await page.waitForTimeout(500);
}
if (process.env.LAYOUT_PATH_NO_LABELS) await page.evaluate(`window.nociscopeCy.off('layoutstop')`);

// A twin of the app's instance, made by Cytoscape's own constructor from the app instance's
// elements, style and viewport, in a box of the same size laid over the canvas.
if (process.env.LAYOUT_PATH_TWIN)
  await page.evaluate(`(() => {
    const cy = window.nociscopeCy;
    const box = cy.container().getBoundingClientRect();
    const div = document.createElement('div');
    Object.assign(div.style, { position: 'fixed', left: box.left + 'px', top: box.top + 'px',
      width: box.width + 'px', height: box.height + 'px', zIndex: 50, background: '#fff' });
    document.body.append(div);
    window.twinCy = new cy.constructor({ container: div, elements: cy.elements().jsons(),
      style: cy.style().json(), zoom: cy.zoom(), pan: cy.pan(), layout: { name: 'preset', fit: false },
      minZoom: cy.minZoom(), maxZoom: cy.maxZoom(), textureOnViewport: true });
  })()`);
const twin = () =>
  page.evaluate(`(() => {
    const o = ${OPTIONS};
    const cy = window.nociscopeCy;
    window.twinCy.batch(() => cy.nodes().forEach((n) => window.twinCy.getElementById(n.id()).position(n.position())));
  })()`);
const twinLayout = () =>
  page.evaluate(`(() => {
    const o = ${OPTIONS};
    window.twinCy.layout({
      ...o, name: 'concentric', fit: false,
      concentric: (n) => o.rings[n.data('kind')] ?? 0, levelWidth: () => 1,
    }).run();
  })()`);

const paths = {
  'the Layout menu': () => choose('concentric'),
  'concentric on the instance': () => direct(false),
  'the same with its own fit': () => direct(true),
  ...(process.env.LAYOUT_PATH_TWIN ? { 'concentric on a twin': twinLayout } : {}),
};
const costs = new Map<string, number[]>(Object.keys(paths).map((k) => [k, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, act] of Object.entries(paths)) {
    await choose('layered');
    if (process.env.LAYOUT_PATH_TWIN) await twin();
    await settle();
    const before = await cpu();
    await act();
    await settle();
    costs.get(name)!.push((await cpu()) - before);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [name, xs] of costs)
  console.log(`${name.padEnd(28)} ${median(xs).toFixed(1)} ms CPU (median of ${ROUNDS})`);

await browser.close();
await server.close();
