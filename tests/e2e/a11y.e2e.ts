// Accessibility in real Chromium against the production build: axe-core's WCAG 2.0/2.1 A and AA rules
// on every view a user can reach (each tab, a selection, presenter mode, the handout), and the
// keyboard basics axe cannot judge (where Tab goes, whether focus can be seen).
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { runAxe as audit, type Violation } from './axe';
import { launch, reopenApp, waitForGraph, waitForRest } from './browser';

const BMSC = 'bmsc_tgfb1';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Each violation with what to read and the first elements it names, for the developer who fixes it. */
function report(view: string, violations: Violation[]): string {
  return violations
    .map((v) => {
      const targets = v.nodes.slice(0, 4).map((n) => `    ${n.target.join(' >> ')}`);
      if (v.nodes.length > 4) targets.push(`    … and ${v.nodes.length - 4} more`);
      return [`[${view}] ${v.id} (${v.impact}): ${v.help}  ${v.helpUrl}`, ...targets].join('\n');
    })
    .join('\n');
}

async function expectNoViolations(page: Page, view: string) {
  const violations = await audit(page);
  const text = report(view, violations);
  if (text) console.error(text);
  expect(
    violations.map((v) => v.id),
    text,
  ).toEqual([]);
}

/** What has focus now, and whether it is drawn with an outline or a ring (box-shadow). */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
      inHandout: el.closest('.handout') !== null,
      visible:
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
    };
  });
}

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  it('the default view, every side-panel tab and the search suggestions', async () => {
    const { page, close } = await reopenApp(browser);
    await expect.poll(() => page.getByText(/Showing all \d+ entities/).count()).toBe(1);
    await expectNoViolations(page, 'default view');
    for (const name of ['Filters', 'Stories', 'Pathways', 'Sources', 'Export & cite', 'Map as text']) {
      const tab = page.getByRole('tab', { name, exact: true });
      await tab.click();
      await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
      await expectNoViolations(page, `tab ${name}`);
    }
    await page.getByRole('combobox', { name: 'Search' }).fill('tnf');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
    await expectNoViolations(page, 'search suggestions');
    await close();
  });

  it('a selected entity and a selected relation', async () => {
    const { page, close } = await reopenApp(browser, '?sel=node:tgfb1');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { name: 'TGF-β1', level: 2 }).count()).toBe(1);
    await expectNoViolations(page, 'selected entity');
    await details
      .getByRole('button', { name: /BMSC secretes TGF-β1/ })
      .first()
      .click();
    await expect.poll(() => page.url()).toContain('sel=edge:');
    await expect
      .poll(() => details.getByRole('link', { name: /10\.1172\/JCI80883/ }).count())
      .toBeGreaterThan(0);
    await expectNoViolations(page, 'selected relation');
    await close();
  });

  it('opening a network: the check dialog, an overlay with its legend, a layer on its own', async () => {
    const { page, close } = await reopenApp(browser);
    // A big enough network for every note the dialog can show (1,200 nodes: drawn for speed).
    const rows = ['source,target,relation', 'TGFB1,Novel gene X,activates'];
    for (let i = 0; i < 1200; i++) rows.push(`g${i},g${(i + 1) % 1200},inhibits`);
    await page
      .locator('[data-testid="import-file"]')
      .setInputFiles({ name: 'net.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    const dialog = page.getByRole('dialog', { name: /Open network/ });
    await dialog.getByRole('radio', { name: /Over the curated map/ }).check({ timeout: 60_000 });
    await expect.poll(() => dialog.getByRole('checkbox', { name: /TGFB1 → TGF-β1/ }).count()).toBe(1);
    await expectNoViolations(page, 'import dialog, overlay');
    const warnings = dialog.getByRole('checkbox', { name: /read the warnings/ });
    if (await warnings.count()) await warnings.check();
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Imported layers' }).count()).toBe(1);
    await expectNoViolations(page, 'overlay and its legend');
    const layers = page.getByRole('tab', { name: 'Layers', exact: true });
    await layers.click();
    await expect.poll(() => layers.getAttribute('aria-selected')).toBe('true');
    await expectNoViolations(page, 'Layers tab');
    // A second network, on its own, opened from the Layers tab (the header has its own chooser too):
    // the banner, its filters and the canvas's label.
    await page
      .getByRole('tabpanel', { name: 'Layers' })
      .getByTestId('import-file')
      .setInputFiles({
        name: 'pathway.cx',
        mimeType: 'application/json',
        buffer: readFileSync('tests/fixtures/import/ndex-pathway.valid.cx'),
      });
    await dialog.getByRole('button', { name: 'Open', exact: true }).click({ timeout: 60_000 });
    await page.getByTestId('imported-canvas').waitFor();
    await page.getByRole('tab', { name: 'Filters', exact: true }).click();
    await expect.poll(() => page.getByRole('checkbox', { name: /^protein \(3\)$/ }).count()).toBe(1);
    await expectNoViolations(page, 'a layer on its own, with its filters');
    await close();
  });

  it('a story in presenter mode', async () => {
    const { page, close } = await reopenApp(browser, `?story=${BMSC}&step=1&present=1`);
    await expect.poll(() => page.locator('.app--presenter .story-player').count()).toBe(1);
    await expectNoViolations(page, 'presenter mode');
    await close();
  });

  it('the printable handout, which keeps keyboard focus inside it', async () => {
    const context = await browser.newContext({ viewport: { width: 1240, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.print = () => undefined;
    });
    await page.goto(new URL(`?story=${BMSC}&print=1`, inject('baseURL')).href);
    await waitForGraph(page);
    await expect.poll(() => page.locator('.handout img.handout__picture').count()).toBeGreaterThan(0);
    await expectNoViolations(page, 'handout');
    // The app under the overlay is inert: Tab only ever reaches the handout's own controls.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f) expect(f, `Tab stop ${i + 1} in the handout`).toMatchObject({ inHandout: true, visible: true });
    }
    await context.close();
  });
});

describe('keyboard', () => {
  it('Tab reaches the skip link, then the search box, and focus is always visible', async () => {
    const { page, close } = await reopenApp(browser);
    const stops = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      stops.push(await focused(page));
    }
    expect(stops[0]).toMatchObject({ tag: 'a', name: 'Skip to details' });
    expect(stops[1]).toMatchObject({ tag: 'input', role: 'combobox' });
    stops.forEach((f, i) => expect(f, `Tab stop ${i + 1}`).toMatchObject({ visible: true }));
    await close();
  });

  it('closing the handout gives focus back to the button that opened it', async () => {
    const { page, close } = await reopenApp(browser);
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('tab', { name: 'Stories' }).click();
    const open = page.getByRole('button', { name: /^Print handout:/ }).first();
    await open.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.handout').count()).toBe(1);
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1', inHandout: true });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.handout').count()).toBe(0);
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'button', name: /^Print handout:/ });
    await close();
  });
});

describe('motion', () => {
  /** Click a node where Cytoscape draws it; the zooms of every frame drawn until the map rests. */
  async function zoomsAfterClicking(page: Page, id: string): Promise<number[]> {
    await page.evaluate(() => {
      const w = window as unknown as { motionZooms: number[] };
      w.motionZooms = [];
      window.nociscopeCy!.on('render', () => void w.motionZooms.push(window.nociscopeCy!.zoom()));
    });
    const box = await page.getByTestId('graph-canvas').boundingBox();
    const pos = await page.evaluate((nid) => window.nociscopeCy!.getElementById(nid).renderedPosition(), id);
    await page.mouse.click(box!.x + pos.x, box!.y + pos.y);
    await waitForRest(page);
    return page.evaluate(() => {
      window.nociscopeCy!.off('render');
      return (window as unknown as { motionZooms: number[] }).motionZooms;
    });
  }

  it('with "reduce motion" set, a selection moves the camera in one jump; without, it glides', async () => {
    const { page, close } = await reopenApp(browser);
    // Two entities with few neighbours, which a selection frames close up.
    const [one, two] = await page.evaluate(() =>
      window
        .nociscopeCy!.nodes()
        .map((n) => ({ id: n.id(), degree: n.degree(false) }))
        .filter((n) => n.degree > 0)
        .sort((a, b) => a.degree - b.degree || (a.id < b.id ? -1 : 1))
        .slice(0, 2)
        .map((n) => n.id),
    );
    const start = await page.evaluate(() => window.nociscopeCy!.zoom());
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // Frames drawn before the camera moved (the pointer's hover, the selection's classes) are at
    // the zoom it started from.
    const jumped = (await zoomsAfterClicking(page, one!)).filter((z) => z !== start);
    // The camera framed the entity (it moved), and no frame was drawn on the way there.
    expect(jumped.at(-1)).not.toBeCloseTo(start, 3);
    expect(new Set(jumped).size).toBe(1);
    // The control: the same page without the setting glides through zooms between the two.
    await page.getByRole('button', { name: /Show whole map/ }).click();
    await waitForRest(page);
    await page.emulateMedia({ reducedMotion: null });
    const from = await page.evaluate(() => window.nociscopeCy!.zoom());
    const glided = (await zoomsAfterClicking(page, two!)).filter((z) => z !== from);
    // At least one frame between the two zooms, besides the one it arrives at.
    expect(new Set(glided).size).toBeGreaterThan(1);
    await close();
  });
});
