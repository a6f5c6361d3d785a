// The explorer in real Chromium against the production build.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, launch, openApp, reopenApp, visibleNodeIds, waitForRest } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Click a node where Cytoscape draws it, as a user would. */
async function clickNode(page: import('playwright-core').Page, id: string) {
  const box = await page.getByTestId('graph-canvas').boundingBox();
  const pos = await page.evaluate((nid) => window.nociscopeCy!.getElementById(nid).renderedPosition(), id);
  await page.mouse.click(box!.x + pos.x, box!.y + pos.y);
}

describe('explorer', () => {
  it('loads the whole graph with no console errors and saves a screenshot', async () => {
    const { page, close, errors } = await reopenApp(browser);
    const counts = await page.evaluate(() => ({
      nodes: window.nociscopeCy!.nodes().length,
      edges: window.nociscopeCy!.edges().length,
    }));
    expect(counts.nodes).toBeGreaterThan(50);
    expect(counts.edges).toBeGreaterThan(100);
    await expect.poll(() => page.getByText(/Showing all \d+ entities/).count()).toBe(1);
    await page.screenshot({ path: artifactPath('default-view.png') });
    expect(errors).toEqual([]);
    await close();
  });

  it('lays the graph out the same way on every load', async () => {
    const positions = async () => {
      // Two fresh browser contexts, two renderer processes: nothing carried from one load to the next.
      const { page, close } = await openApp(browser);
      const p = await page.evaluate(() => window.nociscopeCy!.nodes().map((n) => [n.id(), n.position()]));
      await close();
      return p;
    };
    expect(await positions()).toEqual(await positions());
  });

  it('choosing the BMSC therapy keeps its mechanism and hides the rest', async () => {
    const { page, close } = await reopenApp(browser);
    await page.getByRole('checkbox', { name: /Intrathecal BMSC therapy/ }).check();
    await page.getByRole('radio', { name: /Hide the rest/i }).check();
    await expect.poll(() => visibleNodeIds(page)).toContain('tgfb1');
    const visible = await visibleNodeIds(page);
    expect(visible).toEqual(expect.arrayContaining(['bmsc_therapy', 'bmsc', 'tgfb1', 'cxcl12']));
    expect(visible).not.toContain('nk_cell');
    // "Hide the rest" lands after the therapy's kept set (which the poll above waits for) and may
    // still be fading out: wait for the map to rest, then no hidden node may be displayed.
    await waitForRest(page);
    expect(await page.evaluate(() => window.nociscopeCy!.$('node.hidden').length)).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => window.nociscopeCy!.$('node.hidden:visible').length)).toBe(0);
    expect(page.url()).toContain('therapy=bmsc_therapy');
    await close();
  });

  it('clicking TGF-β1 shows its relations, and a relation shows the JCI citation', async () => {
    const { page, close } = await reopenApp(browser);
    await clickNode(page, 'tgfb1');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { name: 'TGF-β1', level: 2 }).count()).toBe(1);
    await details
      .getByRole('button', { name: /BMSC secretes TGF-β1/ })
      .first()
      .click();
    const doi = details.getByRole('link', { name: /10\.1172\/JCI80883/ }).first();
    await expect.poll(() => doi.getAttribute('href')).toBe('https://doi.org/10.1172/JCI80883');
    await close();
  });

  it('a link with a therapy opens on its mechanism, filling the canvas, with the context faded around it', async () => {
    const { page, close } = await reopenApp(browser, '?therapy=bmsc_therapy');
    await waitForRest(page);
    const fit = await page.evaluate(() => {
      const cy = window.nociscopeCy!;
      const bb = cy
        .elements()
        .filter((e) => !e.hasClass('faded'))
        .renderedBoundingBox();
      return {
        w: bb.w / cy.width(),
        h: bb.h / cy.height(),
        x1: bb.x1,
        y1: bb.y1,
        x2: bb.x2 - cy.width(),
        y2: bb.y2 - cy.height(),
      };
    });
    expect(Math.max(fit.w, fit.h)).toBeGreaterThan(0.8);
    for (const edge of [fit.x1, fit.y1, -fit.x2, -fit.y2]) expect(edge).toBeGreaterThanOrEqual(0);
    await close();
  });

  it('a deep link restores filters and selection, and back/forward walk the views', async () => {
    const { page, context } = await openApp(browser, '?therapy=bmsc_therapy&sel=node:tgfb1');
    expect(await page.getByRole('checkbox', { name: /Intrathecal BMSC therapy/ }).isChecked()).toBe(true);
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { name: 'TGF-β1', level: 2 }).count()).toBe(1);
    expect(await visibleNodeIds(page)).not.toContain('nk_cell');
    await clickNode(page, 'bmsc');
    await expect.poll(() => page.url()).toContain('sel=node:bmsc');
    await page.goBack();
    await expect.poll(() => details.getByRole('heading', { name: 'TGF-β1', level: 2 }).count()).toBe(1);
    await page.goForward();
    await expect.poll(() => page.url()).toContain('sel=node:bmsc');
    await context.close();
  });

  it('a link with unknown ids shows a notice and still shows the graph', async () => {
    const { page, close, errors } = await reopenApp(
      browser,
      '?sel=node:unicorn&therapy=nothing&layout=spiral',
    );
    // Three notices fold into one line; their texts are one click away.
    const status = page.getByRole('status').filter({ hasText: '3 things ignored' });
    await expect.poll(() => status.count()).toBe(1);
    await status.getByRole('button', { name: 'Details' }).click();
    await expect.poll(() => page.getByText(/unicorn/).isVisible()).toBe(true);
    expect(await visibleNodeIds(page)).toContain('tgfb1');
    expect(errors).toEqual([]);
    await close();
  });

  // Eight bad parameters used to stack eight notices: 361 of 800 px at 1440×900, 509 px on a phone.
  const EIGHT_BAD =
    '?therapy=t0&kind=k0&evidence=e0&location=l0&phase=p0&polarity=9&sel=node:n0&layout=spiral';
  for (const [name, viewport, most] of [
    ['a desktop', { width: 1440, height: 900 }, 64],
    ['a phone', { width: 390, height: 844 }, 64],
  ] as const) {
    it(`on ${name}, eight bad link parameters take one summary line with "dismiss all"`, async () => {
      const { page, close, errors } = await reopenApp(browser, EIGHT_BAD, viewport);
      const notices = page.locator('.notices');
      await notices.waitFor();
      const height = (await notices.boundingBox())!.height;
      await page.screenshot({ path: artifactPath(`notices-${viewport.width}.png`) });
      expect(height).toBeLessThanOrEqual(most);
      expect(await notices.textContent()).toContain('8 things ignored');
      const canvasTop = (await page.getByTestId('graph-canvas').boundingBox())!.y;
      await page.getByRole('button', { name: 'Dismiss all' }).click();
      await expect.poll(() => notices.count()).toBe(0);
      // The map moves up by no more than the one line the summary took.
      const after = (await page.getByTestId('graph-canvas').boundingBox())!.y;
      expect(canvasTop - after).toBeLessThanOrEqual(most);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('search finds a node by synonym and selects it with the keyboard', async () => {
    const { page, close } = await reopenApp(browser);
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill('SDF-1');
    await expect.poll(() => page.getByRole('option', { name: /CXCL12/ }).count()).toBe(1);
    await box.press('Enter');
    await expect.poll(() => page.url()).toContain('sel=node:cxcl12');
    const hl = await page.evaluate(() => window.nociscopeCy!.$('node.hl').map((n) => n.id()));
    expect(hl).toContain('cxcl12');
    expect(hl.length).toBeGreaterThan(1);
    await close();
  });

  it('typing "TGF" offers TGF-β1 first, and its panel cites Chen et al. 2015 with its DOI', async () => {
    const { page, close, errors } = await reopenApp(browser);
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.pressSequentially('TGF');
    const options = page.getByRole('listbox', { name: 'Matching entities' }).getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    expect(await options.first().textContent()).toMatch(/^TGF-β1 Mediator/);
    await options.first().click();
    await expect.poll(() => page.url()).toContain('sel=node:tgfb1');

    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { name: 'TGF-β1', level: 2 }).count()).toBe(1);
    const chen = details.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'Chen et al. 2015', level: 4 }),
    });
    expect(await chen.count()).toBe(1);
    expect(await chen.getByText(/Journal of Clinical Investigation/).count()).toBe(1);
    const doi = chen.getByRole('link', { name: /10\.1172\/JCI80883/ });
    expect(await doi.getAttribute('href')).toBe('https://doi.org/10.1172/JCI80883');
    // The count opens from the keyboard (a native <summary>) to the relations the source supports.
    await chen.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => chen.getByRole('button', { name: 'BMSC secretes TGF-β1' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('switching layout keeps the selection', async () => {
    const { page, close } = await reopenApp(browser, '?sel=node:tgfb1');
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
    await expect.poll(() => page.url()).toContain('layout=concentric');
    const selected = await page.evaluate(() => window.nociscopeCy!.$('.selected-el').map((n) => n.id()));
    expect(selected).toEqual(['tgfb1']);
    await close();
  });

  it('a force-directed link gives the same picture whichever layout the reader came from', async () => {
    const where = (page: import('playwright-core').Page) =>
      page.evaluate(() => {
        const p = window.nociscopeCy!.getElementById('tgfb1').position();
        return { x: Math.round(p.x), y: Math.round(p.y) };
      });
    const direct = await reopenApp(browser, '?layout=fcose');
    // The force-directed layout's code loads on first use: wait until it has run.
    await direct.page.locator('[data-layout-done="fcose"]').waitFor();
    const shared = await where(direct.page);
    await direct.close();
    const detour = await reopenApp(browser, '?layout=concentric');
    await detour.page.getByRole('combobox', { name: 'Layout' }).selectOption('fcose');
    await expect.poll(() => detour.page.url()).toContain('layout=fcose');
    await expect.poll(() => where(detour.page)).toEqual(shared);
    await detour.close();
  });

  it('prints the current view as a picture, with the selection details and the legend, and no controls', async () => {
    const { page, close, errors } = await reopenApp(browser, '?sel=node:tgfb1');
    // The reader prints what is on screen: the selection's details, whose code arrives after the
    // map's first frame (openApp returns once the map has nodes).
    await page.getByRole('heading', { name: 'TGF-β1', level: 2 }).waitFor();
    // The view on screen, before the print layout hides the live canvas.
    const canvas = await page.evaluate(() => ({
      w: window.nociscopeCy!.width(),
      h: window.nociscopeCy!.height(),
    }));
    await page.emulateMedia({ media: 'print' });
    const picture = page.locator('img.print-picture');
    await expect.poll(() => picture.count()).toBe(1);
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('img.print-picture');
      return !!img && img.complete && img.naturalWidth > 0;
    });
    const size = await picture.evaluate((img: HTMLImageElement) => ({
      w: img.naturalWidth,
      h: img.naturalHeight,
    }));
    expect(size).toEqual({ w: canvas.w * 2, h: canvas.h * 2 });
    // A print that starts after Cytoscape has re-measured its hidden canvas (a slow machine) still
    // gets the view at its on-screen size, not an empty picture.
    const again = await page.evaluate(async () => {
      const cy = window.nociscopeCy!;
      cy.resize();
      const hidden = cy.width();
      const before = document.querySelector<HTMLImageElement>('img.print-picture')!.src;
      window.dispatchEvent(new Event('beforeprint'));
      const img = document.querySelector<HTMLImageElement>('img.print-picture')!;
      await img.decode();
      return { hidden, w: img.naturalWidth, h: img.naturalHeight, same: img.src === before };
    });
    expect(again).toEqual({ hidden: 0, w: canvas.w * 2, h: canvas.h * 2, same: true });
    expect(await picture.isVisible()).toBe(true);
    expect(await page.getByTestId('graph-canvas').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'TGF-β1', level: 2 }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Legend' }).isVisible()).toBe(true);
    expect(await page.getByRole('tablist').isVisible()).toBe(false);
    expect(await page.getByRole('combobox').isVisible()).toBe(false);
    await page.screenshot({ path: artifactPath('explorer-print.png'), fullPage: true });
    // Back on screen, the live canvas returns and the picture goes.
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => picture.count()).toBe(0);
    expect(await page.getByTestId('graph-canvas').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('on a phone the map takes the full width and the panels follow below it', async () => {
    const { page, close, errors } = await reopenApp(browser, '?sel=node:tgfb1', { width: 390, height: 844 });
    const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
    expect(canvas.width).toBeGreaterThan(350);
    expect(canvas.height).toBeGreaterThan(400);
    const details = (await page.locator('#details').boundingBox())!;
    const tabs = (await page.getByRole('tablist').boundingBox())!;
    expect(tabs.y).toBeGreaterThanOrEqual(canvas.y + canvas.height - 1);
    expect(details.width).toBeGreaterThan(350);
    await page.getByRole('heading', { name: 'TGF-β1', level: 2 }).scrollIntoViewIfNeeded();
    expect(await page.getByRole('heading', { name: 'TGF-β1', level: 2 }).isVisible()).toBe(true);
    await page.screenshot({ path: artifactPath('explorer-phone.png') });
    expect(errors).toEqual([]);
    await close();
  });

  it('a selection in a filtered view keeps the filtered-out part fainter than the filtered view', async () => {
    const { page, close } = await reopenApp(browser, '?therapy=bmsc_therapy&sel=node:tgfb1');
    // Opacity changes animate (150 ms): read once no element is animating any more.
    await waitForRest(page);
    const looks = await page.evaluate(() => {
      const cy = window.nociscopeCy!;
      const opacity = (focus: string, faded: boolean) =>
        cy
          .nodes()
          .filter((n) => n.hasClass(focus) && n.hasClass('faded') === faded)
          .map((n) => n.numericStyle('opacity'));
      return {
        keptNeighbour: opacity('hl', false),
        droppedNeighbour: opacity('hl', true),
        keptOther: opacity('dim', false),
        droppedOther: opacity('dim', true),
        selected: cy.getElementById('tgfb1').numericStyle('opacity'),
      };
    });
    expect(looks.selected).toBe(1);
    // Even hidden by "hide the rest", what the reader selects (microglia: no part of the BMSC
    // mechanism) is drawn; the rest of what the filters leave out stays hidden.
    const hidden = await reopenApp(browser, '?therapy=bmsc_therapy&hidden=hide&sel=node:microglia');
    const visible = (id: string) =>
      hidden.page.evaluate((nid) => window.nociscopeCy!.getElementById(nid).visible(), id);
    expect(await visible('microglia')).toBe(true);
    expect(await visible('astrocyte')).toBe(false);
    await hidden.close();
    expect(looks.keptOther.length).toBeGreaterThan(0);
    expect(looks.droppedOther.length).toBeGreaterThan(0);
    expect(Math.max(...looks.droppedOther), JSON.stringify(looks)).toBeLessThan(Math.min(...looks.keptOther));
    for (const o of looks.droppedNeighbour) expect(o).toBeLessThan(Math.min(...looks.keptNeighbour));
    await close();
  });

  it('ticking a therapy with an entity selected outside it shows the mechanism, fitted, without that selection', async () => {
    const { page, close } = await reopenApp(browser, '?sel=node:nk_cell');
    await page.getByRole('tab', { name: /Filters/ }).click();
    await page.getByRole('checkbox', { name: /Intrathecal BMSC therapy/ }).check();
    await expect.poll(() => page.url()).not.toContain('sel=');
    await waitForRest(page);
    const fit = await page.evaluate(() => {
      const cy = window.nociscopeCy!;
      const kept = cy.elements().filter((e) => !e.hasClass('faded'));
      const bb = kept.renderedBoundingBox();
      return {
        fill: Math.max(bb.w / cy.width(), bb.h / cy.height()),
        inside: bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= cy.width() && bb.y2 <= cy.height(),
        dimmed: cy.$('.dim').length,
      };
    });
    expect(fit.fill).toBeGreaterThan(0.8);
    expect(fit.inside).toBe(true);
    // Nothing is emphasised any more, so nothing of the mechanism is dimmed.
    expect(fit.dimmed).toBe(0);
    await close();
  });
});
