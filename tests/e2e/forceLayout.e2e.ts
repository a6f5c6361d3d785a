// Big networks without positions get a force-directed layout, off the main thread (issue 20), and the
// Layout menu works on an imported network on its own (issue 22). A 10,000-node, 20,000-edge file
// shows its progress while it is read (issue 12), opens on its grid with the layout's progress over it;
// while the layout runs, the page answers the keyboard (the canvas zooms) and the progress advances;
// Cancel keeps the grid (frame gaps are the bench's); then it is interactive: far out drawn for speed,
// near in full, and a click on a node shows it. (One file for both: opening 10,000 nodes is the
// costliest step of the browser tests.) A 1,500-node file is laid out to the end: its nodes leave the
// grid, and the positions are kept across a reload. The Layout menu then lays the same network out in
// rings, and the toolbar's zoom works on it. No timings are asserted: speed lives in
// bench/forceLayout.ts.
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

/** A tab-separated edge list of `n` genes, two relations each, and no positions. */
function edgeList(n: number): Buffer {
  const lines = ['source\ttarget\trelation'];
  for (let i = 0; i < n; i++) {
    lines.push(`gene${i}\tgene${(i * 7 + 1) % n}\tactivates`);
    lines.push(`gene${i}\tgene${(i * 13 + 5) % n}\tinhibits`);
  }
  return Buffer.from(lines.join('\n'));
}

const dialog = (page: Page) => page.getByRole('dialog', { name: /Open network/ });
const cyNodeCount = (page: Page) => page.evaluate(() => window.nociscopeCy?.nodes().length ?? 0);
const progressBar = (page: Page) => page.getByRole('progressbar', { name: 'Force-directed layout' });

/** Hand an edge list of `n` nodes to the real "Open network…" input; wait for the check's verdict. */
async function chooseEdgeList(page: Page, n: number) {
  await page
    .locator('[data-testid="import-file"]')
    .setInputFiles({ name: `genes-${n}.tsv`, mimeType: 'text/tab-separated-values', buffer: edgeList(n) });
  await expect
    .poll(
      () =>
        dialog(page)
          .getByText(/laid out force-directed once opened/)
          .count(),
      { timeout: 240_000 },
    )
    .toBe(1);
}

/** Open the checked network on its own. */
async function openChosen(page: Page, n: number) {
  await dialog(page).getByRole('button', { name: 'Open', exact: true }).click({ timeout: 240_000 });
  await expect.poll(() => cyNodeCount(page), { timeout: 240_000 }).toBe(n);
}

/** Open an edge list of `n` nodes on its own, through the real "Open network…" input. */
async function openEdgeList(page: Page, n: number) {
  await chooseEdgeList(page, n);
  await openChosen(page, n);
}

/** Share of the drawn nodes that sit on the import grid (multiples of 140 across, 90 down). */
const onGrid = (page: Page) =>
  page.evaluate(() => {
    const nodes = window.nociscopeCy!.nodes();
    const on = nodes.filter((n) => n.position().x % 140 === 0 && n.position().y % 90 === 0).length;
    return on / nodes.length;
  });

/** A node's position in the layer record stored in IndexedDB (the app's layer store). */
const storedPosition = (page: Page, id: string) =>
  page.evaluate(
    (id) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('nociscope-layers');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('layers').objectStore('layers').getAll();
          all.onsuccess = () => {
            type Rec = { layer?: { network: { nodes: { id: string; position?: unknown }[] } } };
            const nodes = (all.result as Rec[]).flatMap((r) => r.layer?.network.nodes ?? []);
            resolve(nodes.find((n) => n.id === id)?.position ?? null);
            open.result.close();
          };
        };
      }),
    id,
  );

/** The layout's percentage as the bar states it (aria-valuetext, "42 %"). */
const percent = async (page: Page) =>
  parseInt((await progressBar(page).getAttribute('aria-valuetext')) ?? '-1', 10);

describe('force-directed layout of an imported network', () => {
  it(
    'a 10,000-node, 20,000-edge file without positions: progress while read, progress over the map, the page answers input, Cancel keeps the grid, a click on a node shows it',
    { timeout: 900_000 },
    async () => {
      const { page, close, errors } = await reopenApp(browser);
      // Watch for the reading's progress bar from before the file is handed over: it may be shown
      // only briefly.
      await page.evaluate(() => {
        const seen = { progress: false };
        (window as unknown as { importSeen: typeof seen }).importSeen = seen;
        new MutationObserver(() => {
          if (document.querySelector('[data-testid="import-dialog"] progress')) seen.progress = true;
        }).observe(document.body, { childList: true, subtree: true });
      });
      await chooseEdgeList(page, 10_000);
      expect(
        await dialog(page)
          .getByText(/10,000 nodes, 20,000 edges/)
          .count(),
      ).toBe(1);
      expect(
        await page.evaluate(
          () => (window as unknown as { importSeen: { progress: boolean } }).importSeen.progress,
        ),
      ).toBe(true);
      await openChosen(page, 10_000);
      await progressBar(page).waitFor({ timeout: 240_000 });
      expect(await onGrid(page)).toBe(1);
      await expect(
        page.getByRole('status').filter({ hasText: 'Laying out 10,000 nodes' }).count(),
      ).resolves.toBe(1);
      const first = await percent(page);
      const opened = await page.evaluate(() => ({
        zoom: window.nociscopeCy!.zoom(),
        pan: window.nociscopeCy!.pan(),
      }));
      // The page answers the keyboard while the layout runs: "+" on the canvas zooms in, and the
      // progress bar is still there when the zoom happens (recorded in the page, at that moment).
      await page.evaluate(() => {
        const w = window as unknown as { zoomedDuringLayout?: boolean };
        window.nociscopeCy!.one('zoom', () => {
          w.zoomedDuringLayout = document.querySelector('[data-testid="layout-progress"]') !== null;
        });
      });
      await page.getByTestId('imported-canvas').focus();
      await page.keyboard.press('+');
      const zoomed = () =>
        page.evaluate(
          () => (window as unknown as { zoomedDuringLayout?: boolean }).zoomedDuringLayout ?? null,
        );
      await expect.poll(zoomed, { timeout: 120_000 }).toBe(true);
      // The progress advances (the worker reports while it runs).
      await expect.poll(() => percent(page), { timeout: 300_000, interval: 200 }).toBeGreaterThan(first);
      await page.getByRole('button', { name: 'Cancel layout' }).click();
      await expect.poll(() => progressBar(page).count()).toBe(0);
      expect(await onGrid(page)).toBe(1);
      // Interactive: zoom in on one node, click it where it is drawn, and its details show.
      // Far out the layer is drawn for speed (no labels, no lines); near, lines are back, each
      // relation's effect a line style as well as a colour, and labels too.
      // Back to the camera the file opened with (before the "+" above).
      await page.evaluate((vp) => {
        window.nociscopeCy!.viewport(vp);
      }, opened);
      const look = () => {
        const cy = window.nociscopeCy!;
        const inhibits = cy.edges('[polarity = -1]').first();
        return {
          label: cy
            .nodes()
            .filter((n) => n.data('iid') === 'gene42')
            .style('label') as string,
          inhibits: inhibits.style('line-style') as string,
          colourDiffers:
            inhibits.style('line-color') !== cy.edges('[polarity = 1]').first().style('line-color'),
          // Far out no lines are drawn at all; near they are.
          lines: inhibits.visible(),
        };
      };
      await expect
        .poll(() => page.evaluate(look))
        .toEqual({
          label: '',
          inhibits: 'solid',
          colourDiffers: false,
          lines: false,
        });
      const point = await page.evaluate(() => {
        const cy = window.nociscopeCy!;
        const node = cy.nodes().filter((n) => n.data('iid') === 'gene42');
        cy.zoom({ level: 1.5, position: node.position() });
        cy.center(node);
        const box = cy.container()!.getBoundingClientRect();
        const p = node.renderedPosition();
        return { x: box.left + p.x, y: box.top + p.y };
      });
      expect(await page.evaluate(look)).toEqual({
        label: 'gene42',
        inhibits: 'dashed',
        colourDiffers: true,
        lines: true,
      });
      await page.mouse.click(point.x, point.y);
      const details = page.getByRole('complementary', { name: 'Details' });
      await expect
        .poll(() => details.getByRole('heading', { name: 'gene42', level: 2 }).count(), { timeout: 240_000 })
        .toBe(1);
      expect(errors).toEqual([]);
      await close();
    },
  );

  it(
    'a 1,500-node file is laid out to the end, keeps its layout across a reload, and the Layout menu lays it out again',
    { timeout: 900_000 },
    async () => {
      const { page, close, errors } = await reopenApp(browser);
      await openEdgeList(page, 1_500);
      await expect.poll(() => progressBar(page).count(), { timeout: 600_000 }).toBe(0);
      await expect.poll(() => onGrid(page), { timeout: 60_000 }).toBeLessThan(0.05);
      const menu = page.getByRole('combobox', { name: 'Layout' });
      expect(await menu.inputValue()).toBe('force');
      const laidOut = await page.evaluate(() =>
        window.nociscopeCy!.nodes().map((n) => [n.data('iid') as string, n.position().x, n.position().y]),
      );
      // Kept with the layer: once the browser's storage holds it, a reload shows the same positions.
      const gene1 = laidOut.find((r) => r[0] === 'gene1')!;
      await expect
        .poll(() => storedPosition(page, 'gene1'), { timeout: 60_000 })
        .toEqual({ x: gene1[1], y: gene1[2] });
      await page.reload();
      await waitForGraph(page);
      await page.getByTestId('imported-canvas').waitFor({ timeout: 60_000 });
      await expect.poll(() => cyNodeCount(page), { timeout: 120_000 }).toBe(1_500);
      const reloaded = await page.evaluate(() =>
        window.nociscopeCy!.nodes().map((n) => [n.data('iid') as string, n.position().x, n.position().y]),
      );
      expect(reloaded).toEqual(laidOut);
      // The Layout menu: rings by degree move the nodes again, on the same canvas.
      await menu.selectOption({ label: 'Rings by degree' });
      await expect
        .poll(() =>
          page.evaluate(() => {
            const n = window.nociscopeCy!.nodes().first();
            return Math.hypot(n.position().x, n.position().y);
          }),
        )
        .toBeLessThan(2_000);
      expect(await menu.inputValue()).toBe('concentric');
      // The toolbar's zoom acts on the layer's canvas too.
      const zoom = () => page.evaluate(() => window.nociscopeCy!.zoom());
      const before = await zoom();
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await expect.poll(zoom).toBeGreaterThan(before);
      expect(errors).toEqual([]);
      await close();
    },
  );
});
