// Pathway answers where the eye is, in real Chromium at a projector's 1024 × 768 and a laptop's
// 1440 × 900: an answer starts in view in the side column (which scrolls to it, leaving focus in
// the form), nothing in the panel needs sideways scrolling (WCAG 1.4.10), and "Copy link to this
// answer" copies the address that asks the same question, with a visible confirmation.
import type { Browser, Locator, Page } from 'playwright-core';
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

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
];

/** Where the answer's heading is: inside the window and the panel's visible part, and how far down. */
function answerPlace(panel: Locator) {
  return panel.getByRole('heading', { name: 'Answer', exact: true }).evaluate((h) => {
    let box: HTMLElement | null = h.parentElement;
    while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowY)) box = box.parentElement;
    const r = h.getBoundingClientRect();
    const v = box ? box.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
    return {
      top: Math.round(r.top),
      inView: r.top >= Math.max(0, v.top) && r.bottom <= Math.min(window.innerHeight, v.bottom),
    };
  });
}

/** Elements of the panel that stick out of it sideways, and whether the panel itself scrolls sideways. */
function sideways(panel: Locator) {
  return panel.evaluate((p) => {
    let box: HTMLElement | null = p as HTMLElement;
    while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowY)) box = box.parentElement;
    const limit = (box ?? document.documentElement).getBoundingClientRect().right;
    const out = [...p.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > limit + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return {
      out: [...new Set(out)].slice(0, 6),
      scrolls: box ? box.scrollWidth > box.clientWidth + 1 : false,
    };
  });
}

async function expectAnswerInView(page: Page, label: string) {
  const panel = page.getByRole('tabpanel');
  await expect
    .poll(() => panel.getByRole('heading', { name: 'Answer', exact: true }).count(), { timeout: 20_000 })
    .toBe(1);
  await expect.poll(async () => (await answerPlace(panel)).inView, { timeout: 5_000 }).toBe(true);
  const place = await answerPlace(panel);
  const wide = await sideways(panel);
  console.log(
    `${label}: answer heading at y = ${place.top} px; sticking out: ${wide.out.join(', ') || 'nothing'}`,
  );
  expect(wide.out).toEqual([]);
  expect(wide.scrolls).toBe(false);
}

describe('pathway answers in view', () => {
  for (const viewport of SIZES) {
    const size = `${viewport.width} × ${viewport.height}`;

    it(`${size}: an impact answer with a knock-out, and a comparison, start in view and fit the column`, async () => {
      const { page, close, errors } = await reopenApp(
        browser,
        '?impact=bmsc_therapy&knockout=tgfb1',
        viewport,
      );
      await expectAnswerInView(page, `${size} impact`);
      await page.screenshot({ path: artifactPath(`pathways-impact-${viewport.width}.png`) });
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(page.url().replace(/\?.*$/, '?compare=nk_cell_therapy,bmsc_therapy,stem_cell_therapy'));
      await expectAnswerInView(page, `${size} compare`);
      await page.screenshot({ path: artifactPath(`pathways-compare-${viewport.width}.png`) });
      expect(errors).toEqual([]);
      await close();
    });

    it(`${size}: asking in the form scrolls to the answer, focus stays in the form; the link copies`, async () => {
      const { page, context, errors } = await openApp(browser, '', viewport);
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.getByRole('tab', { name: 'Pathways' }).click();
      const panel = page.getByRole('tabpanel');
      await panel.getByRole('radio', { name: /Paths between two entities/ }).check();
      await panel.getByRole('combobox', { name: 'From', exact: true }).selectOption('stem_cell_therapy');
      const to = panel.getByRole('combobox', { name: 'To', exact: true });
      await to.focus();
      await to.selectOption('neuropathic_pain');
      await expectAnswerInView(page, `${size} paths`);
      expect(await to.evaluate((el) => el === document.activeElement)).toBe(true);

      const copy = panel.getByRole('button', { name: 'Copy link to this answer' });
      await copy.click();
      await expect.poll(() => panel.getByText('✓ Copied the link to this answer').isVisible()).toBe(true);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(page.url());
      expect(new URL(copied).searchParams.get('from')).toBe('stem_cell_therapy');
      expect(new URL(copied).searchParams.get('to')).toBe('neuropathic_pain');
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
