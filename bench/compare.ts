// Side by side: the app and plain Cytoscape.js on a bare page, like with like. Plain gets the app's
// own look at every size: its stylesheet, its elements as Cytoscape holds them (data, classes,
// positions), its viewport and viewport options (textures and hidden edges while moving, pixel ratio,
// zoom limits, the curated map's Ctrl+wheel zoom, a big layer's near-zoom restyle). Both sides stop
// at the same produced frame, both clocks start at the same event, and each figure is given as wall
// time and as main-thread CPU time (the renderer's task durations from the DevTools protocol, which
// a busy machine disturbs far less than wall time). App and plain runs alternate; medians of
// BENCH_RUNS (≥ 3); the load average is printed with every row. Writes bench/compare-results.json.
// Asserts nothing: timings live here. See bench/README.md for what each metric starts and stops on.
//
// Usage: npm run bench:compare   (builds dist/ first when it is missing; `npm run build` after a change)
// Options: BENCH_SIZES=1000,5000 (empty: the curated map only)  BENCH_RUNS=3  BENCH_DIST=dist
//          BENCH_CURATED=0 (no curated row)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { execSync } from 'node:child_process';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { format, resolveConfig } from 'prettier';
import { preview } from 'vite';
import { launchChromium } from '../tests/e2e/chromium';
import { NEAR_ZOOM } from '../src/canvas/importedStylesheet';
import { CONCENTRIC, installRenderWatch } from './cpuProfile';
import { lookOf, type Look } from './look';
import { asCyjs, synthetic, type Element } from './syntheticLayer';

const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const DIST = process.env.BENCH_DIST ?? 'dist';
/** BENCH_CURATED=0 leaves the curated map's row out (a big-layer A/B on a busy machine). */
const CURATED = process.env.BENCH_CURATED !== '0';
const VIEWPORT = { width: 1440, height: 900 };
const CYTOSCAPE = 'node_modules/cytoscape/dist/cytoscape.min.js';

/** A fresh clone has no build: make one (a stale one is the caller's to rebuild, see the usage). */
if (!existsSync(`${DIST}/index.html`)) {
  console.log(`No ${DIST}/index.html: building the app first (npx vite build).`);
  execSync(`npx vite build --outDir ${DIST}`, { stdio: 'inherit' });
}

/** Wall ms (action → the frame it produced) and main-thread CPU ms (action → page quiet again). */
interface Cost {
  wall: number;
  cpu: number;
}
type Metric = 'painted' | 'filter' | 'select' | 'zoom30' | 'png2x' | 'layout' | 'diagram' | 'diagramAgain';
const METRICS: Metric[] = [
  'painted',
  'filter',
  'select',
  'zoom30',
  'png2x',
  'layout',
  'diagram',
  'diagramAgain',
];
type Sample = Partial<Record<Metric, Cost>>;

declare global {
  interface Window {
    /**
     * Wait until the page is quiet (no frame for `quiet` ms) after an action begun at `t0`:
     * `first` is the first frame drawn after t0 (once `heading` is in the details panel, if
     * given), `last` the last frame before the quiet, both in ms from t0.
     */
    benchSettle(
      t0: number,
      options?: { quiet?: number; heading?: string },
    ): Promise<{ first: number; last: number; frames: number }>;
    /** Remember every element's classes (before an action whose class changes plain repeats). */
    benchSnap(): void;
    /** The classes added and removed since benchSnap(), by class. */
    benchDiff(): ClassDiff;
    /** Make those changes in one batch (`undo`: the reverse). */
    benchApply(diff: ClassDiff, undo: boolean): void;
  }
}

/** Class changes, by class: what an action of the app did, for the plain page to do the same. */
interface ClassDiff {
  add: Record<string, string[]>;
  remove: Record<string, string[]>;
}

/**
 * Installed on every page before its own scripts, after installRenderWatch (whichever Cytoscape
 * instance the page names `nociscopeCy`, the app's map or layer or the plain page's instance, has its
 * frames in window.benchRenders from before its first): the class snapshot, diff, replay and settle
 * the rows use.
 */
function installWatch() {
  let snap = new Map<string, string[]>();
  const classesNow = () =>
    new Map(window.nociscopeCy!.elements().map((e) => [e.id(), e.classes() as unknown as string[]]));
  window.benchSnap = () => void (snap = classesNow());
  window.benchDiff = () => {
    const diff: ClassDiff = { add: {}, remove: {} };
    const put = (into: Record<string, string[]>, cls: string, id: string) => void (into[cls] ??= []).push(id);
    for (const [id, now] of classesNow()) {
      const had = snap.get(id) ?? [];
      for (const c of now) if (!had.includes(c)) put(diff.add, c, id);
      for (const c of had) if (!now.includes(c)) put(diff.remove, c, id);
    }
    return diff;
  };
  window.benchApply = (diff, undo) => {
    const cy = window.nociscopeCy!;
    const [add, remove] = undo ? [diff.remove, diff.add] : [diff.add, diff.remove];
    cy.batch(() => {
      for (const [cls, ids] of Object.entries(remove))
        ids.forEach((id) => void cy.getElementById(id).removeClass(cls));
      for (const [cls, ids] of Object.entries(add))
        ids.forEach((id) => void cy.getElementById(id).addClass(cls));
    });
  };
  window.benchSettle = async (t0, { quiet = 300, heading } = {}) => {
    const renders = window.benchRenders;
    let readyAt = heading === undefined ? t0 : -1;
    const shown = () => [...document.querySelectorAll('#details h2')].some((h) => h.textContent === heading);
    // The heading's arrival, to the microtask: a frame poll would round it up to the next frame.
    const observer = new MutationObserver(() => {
      if (readyAt < 0 && shown()) readyAt = performance.now();
    });
    if (readyAt < 0) observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    try {
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        if (readyAt < 0 && shown()) readyAt = now;
        const after = renders.filter((t) => t >= t0);
        const atReady = after.find((t) => t >= readyAt);
        if (readyAt >= 0 && after.length && now - after.at(-1)! > quiet)
          return {
            // A heading that comes after the last frame: the heading is then what the reader waits for.
            first: (atReady ?? readyAt) - t0,
            last: Math.max(after.at(-1)!, readyAt) - t0,
            frames: after.length,
          };
        if (now - t0 > 180_000) throw new Error(`no frame (or heading "${heading}") after 180 s`);
      }
    } finally {
      observer.disconnect();
    }
  };
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx (esbuild, keepNames) wraps named functions in `__name(...)`, which code passed to
  // page.evaluate would then call on the page: give the page a harmless one.
  await context.addInitScript('globalThis.__name = (f) => f;');
  await context.addInitScript(installRenderWatch);
  await context.addInitScript(installWatch);
  return context;
}

/** The renderer's main-thread task time so far (ms), from the DevTools protocol. */
async function cpuMeter(page: Page): Promise<() => Promise<number>> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  return async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0);
  };
}

/** Run `act` (which returns the wall ms) and charge it the main-thread time it took. */
async function costOf(cpu: () => Promise<number>, act: () => Promise<number>): Promise<Cost> {
  const before = await cpu();
  const wall = await act();
  return { wall, cpu: (await cpu()) - before };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;

/**
 * Seven rounds of an action and its undo; the first two warm the code up, then the median of five
 * (wall and CPU each). The undo is not timed, nor are `before` and `after` (the bench's own
 * bookkeeping around the action: finding the node to tap, recording the classes it changed).
 */
async function repeated(
  cpu: () => Promise<number>,
  act: (k: number) => Promise<number>,
  undo: (k: number) => Promise<unknown>,
  before?: (k: number) => Promise<unknown>,
  after?: (k: number) => Promise<unknown>,
): Promise<Cost> {
  const costs: Cost[] = [];
  for (let k = 0; k < 7; k++) {
    await before?.(k);
    const c = await costOf(cpu, () => act(k));
    await after?.(k);
    if (k >= 2) costs.push(c);
    await undo(k);
  }
  return { wall: median(costs.map((c) => c.wall)), cpu: median(costs.map((c) => c.cpu)) };
}

/**
 * 30 zoom steps as a reader makes them: wheel events on the canvas (with Ctrl, which the curated map
 * asks for and a layer ignores), one per frame; then, once the wheel has settled, a PNG at 2×. Both
 * sides run the same code; plain has the same wheel handling as the app.
 */
async function zoomAndPng(page: Page, cpu: () => Promise<number>): Promise<Sample> {
  const zoom30 = await costOf(cpu, () =>
    page.evaluate(async () => {
      const cy = window.nociscopeCy!;
      const frame = () => new Promise((r) => requestAnimationFrame(r));
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
      const wall = performance.now() - t0;
      // Cytoscape leaves its moving-view shortcuts 150 ms after the last wheel event: that redraw
      // (and a near-zoom restyle) is part of zooming.
      await window.benchSettle(t0, { quiet: 400 });
      return wall;
    }),
  );
  const png2x = await costOf(cpu, () =>
    page.evaluate(() => {
      const t1 = performance.now();
      window.nociscopeCy!.png({ scale: 2, full: false });
      return performance.now() - t1;
    }),
  );
  return { zoom30, png2x };
}

/** What the plain page is given: its whole content, served with cytoscape.min.js. */
let plainPage = '';
const CYTOSCAPE_JS = readFileSync(CYTOSCAPE);
const plainServer = createServer((req, res) => {
  const script = req.url === '/cytoscape.min.js';
  res.writeHead(200, { 'content-type': script ? 'text/javascript' : 'text/html; charset=utf-8' });
  res.end(script ? CYTOSCAPE_JS : plainPage);
});
await new Promise<void>((done) => plainServer.listen(0, '127.0.0.1', done));
const plainUrl = `http://127.0.0.1:${(plainServer.address() as AddressInfo).port}/`;

/** The app's look, as its Cytoscape instance holds it, for the plain page. */
/**
 * A bare page: cytoscape.min.js and the elements (in a JSON block, parsed before anything is
 * timed, as the app has the data parsed when its clock starts) and, given `mountOnClick`, a button
 * that makes the instance (the synthetic sizes: the app's clock starts at its "Open" click).
 */
function bare(look: Look, mountOnClick: boolean): string {
  const json = (x: unknown) => JSON.stringify(x).replace(/</g, '\\u003c');
  const { elements, options, pixelRatio, width, height, ctrlWheel, nearZoom } = look;
  return `<!doctype html><meta charset="utf-8"><body style="margin:0">
<button id="open" style="position:absolute;right:0;top:0">Open</button>
<div id="cy" style="width:${width}px;height:${height}px"></div>
<script type="application/json" id="els">${json(elements)}</script>
<script type="application/json" id="opts">${json(options)}</script>
<script src="/cytoscape.min.js"></script>
<script>
const elements = JSON.parse(document.getElementById('els').textContent);
const options = JSON.parse(document.getElementById('opts').textContent);
function mount() {
  const cy = cytoscape({
    ...options,
    container: document.getElementById('cy'),
    elements,
    layout: { name: 'preset', fit: false },
    pixelRatio: ${JSON.stringify(pixelRatio)},
    userZoomingEnabled: ${!ctrlWheel},
  });
  window.nociscopeCy = cy;
  ${
    ctrlWheel
      ? `cy.container().addEventListener('wheel', (e) => {
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    const rect = cy.container().getBoundingClientRect();
    cy.zoom({ level: cy.zoom() * Math.exp(-e.deltaY * 0.002),
      renderedPosition: { x: e.clientX - rect.left, y: e.clientY - rect.top } });
  }, { passive: false });`
      : ''
  }
  ${
    nearZoom !== null
      ? `let near = cy.zoom() >= ${nearZoom};
  cy.on('zoom', () => {
    const now = cy.zoom() >= ${nearZoom};
    if (now === near) return;
    near = now;
    cy.batch(() => (now ? cy.elements().addClass('near') : cy.elements().removeClass('near')));
  });`
      : ''
  }
}
${mountOnClick ? `document.getElementById('open').onclick = mount;` : 'mount();'}
</script>`;
}

/** What the plain page does on each of the app's selections: the same classes and camera. */
interface Pick {
  diff: ClassDiff;
  /** Where the app's camera went (a curated selection frames the entity), or null if it stayed. */
  viewport: { zoom: number; pan: { x: number; y: number } } | null;
}

async function plainRun(
  browser: Browser,
  look: Look,
  hidden: ClassDiff,
  picks: Pick[],
  mountOnClick: boolean,
  laidOut: Pick | null,
): Promise<Sample> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const cpu = await cpuMeter(page);
  plainPage = bare(look, mountOnClick);
  let painted: Cost;
  if (mountOnClick) {
    await page.goto(plainUrl);
    await page.waitForLoadState('load');
    painted = await costOf(cpu, () =>
      page.evaluate(async () => {
        const t0 = performance.now();
        document.getElementById('open')!.click();
        return (await window.benchSettle(t0, { quiet: 500 })).last;
      }),
    );
  } else {
    // From navigation: the page's clock starts there (performance.now() is ms from navigation start).
    const before = await cpu();
    await page.goto(plainUrl);
    const wall = await page.evaluate(async () => (await window.benchSettle(0, { quiet: 500 })).last);
    painted = { wall, cpu: (await cpu()) - before };
  }
  const filter = await repeated(
    cpu,
    () =>
      page.evaluate(async (diff) => {
        const t0 = performance.now();
        window.benchApply(diff, false);
        return (await window.benchSettle(t0)).first;
      }, hidden),
    () =>
      page.evaluate(async (diff) => {
        const t0 = performance.now();
        window.benchApply(diff, true);
        await window.benchSettle(t0);
      }, hidden),
  );
  const select = await repeated(
    cpu,
    (k) =>
      page.evaluate(async (pick) => {
        const cy = window.nociscopeCy!;
        const t0 = performance.now();
        window.benchApply(pick.diff, false);
        if (pick.viewport)
          cy.animate({ ...pick.viewport, duration: 250, easing: 'ease-in-out-sine' } as never);
        return (await window.benchSettle(t0)).first;
      }, picks[k]!),
    (k) =>
      page.evaluate(async (pick) => {
        const t0 = performance.now();
        window.benchApply(pick.diff, true);
        await window.benchSettle(t0);
      }, picks[k]!),
  );
  // The zoom and the picture start from the look's own viewport, as the app's do.
  await page.evaluate(
    (vp) => {
      window.nociscopeCy!.viewport(vp as never);
    },
    look.options as { zoom: number; pan: { x: number; y: number } },
  );
  const zp = await zoomAndPng(page, cpu);
  const out: Sample = { painted, filter, select, ...zp };
  if (laidOut) {
    // Last, as it moves every node. The app's concentric options (rings by kind), then what the app
    // did to its elements and camera once its layout stopped: the far labels' classes for the new
    // places (recorded from the app's own first round, as for a filter or a selection) and the
    // camera it framed the result with, in the same task, before the frame. The undo puts the
    // nodes, classes and camera back where the look had them (the app's undo: choosing the stored
    // layered layout again). Rounds as for the other rows: a single, cold run gave 1.3 one hour and
    // 2.1 the next with the same code.
    const placed = await page.evaluate(() => {
      const cy = window.nociscopeCy!;
      return {
        positions: cy.nodes().map((n) => [n.id(), { ...n.position() }] as const),
        zoom: cy.zoom(),
        pan: { ...cy.pan() },
      };
    });
    out.layout = await repeated(
      cpu,
      () =>
        page.evaluate(
          async ({ options, laidOut }) => {
            const cy = window.nociscopeCy!;
            const rings: Record<string, number> = (options as { rings: Record<string, number> }).rings;
            const t0 = performance.now();
            cy.layout({
              ...(options as object),
              name: 'concentric',
              concentric: (n: { data: (k: string) => string }) => rings[n.data('kind')] ?? 0,
              levelWidth: () => 1,
              fit: false,
            } as never).run();
            window.benchApply(laidOut.diff, false);
            if (laidOut.viewport) cy.viewport(laidOut.viewport);
            return (await window.benchSettle(t0)).first;
          },
          { options: CONCENTRIC, laidOut },
        ),
      () =>
        page.evaluate(
          async ({ placed, laidOut }) => {
            const cy = window.nociscopeCy!;
            const t0 = performance.now();
            cy.batch(() => {
              for (const [id, p] of placed.positions) cy.getElementById(id).position(p);
            });
            window.benchApply(laidOut.diff, true);
            cy.viewport({ zoom: placed.zoom, pan: placed.pan });
            await window.benchSettle(t0);
          },
          { placed, laidOut },
        ),
    );
  }
  await context.close();
  return out;
}

/**
 * The app's selections, one after another, as a reader taps them; the undo taps the background.
 * Only the tap is timed: finding the node (a layer's elements carry the file's id as `iid`, so a
 * scan of every node) and recording the classes it changed (two passes over every element) are the
 * bench's work, which the plain page does not do either; inside the window they charged a 5,000-node
 * layer's select some 15,000 element reads that plain never paid.
 */
async function appSelect(page: Page, cpu: () => Promise<number>, ids: string[]) {
  const picks: Pick[] = [];
  let start = { zoom: 0, pan: { x: 0, y: 0 } };
  const cost = await repeated(
    cpu,
    () =>
      page.evaluate(async () => {
        const node = (
          window as unknown as { benchTarget: { emit(e: string): void; data(k: string): unknown } }
        ).benchTarget;
        const t0 = performance.now();
        node.emit('tap');
        return (await window.benchSettle(t0, { heading: node.data('label') as string })).first;
      }),
    () =>
      page.evaluate(async () => {
        const t0 = performance.now();
        window.nociscopeCy!.emit('tap');
        await window.benchSettle(t0);
      }),
    async (k) => {
      start = await page.evaluate((id) => {
        const cy = window.nociscopeCy!;
        const byId = cy.getElementById(id);
        (window as unknown as { benchTarget: unknown }).benchTarget = byId.nonempty()
          ? byId
          : cy.nodes().filter((n) => n.data('iid') === id);
        window.benchSnap();
        return { zoom: cy.zoom(), pan: { ...cy.pan() } };
      }, ids[k]!);
    },
    async () => {
      // What the selection changed, for the plain page.
      picks.push(
        await page.evaluate((start) => {
          const cy = window.nociscopeCy!;
          const moved = cy.zoom() !== start.zoom || cy.pan().x !== start.pan.x || cy.pan().y !== start.pan.y;
          return {
            diff: window.benchDiff(),
            viewport: moved ? { zoom: cy.zoom(), pan: { ...cy.pan() } } : null,
          };
        }, start),
      );
    },
  );
  return { cost, picks };
}

/** An action of the app, timed; then (untimed) the classes it changed, for the plain page. */
async function appFilter(
  page: Page,
  cpu: () => Promise<number>,
  toggle: () => Promise<number>,
): Promise<{ cost: Cost; hidden: ClassDiff }> {
  let hidden: ClassDiff = { add: {}, remove: {} };
  const cost = await repeated(
    cpu,
    () => toggle(),
    toggle,
    async (k) => {
      if (k === 0) await page.evaluate(() => window.benchSnap());
    },
    async (k) => {
      if (k === 0) hidden = await page.evaluate(() => window.benchDiff());
    },
  );
  return { cost, hidden };
}

async function appSyntheticRun(
  browser: Browser,
  url: string,
  elements: Element[],
  ids: string[],
): Promise<{ sample: Sample; look: Look; hidden: ClassDiff; picks: Pick[] }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const cpu = await cpuMeter(page);
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
  // "Open" → the layer's canvas settled (the file is checked and parsed in the worker already, as
  // the plain page has its elements parsed before its click).
  const painted = await costOf(cpu, () =>
    page.evaluate(async (count) => {
      const t0 = performance.now();
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Open')!.click();
      const settled = await window.benchSettle(t0, { quiet: 500 });
      if (window.nociscopeCy?.nodes().length !== count) throw new Error('the layer is not on the canvas');
      return settled.last;
    }, n),
  );
  const look = await lookOf(page, false, NEAR_ZOOM);
  const { cost: select, picks } = await appSelect(page, cpu, ids);
  // Filter: untick "cell" in the layer's Node type facet. The facets' code loads on demand: wait
  // for it (untimed).
  await page.waitForFunction(() =>
    [...document.querySelectorAll('fieldset label')].some((l) =>
      /^cell \(\d[\d,]*\)$/.test(l.textContent!.trim()),
    ),
  );
  const toggle = () =>
    page.evaluate(async () => {
      const label = [...document.querySelectorAll('fieldset')]
        .find((f) => f.querySelector('legend')?.textContent?.startsWith('Node type'))!
        .querySelectorAll('label');
      const cell = [...label].find((l) => /^cell \(\d[\d,]*\)$/.test(l.textContent!.trim()))!;
      const t0 = performance.now();
      (document.getElementById(cell.htmlFor) as HTMLInputElement).click();
      return (await window.benchSettle(t0)).first;
    });
  const { cost: filter, hidden } = await appFilter(page, cpu, toggle);
  const zp = await zoomAndPng(page, cpu);
  await context.close();
  return { sample: { painted, select, filter, ...zp }, look, hidden, picks };
}

async function appCuratedRun(
  browser: Browser,
  url: string,
): Promise<{ sample: Sample; look: Look; hidden: ClassDiff; picks: Pick[]; laidOut: Pick }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const cpu = await cpuMeter(page);
  // Navigation → the map settled (the plain page counts the same way).
  const before = await cpu();
  await page.goto(url);
  await page.waitForFunction(() => window.benchRenders.length > 0, undefined, { timeout: 120_000 });
  const wall = await page.evaluate(async () => (await window.benchSettle(0, { quiet: 500 })).last);
  const painted = { wall, cpu: (await cpu()) - before };
  const look = await lookOf(page, true, null);
  const label = 'BMSC therapy';
  const toggle = (lbl: string) =>
    page.evaluate(async (lbl) => {
      const t0 = performance.now();
      [...document.querySelectorAll('label')].find((l) => l.textContent?.includes(lbl))!.click();
      return (await window.benchSettle(t0)).first;
    }, lbl);
  const { cost: filter, hidden } = await appFilter(page, cpu, () => toggle(label));
  const ids = await page.evaluate(() => {
    const nodes = window.nociscopeCy!.nodes();
    return ['tgfb1', ...[10, 20, 30, 40, 50, 60].map((i) => nodes[i]!.id())];
  });
  const { cost: select, picks } = await appSelect(page, cpu, ids);
  // The zoom and the picture start from the first view, as the plain page's do.
  await page.evaluate((vp) => {
    // A block: returning cy would make Playwright serialise the whole instance.
    window.nociscopeCy!.viewport(vp as never);
  }, look.options as never);
  const zp = await zoomAndPng(page, cpu);
  // The Layout menu to rings by kind; the undo chooses the stored layered layout again.
  const choose = (value: string) =>
    page.evaluate(async (value) => {
      const select = document.querySelector('.toolbar select') as HTMLSelectElement;
      const t0 = performance.now();
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return (await window.benchSettle(t0)).first;
    }, value);
  // What the layout changed (untimed, first round), for the plain page: the far labels' classes
  // and the camera.
  let laidOut: Pick = { diff: { add: {}, remove: {} }, viewport: null };
  const layout = await repeated(
    cpu,
    () => choose('concentric'),
    () => choose('layered'),
    async (k) => {
      if (k === 0) await page.evaluate(() => window.benchSnap());
    },
    async (k) => {
      if (k === 0)
        laidOut = await page.evaluate(() => {
          const cy = window.nociscopeCy!;
          return { diff: window.benchDiff(), viewport: { zoom: cy.zoom(), pan: { ...cy.pan() } } };
        });
    },
  );
  const diagram = await diagramRun(page, cpu);
  await context.close();
  return { sample: { painted, filter, select, layout, ...zp, ...diagram }, look, hidden, picks, laidOut };
}

/**
 * The pathway diagram (app only): the Pathways tab, paths from BMSC therapy to analgesia, a second
 * for the reader to look at the answer, then "Draw as a diagram" → the diagram's first frame. Then
 * the dialog is closed and the same diagram drawn again.
 */
async function diagramRun(page: Page, cpu: () => Promise<number>): Promise<Sample> {
  await page.getByRole('tab', { name: 'Pathways' }).click();
  await page.getByRole('radio', { name: /Paths between two entities/ }).check();
  await page.getByRole('combobox', { name: 'From', exact: true }).selectOption('bmsc_therapy');
  await page.getByRole('combobox', { name: 'To', exact: true }).selectOption('analgesia');
  const button = page.getByRole('button', { name: 'Draw as a diagram' });
  await button.waitFor();
  await page.waitForTimeout(1000);
  const draw = () =>
    costOf(cpu, () =>
      page.evaluate(async () => {
        const t0 = performance.now();
        [...document.querySelectorAll('button')].find((b) => b.textContent === 'Draw as a diagram')!.click();
        // Drawn: the diagram's instance is made (the figure stops being busy), then two frames.
        const drawn = () => document.querySelector('[data-testid="pathway-diagram"][aria-busy="false"]');
        while (!drawn()) {
          if (performance.now() - t0 > 120_000) throw new Error('no diagram after 120 s');
          await new Promise((r) => setTimeout(r, 4));
        }
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - t0;
      }),
    );
  const diagram = await draw();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Pathway diagram' }).waitFor({ state: 'detached' });
  const diagramAgain = await draw();
  await page.keyboard.press('Escape');
  return { diagram, diagramAgain };
}

const server = await preview({
  build: { outDir: DIST },
  preview: { port: 4176, strictPort: false, host: '127.0.0.1' },
  logLevel: 'error',
});
const url = server.resolvedUrls!.local[0]!;
const browser = await launchChromium();
const uptimeAtStart = execSync('uptime').toString().trim();
const OUT = process.env.BENCH_OUT ?? 'bench/compare-results.json';

type Ratio = Partial<Record<Metric, { wall: number; cpu: number }>>;
interface Row {
  graph: string;
  nodes: number;
  /** The 1-, 5- and 15-minute load averages when the row was written, and their mean over its runs. */
  load: number[];
  loadDuringRuns: number;
  app: Sample;
  plain: Sample;
  ratio: Ratio;
}
const rows: Row[] = [];
const summarise = (samples: Sample[]): Sample =>
  Object.fromEntries(
    METRICS.flatMap((m) => {
      const xs = samples.map((s) => s[m]).filter((x): x is Cost => x !== undefined);
      return xs.length
        ? [[m, { wall: round(median(xs.map((x) => x.wall))), cpu: round(median(xs.map((x) => x.cpu))) }]]
        : [];
    }),
  );
const ratioOf = (app: Sample, plain: Sample): Ratio =>
  Object.fromEntries(
    METRICS.flatMap((m) =>
      app[m] && plain[m]
        ? [
            [
              m,
              {
                wall: Math.round((app[m].wall / plain[m].wall) * 100) / 100,
                cpu: Math.round((app[m].cpu / plain[m].cpu) * 100) / 100,
              },
            ],
          ]
        : [],
    ),
  );

async function write() {
  const json = JSON.stringify({
    date: new Date().toISOString(),
    dist: DIST,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, uptimeAtStart, loadNow: loadavg().map(round) },
    runs: RUNS,
    units:
      'ms; wall = action → the frame it produced, cpu = main-thread task time, action → page quiet; ratio = app / plain, below 1 = app ahead',
    rows,
  });
  writeFileSync(OUT, await format(json, { ...(await resolveConfig(OUT)), parser: 'json' }));
}

async function record(graph: string, nodes: number, app: Sample[], plain: Sample[], loads: number[]) {
  const a = summarise(app);
  const p = summarise(plain);
  const row: Row = {
    graph,
    nodes,
    load: loadavg().map((x) => Math.round(x * 100) / 100),
    loadDuringRuns: Math.round((loads.reduce((s, x) => s + x, 0) / loads.length) * 100) / 100,
    app: a,
    plain: p,
    ratio: ratioOf(a, p),
  };
  rows.push(row);
  console.log(`\n${graph}  load ${row.load.join(' ')} (mean 1-min load over its runs ${row.loadDuringRuns})`);
  for (const m of METRICS)
    if (a[m])
      console.log(
        `  ${m.padEnd(13)} app ${String(a[m].wall).padStart(7)} ms wall ${String(a[m].cpu).padStart(7)} ms cpu` +
          (p[m]
            ? ` | plain ${String(p[m].wall).padStart(7)} wall ${String(p[m].cpu).padStart(7)} cpu` +
              ` | ratio wall ${row.ratio[m]!.wall.toFixed(2)} cpu ${row.ratio[m]!.cpu.toFixed(2)}`
            : ''),
      );
  // Written after every row, so a run cut short still leaves what it measured.
  await write();
}

if (CURATED) {
  const app: Sample[] = [];
  const plain: Sample[] = [];
  const loads: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    loads.push(loadavg()[0]!);
    const run = await appCuratedRun(browser, url);
    app.push(run.sample);
    plain.push(await plainRun(browser, run.look, run.hidden, run.picks, false, run.laidOut));
  }
  await record("curated (plain given the app's look)", 0, app, plain, loads);
}
for (const n of SIZES) {
  const elements = synthetic(n);
  const ids = [0, 7, 14, 21, 28, 35, 42].map((i) => `n${i}`);
  const app: Sample[] = [];
  const plain: Sample[] = [];
  const loads: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    loads.push(loadavg()[0]!);
    const run = await appSyntheticRun(browser, url, elements, ids);
    app.push(run.sample);
    plain.push(await plainRun(browser, run.look, run.hidden, run.picks, true, null));
  }
  await record(`synthetic ${n}`, n, app, plain, loads);
}
await browser.close();
await server.close();
plainServer.close();
