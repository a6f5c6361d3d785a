// The error watch of tests/e2e/browser.ts: it must see what a broken page does, in any page of any
// context, or a test "with no console errors" could pass while the page fails. And the reused tab
// (reopenApp) must forget what the test before left in it, or tests would pass or fail by order.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPageError, launch, pendingPageErrors, reopenApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const provoke = (page: Page) =>
  page.evaluate(() => {
    console.error('watch-test console error');
    setTimeout(() => {
      throw new Error('watch-test uncaught exception');
    });
    void Promise.reject(new Error('watch-test unhandled rejection'));
  });

describe('the browser tests’ error watch', () => {
  for (const how of ['newContext', 'newPage'] as const) {
    it(`sees console errors, exceptions and unhandled rejections in a page from browser.${how}`, async () => {
      const page = how === 'newPage' ? await browser.newPage() : await (await browser.newContext()).newPage();
      await page.setContent('<p>a page</p>');
      await provoke(page);
      for (const what of ['console error', 'uncaught exception', 'unhandled rejection'])
        await expect.poll(() => pendingPageErrors().join('\n')).toContain(`watch-test ${what}`);
      // Provoked on purpose: declared, so the afterEach lets this test pass.
      expectPageError(/watch-test/);
      await page.context().close();
    });
  }
});

describe('the reused tab', () => {
  it('forgets the last test: storage, permissions, viewport, media and page listeners', async () => {
    const first = await reopenApp(browser, '?therapy=bmsc_therapy', { width: 1024, height: 768 });
    await first.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          localStorage.setItem('left-behind', '1');
          const open = indexedDB.open('left-behind-db');
          open.onupgradeneeded = () => open.result.createObjectStore('s');
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await first.context.grantPermissions(['clipboard-read']);
    await first.page.emulateMedia({ media: 'print' });
    let dialogs = 0;
    first.page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await first.close();

    const second = await reopenApp(browser);
    expect(second.page).toBe(first.page); // the same tab: the point of reopenApp
    expect(second.page.url()).not.toContain('therapy=');
    expect(second.page.viewportSize()).toEqual({ width: 1440, height: 900 });
    expect(await second.page.evaluate(() => matchMedia('print').matches)).toBe(false);
    expect(await second.page.evaluate(() => localStorage.getItem('left-behind'))).toBeNull();
    const dbs = await second.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(dbs).not.toContain('left-behind-db');
    const clipboard = await second.page.evaluate(
      async () => (await navigator.permissions.query({ name: 'clipboard-read' as PermissionName })).state,
    );
    expect(clipboard).not.toBe('granted');
    // Without a listener Playwright dismisses a dialog itself; the first test's would count it.
    await second.page.evaluate(() => alert('left-behind listener?'));
    expect(dialogs).toBe(0);
    expect(second.errors).toEqual([]);
    await second.close();
  });
});
