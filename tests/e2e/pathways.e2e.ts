// Pathways in real Chromium against the production build: a therapy's relieving routes with their
// citations, a knock-out that breaks the TGF-β1 route (in the panel, the URL and on the map), a
// comparison of NK-cell and BMSC therapy, and the predict-then-reveal story step.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { artifactPath, launch, openApp, reopenApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const TGF_ROUTE = 'bmsc_therapy_delivers_bmsc bmsc_secretes_tgfb1 tgfb1_relieves_np';
const classesOf = (page: Page, id: string) =>
  page.evaluate((id) => window.nociscopeCy!.getElementById(id).classes(), id);

describe('pathways', () => {
  it('BMSC therapy: the relieving routes include TGF-β1, citing Chen et al. 2015; knocking it out breaks that route', async () => {
    const { page, context } = await openApp(browser);
    await page.getByRole('tab', { name: 'Pathways' }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('combobox', { name: 'Therapy' }).selectOption('bmsc_therapy');
    // What the study observed of the therapy itself comes first; the TGF-β1 route is inferred.
    await expect
      .poll(
        () =>
          panel.getByRole('region', { name: /^Observed outcomes of the therapy itself \(\d+\)$/ }).count(),
        {
          timeout: 20_000,
        },
      )
      .toBe(1);
    const relieves = panel.getByRole('region', { name: /^Inferred: relieves pain \(\d+\)$/ });
    const route = relieves.locator(`li[data-steps="${TGF_ROUTE}"]`);
    await expect.poll(() => route.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => route.innerText()).toContain('BMSC secretes TGF-β1');
    await expect
      .poll(() => route.getByRole('button', { name: 'Chen et al. 2015' }).count())
      .toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(() => window.location.search)).toBe('?impact=bmsc_therapy');
    // The map highlights the answer.
    await expect.poll(() => classesOf(page, 'tgfb1')).toContain('hl');

    await panel.getByRole('combobox', { name: 'Entity to knock out' }).selectOption('tgfb1');
    await panel.getByRole('button', { name: 'Knock out' }).click();
    await expect
      .poll(() => panel.getByTestId('what-if').innerText(), { timeout: 20_000 })
      .toMatch(
        /^✕ Observed in an experiment: Chen et al\. 2015 took TGF-β1 out .*Knocking out TGF-β1 breaks \d+ of \d+ relieving routes/s,
      );
    const broken = panel.getByRole('region', { name: /^Broken by the knock-out/ });
    await expect.poll(() => broken.locator(`li[data-steps="${TGF_ROUTE}"]`).count()).toBe(1);
    await expect
      .poll(() =>
        panel
          .getByRole('region', { name: /^Remaining inferred: relieves pain/ })
          .locator(`li[data-steps="${TGF_ROUTE}"]`)
          .count(),
      )
      .toBe(0);
    await expect
      .poll(() => page.evaluate(() => window.location.search))
      .toBe('?impact=bmsc_therapy&knockout=tgfb1');
    await expect.poll(() => classesOf(page, 'tgfb1')).toContain('knocked-out');
    await expect.poll(() => classesOf(page, 'bmsc_secretes_tgfb1')).toContain('broken');
    // The summary arrow works through TGF-β1 (Chen's experiment): the map draws it broken too.
    await expect.poll(() => classesOf(page, 'bmsc_relieves_np')).toContain('broken');
    await page.screenshot({ path: artifactPath('pathways-knockout.png') });
    expect(await axeViolations(page)).toEqual([]);
    // A close-up for the record: the crossed-out entity and the routes labelled broken.
    await page.evaluate(() => {
      const cy = window.nociscopeCy!;
      cy.fit(cy.$('#tgfb1, #bmsc, #tgfbr1, #neuropathic_pain'), 40);
    });
    await page.waitForTimeout(500);
    await page
      .locator('[data-testid="graph-canvas"]')
      .screenshot({ path: artifactPath('pathways-knockout-zoom.png') });

    // The link restores the question, the tab and the knock-out.
    const again = await context.newPage();
    await again.goto(page.url());
    await expect
      .poll(() => again.getByTestId('what-if').innerText(), { timeout: 30_000 })
      .toMatch(/Knocking out TGF-β1 breaks/);
    await context.close();
  });

  it('compares NK-cell and BMSC therapy: shared and unique mechanisms', async () => {
    const { page, close } = await reopenApp(browser, '?compare=nk_cell_therapy,bmsc_therapy');
    const panel = page.getByRole('tabpanel');
    await expect
      .poll(() => panel.getByTestId('shared-mechanisms').innerText(), { timeout: 20_000 })
      .toBe('none');
    await expect.poll(() => panel.getByTestId('unique-bmsc_therapy').innerText()).toContain('TGF-β1');
    await expect.poll(() => panel.getByTestId('unique-nk_cell_therapy').innerText()).toContain('NK cell');
    await expect
      .poll(() => panel.getByRole('checkbox', { name: 'Intrathecal BMSC therapy' }).isChecked())
      .toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it('the predict step reveals the computed answer on the next press and draws the broken routes', async () => {
    const { page, close } = await reopenApp(browser, '?story=what_if_tgfb1&step=3');
    const player = page.getByRole('region', { name: 'Story: What if TGF-β1 is blocked?' });
    await expect
      .poll(() => player.innerText(), { timeout: 20_000 })
      .toContain('Blocking TGF-β1 — what happens to the BMSC relief?');
    await expect.poll(() => classesOf(page, 'tgfb1')).toContain('knocked-out');
    expect(await classesOf(page, 'bmsc_secretes_tgfb1')).not.toContain('broken');
    await page.locator('[data-testid="graph-canvas"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => player.innerText())
      .toMatch(
        /What the experiment found \(observed\):.*took TGF-β1 out.*Answer \(computed from the map\):.*breaks \d+ of \d+ relieving routes/s,
      );
    await expect.poll(() => classesOf(page, 'bmsc_secretes_tgfb1')).toContain('broken');
    await expect.poll(() => classesOf(page, 'bmsc_relieves_np')).toContain('broken');
    await close();
  });
});
