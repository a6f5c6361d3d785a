// An open map that nothing changes asks the browser for no frames (src/canvas/frameLoop.ts), and
// resting loses nothing: a change made by code, the user's wheel zoom and an animation started while
// the loop rests are all drawn. Without the rest, Cytoscape asks for a frame 60 times a second.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, reopenApp, waitForGraph, waitForRest } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** How many animation frames the page asks for in `ms`, counted at the browser's own function. */
const framesAskedIn = (page: Page, ms: number) =>
  page.evaluate(async (ms) => {
    const browsers = window.requestAnimationFrame;
    let asked = 0;
    window.requestAnimationFrame = (fn) => {
      asked++;
      return browsers.call(window, fn);
    };
    await new Promise((r) => setTimeout(r, ms));
    window.requestAnimationFrame = browsers;
    return asked;
  }, ms);

/** Count the map's drawn frames (Cytoscape's `render` event) from now on. */
const countDraws = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { draws: number };
    w.draws = 0;
    window.nociscopeCy!.on('render', () => w.draws++);
  });
const draws = (page: Page) => page.evaluate(() => (window as unknown as { draws: number }).draws);

describe('the frame loop rests while nothing changes', () => {
  it('asks for no frames when idle, and draws a change, a wheel zoom and an animation started while resting', async () => {
    const { page, close } = await reopenApp(browser);
    await waitForGraph(page);
    await waitForRest(page);
    // Rested: a second after the last frame (REST_AFTER_MS), nothing asks for a frame. Before,
    // Cytoscape asked about 30 times in half a second.
    await expect.poll(() => framesAskedIn(page, 500), { timeout: 20_000 }).toBe(0);

    // A change made by code is drawn.
    await countDraws(page);
    await page.evaluate(() => {
      window.nociscopeCy!.getElementById('tgfb1').style('border-width', 9);
    });
    await expect.poll(() => draws(page), { timeout: 10_000 }).toBeGreaterThan(0);

    // The reader's Ctrl + wheel over the canvas zooms, and the zoom is drawn.
    await expect.poll(() => framesAskedIn(page, 500), { timeout: 20_000 }).toBe(0);
    await countDraws(page);
    const zoom = await page.evaluate(() => window.nociscopeCy!.zoom());
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(() => page.evaluate(() => window.nociscopeCy!.zoom())).toBeGreaterThan(zoom);
    await expect.poll(() => draws(page), { timeout: 10_000 }).toBeGreaterThan(0);

    // An animation started while resting runs to its end (its promise settles, the camera arrives).
    await waitForRest(page);
    await expect.poll(() => framesAskedIn(page, 500), { timeout: 20_000 }).toBe(0);
    const arrived = await page.evaluate(async () => {
      const cy = window.nociscopeCy!;
      const target = cy.zoom() * 0.8;
      const ended = cy.animation({ zoom: target, duration: 300 }).play().promise();
      const late = new Promise((r) => setTimeout(r, 10_000));
      await Promise.race([ended, late]);
      return Math.abs(cy.zoom() - target) < 1e-9;
    });
    expect(arrived).toBe(true);
    await close();
  });
});
