// A deploy while a classroom tab is open: the new service worker takes over, the host no longer has
// the old build's hashed files, and the open tab opens a panel it had not loaded yet. The old cache
// (filled with the rest of the old build once the tab was quiet) must still serve it, and the tab is
// told that a reload brings the new version.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { preview } from 'vite';
import { launch, waitForGraph } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The worker's file lists in `sw`. */
const lists = (sw: string) => {
  const list = (name: string) =>
    JSON.parse(new RegExp(`^const ${name} = (.*);$`, 'm').exec(sw)![1]!) as string[];
  return { core: list('CORE'), rest: list('REST') };
};

/** The next build as the host serves it: without `gone`, and a worker of a new version that does not list them. */
function deploy(dir: string, gone: readonly string[]) {
  for (const f of gone) rmSync(join(dir, f));
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const { core, rest } = lists(sw);
  const hashes = JSON.parse(/^const HASHES = (.*);$/m.exec(sw)![1]!) as Record<string, string>;
  const kept = (files: string[]) => files.filter((f) => !gone.includes(f.replace(/^\.\//, '')));
  const next = sw
    .replace(/^const VERSION = '(\w+)';$/m, `const VERSION = 'deployed2';`)
    .replace(/^const CORE = .*;$/m, `const CORE = ${JSON.stringify(kept(core))};`)
    .replace(/^const REST = .*;$/m, `const REST = ${JSON.stringify(kept(rest))};`)
    .replace(
      /^const HASHES = .*;$/m,
      `const HASHES = ${JSON.stringify(Object.fromEntries([...kept(core), ...kept(rest)].map((f) => [f, hashes[f]])))};`,
    );
  writeFileSync(join(dir, 'sw.js'), next);
}

describe('a deploy under an open tab', () => {
  it(
    'the tab still opens a panel it had not loaded, from the kept cache, and is offered a reload',
    { timeout: 180_000 },
    async () => {
      // A copy of the build, served by a server of its own, so the deploy changes nothing other tests use.
      const dir = mkdtempSync(join(tmpdir(), 'nociscope-deploy-'));
      cpSync('dist', dir, { recursive: true });
      onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
      const server = await preview({
        build: { outDir: dir },
        preview: { port: 4190, strictPort: false, host: '127.0.0.1' },
        logLevel: 'error',
      });
      onTestFinished(() => server.close());
      const url = server.resolvedUrls!.local[0]!;
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      onTestFinished(() => context.close());
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(url);
      await waitForGraph(page);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller)
          await new Promise((r) =>
            navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
          );
      });
      const oldCache = await page.evaluate(() => caches.keys());
      expect(oldCache).toHaveLength(1);
      // The tab has been quiet for a while: the worker has cached the rest of this build too.
      const { core, rest } = lists(readFileSync(join(dir, 'sw.js'), 'utf8'));
      await expect
        .poll(
          () => page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, oldCache[0]!),
          { timeout: 120_000, interval: 1000 },
        )
        .toBe(1 + core.length + rest.length);

      // Every built file this tab has not loaded yet (the Sources panel among them) is gone from the host.
      const loaded = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.replace(/^\//, '')),
      );
      const gone = readdirSync(join(dir, 'assets'))
        .map((f) => `assets/${f}`)
        .filter((f) => !loaded.includes(f) && /\.(js|css)$/.test(f));
      expect(gone.length).toBeGreaterThan(0);
      deploy(dir, gone);

      // The browser finds the new worker (as it does on its next check) and the new version takes over.
      await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        const changed = new Promise((r) =>
          navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }),
        );
        await reg!.update();
        await changed;
      });
      await expect
        .poll(() => page.getByText(/A new version of Nociscope has been installed/).count(), {
          timeout: 30_000,
        })
        .toBe(1);

      // The open tab opens the Sources panel for the first time: its code comes from the kept old cache.
      await page.getByRole('tab', { name: 'Sources' }).click();
      await expect
        .poll(() => page.getByRole('heading', { name: 'Sources', level: 2 }).count(), { timeout: 30_000 })
        .toBe(1);
      expect(await page.getByText(/could not be loaded|went wrong/i).count()).toBe(0);
      const names = await page.evaluate(() => caches.keys());
      expect(names.sort()).toEqual([oldCache[0]!, 'nociscope-deployed2'].sort());
      expect(errors).toEqual([]);
    },
  );
});
