// Opening networks in the browser (issue 12): a CX file drawn at its stored positions, a CSV overlaid
// with TGFB1 matched to the curated TGF-β1, a broken file that shows its line and leaves the map as
// it was, a layer on its own filtered by node type, layers kept across a reload and removed. The
// 10,000-node file (progress while it is read, then interactive) is opened once, in
// forceLayout.e2e.ts, which needs the same file. Files are handed to the real "Open network…" input.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, reopenApp, waitForGraph } from './browser';

const FIXTURES = 'tests/fixtures/import';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function choose(page: Page, name: string, buffer: Buffer, mimeType = 'text/plain') {
  await page.locator('[data-testid="import-file"]').setInputFiles({ name, mimeType, buffer });
}

const dialog = (page: Page) => page.getByRole('dialog', { name: /Open network/ });

const cyNodeCount = (page: Page) => page.evaluate(() => window.nociscopeCy?.nodes().length ?? 0);

/** Open a valid fixture (its name without ".valid") on its own; its canvas shows `nodes` nodes. */
async function openOnItsOwn(page: Page, name: string, nodes: number) {
  const file = name.replace(/\.(\w+)$/, '.valid.$1');
  await choose(page, name, readFileSync(`${FIXTURES}/${file}`));
  await dialog(page).getByRole('button', { name: 'Open', exact: true }).waitFor({ timeout: 30_000 });
  await dialog(page).getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByTestId('imported-canvas').waitFor();
  await expect.poll(() => cyNodeCount(page)).toBe(nodes);
}

describe('import', () => {
  it(
    'a CX file opens on its own, drawn at the positions it stores, and the curated map comes back',
    { timeout: 180_000 },
    async () => {
      const { page, close, errors } = await reopenApp(browser);
      const curated = await cyNodeCount(page);
      await choose(page, 'ndex-pathway.cx', readFileSync(`${FIXTURES}/ndex-pathway.valid.cx`));
      await expect
        .poll(
          () =>
            dialog(page)
              .getByText(/4 nodes, 3 edges/)
              .count(),
          { timeout: 30_000 },
        )
        .toBe(1);
      await expect
        .poll(() =>
          dialog(page)
            .getByText(/positions stored in the file/)
            .count(),
        )
        .toBe(1);
      await dialog(page).getByRole('button', { name: 'Open', exact: true }).click();
      await page.getByTestId('imported-canvas').waitFor();
      await expect.poll(() => cyNodeCount(page)).toBe(4);
      const positions = await page.evaluate(() =>
        window
          .nociscopeCy!.nodes()
          .map((n) => [n.data('iid') as string, n.position().x, n.position().y] as const)
          .sort(),
      );
      expect(positions).toEqual([
        ['0', -120.5, 40],
        ['1', 80, -60.25],
        ['2', 200, 10],
        ['3', 0, 200],
      ]);
      // Marked as imported in the details panel; the file's markup stays text.
      // A block, not an expression: returning the collection made Playwright serialise the whole
      // Cytoscape instance behind it (9.5 s of CPU).
      await page.evaluate(() => {
        window
          .nociscopeCy!.nodes()
          .filter((n) => n.data('iid') === '0')
          .emit('tap');
      });
      const details = page.getByRole('complementary', { name: 'Details' });
      await expect.poll(() => details.getByRole('heading', { name: 'TGFB1', level: 2 }).count()).toBe(1);
      expect(await details.getByText(/Imported from layer/).count()).toBe(1);
      // The banner announces where the reader is; its button is not part of the announcement.
      const banner = page.getByRole('status').filter({ hasText: /^Viewing the imported network/ });
      expect(await banner.count()).toBe(1);
      expect(await banner.getByRole('button').count()).toBe(0);
      await page.getByRole('button', { name: 'Back to the curated map' }).first().click();
      await waitForGraph(page);
      await expect.poll(() => cyNodeCount(page)).toBe(curated);
      expect(errors).toEqual([]);
      await close();
    },
  );

  it(
    'a layer on its own is filtered by node type: unticking "protein" hides those nodes and their edges',
    { timeout: 180_000 },
    async () => {
      const { page, close, errors } = await reopenApp(browser);
      await openOnItsOwn(page, 'ndex-pathway.cx', 4);
      // Nodes 0–2 are typed "protein" in the file, node 3 "condition"; every edge touches a protein.
      await page.getByRole('tab', { name: 'Filters' }).click();
      const protein = page.getByRole('checkbox', { name: 'protein (3)' });
      await protein.waitFor();
      expect(await page.getByRole('checkbox', { name: 'condition (1)' }).isChecked()).toBe(true);
      await protein.uncheck();
      const visible = () =>
        page.evaluate(() => {
          const cy = window.nociscopeCy!;
          return {
            nodes: cy
              .nodes()
              .filter((n) => n.visible())
              .map((n) => n.data('iid') as string),
            edges: cy.edges().filter((e) => e.visible()).length,
          };
        });
      await expect.poll(visible).toEqual({ nodes: ['3'], edges: 0 });
      const line = page.getByText(/Showing 1 of 4 nodes and 0 of 3 edges/);
      expect(await line.count()).toBe(1);
      // Fit (key 0) frames what is drawn, by the view's ids: node 3 alone, in the middle.
      const before = await page.evaluate(() => window.nociscopeCy!.zoom());
      await page.getByTestId('imported-canvas').focus();
      await page.keyboard.press('0');
      const offCentre = () =>
        page.evaluate(() => {
          const cy = window.nociscopeCy!;
          // Its box with its label below it, which is what a fit frames.
          const b = cy
            .nodes()
            .filter((n) => n.data('iid') === '3')
            .renderedBoundingBox();
          const dx = (b.x1 + b.x2) / 2 - cy.width() / 2;
          const dy = (b.y1 + b.y2) / 2 - cy.height() / 2;
          return Math.max(Math.abs(dx), Math.abs(dy));
        });
      await expect.poll(offCentre).toBeLessThan(2);
      expect(await page.evaluate(() => window.nociscopeCy!.zoom())).toBeGreaterThan(before);
      await page.getByRole('button', { name: 'Show all', exact: true }).click();
      await expect.poll(async () => (await visible()).nodes.length).toBe(4);
      expect(await protein.isChecked()).toBe(true);
      expect(await page.getByText('Showing all 4 nodes and 3 edges').count()).toBe(1);
      expect(errors).toEqual([]);
      await close();
    },
  );

  it('an undirected GraphML (networkx) opens with its relation drawn without an arrow head', async () => {
    const { page, close, errors } = await reopenApp(browser);
    await openOnItsOwn(page, 'networkx-undirected.graphml', 2);
    const heads = await page.evaluate(() =>
      window.nociscopeCy!.edges().map((e) => e.style('target-arrow-shape') as string),
    );
    expect(heads).toEqual(['none']);
    expect(await page.getByText(/no arrow head: the file gives the relation no direction/).count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('a network of 1,200 nodes over the curated map is drawn for speed far out, and in full near', async () => {
    const { page, close, errors } = await reopenApp(browser);
    const rows = ['source,target,relation'];
    for (let i = 0; i < 1200; i++) rows.push(`g${i},g${(i + 1) % 1200},${i % 2 ? 'inhibits' : 'activates'}`);
    await choose(page, 'big.csv', Buffer.from(rows.join('\n')), 'text/csv');
    await dialog(page)
      .getByRole('radio', { name: /Over the curated map/ })
      .check({ timeout: 60_000 });
    expect(
      await dialog(page)
        .getByText(/a network this size is drawn for speed/)
        .count(),
    ).toBe(1);
    const warnings = dialog(page).getByRole('checkbox', { name: /read the warnings/ });
    if (await warnings.count()) await warnings.check();
    await dialog(page).getByRole('button', { name: 'Open', exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.nociscopeCy!.nodes('.imported').length)).toBe(1200);
    const look = () =>
      page.evaluate(() => {
        const cy = window.nociscopeCy!;
        const g7 = cy.nodes('.imported').filter((n) => n.data('iid') === 'g7');
        const inhibits = cy.edges('.imported[polarity = -1]').first();
        return {
          label: g7.style('label') as string,
          head: inhibits.style('target-arrow-shape') as string,
          curated: cy.getElementById('tgfb1').style('label') as string,
        };
      });
    // Far: no labels or heads on the layer; the curated map keeps its look. (The camera first
    // brings the new layer into view.)
    await expect.poll(() => page.evaluate(() => window.nociscopeCy!.animated())).toBe(false);
    expect(await look()).toEqual({ label: '', head: 'none', curated: 'TGF-β1' });
    await page.evaluate(() => {
      const cy = window.nociscopeCy!;
      const g7 = cy.nodes('.imported').filter((n) => n.data('iid') === 'g7');
      cy.zoom({ level: 1, position: g7.position() });
      cy.center(g7);
    });
    // Near: its label (marked imported) and the curated map's flat bar for "inhibits".
    expect(await look()).toEqual({ label: 'g7 · imported', head: 'tee', curated: 'TGF-β1' });
    expect(errors).toEqual([]);
    await close();
  });

  it('a CSV overlays the curated map: TGFB1 is matched to TGF-β1; the layer survives a reload and is removed', async () => {
    const { page, close, errors } = await reopenApp(browser);
    const curated = await cyNodeCount(page);
    // The template's shape: TGFB1 is curated (a synonym of TGF-β1), "Novel gene X" is not.
    const csv = [
      'source,target,relation,citation',
      'TGFB1,Neuropathic pain,inhibits,doi:10.1172/JCI80883',
      'TGFB1,Novel gene X,activates,',
    ].join('\n');
    await choose(page, 'edge-list.csv', Buffer.from(csv), 'text/csv');
    await dialog(page)
      .getByRole('radio', { name: /Over the curated map/ })
      .check({ timeout: 30_000 });
    const match = dialog(page).getByRole('checkbox', { name: /TGFB1 → TGF-β1/ });
    expect(await match.isChecked()).toBe(true);
    const warnings = dialog(page).getByRole('checkbox', { name: /read the warnings/ });
    if (await warnings.count()) await warnings.check();
    await dialog(page).getByRole('button', { name: 'Open', exact: true }).click();
    await expect
      .poll(() => page.evaluate(() => window.nociscopeCy!.nodes('.imported').length))
      .toBeGreaterThan(0);
    const overlay = await page.evaluate(() => {
      const cy = window.nociscopeCy!;
      return {
        matched: cy.getElementById('tgfb1').hasClass('matched'),
        // The imported TGFB1 is not drawn twice: its edge starts at the curated entity.
        fromTgfb1: cy.edges('.imported').filter((e) => e.source().id() === 'tgfb1').length,
        labels: cy.nodes('.imported').map((n) => n.data('label') as string),
        edges: cy.edges('.imported').length,
        curated: cy.nodes().not('.imported').length,
      };
    });
    expect(overlay.matched).toBe(true);
    expect(overlay.fromTgfb1).toBeGreaterThan(0);
    expect(overlay.labels).toEqual(['Novel gene X · imported']);
    expect(overlay.edges).toBe(2);
    expect(overlay.curated).toBe(curated);
    // The camera brings the new layer (placed right of the curated map) into view.
    const inView = () =>
      page.evaluate(() => {
        const cy = window.nociscopeCy!;
        const p = cy.nodes('.imported').first().renderedPosition();
        return p.x > 0 && p.y > 0 && p.x < cy.width() && p.y < cy.height();
      });
    await expect.poll(inView).toBe(true);
    // The Source facet lists the layer.
    await page.getByRole('tab', { name: 'Filters' }).click();
    expect(await page.getByRole('checkbox', { name: /Imported layer “edge-list/ }).isChecked()).toBe(true);

    await page.reload();
    await waitForGraph(page);
    await expect
      .poll(() => page.evaluate(() => window.nociscopeCy!.nodes('.imported').length))
      .toBeGreaterThan(0);
    await page.getByRole('tab', { name: 'Layers' }).click();
    await page.getByRole('button', { name: /^Remove edge-list/ }).click();
    await expect.poll(() => page.evaluate(() => window.nociscopeCy!.nodes('.imported').length)).toBe(0);
    expect(await page.evaluate(() => window.nociscopeCy!.getElementById('tgfb1').hasClass('matched'))).toBe(
      false,
    );
    await page.reload();
    await waitForGraph(page);
    await page.getByRole('tab', { name: 'Layers' }).click();
    await expect.poll(() => page.getByText('No layer yet.').count()).toBe(1);
    expect(await cyNodeCount(page)).toBe(curated);
    expect(errors).toEqual([]);
    await close();
  });

  it('a broken file shows its line and what to do, and leaves the map as it was', async () => {
    const { page, close } = await reopenApp(browser, '?therapy=bmsc_therapy');
    const before = await page.evaluate(() =>
      window
        .nociscopeCy!.elements()
        .map((e) => `${e.id()}:${e.classes().join('.')}`)
        .sort(),
    );
    await choose(page, 'missing-comma.cyjs', readFileSync(`${FIXTURES}/missing-comma.invalid.cyjs`));
    await expect
      .poll(
        () =>
          dialog(page)
            .getByText(/cannot be opened/)
            .count(),
        { timeout: 30_000 },
      )
      .toBe(1);
    expect(
      await dialog(page)
        .getByText(/missing-comma\.cyjs, line \d+/)
        .count(),
    ).toBeGreaterThan(0);
    expect(
      await dialog(page)
        .getByText(/What to do:/)
        .count(),
    ).toBeGreaterThan(0);
    expect(await dialog(page).getByRole('button', { name: 'Open', exact: true }).count()).toBe(0);
    await dialog(page).getByRole('button', { name: 'Close' }).click();
    const after = await page.evaluate(() =>
      window
        .nociscopeCy!.elements()
        .map((e) => `${e.id()}:${e.classes().join('.')}`)
        .sort(),
    );
    expect(after).toEqual(before);
    await close();
  });
});
