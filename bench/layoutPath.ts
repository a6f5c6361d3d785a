// Where the curated layout row's cost lies: on the built app's own page, the main-thread CPU of
// choosing "rings by kind" from the Layout menu (the app's whole path: store, React, the layout, the
// camera, the far labels) against the same concentric layout run straight on the app's Cytoscape
// instance, without and with the layout's own fit. Each from the stored layered layout, until the map
// has drawn nothing for 300 ms; medians of ROUNDS. `LAYOUT_PATH_TWIN=1` adds the same call on a
// twin instance made from the app's elements, style and viewport; `LAYOUT_PATH_BARE=1` first hides
// every element of the page but the canvas; `LAYOUT_PATH_NO_LABELS=1` first drops the far labels'
// layoutstop listener. Service workers are blocked, as in the browser tests.
// Asserts and writes nothing (bench/README.md, "Where the layout row's gap is").
//
// Usage: npx vite build && npx tsx bench/layoutPath.ts     Options: BENCH_DIST=dist  LAYOUT_PATH_ROUNDS=7
import { execSync } from 'node:child_process';
import type { Core } from 'cytoscape';
import { preview } from 'vite';
import { launchChromium } from '../tests/e2e/chromium';
import { chooseLayoutInPage, CONCENTRIC, openWatchedPage, settleRenders } from './cpuProfile';

declare global {
  interface Window {
    /** LAYOUT_PATH_TWIN's second instance. */
    twinCy?: Core;
  }
}

const DIST = process.env.BENCH_DIST ?? 'dist';
const ROUNDS = Number(process.env.LAYOUT_PATH_ROUNDS ?? 7);
const TWIN = !!process.env.LAYOUT_PATH_TWIN;

const server = await preview({
  build: { outDir: DIST },
  preview: { port: 4178, strictPort: false, host: '127.0.0.1' },
  logLevel: 'error',
});
const browser = await launchChromium();
console.log(execSync('uptime').toString().trim(), `| dist ${DIST}`);
const { page, taskMs } = await openWatchedPage(browser, { serviceWorkers: 'block' });
await page.goto(server.resolvedUrls!.local[0]!);
await page.waitForFunction(() => window.benchRenders.length > 0, undefined, { timeout: 120_000 });
await settleRenders(page, 0, 2000);

/** Until nothing has been drawn for 300 ms since `t0` (2 s when nothing is). */
const quiet = (t0: number) => settleRenders(page, t0, 300, 2000);
/** The app's concentric options, run straight on an instance (the app's, or the twin). */
const concentric = (twin: boolean, fit: boolean) =>
  page.evaluate(
    ({ o, twin, fit }) => {
      const t0 = performance.now();
      (twin ? window.twinCy! : window.nociscopeCy!)
        .layout({
          ...o,
          name: 'concentric',
          fit,
          concentric: (n: { data: (k: string) => string }) => o.rings[n.data('kind')] ?? 0,
          levelWidth: () => 1,
        } as never)
        .run();
      return t0;
    },
    { o: CONCENTRIC, twin, fit },
  );

if (process.env.LAYOUT_PATH_BARE) {
  await page.evaluate(() => {
    const canvas = document.querySelector('[data-testid=graph-canvas]')!;
    const keep = new Set<Element>(canvas.querySelectorAll('*'));
    for (let e: Element | null = canvas; e; e = e.parentElement) keep.add(e);
    for (const e of document.body.querySelectorAll<HTMLElement>('*'))
      if (!keep.has(e)) e.style.visibility = 'hidden';
  });
  await page.waitForTimeout(500);
}
if (process.env.LAYOUT_PATH_NO_LABELS)
  await page.evaluate(() => {
    window.nociscopeCy!.off('layoutstop');
  });
// A twin of the app's instance, made by Cytoscape's own constructor from the app instance's
// elements, style and viewport, in a box of the same size laid over the canvas.
if (TWIN)
  await page.evaluate(() => {
    const cy = window.nociscopeCy!;
    const box = cy.container()!.getBoundingClientRect();
    const div = document.createElement('div');
    Object.assign(div.style, {
      position: 'fixed',
      left: `${box.left}px`,
      top: `${box.top}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
      zIndex: '50',
      background: '#fff',
    });
    document.body.append(div);
    const Twin = cy.constructor as unknown as new (options: object) => Core;
    window.twinCy = new Twin({
      container: div,
      elements: cy.elements().jsons(),
      style: (cy.style() as unknown as { json(): unknown }).json(),
      zoom: cy.zoom(),
      pan: cy.pan(),
      layout: { name: 'preset', fit: false },
      minZoom: cy.minZoom(),
      maxZoom: cy.maxZoom(),
      textureOnViewport: true,
    });
    // Its frames count for the wait for a quiet page as the app's do.
    window.twinCy.on('render', () => void window.benchRenders.push(performance.now()));
  });

/** Back to the stored layered layout, the twin's nodes where the app's stand. */
const undo = async () => {
  await quiet(await page.evaluate(chooseLayoutInPage, 'layered'));
  if (TWIN)
    await quiet(
      await page.evaluate(() => {
        const twin = window.twinCy!;
        const t0 = performance.now();
        twin.batch(() =>
          window.nociscopeCy!.nodes().forEach((n) => void twin.$id(n.id()).position(n.position())),
        );
        return t0;
      }),
    );
};
const paths: Record<string, () => Promise<number>> = {
  'the Layout menu': () => page.evaluate(chooseLayoutInPage, 'concentric'),
  'concentric on the instance': () => concentric(false, false),
  'the same with its own fit': () => concentric(false, true),
  ...(TWIN ? { 'concentric on a twin': () => concentric(true, false) } : {}),
};
const costs = new Map<string, number[]>(Object.keys(paths).map((k) => [k, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, act] of Object.entries(paths)) {
    await undo();
    const before = await taskMs();
    await quiet(await act());
    costs.get(name)!.push((await taskMs()) - before);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [name, xs] of costs)
  console.log(`${name.padEnd(28)} ${median(xs).toFixed(1)} ms CPU (median of ${ROUNDS})`);

await browser.close();
await server.close();
