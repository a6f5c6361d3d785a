// The map as text in real Chromium: choosing an item selects it on the canvas, and a node clicked
// on the canvas is marked in the text.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, reopenApp, waitForRest } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('map as text', () => {
  it('selects on the canvas what is chosen in the text, and marks in the text what is clicked on the canvas', async () => {
    const { page, close } = await reopenApp(browser, '?therapy=bmsc_therapy');
    await page.getByRole('tab', { name: 'Map as text' }).click();
    const text = page.getByRole('region', { name: 'Map as text' });
    // The tab's code loads on first use: wait for it before reading the list.
    await text.locator('.textview__entity').first().waitFor();
    // The text lists exactly what the canvas keeps.
    const listed = await text
      .locator('.textview__entity')
      .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-textview-id')!).sort());
    const kept = await page.evaluate(() =>
      window
        .nociscopeCy!.nodes()
        .filter((n) => !n.hasClass('faded') && !n.hasClass('hidden'))
        .map((n) => n.id())
        .sort(),
    );
    expect(listed).toEqual(kept);

    await text.getByRole('button', { name: 'TGF-β1', exact: true }).click();
    await expect
      .poll(() => page.evaluate(() => window.nociscopeCy!.getElementById('tgfb1').hasClass('selected-el')))
      .toBe(true);

    // The selection's camera move may start a frame after the class: wait until the camera rests.
    await waitForRest(page);
    const box = await page.getByTestId('graph-canvas').boundingBox();
    const pos = await page.evaluate(() => window.nociscopeCy!.getElementById('cxcl12').renderedPosition());
    await page.mouse.click(box!.x + pos.x, box!.y + pos.y);
    await expect
      .poll(() =>
        text.locator('[data-textview-id="cxcl12"].textview__entity').first().getAttribute('aria-current'),
      )
      .toBe('true');
    await close();
  });
});
