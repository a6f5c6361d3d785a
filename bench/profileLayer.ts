// Where the main thread's time goes when a reader works with a big imported layer: opens the seeded
// synthetic network (bench/syntheticLayer.ts) through the app's real "Open network…" input, as
// bench/compare.ts does, then records the DevTools protocol's CPU profile (Profiler domain, through
// playwright-core's CDP session) around each of five facet clicks (untick "cell", tick it again) and
// five node taps (and the background tap that lets each go), and prints the functions with the most
// self time, and the most total time, per action. Build without minifying for readable names:
//   npx vite build --minify false --outDir /tmp/dist-prof
//   BENCH_DIST=/tmp/dist-prof PROFILE_SIZE=5000 npx tsx bench/profileLayer.ts
// Then the same class changes on a plain Cytoscape.js page with the app's look, profiled the same
// way (PROFILE_PLAIN_CYTOSCAPE=cytoscape.umd.js for unminified names there too).
// Asserts nothing; prints the load average with the figures.
import { execSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { launchChromium } from '../tests/e2e/chromium';
import { asCyjs, synthetic } from './syntheticLayer';
import { type Profile, type ProfileNode } from './cpuProfile';
import { lookOf } from './look';

const DIST = process.env.BENCH_DIST ?? 'dist';
const SIZE = Number(process.env.PROFILE_SIZE ?? 5000);
const ROUNDS = Number(process.env.PROFILE_ROUNDS ?? 5);
const TOP = Number(process.env.PROFILE_TOP ?? 25);

/** Self and total ms per function (name, file, line), summed over every profile added. */
class Tally {
  self = new Map<string, number>();
  total = new Map<string, number>();
  /** By entry point: the outermost function of each sample (a frame, an event, React's scheduler). */
  entry = new Map<string, number>();
  ms = 0;
  frames = 0;
  /** Main-thread task time over the same windows (Performance.getMetrics' TaskDuration). */
  task = 0;
  add(p: Profile) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const key = (n: ProfileNode) => {
      const f = n.callFrame;
      const file = f.url.split('/').pop() || '(native)';
      return `${f.functionName || '(anonymous)'}  ${file}:${f.lineNumber + 1}`;
    };
    p.samples.forEach((id, i) => {
      // A sample's time is the delta to the next one.
      const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
      this.ms += dt;
      const node = byId.get(id)!;
      const k = key(node);
      this.self.set(k, (this.self.get(k) ?? 0) + dt);
      const seen = new Set<string>();
      let outer = k;
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const kk = key(byId.get(at)!);
        if (parent.get(at) !== undefined) outer = kk;
        if (seen.has(kk)) continue;
        seen.add(kk);
        this.total.set(kk, (this.total.get(kk) ?? 0) + dt);
      }
      this.entry.set(outer, (this.entry.get(outer) ?? 0) + dt);
    });
  }
  print(title: string) {
    const top = (m: Map<string, number>) =>
      [...m]
        .filter(([k]) => !/^\((root|idle)\)/.test(k))
        .sort((a, b) => b[1] - a[1])
        .slice(0, TOP)
        .map(([k, v]) => `  ${v.toFixed(1).padStart(8)} ms  ${k}`)
        .join('\n');
    const idle = this.self.get('(idle)  (native):0') ?? 0;
    console.log(
      `\n== ${title}: ${this.ms.toFixed(0)} ms sampled (${idle.toFixed(0)} idle), ${this.frames} frames, ${execSync('uptime').toString().trim()}`,
    );
    console.log(`-- self time\n${top(this.self)}`);
    console.log(`-- total time\n${top(this.total)}`);
    console.log(`-- by entry point\n${top(this.entry)}`);
    if (process.env.PROFILE_DUMP)
      appendFileSync(
        process.env.PROFILE_DUMP,
        JSON.stringify({ title, self: [...this.self], total: [...this.total] }) + '\n',
      );
  }
}

type Diff = { add: Record<string, string[]>; remove: Record<string, string[]> };

/** Watch the page's instance (`window.nociscopeCy`) for frames and give it the class helpers. */
const watch = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as {
      profRenders: number[];
      profSnap: Map<string, string[]>;
      profSnapNow(): void;
      profDiff(): Diff;
      profApply(d: Diff, undo: boolean): void;
    };
    type Diff = { add: Record<string, string[]>; remove: Record<string, string[]> };
    const cy = window.nociscopeCy!;
    w.profRenders = [];
    cy.on('render', () => void w.profRenders.push(performance.now()));
    const now = () => new Map(cy.elements().map((e) => [e.id(), e.classes() as unknown as string[]]));
    w.profSnapNow = () => void (w.profSnap = now());
    w.profDiff = () => {
      const diff: Diff = { add: {}, remove: {} };
      for (const [id, cls] of now()) {
        const had = w.profSnap.get(id) ?? [];
        for (const c of cls) if (!had.includes(c)) (diff.add[c] ??= []).push(id);
        for (const c of had) if (!cls.includes(c)) (diff.remove[c] ??= []).push(id);
      }
      return diff;
    };
    // As bench/compare.ts's plain page repeats the app's class changes.
    w.profApply = (d, undo) => {
      const [add, remove] = undo ? [d.remove, d.add] : [d.add, d.remove];
      cy.batch(() => {
        for (const [c, ids] of Object.entries(remove))
          ids.forEach((id) => void cy.getElementById(id).removeClass(c));
        for (const [c, ids] of Object.entries(add))
          ids.forEach((id) => void cy.getElementById(id).addClass(c));
      });
    };
  });

/** Wait until the canvas has drawn nothing for `quiet` ms. */
const settle = (page: Page, quiet = 300) =>
  page.evaluate(async (quiet) => {
    const w = window as unknown as { profRenders: number[] };
    const t0 = performance.now();
    for (;;) {
      await new Promise((r) => requestAnimationFrame(r));
      const last = Math.max(t0, ...w.profRenders.slice(-1));
      if (performance.now() - last > quiet) return;
    }
  }, quiet);

const frameCount = (page: Page) =>
  page.evaluate(() => (window as unknown as { profRenders: number[] }).profRenders.length);

async function profiler(page: Page) {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('Performance.enable');
  const task = async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0);
  };
  return async (tally: Tally, act: () => Promise<unknown>) => {
    const before = await frameCount(page);
    const t0 = await task();
    await session.send('Profiler.start');
    await act();
    tally.frames += (await frameCount(page)) - before;
    tally.task += (await task()) - t0;
    const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
    tally.add(profile);
  };
}

const server = await preview({
  build: { outDir: DIST },
  preview: { port: 4177, strictPort: false, host: '127.0.0.1' },
  logLevel: 'error',
});
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
await context.addInitScript('globalThis.__name = (f) => f;');

// ---- The app ----
const page = await context.newPage();
await page.goto(server.resolvedUrls!.local[0]!);
await page.waitForFunction(() => (window.nociscopeCy?.nodes().length ?? 0) > 0, undefined, {
  timeout: 120_000,
});
const elements = synthetic(SIZE);
await page.locator('[data-testid="import-file"]').setInputFiles({
  name: `synthetic-${SIZE}.cyjs`,
  mimeType: 'application/json',
  buffer: Buffer.from(asCyjs(elements)),
});
const dialog = page.getByRole('dialog');
await dialog.getByRole('button', { name: 'Open', exact: true }).waitFor({ timeout: 300_000 });
const warnings = dialog.getByRole('checkbox', { name: /read the warnings/ });
if (await warnings.count()) await warnings.check();
await dialog.getByRole('button', { name: 'Open', exact: true }).click();
await page.waitForFunction((n) => window.nociscopeCy?.nodes().length === n, SIZE, { timeout: 120_000 });
await watch(page);
await settle(page, 500);
await page.waitForFunction(() =>
  [...document.querySelectorAll('fieldset label')].some((l) =>
    /^cell \(\d[\d,]*\)$/.test(l.textContent!.trim()),
  ),
);
// Ctrl+wheel and the near zoom are compare.ts's; this script only makes class changes.
const look = await lookOf(page, false, null);
const profile = await profiler(page);
const snap = () => page.evaluate(() => (window as unknown as { profSnapNow(): void }).profSnapNow());
const diff = () => page.evaluate(() => (window as unknown as { profDiff(): Diff }).profDiff());

const clickCell = () =>
  page.evaluate(() => {
    const labels = [...document.querySelectorAll('fieldset')]
      .find((f) => f.querySelector('legend')?.textContent?.startsWith('Node type'))!
      .querySelectorAll('label');
    const cell = [...labels].find((l) => /^cell \(\d[\d,]*\)$/.test(l.textContent!.trim()))!;
    (document.getElementById(cell.htmlFor) as HTMLInputElement).click();
  });
const app = { filter: new Tally(), unfilter: new Tally(), select: new Tally(), unselect: new Tally() };
let hidden: Diff = { add: {}, remove: {} };
for (let k = 0; k < ROUNDS + 1; k++) {
  // The first round warms the code up and is not counted (it records the classes a click changes).
  if (k === 0) await snap();
  await profile(k ? app.filter : new Tally(), async () => {
    await clickCell();
    await settle(page);
  });
  if (k === 0) hidden = await diff();
  await profile(k ? app.unfilter : new Tally(), async () => {
    await clickCell();
    await settle(page);
  });
}

// The node is found before the profile starts: the scan for it is the bench's, not the app's.
const tap = (id: string | null) =>
  page.evaluate((id) => {
    const cy = window.nociscopeCy!;
    if (id === null) cy.emit('tap');
    else (window as unknown as { profTarget: { emit(e: string): void } }).profTarget.emit('tap');
  }, id);
const target = (id: string) =>
  page.evaluate((id) => {
    const w = window as unknown as { profTarget: unknown };
    w.profTarget = window.nociscopeCy!.nodes().filter((n) => n.data('iid') === id);
  }, id);
const picks: Diff[] = [];
for (let k = 0; k < ROUNDS + 1; k++) {
  const id = `n${k * 7}`;
  const label = `${elements.find((e) => e.data.id === id)!.data.label}`;
  await target(id);
  await snap();
  await profile(k ? app.select : new Tally(), async () => {
    await tap(id);
    await page.waitForFunction(
      (label) => document.querySelector('#details h2')?.textContent === label,
      label,
    );
    await settle(page);
  });
  picks.push(await diff());
  await profile(k ? app.unselect : new Tally(), async () => {
    await tap(null);
    await settle(page);
  });
}
await page.close();

// ---- Plain Cytoscape.js with the app's look, making the same class changes ----
const CYTOSCAPE_JS = readFileSync(
  `node_modules/cytoscape/dist/${process.env.PROFILE_PLAIN_CYTOSCAPE ?? 'cytoscape.min.js'}`,
);
const plainServer = createServer((req, res) => {
  const script = req.url === '/cytoscape.min.js';
  res.writeHead(200, { 'content-type': script ? 'text/javascript' : 'text/html; charset=utf-8' });
  res.end(
    script
      ? CYTOSCAPE_JS
      : `<!doctype html><meta charset="utf-8"><body style="margin:0"><div id="cy" style="width:${look.width}px;height:${look.height}px"></div><script src="/cytoscape.min.js"></script>`,
  );
});
await new Promise<void>((done) => plainServer.listen(0, '127.0.0.1', done));
const plainPage = await context.newPage();
await plainPage.goto(`http://127.0.0.1:${(plainServer.address() as AddressInfo).port}/`);
await plainPage.evaluate((look) => {
  const w = window as unknown as { cytoscape(o: unknown): NonNullable<typeof window.nociscopeCy> };
  window.nociscopeCy = w.cytoscape({
    ...look.options,
    container: document.getElementById('cy'),
    elements: look.elements,
    layout: { name: 'preset', fit: false },
    pixelRatio: look.pixelRatio,
  });
}, look);
await watch(plainPage);
await settle(plainPage, 500);
const plainProfile = await profiler(plainPage);
const apply = (d: Diff, undo: boolean) =>
  plainPage.evaluate(
    ([d, undo]) => (window as unknown as { profApply(d: Diff, u: boolean): void }).profApply(d, undo),
    [d, undo] as const,
  );
const plain = { filter: new Tally(), unfilter: new Tally(), select: new Tally(), unselect: new Tally() };
for (let k = 0; k < ROUNDS + 1; k++) {
  await plainProfile(k ? plain.filter : new Tally(), async () => {
    await apply(hidden, false);
    await settle(plainPage);
  });
  await plainProfile(k ? plain.unfilter : new Tally(), async () => {
    await apply(hidden, true);
    await settle(plainPage);
  });
}
for (let k = 0; k < ROUNDS + 1; k++) {
  await plainProfile(k ? plain.select : new Tally(), async () => {
    await apply(picks[k]!, false);
    await settle(plainPage);
  });
  await plainProfile(k ? plain.unselect : new Tally(), async () => {
    await apply(picks[k]!, true);
    await settle(plainPage);
  });
}

const titles = {
  filter: `untick "cell" in Node type, ${ROUNDS}× (${SIZE} nodes)`,
  unfilter: `tick it again, ${ROUNDS}×`,
  select: `tap a node, ${ROUNDS}×`,
  unselect: `tap the background, ${ROUNDS}×`,
};
for (const k of Object.keys(titles) as (keyof typeof titles)[]) {
  app[k].print(`app: ${titles[k]}`);
  plain[k].print(`plain: ${titles[k]}`);
}
console.log('\nmain-thread task ms per action (Performance.getMetrics), app / plain:');
for (const k of Object.keys(titles) as (keyof typeof titles)[])
  console.log(
    `  ${k.padEnd(9)} ${(app[k].task / ROUNDS).toFixed(1).padStart(7)} / ${(plain[k].task / ROUNDS).toFixed(1).padStart(7)}` +
      `  = ${(app[k].task / plain[k].task).toFixed(2)}   frames ${app[k].frames}/${plain[k].frames}`,
  );
console.log(execSync('uptime').toString().trim());
await browser.close();
await server.close();
plainServer.close();
