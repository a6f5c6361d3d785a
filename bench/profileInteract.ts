// Where the curated map's interactions spend the main thread: the DevTools protocol's CPU profiler
// (through playwright-core's CDP session) around the same select, zoom, filter and layout actions that
// bench/compare.ts times, on a built app. Prints, per action, the top functions by self time and
// by total time (summed over the profiled rounds; each round profiled from the action until the
// page is quiet again, its undo not). Asserts and writes nothing.
//
// Usage: npx vite build --minify false --outDir /tmp/dist-prof   (readable function names)
//        BENCH_DIST=/tmp/dist-prof npx tsx bench/profileInteract.ts
// Options: BENCH_DIST=dist  PROFILE_ROUNDS=6  PROFILE_TOP=25
import { execSync } from 'node:child_process';
import type { CDPSession, Page } from 'playwright-core';
import { preview } from 'vite';
import { launchChromium } from '../tests/e2e/chromium';
import {
  chooseLayoutInPage,
  installRenderWatch,
  settleRenders,
  type Profile,
  type ProfileNode,
} from './cpuProfile';

const DIST = process.env.BENCH_DIST ?? 'dist';
const ROUNDS = Number(process.env.PROFILE_ROUNDS ?? 6);
const TOP = Number(process.env.PROFILE_TOP ?? 25);
/** Functions (a regex on the name) whose callers (five frames up) and callees are printed too. */
/** Also trace each action and sum the renderer main thread's trace events by name (layout, paint…). */
const TRACE = !!process.env.PROFILE_TRACE;
const FOCUS = process.env.PROFILE_FOCUS ? new RegExp(process.env.PROFILE_FOCUS) : null;

/** Self and total ms per function (name, file, line), summed over profiles. */
class Tally {
  self = new Map<string, number>();
  total = new Map<string, number>();
  callers = new Map<string, number>();
  callees = new Map<string, number>();
  ms = 0;
  program = 0;
  add(p: Profile) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const selfOf = new Map<number, number>();
    p.samples.forEach((id, i) => selfOf.set(id, (selfOf.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
    const key = (n: ProfileNode) => {
      const f = n.callFrame;
      const file =
        f.url
          .split('/')
          .pop()
          ?.replace(/-[\w-]{8}\.js$/, '.js') ?? '';
      return `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}` : ''}`;
    };
    const root = p.nodes[0]!;
    const bump = (m: Map<string, number>, k: string, v: number) => void m.set(k, (m.get(k) ?? 0) + v);
    // Total: a function's time counted once per stack even when it recurses.
    const walk = (n: ProfileNode, onStack: Set<string>, path: string[]): number => {
      let sum = selfOf.get(n.id) ?? 0;
      const k = key(n);
      const fresh = !onStack.has(k);
      if (fresh) onStack.add(k);
      const here = [...path, k];
      const childSums = (n.children ?? []).map((c) => {
        const child = byId.get(c)!;
        const t = walk(child, onStack, here);
        return [key(child), t] as const;
      });
      for (const [, t] of childSums) sum += t;
      if (fresh) {
        onStack.delete(k);
        this.total.set(k, (this.total.get(k) ?? 0) + sum);
        if (FOCUS?.test(n.callFrame.functionName)) {
          bump(this.callers, `${k}  <  ${path.slice(-5).reverse().join('  <  ')}`, sum);
          for (const [ck, t] of childSums) bump(this.callees, `${k}  >  ${ck}`, t);
        }
      }
      const s = selfOf.get(n.id) ?? 0;
      if (s) this.self.set(k, (this.self.get(k) ?? 0) + s);
      return sum;
    };
    walk(root, new Set(), []);
    for (const [id, s] of selfOf) {
      const name = byId.get(id)!.callFrame.functionName;
      if (name === '(program)') this.program += s;
      else if (name !== '(idle)') this.ms += s;
    }
  }
  print(title: string, rounds: number) {
    const skip = /^\((root|idle|program)\)/;
    const rows = (m: Map<string, number>) =>
      [...m]
        .filter(([k]) => !skip.test(k))
        .sort((a, b) => b[1] - a[1])
        .slice(0, TOP)
        .map(([k, v]) => `  ${(v / rounds).toFixed(1).padStart(7)} ms  ${k}`)
        .join('\n');
    const per = (x: number) => (x / rounds).toFixed(1);
    console.log(
      `\n=== ${title}: ${per(this.ms)} ms in JS, GC and the page's own calls per round` +
        ` (+ ${per(this.program)} ms "(program)"), ${rounds} rounds`,
    );
    console.log(`${title}, self time per round:\n${rows(this.self)}`);
    console.log(`${title}, total time per round:\n${rows(this.total)}`);
    if (FOCUS) {
      console.log(`${title}, ${FOCUS} called from:\n${rows(this.callers)}`);
      console.log(`${title}, ${FOCUS} calls:\n${rows(this.callees)}`);
    }
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}
/** Inclusive ms per trace event name on the renderer's main thread, summed over traced rounds. */
const traced = new Map<string, Map<string, number>>();

async function trace(session: CDPSession, title: string, act: () => Promise<unknown>) {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: unknown[] }) => void events.push(...(value as TraceEvent[]));
  session.on('Tracing.dataCollected', collect);
  const done = new Promise<void>((r) => session.once('Tracing.tracingComplete', () => r()));
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] },
  });
  await act();
  await session.send('Tracing.end');
  await done;
  session.off('Tracing.dataCollected', collect);
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const sums = traced.get(title) ?? new Map<string, number>();
  for (const e of events)
    if (main && e.tid === main.tid && e.pid === main.pid && e.ph === 'X' && e.dur)
      sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
  traced.set(title, sums);
}

function printTrace(title: string, rounds: number) {
  const sums = traced.get(title);
  if (!sums) return;
  console.log(`${title}, trace events on the main thread (inclusive ms per round):`);
  for (const [name, ms] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, TOP))
    console.log(`  ${(ms / rounds).toFixed(1).padStart(7)} ms  ${name}`);
}

async function profiled(session: CDPSession, tally: Tally, act: () => Promise<unknown>, title = '') {
  if (TRACE) return trace(session, title, act);
  await session.send('Profiler.start');
  await act();
  const { profile } = await session.send('Profiler.stop');
  tally.add(profile as unknown as Profile);
}

const server = await preview({
  build: { outDir: DIST },
  preview: { port: 4177, strictPort: false, host: '127.0.0.1' },
  logLevel: 'error',
});
const url = server.resolvedUrls!.local[0]!;
const browser = await launchChromium();
console.log(execSync('uptime').toString().trim(), `| dist ${DIST}`);
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
await context.addInitScript('globalThis.__name = (f) => f;');
await context.addInitScript(installRenderWatch);
const page: Page = await context.newPage();
const session = await context.newCDPSession(page);
await session.send('Profiler.enable');
await session.send('Profiler.setSamplingInterval', { interval: 100 });
await page.goto(url);
await page.waitForFunction(() => window.benchRenders.length > 0, undefined, { timeout: 120_000 });
await settleRenders(page, 0, 800);
const firstView = await page.evaluate(() => {
  const cy = window.nociscopeCy!;
  return { zoom: cy.zoom(), pan: { ...cy.pan() } };
});

// Filter: the "BMSC therapy" checkbox, on and off (each click is a filter change).
const filter = new Tally();
/** Until the page is quiet after the action that started at t0 (2 s when it draws nothing). */
const quiet = (t0: number, ms = 300) => settleRenders(page, t0, ms, 2000);
const clickFilter = async () =>
  quiet(
    await page.evaluate(() => {
      const t0 = performance.now();
      [...document.querySelectorAll('label')].find((l) => l.textContent?.includes('BMSC therapy'))!.click();
      return t0;
    }),
  );
for (let k = 0; k < 2; k++) await clickFilter();
for (let k = 0; k < ROUNDS; k++) await profiled(session, filter, clickFilter, 'filter');
filter.print('filter', ROUNDS);
printTrace('filter', ROUNDS);

// Select: a tap on a node (the ones compare.ts taps), then a tap on the background (not profiled).
const select = new Tally();
const ids = await page.evaluate(() => {
  const nodes = window.nociscopeCy!.nodes();
  return ['tgfb1', ...[10, 20, 30, 40, 50, 60].map((i) => nodes[i]!.id())];
});
const tap = async (id: string | null) =>
  quiet(
    await page.evaluate((id) => {
      const cy = window.nociscopeCy!;
      const t0 = performance.now();
      (id ? cy.getElementById(id) : cy).emit('tap');
      return t0;
    }, id),
  );
for (let k = 0; k < 2 + ROUNDS; k++) {
  const id = ids[k % ids.length]!;
  if (k < 2) await tap(id);
  else await profiled(session, select, () => tap(id), 'select');
  await tap(null);
}
select.print('select', ROUNDS);
printTrace('select', ROUNDS);

// Zoom: 30 Ctrl+wheel steps, one per frame, from the first view (reset between rounds, not profiled).
const zoom = new Tally();
const wheel = async () => {
  const t0 = await page.evaluate(async () => {
    const cy = window.nociscopeCy!;
    const box = cy.container()!.getBoundingClientRect();
    const target = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)!;
    const t0 = performance.now();
    for (let i = 0; i < 30; i++) {
      target.dispatchEvent(
        new WheelEvent('wheel', {
          deltaY: i < 15 ? -100 : 100,
          clientX: box.left + box.width / 2,
          clientY: box.top + box.height / 2,
          ctrlKey: true,
          bubbles: true,
          cancelable: true,
        }),
      );
      await new Promise((r) => requestAnimationFrame(r));
    }
    return t0;
  });
  await quiet(t0, 400);
};
const reset = async () =>
  quiet(
    await page.evaluate((vp) => {
      window.nociscopeCy!.viewport(vp);
      return performance.now();
    }, firstView),
  );
const ZOOM_ROUNDS = Math.max(2, Math.round(ROUNDS / 2));
await reset();
await wheel();
for (let k = 0; k < ZOOM_ROUNDS; k++) {
  await reset();
  await profiled(session, zoom, wheel, 'zoom30');
}
zoom.print('zoom30', ZOOM_ROUNDS);
printTrace('zoom30', ZOOM_ROUNDS);

// Layout: the toolbar's Layout menu to "Rings by kind" (compare.ts's layout row), then back to the
// stored layered layout (not profiled).
const layout = new Tally();
const choose = async (value: string) => quiet(await page.evaluate(chooseLayoutInPage, value));
for (let k = 0; k < 2 + ROUNDS; k++) {
  if (k < 2) await choose('concentric');
  else await profiled(session, layout, () => choose('concentric'), 'layout');
  await choose('layered');
}
layout.print('layout', ROUNDS);
printTrace('layout', ROUNDS);

await browser.close();
await server.close();
