// A classroom with poor Wi-Fi: after one visit the app must load and show the graph offline. On a
// slow network the first visit must not spend the connection on parts nobody asked for yet: the
// service worker caches the core on install and the rest when the page is quiet or on first use.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { preview } from 'vite';
import { launch, openApp, visibleNodeIds, waitForGraph } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The built worker's lists, as paths from the server's root. */
function workerLists() {
  const sw = readFileSync('dist/sw.js', 'utf8');
  const list = (name: string) =>
    (JSON.parse(new RegExp(`^const ${name} = (.*);$`, 'm').exec(sw)![1]!) as string[]).map((f) =>
      f.replace(/^\.\//, '/'),
    );
  return { core: list('CORE'), rest: list('REST') };
}

/** A server of its own that the test can switch off: then only the worker's cache can answer. */
async function ownServer(port: number) {
  const server = await preview({
    preview: { port, strictPort: false, host: '127.0.0.1' },
    logLevel: 'error',
  });
  return { server, url: server.resolvedUrls!.local[0]! };
}

async function untilControlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) =>
        navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
      );
  });
}

/** Paths (with query) of everything in the worker's caches, and the caches' names. */
const cacheContents = (page: Page) =>
  page.evaluate(async () => {
    const names = await caches.keys();
    const paths: string[] = [];
    for (const name of names)
      for (const r of await (await caches.open(name)).keys())
        paths.push(new URL(r.url).pathname + new URL(r.url).search);
    return { names, paths: paths.sort() };
  });

/** Every tab of the side panel with the heading it opens on. */
const PANELS: readonly (readonly [tab: string, heading: string])[] = [
  ['Filters', 'Filters'],
  ['Stories', 'Stories'],
  ['Pathways', 'Pathways'],
  ['Sources', 'Sources'],
  ['Export & cite', 'Export & cite'],
  ['Map as text', 'Map as text'],
  ['Layers', 'Imported layers'],
];

/** Open every panel once, a story, a node's details and a pathway diagram; each must show. */
async function openEverything(page: Page) {
  for (const [tab, heading] of PANELS) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    const panel = page.getByRole('tabpanel');
    await expect
      .poll(() => panel.getByRole('heading', { name: heading, level: 2, exact: true }).count(), {
        timeout: 30_000,
      })
      .toBe(1);
    expect(await panel.getByRole('alert').count(), `${tab} panel`).toBe(0);
  }
  await page.getByRole('tab', { name: 'Stories', exact: true }).click();
  await page.getByRole('button', { name: 'Start' }).first().click();
  await expect
    .poll(() => page.getByRole('region', { name: /^Story: / }).count(), { timeout: 30_000 })
    .toBe(1);
  await page.getByRole('tab', { name: 'Map as text', exact: true }).click();
  await page.getByRole('tabpanel').getByRole('button', { name: 'TGF-β1', exact: true }).first().click();
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect
    .poll(() => details.getByRole('heading', { name: 'TGF-β1', level: 2 }).count(), { timeout: 30_000 })
    .toBe(1);
  // The layout worker (ELK) loads with the first pathway diagram.
  await page.getByRole('tab', { name: 'Pathways', exact: true }).click();
  await page.getByRole('radio', { name: /Paths between two entities/ }).check();
  await page.getByRole('combobox', { name: 'From', exact: true }).selectOption('bmsc_therapy');
  await page.getByRole('combobox', { name: 'To', exact: true }).selectOption('analgesia');
  await page.getByRole('button', { name: 'Draw as a diagram' }).click();
  await page.waitForFunction(() => (window.nociscopeDiagramCy?.nodes().length ?? 0) > 0, undefined, {
    timeout: 60_000,
  });
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('dialog', { name: 'Pathway diagram' }).count()).toBe(0);
  expect(await page.getByText(/could not be loaded|went wrong/i).count()).toBe(0);
}

describe('offline', () => {
  it(
    'the install caches only the core; every panel opened once then opens offline',
    { timeout: 240_000 },
    async () => {
      const { server, url } = await ownServer(4180);
      onTestFinished(() => server.close());
      const { core, rest } = workerLists();
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      onTestFinished(() => context.close());
      // A reader who never leaves the page idle: the page never asks the worker for the rest, so
      // only the install and first use fill the cache.
      await context.addInitScript(() => {
        window.requestIdleCallback = () => 0;
      });
      const page = await context.newPage();
      await page.goto(url);
      await waitForGraph(page);
      await untilControlled(page);

      // The install cached the page and the core, nothing else; the first screen needs nothing more.
      expect((await cacheContents(page)).paths).toEqual(['/', ...core].sort());
      const firstScreen = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
      );
      expect(firstScreen.filter((p) => p.startsWith('/assets/') && !core.includes(p))).toEqual([]);
      expect(core.length).toBeLessThan(rest.length);

      await openEverything(page);
      const used = (await cacheContents(page)).paths;
      // What was used was cached on the way; what was not (the PDF writer, its fonts) was not.
      expect(used.length).toBeGreaterThan(core.length + 1);
      expect(used.some((p) => /DejaVuSans/.test(p))).toBe(false);

      await server.close();
      await context.setOffline(true);
      await page.reload();
      await waitForGraph(page);
      await expect.poll(() => page.getByText(/Offline/).count()).toBeGreaterThan(0);
      await openEverything(page);
    },
  );

  it(
    'once the page is quiet the worker caches the rest: offline, a PDF is written with its fonts',
    { timeout: 180_000 },
    async () => {
      const { server, url } = await ownServer(4182);
      onTestFinished(() => server.close());
      const { core, rest } = workerLists();
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        acceptDownloads: true,
      });
      onTestFinished(() => context.close());
      const page = await context.newPage();
      await page.goto(`${url}?therapy=bmsc_therapy`);
      await waitForGraph(page);
      await untilControlled(page);
      // Nothing is clicked: the page goes quiet and asks for the rest.
      await expect
        .poll(async () => (await cacheContents(page)).paths, { timeout: 120_000, interval: 1000 })
        .toEqual(['/', ...core, ...rest].sort());
      // Until then the page itself loaded only core files (the details panel's code among them,
      // fetched once the map is drawn), so a first visit cut off early still reopens offline.
      const loaded = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
      );
      expect(loaded.filter((p) => p.startsWith('/assets/') && !core.includes(p))).toEqual([]);
      expect(loaded.some((p) => /\/DetailsPanel-/.test(p))).toBe(true);

      await server.close();
      await context.setOffline(true);
      await page.reload();
      await waitForGraph(page);
      expect(await visibleNodeIds(page)).toContain('tgfb1');
      await expect.poll(() => page.getByText(/Offline/).count()).toBeGreaterThan(0);
      // The PDF writer and its fonts load on demand; the worker cached them while the page was quiet.
      await page.getByRole('tab', { name: 'Export & cite' }).click();
      await page.getByRole('radio', { name: /^PDF/ }).check();
      const [pdf] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download PDF' }).click(),
      ]);
      const bytes = readFileSync((await pdf.path())!);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      // A deep link nobody opened online still opens offline, on this build's page: the worker keeps
      // one copy of the page, in a cache named after the build, never one copy per address.
      await page.goto(`${url}?sel=node:cxcl12`);
      await waitForGraph(page);
      await expect
        .poll(() => page.evaluate(() => window.nociscopeCy!.$('.selected-el').map((n) => n.id())))
        .toEqual(['cxcl12']);
      const caches = await cacheContents(page);
      expect(caches.names).toHaveLength(1);
      expect(caches.names[0]).toMatch(/^nociscope-[0-9a-f]{12}$/);
      expect(caches.paths.every((p) => !p.includes('?'))).toBe(true);
    },
  );

  it('heals a corrupted copy of the main script in the offline cache instead of staying blank', async () => {
    const server = await preview({
      preview: { port: 4181, strictPort: false, host: '127.0.0.1' },
      logLevel: 'error',
    });
    onTestFinished(() => server.close());
    const url = server.resolvedUrls!.local[0]!;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url);
    await waitForGraph(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) =>
          navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
        );
      }
    });
    await page.reload();
    await waitForGraph(page);

    // A damaged disk or an interrupted write: the cached main script is no longer JavaScript.
    const BROKEN = 'this is not the script the build made (';
    const cachedMain = () =>
      page.evaluate(async () => {
        const src = document.querySelector<HTMLScriptElement>('script[type="module"][src]')!.src;
        const [name] = await caches.keys();
        const hit = await (await caches.open(name!)).match(src, { ignoreVary: true });
        return { src, text: hit ? (await hit.text()).slice(0, 60) : null };
      });
    const before = await cachedMain();
    expect(before.text).not.toBeNull();
    await page.evaluate(async (broken) => {
      const src = document.querySelector<HTMLScriptElement>('script[type="module"][src]')!.src;
      const cache = await caches.open((await caches.keys())[0]!);
      while (await cache.delete(src, { ignoreVary: true }));
      await cache.put(src, new Response(broken, { headers: { 'Content-Type': 'text/javascript' } }));
    }, BROKEN);
    expect((await cachedMain()).text).toBe(BROKEN);

    // The next start notices, fetches the script again and keeps the good copy.
    await page.reload();
    await waitForGraph(page);
    expect((await cachedMain()).text).toBe(before.text);
    await page.reload();
    await waitForGraph(page);
    await context.close();
  });

  it('loads no font, script or style from another host', async () => {
    const { page, context } = await openApp(browser);
    const foreign = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => new URL(u).origin !== location.origin && !u.startsWith('data:')),
    );
    expect(foreign).toEqual([]);
    await context.close();
  });
});
