// Benchmark: how long the built app takes to draw the graph, apply a filter and switch layout, in
// Debian's Chromium with software rendering (no GPU), as on the machines this runs on. Timings live
// here, never in tests. Usage: npm run bench  (writes bench/results.json and prints a table)
import { writeFileSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/chromium';
import { format, resolveConfig } from 'prettier';
import { preview } from 'vite';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const server = await preview({
  preview: { port: 4174, strictPort: false, host: '127.0.0.1' },
  logLevel: 'error',
});
const url = server.resolvedUrls!.local[0]!;
const browser = await launchChromium();

const samples: Record<string, number[]> = {
  scriptStart: [],
  dataLoaded: [],
  canvasCreated: [],
  firstRender: [],
  interactive: [],
  filterApply: [],
  layoutFcose: [],
  selectNode: [],
};
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('nociscope:first-render').length > 0,
    undefined,
    { timeout: 60_000 },
  );
  const mark = (name: string) => page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, name);
  samples.scriptStart!.push(await mark('nociscope:script-start'));
  samples.dataLoaded!.push(await mark('nociscope:data-loaded'));
  samples.canvasCreated!.push(await mark('nociscope:canvas-created'));
  samples.firstRender!.push(
    await page.evaluate(() => performance.getEntriesByName('nociscope:first-render')[0]!.startTime),
  );
  // The panels follow the map's first frame (src/app/App.tsx): the interface is complete after it.
  await page.waitForFunction(() => performance.getEntriesByName('nociscope:interactive').length > 0);
  samples.interactive!.push(await mark('nociscope:interactive'));

  // Filter: from the click to the next drawn frame.
  samples.filterApply!.push(
    await page.evaluate(async () => {
      const cy = window.nociscopeCy!;
      const box = [...document.querySelectorAll('label')].find((l) =>
        /BMSC therapy/.test(l.textContent ?? ''),
      );
      const t0 = performance.now();
      const rendered = new Promise<void>((r) => cy.one('render', () => r()));
      box!.click();
      await rendered;
      return performance.now() - t0;
    }),
  );
  samples.selectNode!.push(
    await page.evaluate(async () => {
      const cy = window.nociscopeCy!;
      const t0 = performance.now();
      const rendered = new Promise<void>((r) => cy.one('render', () => r()));
      cy.getElementById('tgfb1').emit('tap');
      await rendered;
      return performance.now() - t0;
    }),
  );
  samples.layoutFcose!.push(
    await page.evaluate(async () => {
      const cy = window.nociscopeCy!;
      const select = document.querySelector('select') as HTMLSelectElement;
      const t0 = performance.now();
      const done = new Promise<void>((r) => cy.one('layoutstop', () => r()));
      select.value = 'fcose';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await done;
      return performance.now() - t0;
    }),
  );
  await context.close();
}
await browser.close();
await server.close();

const result = Object.fromEntries(
  Object.entries(samples).map(([k, v]) => [k, { medianMs: Math.round(median(v)), runs: v.map(Math.round) }]),
);
// Written as Prettier would, so a fresh result never fails the format check.
const OUT = 'bench/results.json';
const json = JSON.stringify({ date: new Date().toISOString(), runs: RUNS, result });
writeFileSync(OUT, await format(json, { ...(await resolveConfig(OUT)), parser: 'json' }));
console.table(Object.fromEntries(Object.entries(result).map(([k, v]) => [k, v.medianMs])));
