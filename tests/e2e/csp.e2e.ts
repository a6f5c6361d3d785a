// The Content-Security-Policy in the browser: the built page carries it, the preview server sends
// the headers a host should send, and what it forbids is blocked and fails the browser tests.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { META_CSP, SECURITY_HEADERS } from '../../build/csp';
import { expectPageError, launch, openApp, pendingPageErrors, waitForGraph } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Try what the policy forbids; true for each attempt that ran. */
const attack = (page: Page) =>
  page.evaluate(async () => {
    const w = window as unknown as Record<string, boolean>;
    const inline = document.createElement('script');
    inline.textContent = 'window.inlineRan = true';
    document.body.append(inline);
    // A string timer is eval from the page itself (the test driver's own evaluate is exempt).
    setTimeout('window.evalRan = true' as unknown as () => void);
    // A loopback port nothing listens on: nothing leaves the machine even if the policy failed.
    const foreign = await fetch('http://localhost:9/x.json').then(
      () => true,
      () => false,
    );
    const style = document.createElement('style');
    style.textContent = 'body { outline: 7px solid red }';
    document.head.append(style);
    const styled = getComputedStyle(document.body).outlineWidth === '7px';
    await new Promise((r) => setTimeout(r, 100));
    return { inline: w.inlineRan === true, eval: w.evalRan === true, foreign, styled };
  });

describe('Content-Security-Policy', () => {
  it('the built page carries the policy in a <meta> tag, and the server sends the hosting headers', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(inject('baseURL'));
    const headers = response!.headers();
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(headers[name.toLowerCase()]).toBe(value);
    await waitForGraph(page);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(META_CSP);
    await context.close();
  });

  it('blocks inline script, eval, inline style and other hosts, and a violation fails the test', async () => {
    const { page, context } = await openApp(browser);
    expect(await attack(page)).toEqual({ inline: false, eval: false, foreign: false, styled: false });
    await expect
      .poll(() => pendingPageErrors().filter((e) => e.includes('CSP violation')).length)
      .toBeGreaterThanOrEqual(4);
    expectPageError(/CSP violation|Content Security Policy|Failed to fetch|localhost:9/);
    await context.close();
  });

  it('the <meta> tag alone protects the page on a host that sends no headers', async () => {
    const context = await browser.newContext();
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-security-policy'];
      await route.fulfill({ response, headers });
    });
    const page = await context.newPage();
    const response = await page.goto(inject('baseURL'));
    expect(await response!.headerValue('content-security-policy')).toBeNull();
    await waitForGraph(page);
    expect(await attack(page)).toEqual({ inline: false, eval: false, foreign: false, styled: false });
    expectPageError(/CSP violation|Content Security Policy|Failed to fetch|localhost:9/);
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  });

  it('no other site can frame the app (frame-ancestors, sent as a header)', async () => {
    const framedApp = async (stripHeader: boolean) => {
      const context = await browser.newContext();
      if (stripHeader)
        await context.route(`${inject('baseURL')}**`, async (route) => {
          const response = await route.fetch();
          const headers = { ...response.headers() };
          delete headers['content-security-policy'];
          await route.fulfill({ response, headers });
        });
      const page = await context.newPage();
      // Another origin: the same server under another loopback name.
      const other = new URL(inject('baseURL'));
      other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      await page.route(`${other.origin}/framing-page`, (route) =>
        route.fulfill({ contentType: 'text/html', body: `<iframe src="${inject('baseURL')}"></iframe>` }),
      );
      await page.goto(`${other.origin}/framing-page`);
      const frame = await (await page.waitForSelector('iframe')).contentFrame();
      await frame!.waitForLoadState();
      // A refused frame shows Chromium's error page instead of the app.
      const drawn =
        frame!.url() === inject('baseURL') &&
        (await frame!
          .waitForFunction(() => (window.nociscopeCy?.nodes().length ?? 0) > 0)
          .then(
            () => true,
            () => false,
          ));
      // The framed app may still be fetching code on demand: let those requests go unanswered.
      await context.unrouteAll({ behavior: 'ignoreErrors' });
      await context.close();
      return drawn;
    };
    // Control: without the header, a framed app loads, so what the test sees is the header's doing.
    expect(await framedApp(true)).toBe(true);
    expect(await framedApp(false)).toBe(false);
  });
});
