// Where the curated map's main-thread time goes: a V8 CPU profile and a timeline trace of the first
// view (navigation → the map settled, as bench/compare.ts's `painted` counts it) and of the layout
// change (choosing the concentric layout → page quiet, its `layout` row), printed as the top
// functions by self and total time, the time per script, and the trace's main-thread events by self
// time (script compile, style, layout, paint, GC). Prints; writes nothing. Asserts nothing.
//
// Usage: npx vite build --minify false --outDir /tmp/dist-prof   (readable names)
//        PROFILE_DIST=/tmp/dist-prof npx tsx bench/profileCurated.ts
// Options: PROFILE_DIST=dist  PROFILE_RUNS=1 (profiles are summed over runs)  PROFILE_TOP=25
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { preview } from 'vite';
import { launchChromium } from '../tests/e2e/chromium';
import { openWatchedPage, settleRenders, type Profile, type ProfileNode } from './cpuProfile';

const DIST = process.env.PROFILE_DIST ?? 'dist';
const RUNS = Number(process.env.PROFILE_RUNS ?? 1);
const TOP = Number(process.env.PROFILE_TOP ?? 25);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

const short = (url: string) => url.replace(/^.*\//, '') || '(native)';
const keyOf = (f: ProfileNode['callFrame']) =>
  `${f.functionName || '(anonymous)'} ${short(f.url)}:${f.lineNumber + 1}`;

/** Self and total ms per function, self ms per script, from a V8 CPU profile. */
function summariseProfile(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const perScript = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id)!;
    const key = keyOf(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + ms);
    const script = node.callFrame.url ? short(node.callFrame.url) : node.callFrame.functionName;
    perScript.set(script, (perScript.get(script) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = keyOf(byId.get(at)!.callFrame);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  });
  return { self, total, perScript };
}

/** Self ms per trace event name on the renderer's main thread (nested complete events). */
function summariseTrace(events: TraceEvent[]): Map<string, number> {
  // A navigation may move the page to a new renderer: the busiest renderer main thread is the page's.
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busy = (m: TraceEvent) =>
    events
      .filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X')
      .reduce((s, e) => s + (e.dur ?? 0), 0);
  const main = mains.sort((a, b) => busy(b) - busy(a))[0];
  const self = new Map<string, number>();
  if (!main) return self;
  const xs = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const stack: { end: number; name: string; child: number; dur: number }[] = [];
  const pop = () => {
    const top = stack.pop()!;
    self.set(top.name, (self.get(top.name) ?? 0) + (top.dur - top.child) / 1000);
  };
  for (const e of xs) {
    while (stack.length && stack.at(-1)!.end <= e.ts) pop();
    if (stack.length) stack.at(-1)!.child += e.dur!;
    const name =
      e.name === 'EvaluateScript' || e.name.startsWith('v8.compile')
        ? `${e.name} ${short(e.args?.data?.url ?? '')}`
        : e.name;
    stack.push({ end: e.ts + e.dur!, name, child: 0, dur: e.dur! });
  }
  while (stack.length) pop();
  return self;
}

const add = (into: Map<string, number>, from: Map<string, number>) => {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
};
const print = (title: string, m: Map<string, number>, top = TOP) => {
  console.log(`  ${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`    ${(v / RUNS).toFixed(1).padStart(8)} ms  ${k}`);
};

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'toplevel',
].join(',');

async function traced<T>(
  session: CDPSession,
  act: () => Promise<T>,
): Promise<{ result: T; trace: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const onData = (d: { value: object[] }) => void events.push(...(d.value as TraceEvent[]));
  session.on('Tracing.dataCollected', onData);
  await session.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  const result = await act();
  const done = new Promise<void>((r) => session.once('Tracing.tracingComplete', () => r()));
  await session.send('Tracing.end');
  await done;
  session.off('Tracing.dataCollected', onData);
  return { result, trace: events };
}

async function profiled<T>(
  session: CDPSession,
  act: () => Promise<T>,
): Promise<{ result: T; profile: Profile }> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  const result = await act();
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
  return { result, profile };
}

const server = await preview({
  build: { outDir: DIST },
  preview: { port: 4177, strictPort: false, host: '127.0.0.1' },
  logLevel: 'error',
});
const url = server.resolvedUrls!.local[0]!;
const browser = await launchChromium();
console.log(`${DIST}, ${RUNS} run(s); ${execSync('uptime').toString().trim()}`);

const sums = {
  first: { self: new Map(), total: new Map(), perScript: new Map(), trace: new Map(), cpu: 0 },
  layout: { self: new Map(), total: new Map(), perScript: new Map(), trace: new Map(), cpu: 0 },
};
for (const mode of ['profile', 'trace'] as const)
  for (let i = 0; i < RUNS; i++) {
    const { context, page, session, taskMs } = await openWatchedPage(browser);
    const measure = async (key: 'first' | 'layout', act: () => Promise<unknown>) => {
      const before = await taskMs();
      if (mode === 'profile') {
        const { profile } = await profiled(session, act);
        if (process.env.PROFILE_SAVE)
          writeFileSync(`${process.env.PROFILE_SAVE}-${key}-${i}.cpuprofile`, JSON.stringify(profile));
        const s = summariseProfile(profile);
        add(sums[key].self, s.self);
        add(sums[key].total, s.total);
        add(sums[key].perScript, s.perScript);
        sums[key].cpu += (await taskMs()) - before;
      } else add(sums[key].trace, summariseTrace((await traced(session, act)).trace));
    };
    await measure('first', async () => {
      await page.goto(url);
      await page.waitForFunction(() => window.benchRenders.length > 0);
      await settleRenders(page, 0, 500);
    });
    await page.waitForTimeout(500);
    await measure('layout', async () => {
      const t0 = await page.evaluate(() => {
        const select = document.querySelector('.toolbar select') as HTMLSelectElement;
        const t = performance.now();
        select.value = 'concentric';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        return t;
      });
      await settleRenders(page, t0, 300);
    });
    await context.close();
  }

for (const key of ['first', 'layout'] as const) {
  const s = sums[key];
  console.log(
    `\n== ${key === 'first' ? 'first view (navigation → settled)' : 'layout (concentric)'}: task time ${(s.cpu / RUNS).toFixed(0)} ms (profiled runs)`,
  );
  print('self time by function', s.self);
  print('total time by function', s.total);
  print('self time by script', s.perScript, 12);
  print('trace: main-thread self time by event', s.trace, 20);
}
await browser.close();
await server.close();
