// Benchmark: a first visit on a slow shared link (issue 23). The built app is served through one
// link of 180 KB/s down with 280 ms latency (about Chromium's "Fast 3G"), shared fairly by the page's
// and the service worker's requests, gzipped as a real host would. Chromium's own throttling leaves the
// worker's requests out, so the link is the server's. It reports when the map is drawn, how long the
// first clicks after it take (Export, then Pathways), and what the worker downloaded meanwhile.
// Timings live here, never in tests.
// Usage: npm run build && tsx bench/slowFirstVisit.ts [dist ...]  (several builds run interleaved)
//
// First map pixels (issue 23, "pixels before the JavaScript"): FIRST_PAINT=1 measures only the first
// screen, as DevTools' "Fast 3G" preset with 4× CPU slowdown gives it (the DevTools protocol's
// Network.emulateNetworkConditions and Emulation.setCPUThrottlingRate; the server then sends at full
// speed): the first contentful paint (the page's picture of the map, or whatever is painted first),
// the app's marks (script start, data ready, canvas created, first frame of the live canvas,
// interface interactive), all in ms from navigation start. CPU_THROTTLE sets the slowdown (default 4).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/chromium';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FIRST_PAINT = process.env.FIRST_PAINT === '1';
const CPU_THROTTLE = Number(process.env.CPU_THROTTLE ?? 4);
const BYTES_PER_MS = 180; // 1.44 Mbit/s
const LATENCY_MS = 280;
const dists = process.argv.slice(2).length ? process.argv.slice(2) : ['dist'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.ttf': 'font/ttf',
  '.csv': 'text/csv',
  '.json': 'application/json',
};

/**
 * One slow link shared fairly: every open response sends its next 8 KB in turn, at the link's rate,
 * after the link's latency.
 */
function slowServer(dist: string) {
  const CHUNK = 8192;
  const sending: { res: ServerResponse; body: Buffer; offset: number }[] = [];
  let pumping = false;
  const pump = () => {
    const next = sending.shift();
    if (!next) {
      pumping = false;
      return;
    }
    pumping = true;
    const piece = next.body.subarray(next.offset, next.offset + CHUNK);
    next.res.write(piece);
    next.offset += piece.length;
    if (next.offset < next.body.length) sending.push(next);
    else next.res.end();
    setTimeout(pump, FIRST_PAINT ? 0 : piece.length / BYTES_PER_MS);
  };
  const gzipped = new Map<string, Buffer>();
  const log: { at: number; path: string; bytes: number; worker: boolean }[] = [];
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url!, 'http://x').pathname)).replace(/^\/+/, '');
    const file = join(dist, path === '' ? 'index.html' : path);
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 6 }));
    const body = gzipped.get(file)!;
    // The worker's own requests (install, caching the rest) are fetch()es: destination "empty".
    log.push({ at: Date.now(), path, bytes: body.length, worker: req.headers['sec-fetch-dest'] === 'empty' });
    setTimeout(
      () => {
        res.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Content-Encoding': 'gzip',
          // As deploy/nginx.conf: hashed files for good, the page and the worker revalidated.
          'Cache-Control': path.startsWith('assets/') ? 'public, max-age=31536000' : 'no-cache',
        });
        sending.push({ res, body, offset: 0 });
        if (!pumping) pump();
      },
      FIRST_PAINT ? 0 : LATENCY_MS,
    );
  });
  return { server, log, reset: () => (log.length = 0) };
}

async function until(page: Page, fn: () => boolean) {
  await page.waitForFunction(fn, undefined, { timeout: 300_000, polling: 50 });
}

/** The marks the app sets on its way to the first screen, in order (src/app/main.tsx, App, GraphCanvas). */
const MARKS = [
  ['script start', 'nociscope:script-start'],
  ['data ready', 'nociscope:data-loaded'],
  ['canvas created', 'nociscope:canvas-created'],
  ['live canvas first frame', 'nociscope:first-render'],
  ['interface interactive', 'nociscope:interactive'],
] as const;

/** One first visit under DevTools' Fast 3G and CPU slowdown: when the first pixels and each mark came. */
async function firstPaint(page: Page, url: string, row: Record<string, number[]>) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  // DevTools' "Fast 3G" preset: 562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up.
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 562.5,
    downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
    uploadThroughput: (750 * 1024 * 0.9) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  await page.goto(url, { waitUntil: 'commit', timeout: 300_000 });
  await until(page, () => performance.getEntriesByName('nociscope:first-render').length > 0);
  // The interface mark follows the first frame; a build without it (before this change) has none.
  await page
    .waitForFunction(() => performance.getEntriesByName('nociscope:interactive').length > 0, undefined, {
      timeout: 30_000,
    })
    .catch(() => undefined);
  const at = await page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const e of performance.getEntriesByType('paint')) out[e.name] = e.startTime;
    for (const e of performance.getEntriesByType('mark')) out[e.name] ??= e.startTime;
    out.picture = document.getElementById('first-view') ? 1 : 0;
    return out;
  });
  const add = (k: string, v: number | undefined) => {
    if (v !== undefined) (row[k] ??= []).push(Math.round(v));
  };
  add('first contentful paint (ms)', at['first-contentful-paint']);
  for (const [label, mark] of MARKS) add(`${label} (ms)`, at[mark]);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
}

const browser = await launchChromium();
const rows: Record<string, Record<string, number[]>> = {};
const servers = await Promise.all(
  dists.map(async (dist) => {
    const s = slowServer(dist);
    await new Promise<void>((r) => s.server.listen(0, '127.0.0.1', r));
    const { port } = s.server.address() as { port: number };
    return { dist, url: `http://127.0.0.1:${port}/`, ...s };
  }),
);
for (let run = 0; run < RUNS; run++)
  for (const s of servers) {
    s.reset();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    if (FIRST_PAINT) {
      await firstPaint(page, s.url, (rows[s.dist] ??= {}));
      await context.close();
      continue;
    }
    const t0 = Date.now();
    await page.goto(s.url);
    await until(page, () => (window.nociscopeCy?.nodes().length ?? 0) > 0);
    const map = Date.now() - t0;
    // The reader's first clicks, right after the map appears.
    const click = async (tab: string, heading: string) => {
      const t = Date.now();
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await page
        .getByRole('tabpanel')
        .getByRole('heading', { name: heading, level: 2, exact: true })
        .waitFor({ timeout: 300_000 });
      return Date.now() - t;
    };
    const exportTab = await click('Export & cite', 'Export & cite');
    const pathsTab = await click('Pathways', 'Pathways');
    const clicksDone = Date.now();
    await page.evaluate(() => navigator.serviceWorker.ready);
    const installed = Date.now() - t0;
    // Offline-ready: every file the worker lists is in its cache (the rest comes when the page is quiet).
    const sw = readFileSync(join(s.dist, 'sw.js'), 'utf8');
    const listed = ['PRECACHE', 'CORE', 'REST']
      .map((name) => new RegExp(`^const ${name} = (.*);$`, 'm').exec(sw)?.[1])
      .reduce((n, list) => n + (list ? (JSON.parse(list) as string[]).length : 0), 1);
    const cachedCount = () =>
      page.evaluate(async () => {
        const names = await caches.keys();
        return names.length ? (await (await caches.open(names[0]!)).keys()).length : 0;
      });
    while ((await cachedCount()) < listed) {
      if (Date.now() - t0 > 300_000) throw new Error(`${s.dist}: not every file cached after 5 minutes`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const complete = Date.now() - t0;
    const workerKb = (from: number, to: number) =>
      Math.round(
        s.log.filter((l) => l.worker && l.at >= from && l.at <= to).reduce((n, l) => n + l.bytes, 0) / 1024,
      );
    const row = (rows[s.dist] ??= {});
    const add = (k: string, v: number) => (row[k] ??= []).push(v);
    add('map drawn (ms)', map);
    add('Export tab after the map (ms)', exportTab);
    add('then Pathways tab (ms)', pathsTab);
    // Asked for before the clicks were answered: on a fairly shared link, all of it competed with them.
    add('worker requests by the end of the clicks (KB gzip)', workerKb(0, clicksDone));
    add('worker installed (ms)', installed);
    add(`all ${listed} files cached (ms)`, complete);
    add('worker requests in all (KB gzip)', workerKb(0, Date.now()));
    await context.close();
  }
for (const [dist, row] of Object.entries(rows)) {
  const how = FIRST_PAINT ? `, Fast 3G and ${CPU_THROTTLE}× CPU slowdown` : '';
  console.log(`${dist} (median of ${RUNS}${how})`);
  for (const [k, v] of Object.entries(row)) console.log(`  ${k.padEnd(42)} ${median(v)}   [${v.join(', ')}]`);
}
await browser.close();
for (const s of servers) s.server.close();
