// Issue 24 in real Chromium: a file over the node cap is refused in the worker before Open; a long
// unbroken name wraps in the dialog, the layers list and the details panel instead of being clipped;
// SVG holds an overlay layer as PNG does; a network open on its own is what Export & cite exports.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, reopenApp, waitForGraph } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const dialog = (page: Page) => page.getByRole('dialog', { name: /Open network/ });

async function choose(page: Page, name: string, text: string) {
  await page
    .locator('[data-testid="import-file"]')
    .setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

async function open(page: Page, mode: RegExp) {
  await dialog(page).getByRole('radio', { name: mode }).check({ timeout: 60_000 });
  const warnings = dialog(page).getByRole('checkbox', { name: /read the warnings/ });
  if (await warnings.count()) await warnings.check();
  await dialog(page).getByRole('button', { name: 'Open', exact: true }).click();
}

async function download(page: Page, button: string | RegExp) {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: dl.suggestedFilename(), text: readFileSync((await dl.path())!, 'utf8') };
}

/** Elements under `selector` whose content is wider than their box (clipped or overflowing). */
const overflowing = (page: Page, selector: string) =>
  page.evaluate(
    (sel) =>
      [...document.querySelectorAll<HTMLElement>(sel)]
        // The tab strip scrolls sideways by design (one row of tabs at 1024 px); nothing else may.
        .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
        .filter((el) => el.getAttribute('role') !== 'tablist')
        .map((el) => `${el.tagName}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`),
    selector,
  );

const LONG = `ENSG00000105329_${'x'.repeat(200)}`;

describe('issue 24 in the browser', () => {
  it(
    'refuses a file over the node cap in the worker, before Open, with what to do',
    { timeout: 180_000 },
    async () => {
      const { page, close, errors } = await reopenApp(browser);
      const nodes = Array.from({ length: 20_001 }, (_, i) => ({ data: { id: `n${i}` } }));
      await choose(page, 'huge.cyjs', JSON.stringify({ elements: { nodes, edges: [] } }));
      await expect
        .poll(
          () =>
            dialog(page)
              .getByText(/20,001 nodes, more than the 20,000 this app opens/)
              .count(),
          {
            timeout: 60_000,
          },
        )
        .toBe(1);
      expect(
        await dialog(page)
          .getByText(/Open a subnetwork/)
          .count(),
      ).toBe(1);
      expect(await dialog(page).getByRole('button', { name: 'Open', exact: true }).count()).toBe(0);
      expect(errors).toEqual([]);
      await close();
    },
  );

  it(
    'wraps a 200-character name in the dialog, the layers list and the details panel',
    { timeout: 180_000 },
    async () => {
      const { page, close, errors } = await reopenApp(browser, '', { width: 1024, height: 768 });
      // The file name is long too: it names the layer in the layers list and the banner.
      await choose(page, `${LONG}.csv`, `source,target,relation\n${LONG},TGFB1,activates\n`);
      await dialog(page)
        .getByRole('radio', { name: /On its own/ })
        .waitFor({ timeout: 60_000 });
      expect(await overflowing(page, '.import, .import *')).toEqual([]);
      await open(page, /On its own/);
      await page.getByTestId('imported-canvas').waitFor();
      // A block: returning the collection would make Playwright serialise the Cytoscape instance.
      await page.evaluate((id) => {
        window
          .nociscopeCy!.nodes()
          .filter((n) => n.data('iid') === id)
          .emit('tap');
      }, LONG);
      const details = page.getByRole('complementary', { name: 'Details' });
      await expect.poll(() => details.getByRole('heading', { name: LONG, level: 2 }).count()).toBe(1);
      const heading = await details.getByRole('heading', { name: LONG, level: 2 }).boundingBox();
      const column = await page.locator('.details-column').boundingBox();
      expect(heading!.x + heading!.width).toBeLessThanOrEqual(column!.x + column!.width + 1);
      expect(await overflowing(page, '.details-column, .details-column *')).toEqual([]);
      await page.getByRole('tab', { name: 'Layers' }).click();
      await page.locator('.layers__item').first().waitFor();
      expect(await overflowing(page, '.side, .side *, .layer-banner')).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    },
  );

  it(
    'SVG holds an overlay layer; a network on its own is what the data and SVG exports hold',
    { timeout: 240_000 },
    async () => {
      const { page, close, errors } = await reopenApp(browser);
      await choose(page, 'mine.csv', 'source,target,relation\nTGFB1,Novel gene X,activates\n');
      await open(page, /Over the curated map/);
      await expect.poll(() => page.evaluate(() => window.nociscopeCy!.nodes('.imported').length)).toBe(1);
      await page.getByRole('tab', { name: 'Export & cite' }).click();
      await page.getByRole('radio', { name: /^SVG/ }).check();
      await page.getByRole('radio', { name: 'Whole graph' }).check();
      const svg = await download(page, 'Download SVG');
      const texts = [...svg.text.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
      // The imported node is drawn (its label may wrap over two <text> lines) …
      expect(svg.text).toMatch(/class="node" data-id="imp:[^"]+:Novel gene X"/);
      expect(texts.join(' ')).toMatch(/Novel gene X/);
      expect(texts).toContain('TGF-β1');
      const cyjs = await download(page, /Cytoscape\.js JSON/);
      expect(cyjs.text).toContain('Novel gene X');

      // The same file on its own: the exports hold it, not the curated map behind it.
      await choose(page, 'own.csv', 'source,target,relation\nAlpha,Beta,activates\nBeta,Gamma,inhibits\n');
      await open(page, /On its own/);
      await page.getByTestId('imported-canvas').waitFor();
      await page.getByRole('tab', { name: 'Export & cite' }).click();
      await expect
        .poll(() => page.getByTestId('data-scope').textContent())
        .toBe('3 nodes and 2 edges of the imported network “own”, as the map shows it.');
      expect(await page.getByText(/filters hide every element/).count()).toBe(0);
      const data = await download(page, /Cytoscape\.js JSON/);
      expect(data.name).toMatch(/^nociscope-own-imported-/);
      const ids = (
        JSON.parse(data.text) as { elements: { nodes: { data: { id: string } }[] } }
      ).elements.nodes
        .map((n) => n.data.id)
        .sort();
      expect(ids).toEqual(['Alpha', 'Beta', 'Gamma']);
      await page.getByRole('radio', { name: /^SVG/ }).check();
      const own = await download(page, 'Download SVG');
      const ownTexts = [...own.text.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
      expect(ownTexts).toEqual(expect.arrayContaining(['Alpha', 'Beta', 'Gamma']));
      expect(ownTexts).not.toContain('TGF-β1');
      await page.getByRole('button', { name: 'Back to the curated map' }).first().click();
      await waitForGraph(page);
      expect(errors).toEqual([]);
      await close();
    },
  );
});
