// The error watch of tests/e2e/browser.ts: it must see what a broken page does, in any page of any
// context, or a test "with no console errors" could pass while the page fails.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPageError, launch, pendingPageErrors } from './browser';

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
