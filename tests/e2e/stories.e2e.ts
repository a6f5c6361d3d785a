// Guided stories in real Chromium against the production build: keyboard play-through, deep links,
// presenter mode and the printable handout.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { loadGraph } from '../../src/model/load';
import { artifactPath, launch, openApp, waitForGraph } from './browser';

const loaded = loadGraph(readGraphFiles('graph-data'));
if (!loaded.ok) throw new Error('graph-data does not load');
const BMSC = loaded.stories.find((s) => s.id === 'bmsc_tgfb1')!;
const total = BMSC.steps.length;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const player = (page: Page) => page.getByRole('region', { name: `Story: ${BMSC.title}` });
const counterText = (page: Page) => player(page).locator('.story-player__counter').innerText();
const highlighted = (page: Page) =>
  page.evaluate(() =>
    window
      .nociscopeCy!.nodes('.hl')
      .map((n) => n.id())
      .sort(),
  );

describe('stories', () => {
  it('plays the BMSC story through every step with the keyboard', async () => {
    const { page, context, errors } = await openApp(browser);
    await page.getByRole('tab', { name: 'Stories' }).click();
    await page.getByRole('button', { name: `Start: ${BMSC.title}` }).click();
    for (let i = 0; i < total; i++) {
      const step = BMSC.steps[i]!;
      await expect.poll(() => counterText(page)).toContain(`Step ${i + 1} of ${total}`);
      await expect.poll(() => highlighted(page)).toEqual([...step.show.nodes].sort());
      expect(await player(page).getByRole('heading', { name: step.title }).count()).toBe(1);
      if (step.question) {
        await expect.poll(() => player(page).getByText('Press → to reveal the answer').count()).toBe(1);
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => player(page).getByText(step.question!.answer).count()).toBe(1);
        expect(await counterText(page)).toContain(`Step ${i + 1} of ${total}`);
        await page.screenshot({ path: artifactPath('story-bmsc-answer.png') });
      }
      if (i < total - 1) await page.keyboard.press('ArrowRight');
    }
    await expect
      .poll(() =>
        player(page)
          .getByText(/Journal of Clinical Investigation, 125/)
          .count(),
      )
      .toBe(1);
    expect(page.url()).toContain(`step=${total}`);
    await page.keyboard.press('Escape');
    await expect.poll(() => player(page).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the step a deep link names, on the Stories tab', async () => {
    const { page, context } = await openApp(browser, `?story=${BMSC.id}&step=3`);
    await expect.poll(() => counterText(page)).toContain(`Step 3 of ${total}`);
    expect(await page.getByRole('tab', { name: /Stories/ }).getAttribute('aria-selected')).toBe('true');
    expect(await player(page).getByRole('heading', { name: BMSC.steps[2]!.title }).count()).toBe(1);
    await expect.poll(() => highlighted(page)).toEqual([...BMSC.steps[2]!.show.nodes].sort());
    await context.close();
  });

  it('a story shows what it narrates even when the reader had hidden everything else', async () => {
    const NK = loaded.stories.find((s) => s.id === 'nk_pruning')!;
    // The reader filtered to the BMSC therapy with "hide the rest": none of the NK step is in it.
    const { page, context } = await openApp(
      browser,
      `?therapy=bmsc_therapy&hidden=hide&story=nk_pruning&step=2`,
    );
    const shown = NK.steps[1]!.show.nodes;
    await expect
      .poll(() =>
        page.evaluate((ids) => ids.filter((id) => !window.nociscopeCy!.getElementById(id).visible()), shown),
      )
      .toEqual([]);
    await expect.poll(() => page.getByText(/your filters are paused while the story plays/).count()).toBe(1);
    // Leaving the story brings the reader's filters back. The story keys belong to the player, whose
    // code loads after the map: on a loaded machine Escape could come before it (the test failed so).
    await expect
      .poll(() => page.getByRole('region', { name: `Story: ${NK.title}` }).count(), { timeout: 30_000 })
      .toBe(1);
    await page.keyboard.press('Escape');
    await expect
      .poll(() =>
        page.evaluate((ids) => ids.filter((id) => window.nociscopeCy!.getElementById(id).visible()), shown),
      )
      .toEqual([]);
    await context.close();
  });

  it('presenter mode hides the panels and shows large narration', async () => {
    const { page, context } = await openApp(browser, `?story=${BMSC.id}&step=1&present=1`);
    await expect.poll(() => counterText(page)).toContain(`Step 1 of ${total}`);
    expect(await page.locator('.side').isVisible()).toBe(false);
    expect(await page.locator('#details').isVisible()).toBe(false);
    const size = await player(page)
      .locator('.story-player__narration')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    expect(await player(page).locator('.story-player__counter').isVisible()).toBe(true);
    // The map itself turns high-contrast: black, larger, bolder labels and thicker borders.
    const node = () =>
      page.evaluate(() => {
        const n = window.nociscopeCy!.getElementById('bmsc');
        return {
          size: n.numericStyle('font-size'),
          color: n.style('color'),
          border: n.numericStyle('border-width'),
        };
      });
    await expect.poll(node).toEqual({ size: 20, color: 'rgb(0,0,0)', border: expect.any(Number) });
    expect((await node()).border).toBeGreaterThanOrEqual(4);
    await page.screenshot({ path: artifactPath('story-presenter.png') });
    await context.close();
  });

  it('prints a handout with every step', async () => {
    const context = await browser.newContext({ viewport: { width: 1240, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => {
        w.printed += 1;
      };
    });
    await page.goto(new URL(`?story=${BMSC.id}&print=1`, inject('baseURL')).href);
    await waitForGraph(page);
    const handout = page.locator('.handout');
    await expect.poll(() => handout.count()).toBe(1);
    const text = await handout.innerText();
    for (const step of BMSC.steps) expect(text).toContain(step.narration.replace(/\s+/g, ' '));
    expect(text).toContain(BMSC.steps.find((s) => s.question)!.question!.answer);
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // Every step has its picture, decoded by the browser as a real SVG with the step's labels as text.
    const pictures = await handout.locator('img.handout__picture').evaluateAll((imgs) =>
      (imgs as HTMLImageElement[]).map((img) => ({
        complete: img.complete,
        naturalWidth: img.naturalWidth,
        svg: decodeURIComponent(img.src.slice(img.src.indexOf(',') + 1)),
        alt: img.alt,
      })),
    );
    expect(pictures).toHaveLength(BMSC.steps.length);
    pictures.forEach((p, i) => {
      expect(p.complete && p.naturalWidth > 100, p.alt).toBe(true);
      expect(p.svg.startsWith('<?xml')).toBe(true);
      for (const id of BMSC.steps[i]!.show.nodes) expect(p.svg).toContain(`class="node" data-id="${id}"`);
      expect(p.svg).toContain(`<title>Step ${i + 1}.`);
    });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app').isVisible()).toBe(false);
    expect(await handout.isVisible()).toBe(true);
    await page.screenshot({ path: artifactPath('story-handout-print.png'), fullPage: true });
    // Clean on A4 and US Letter: at each paper's printable width (15 mm margins) nothing sticks out
    // sideways, and Chromium's own print to PDF gives a multi-page document.
    for (const [paper, widthMm] of [
      ['A4', 210],
      ['Letter', 215.9],
    ] as const) {
      const width = Math.floor(((widthMm - 30) / 25.4) * 96);
      await page.setViewportSize({ width, height: 1000 });
      const overflow = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth;
        return [...document.querySelectorAll('.handout *')]
          .filter((el) => el.getBoundingClientRect().right > limit + 1)
          .map((el) => `${el.tagName}.${el.className}`);
      });
      expect(overflow, `${paper}: ${overflow.join(', ')}`).toEqual([]);
      const pdf = await page.pdf({ format: paper, path: artifactPath(`story-handout-${paper}.pdf`) });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThan(2);
    }
    await context.close();
  });
});
