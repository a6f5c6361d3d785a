// A quick A/B of builds on the curated map's two costliest moments, main-thread CPU only (the
// renderer's task time from the DevTools protocol, as bench/compare.ts counts it): the first view
// (navigation → no frame for 500 ms) and choosing the concentric layout (→ no frame for 300 ms).
// Builds run interleaved (A, B, A, B, …) so they share the machine's load; medians are printed with
// the load average. Faster than compare.ts (no plain page, no other actions): for trying a change,
// not for the record. Asserts nothing.
//
// Usage: npx tsx bench/cpuCurated.ts /tmp/dist-before dist   (CPU_RUNS=7)
import { execSync } from 'node:child_process';
import { preview } from 'vite';
import { launchChromium } from '../tests/e2e/chromium';
import { openWatchedPage, settleRenders } from './cpuProfile';

const DISTS = process.argv.slice(2);
const RUNS = Number(process.env.CPU_RUNS ?? 7);
if (!DISTS.length) throw new Error('usage: tsx bench/cpuCurated.ts <dist> [<dist> …]');

const servers = await Promise.all(
  DISTS.map((outDir, i) =>
    preview({
      build: { outDir },
      preview: { port: 4180 + i, strictPort: false, host: '127.0.0.1' },
      logLevel: 'error',
    }),
  ),
);
const browser = await launchChromium();
const results = DISTS.map(() => ({ first: [] as number[], layout: [] as number[], frames: [] as number[] }));
console.log(`start: ${execSync('uptime').toString().trim()}`);
for (let run = 0; run < RUNS; run++)
  for (const [d, server] of servers.entries()) {
    const { context, page, taskMs } = await openWatchedPage(browser);
    const settle = (t0: number, quiet: number) => settleRenders(page, t0, quiet);
    let before = await taskMs();
    await page.goto(server.resolvedUrls!.local[0]!);
    await page.waitForFunction(() => window.benchRenders.length > 0);
    results[d]!.frames.push(await settle(0, 500));
    results[d]!.first.push((await taskMs()) - before);
    before = await taskMs();
    const t0 = await page.evaluate(() => {
      const select = document.querySelector('.toolbar select') as HTMLSelectElement;
      const t = performance.now();
      select.value = 'concentric';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return t;
    });
    await settle(t0, 300);
    results[d]!.layout.push((await taskMs()) - before);
    await context.close();
  }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`end:   ${execSync('uptime').toString().trim()}`);
for (const [d, r] of results.entries())
  console.log(
    `${DISTS[d]!.padEnd(28)} first view ${median(r.first).toFixed(0).padStart(6)} ms cpu (frames ${median(r.frames)})` +
      `  layout ${median(r.layout).toFixed(0).padStart(5)} ms cpu` +
      `   runs first [${r.first.map((x) => x.toFixed(0)).join(' ')}] layout [${r.layout.map((x) => x.toFixed(0)).join(' ')}]`,
  );
await browser.close();
await Promise.all(servers.map((s) => s.close()));
