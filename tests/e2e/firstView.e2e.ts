// The first screen before the JavaScript (issue 23): the served page itself carries a picture of the
// map where the canvas will be, and the live canvas replaces it once it has drawn its first frame.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations } from './axe';
import { launch } from './browser';

const VIEWPORT = { width: 1440, height: 900 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Rect = { x: number; y: number; width: number; height: number };
const rectOf = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }) as Promise<Rect>;

/** The names the picture shows at this window size: the text of each displayed label. */
const pictureNames = (page: Page) =>
  page.locator('#first-view svg text').evaluateAll((texts) =>
    texts
      .filter((t) => t.getBoundingClientRect().width > 0)
      .map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '))
      .sort(),
  );

/** Records when the picture leaves the page, on the page's own clock (before any of its scripts). */
const watchPicture = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { pictureSeen?: boolean; pictureGone?: number };
    new MutationObserver(() => {
      const there = !!document.getElementById('first-view');
      if (there) w.pictureSeen = true;
      else if (w.pictureSeen && w.pictureGone === undefined) w.pictureGone = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });

const markAt = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);

describe('the first screen before the JavaScript', () => {
  it('is in the served page: an inline SVG of the map, before any script, with nothing to focus', async () => {
    const response = await fetch(inject('baseURL'));
    const html = await response.text();
    const body = html.slice(html.indexOf('<body'));
    const picture = body.indexOf('<div id="first-view"');
    expect(picture).toBeGreaterThan(0);
    expect(body.indexOf('<svg', picture)).toBeGreaterThan(picture);
    // Nothing in the body runs or waits before it: the data block and the app come after.
    const firstScript = body.indexOf('<script');
    expect(firstScript === -1 || firstScript > picture).toBe(true);
    const element = body.slice(picture, body.indexOf('</div>', picture));
    expect(element).toContain('aria-hidden="true"');
    expect(element).not.toMatch(/tabindex|<a\b|<button|style=|<script/i);
  });

  it('with JavaScript off, fills the box the live canvas gets and names what the canvas names', async () => {
    // The live page first: the canvas's box and the names its first view shows.
    const live = await browser.newContext({ viewport: VIEWPORT });
    const page = await live.newPage();
    await page.goto(inject('baseURL'));
    await page.waitForFunction(() => performance.getEntriesByName('nociscope:first-render').length > 0);
    const canvasBox = await rectOf(page, '[data-testid="graph-canvas"]');
    // The names of the first view once its labels are placed (the hint under the map counts them).
    await page.getByText(/Overview: \d+ of \d+ names shown/).waitFor();
    const liveNames = await page.evaluate(() =>
      window
        .nociscopeCy!.nodes()
        .filter((n) => !n.hasClass('lbl-off') && !n.hasClass('imported'))
        .map((n) => String(n.data('label')))
        .sort(),
    );
    await live.close();

    const off = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: false });
    const still = await off.newPage();
    await still.goto(inject('baseURL'));
    // The page shows it half a second after it arrived (firstView.css), with or without script.
    await still.locator('#first-view svg').waitFor();
    const pictureBox = await rectOf(still, '#first-view svg');
    for (const k of ['x', 'y', 'width', 'height'] as const)
      expect(pictureBox[k]).toBeCloseTo(canvasBox[k], 0);
    // Edges and nodes are drawn, and the same names as the live first view, all of them readable.
    expect(await still.locator('#first-view svg path').count()).toBeGreaterThan(200);
    expect(liveNames.length).toBeGreaterThan(5);
    expect(await pictureNames(still)).toEqual(liveNames);
    const smallest = await still
      .locator('#first-view svg text')
      .evaluateAll((texts) =>
        Math.min(
          ...texts.map((t) => (t as SVGGraphicsElement).getBoundingClientRect().height).filter((h) => h > 0),
        ),
      );
    // Rendered line height of the smallest shown name: 14 px text or more (labelPlacement.ts).
    expect(smallest).toBeGreaterThanOrEqual(14);
    expect(await still.getByText('Loading the interactive map…').isVisible()).toBe(true);
    await off.close();
  });

  it('shows while the bundle is on its way, passes axe, and goes once the canvas has drawn', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await watchPicture(page);
    // Hold the app's code back until the picture has been checked.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // Not 'domcontentloaded': that waits for the (held) module script.
    await page.goto(inject('baseURL'), { waitUntil: 'commit' });
    await page.locator('#first-view svg').waitFor();
    expect(await markAt(page, 'nociscope:script-start')).toBeNull();
    expect(await page.locator('#first-view').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'the first-view picture');
    // Nothing in it takes focus: Tab does not land inside the picture.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('#first-view'))).toBe(false);
    release();
    await page.waitForFunction(
      () => performance.getEntriesByName('nociscope:first-render').length > 0,
      undefined,
      {
        timeout: 30_000,
      },
    );
    await expect.poll(() => page.locator('#first-view').count()).toBe(0);
    const gone = await page.evaluate(() => (window as unknown as { pictureGone?: number }).pictureGone);
    // Not before the live canvas had drawn: no blank canvas in between.
    expect(gone).toBeGreaterThanOrEqual((await markAt(page, 'nociscope:first-render'))!);
    // The panels follow the map: the interface is complete after the first frame.
    await page.getByRole('tab', { name: 'Filters' }).waitFor();
    expect((await markAt(page, 'nociscope:interactive'))!).toBeGreaterThanOrEqual(
      (await markAt(page, 'nociscope:first-render'))!,
    );
    await context.close();
  });

  it("is painted before the app's stylesheet arrives; the interface waits for the stylesheet", async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    // Hold the app's stylesheet (and its preload: the same URL) until the end of the test.
    let releaseCss!: () => void;
    const cssHeld = new Promise<void>((r) => (releaseCss = r));
    await page.route(/\/assets\/index-[^/]+\.css$/, async (route) => {
      await cssHeld;
      await route.continue();
    });
    await page.goto(inject('baseURL'), { waitUntil: 'commit' });
    // The page is painted with the picture in the canvas's place while the stylesheet is held: the
    // first contentful paint happened, and the inline rules placed the picture between the columns.
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    await page.locator('#first-view svg').waitFor();
    const box = await rectOf(page, '#first-view svg');
    expect(box.y).toBeGreaterThan(54);
    expect(box.x).toBeGreaterThanOrEqual(220);
    expect(box.width).toBeGreaterThan(VIEWPORT.width / 3);
    // The script ran (the data is read) but the interface is not rendered without its styles.
    await page.waitForFunction(() => performance.getEntriesByName('nociscope:data-loaded').length > 0);
    expect(await page.locator('#root > *').count()).toBe(0);
    releaseCss();
    await page.waitForFunction(
      () => performance.getEntriesByName('nociscope:first-render').length > 0,
      undefined,
      {
        timeout: 30_000,
      },
    );
    // Styled from its first render: the app's type size, and the stylesheet applies to the screen.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('17px');
    expect(await page.locator('link[rel="stylesheet"][data-deferred-css]').getAttribute('media')).toBe('all');
    await context.close();
  });

  it('is never shown when the app starts drawing the map before the page would show it', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await watchPicture(page);
    // The page's animations at a hundredth of their speed: the half-second wait before the picture
    // shows (firstView.css) outlasts the app's start on any machine, however loaded.
    const session = await context.newCDPSession(page);
    await session.send('Animation.enable');
    await session.send('Animation.setPlaybackRate', { playbackRate: 0.01 });
    await page.addInitScript(() => {
      const w = window as unknown as { pictureShown?: boolean };
      const look = () => {
        const picture = document.getElementById('first-view');
        if (picture && getComputedStyle(picture).visibility !== 'hidden') w.pictureShown = true;
        if (!performance.getEntriesByName('nociscope:first-render').length) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(inject('baseURL'));
    await page.waitForFunction(
      () => performance.getEntriesByName('nociscope:first-render').length > 0,
      undefined,
      { timeout: 30_000 },
    );
    const seen = await page.evaluate(() => {
      const w = window as unknown as { pictureShown?: boolean; pictureGone?: number };
      return { pictureShown: w.pictureShown, pictureGone: w.pictureGone };
    });
    expect(seen.pictureShown).toBeUndefined();
    // Dropped before the canvas was made, not after its first frame.
    expect(seen.pictureGone).toBeDefined();
    expect(seen.pictureGone!).toBeLessThan((await markAt(page, 'nociscope:canvas-created'))!);
    await context.close();
  });

  it('a link that opens another view drops the picture as soon as the script starts', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await watchPicture(page);
    await page.goto(new URL('?story=bmsc_tgfb1&step=2', inject('baseURL')).href);
    await page.waitForFunction(
      () => performance.getEntriesByName('nociscope:first-render').length > 0,
      undefined,
      {
        timeout: 30_000,
      },
    );
    const gone = await page.evaluate(() => (window as unknown as { pictureGone?: number }).pictureGone);
    expect(gone).toBeDefined();
    // Before the canvas was made for the story's step (the script drops it first thing).
    expect(gone!).toBeLessThan((await markAt(page, 'nociscope:canvas-created'))!);
    await context.close();
  });
});
