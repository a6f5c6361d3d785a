// A network with a visual style of its own (issue 22): opened on its own it is drawn as its file says
// (colours, shapes, sizes, labels, no arrow head where the file gives none), the legend says the look
// is the file's, the layer's controls switch to Nociscope's look and back on the live canvas, and the
// view stays free of axe violations. Styles are read from the canvas's documented test global
// (window.nociscopeCy, src/canvas/instance.ts).
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe';
import { launch, reopenApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const dialog = (page: Page) => page.getByRole('dialog', { name: /Open network/ });

/** What the canvas draws for the node labelled `label` and the edge with file id `edge`. */
const drawn = (page: Page, label: string, edge: string) =>
  page.evaluate(
    ([label, edge]) => {
      const cy = window.nociscopeCy!;
      const n = cy.nodes().filter((x) => x.data('label') === label)[0]!;
      const e = cy.edges().filter((x) => x.data('iid') === edge)[0]!;
      return {
        fill: n.style('background-color') as string,
        shape: n.style('shape') as string,
        width: n.style('width') as string,
        head: e.style('target-arrow-shape') as string,
        look: cy.container()?.getAttribute('data-look'),
      };
    },
    [label, edge] as const,
  );

describe('the file’s own style', () => {
  it(
    'a styled CX2 opens in its own style; the layer’s controls switch to Nociscope’s look and back',
    { timeout: 180_000 },
    async () => {
      const { page, close, errors } = await reopenApp(browser);
      await page.locator('[data-testid="import-file"]').setInputFiles({
        name: 'wikipathways-style.cx2',
        mimeType: 'text/plain',
        buffer: readFileSync('tests/fixtures/import/wikipathways-style.valid.cx2'),
      });
      const open = dialog(page).getByRole('button', { name: 'Open', exact: true });
      await open.waitFor({ timeout: 30_000 });
      await open.click();
      await page.getByTestId('imported-canvas').waitFor();
      await expect.poll(() => page.evaluate(() => window.nociscopeCy?.nodes().length ?? 0)).toBe(5);

      await expect
        .poll(() => drawn(page, 'TP53', '23').then((d) => d.look), { timeout: 30_000 })
        .toBe('file');
      // TP53: log2FC −2, the blue end of the file's colour gradient; a rectangle 90 px wide (its Width).
      expect(await drawn(page, 'TP53', '23')).toEqual({
        fill: 'rgb(0,0,255)',
        shape: 'rectangle',
        width: '90px',
        head: 'none',
        look: 'file',
      });
      expect((await drawn(page, 'Glycolysis', '20')).head).toBe('tee');
      await expect
        .poll(() => page.getByText(/is drawn in its file’s own style/).count(), { timeout: 30_000 })
        .toBeGreaterThan(0);

      await page.getByRole('tab', { name: 'Layers' }).click();
      const nociscope = page.getByRole('radio', { name: 'Nociscope look' });
      expect(await page.getByRole('radio', { name: 'File’s own style' }).isChecked()).toBe(true);
      await expectNoAxeViolations(page, 'a layer in its file’s own style, with its look controls');

      await nociscope.check();
      await expect.poll(() => drawn(page, 'TP53', '23').then((d) => d.look)).toBe('nociscope');
      const ours = await drawn(page, 'TP53', '23');
      expect(ours.shape).toBe('cut-rectangle');
      expect(ours.fill).not.toBe('rgb(0,0,255)');
      // Nociscope's look: an unsigned relation of a directed network has its open-diamond head.
      expect(ours.head).not.toBe('none');
      expect(await page.getByText(/is drawn in its file’s own style/).count()).toBe(0);

      await page.getByRole('radio', { name: 'File’s own style' }).check();
      await expect.poll(() => drawn(page, 'TP53', '23').then((d) => d.fill)).toBe('rgb(0,0,255)');
      expect(errors).toEqual([]);
      await close();
    },
  );
});
