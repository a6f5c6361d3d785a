// A classroom with poor Wi-Fi: after one visit the app must load and show the graph offline.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
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

describe('offline', () => {
  it('reloads and shows the graph with the network cut, and says it is offline', async () => {
    // A server of its own that the test can switch off: then nothing but the service worker's cache
    // can answer, whatever the browser's offline emulation does or does not cover.
    const server = await preview({
      preview: { port: 4180, strictPort: false, host: '127.0.0.1' },
      logLevel: 'error',
    });
    const url = server.resolvedUrls!.local[0]!;
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${url}?therapy=bmsc_therapy`);
    await waitForGraph(page);
    // Wait until the service worker controls the page, so the reload can be served from its cache.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) =>
          navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
        );
      }
    });
    // One more online load, so every asset the page uses has passed through the worker's cache.
    await page.reload();
    await waitForGraph(page);

    await server.close();
    await context.setOffline(true);
    await page.reload();
    await waitForGraph(page);
    expect(await visibleNodeIds(page)).toContain('tgfb1');
    await expect.poll(() => page.getByText(/Offline/).count()).toBeGreaterThan(0);
    // The PDF writer and its fonts load on demand; the worker cached them on the first visit.
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
    const caches = await page.evaluate(async () => {
      const names = await window.caches.keys();
      const pages = [];
      for (const name of names) {
        const keys = await (await window.caches.open(name)).keys();
        pages.push(...keys.map((r) => new URL(r.url)).filter((u) => !u.pathname.includes('/assets/')));
      }
      return { names, pages: pages.map((u) => u.pathname + u.search) };
    });
    expect(caches.names).toHaveLength(1);
    expect(caches.names[0]).toMatch(/^nociscope-[0-9a-f]{12}$/);
    expect(caches.pages.every((p) => !p.includes('?'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

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
