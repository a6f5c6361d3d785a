// A network opened on its own is a network you can work with (issue 22), at a projector's 1024×768:
// an INDRA-shaped CX file is searched (HRAS), picked, found in its table, asked for paths and
// exported as a picture with a caption naming it; axe finds nothing on the new views; the Layers
// panel is styled after a reload without the import dialog; an overlay's boxes never overlap.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { artifactPath, launch, reopenApp } from './browser';
import { writeFileSync } from 'node:fs';

const FIXTURE = 'tests/fixtures/import/indra-ras.valid.cx';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const dialog = (page: Page) => page.getByRole('dialog', { name: /Open network/ });

async function openFile(page: Page, mode: 'own' | 'overlay') {
  await page
    .locator('[data-testid="import-file"]')
    .setInputFiles({ name: 'indra-ras.cx', mimeType: 'application/json', buffer: readFileSync(FIXTURE) });
  const open = dialog(page).getByRole('button', { name: 'Open', exact: true });
  await open.waitFor({ timeout: 30_000 });
  if (mode === 'overlay')
    await dialog(page)
      .getByRole('radio', { name: /over the curated map/i })
      .check();
  await open.click();
}

/** The `iid`s of imported elements carrying a class. */
const withClass = (page: Page, cls: string) =>
  page.evaluate(
    (c) =>
      window
        .nociscopeCy!.elements(`.${c}`)
        .map((e) => e.data('iid') as string)
        .sort(),
    cls,
  );

async function download(page: Page, button: string) {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const file = { name: dl.suggestedFilename(), bytes: readFileSync((await dl.path())!) };
  writeFileSync(artifactPath(`worknetwork-${file.name}`), file.bytes);
  return file;
}

describe('an opened network to work with', () => {
  it(
    'search → pick → table row → paths → PNG and SVG, at 1024×768, axe clean',
    { timeout: 240_000 },
    async () => {
      const { page } = await reopenApp(browser, '', { width: 1024, height: 768 });
      await openFile(page, 'own');
      await page.getByTestId('imported-canvas').waitFor();
      await expect.poll(() => page.evaluate(() => window.nociscopeCy?.nodes().length ?? 0)).toBe(11);

      // Search finds the imported node, selects it on the map and shows its details.
      const search = page.getByRole('combobox', { name: 'Search' });
      await search.fill('HRAS');
      await page.getByRole('option', { name: /^HRAS protein, imported node/ }).waitFor();
      await search.press('Enter');
      await expect.poll(() => withClass(page, 'selected-el')).toEqual(['3']);
      await expect.poll(() => page.locator('#details').getByText('HRAS').count()).toBeGreaterThan(0);

      // The table shows the picked row; a row picks its node on the map.
      await page.getByRole('button', { name: 'Table of nodes and edges' }).click();
      const table = page.getByRole('table');
      await table.waitFor();
      await expect.poll(() => table.locator('tr[aria-current="true"] th').textContent()).toBe('HRAS');
      await table.getByRole('button', { name: 'MAPK1', exact: true }).click();
      await expect.poll(() => withClass(page, 'selected-el')).toEqual(['8']);
      await table.getByRole('columnheader', { name: /Label/ }).getByRole('button').click();
      expect(await table.getByRole('columnheader', { name: /Label/ }).getAttribute('aria-sort')).toBe(
        'ascending',
      );
      // Nothing scrolls the page sideways at 1024 px: the table scrolls inside its own box.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);

      // Paths between two of its nodes, one drawn on the map.
      await page.getByRole('tab', { name: 'Pathways' }).click();
      await page.getByRole('combobox', { name: 'From' }).selectOption({ label: 'MAPK1 (8)' });
      await page.getByRole('combobox', { name: 'To' }).selectOption({ label: 'HRAS (3)' });
      await page.getByText(/^1 path from MAPK1 to HRAS/).waitFor();
      await page.getByRole('button', { name: 'Show path 1 on the map' }).click();
      await expect.poll(() => withClass(page, 'path-el')).toEqual(['2', '22', '3', '31', '8']);
      expect(await axeViolations(page)).toEqual([]);

      // A picture of the network, captioned with its name and file.
      await page.getByRole('tab', { name: 'Export & cite' }).click();
      await expect.poll(() => page.getByTestId('image-plan').textContent()).toMatch(/^PNG 2×: \d+ × \d+ px/);
      const png = await download(page, 'Download PNG');
      expect(png.name).toMatch(/ras-to-erk.*-imported.*\.png$/);
      expect(png.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(100);
      await page.getByRole('radio', { name: /^SVG/ }).check();
      const svg = (await download(page, 'Download SVG')).bytes.toString('utf8');
      expect(svg).toContain('RAS to ERK (INDRA-style test network)');
      expect(svg).toContain('indra-ras.cx');
      expect(svg).toContain('>HRAS<');
      // Data export of the network from the Export tab.
      expect(await page.getByTestId('data-scope').textContent()).toMatch(/11 nodes and 12 edges/);
      expect(await axeViolations(page)).toEqual([]);
    },
  );

  it(
    'the Layers panel is styled after a reload, before the import dialog ever opens',
    { timeout: 120_000 },
    async () => {
      const { page } = await reopenApp(browser, '', { width: 1024, height: 768 });
      await openFile(page, 'own');
      await page.getByTestId('imported-canvas').waitFor();
      // The layer is written to IndexedDB just after it opens: reload only once it is stored.
      const stored = () =>
        page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const open = indexedDB.open('nociscope-layers');
              open.onerror = () => resolve(0);
              open.onsuccess = () => {
                const db = open.result;
                if (!db.objectStoreNames.contains('layers')) return resolve(0);
                const count = db.transaction('layers').objectStore('layers').count();
                count.onsuccess = () => resolve(count.result);
                count.onerror = () => resolve(0);
              };
            }),
        );
      await expect.poll(stored, { timeout: 30_000 }).toBeGreaterThan(0);
      await page.reload();
      await page.getByTestId('imported-canvas').waitFor({ timeout: 30_000 });
      await page.getByRole('tab', { name: 'Layers' }).click();
      const list = page.getByRole('list', { name: 'Imported layers' });
      await list.waitFor();
      expect(await list.evaluate((el) => getComputedStyle(el).listStyleType)).toBe('none');
      expect(
        await page.locator('.layer-banner').evaluate((el) => getComputedStyle(el).borderBottomStyle),
      ).toBe('dashed');
    },
  );

  it('an overlay over the curated map: no two imported boxes overlap', { timeout: 120_000 }, async () => {
    const { page } = await reopenApp(browser, '', { width: 1024, height: 768 });
    await openFile(page, 'overlay');
    await expect
      .poll(() => page.evaluate(() => window.nociscopeCy!.nodes('.imported').length), { timeout: 30_000 })
      .toBeGreaterThan(0);
    const overlaps = await page.evaluate(() => {
      const boxes = window
        .nociscopeCy!.nodes('.imported')
        .map((n) => n.boundingBox({ includeLabels: false }));
      let n = 0;
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) n++;
        }
      return n;
    });
    expect(overlaps).toBe(0);
  });
});
