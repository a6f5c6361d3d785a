// Guided stories in real Chromium against the production build: keyboard play-through, deep links,
// presenter mode and the printable handout.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { loadGraph } from '../../src/model/load';
import { axeViolations } from './axe';
import { artifactPath, launch, reopenApp, waitForGraph } from './browser';

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
    const { page, close, errors } = await reopenApp(browser);
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
    await close();
  });

  it('opens the step a deep link names, on the Stories tab', async () => {
    const { page, close } = await reopenApp(browser, `?story=${BMSC.id}&step=3`);
    await expect.poll(() => counterText(page)).toContain(`Step 3 of ${total}`);
    expect(await page.getByRole('tab', { name: /Stories/ }).getAttribute('aria-selected')).toBe('true');
    expect(await player(page).getByRole('heading', { name: BMSC.steps[2]!.title }).count()).toBe(1);
    await expect.poll(() => highlighted(page)).toEqual([...BMSC.steps[2]!.show.nodes].sort());
    await close();
  });

  it('a story shows what it narrates even when the reader had hidden everything else', async () => {
    const NK = loaded.stories.find((s) => s.id === 'nk_pruning')!;
    // The reader filtered to the BMSC therapy with "hide the rest": none of the NK step is in it.
    const { page, close } = await reopenApp(
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
    await close();
  });

  it('presenter mode hides the panels and shows large narration', async () => {
    const { page, close } = await reopenApp(browser, `?story=${BMSC.id}&step=1&present=1`);
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
    await close();
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

// A teacher on a projector with a clicker: Page Down through "What if TGF-β1 is blocked?", past the
// predict reveal. The card is a band of a third of the screen at most; its buttons and the revealed
// answer are on screen without scrolling the page (a clicker cannot scroll); B or the period blanks
// the screen and any key brings the story back without stepping it.
const WHAT_IF = loaded.stories.find((s) => s.id === 'what_if_tgfb1')!;
const predictIndex = WHAT_IF.steps.findIndex((s) => s.predict);

describe('presenter mode on a projector', () => {
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1440, height: 900 },
  ])
    it(`at ${viewport.width} × ${viewport.height}: controls and the revealed answer on screen, the card a third of it`, async () => {
      const { page, close, errors } = await reopenApp(
        browser,
        `?story=${WHAT_IF.id}&step=1&present=1`,
        viewport,
      );
      const card = page.getByRole('region', { name: `Story: ${WHAT_IF.title}` });
      const counter = () => card.locator('.story-player__counter').innerText();
      await expect.poll(() => page.locator('.app--presenter').count()).toBe(1);
      await expect.poll(counter).toContain(`Step 1 of ${WHAT_IF.steps.length}`);
      /** Whether the whole box of `el` lies in the window, and in the card's scrolling text if inside it. */
      const onScreen = (selector: string) =>
        card.locator(selector).evaluate((el) => {
          const r = el.getBoundingClientRect();
          const inWindow =
            r.top >= 0 &&
            r.left >= 0 &&
            r.bottom <= window.innerHeight + 0.5 &&
            r.right <= window.innerWidth + 0.5;
          const body = el.closest('.story-player__body');
          if (!body || body === el) return inWindow;
          const b = body.getBoundingClientRect();
          return inWindow && r.top >= b.top - 0.5 && r.bottom <= b.bottom + 0.5;
        });
      const measure = async (label: string) => {
        const box = (await card.boundingBox())!;
        const scrolled = await page.evaluate(() => window.scrollY || document.documentElement.scrollTop);
        console.log(
          `${viewport.width} × ${viewport.height} ${label}: card ${Math.round(box.height)} px = ${((100 * box.height) / viewport.height).toFixed(1)} % of the height`,
        );
        expect(box.height).toBeLessThanOrEqual(0.36 * viewport.height);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
        expect(scrolled).toBe(0);
        for (const button of ['.story-player__back', '.story-player__next', '.story-player__exit'])
          expect(await onScreen(button), `${label}: ${button}`).toBe(true);
      };
      await measure('step 1');
      await page.screenshot({ path: artifactPath(`story-presenter-step1-${viewport.width}.png`) });
      /** Two frames: what the key changed is rendered (a press must not be read before it lands). */
      const settled = () =>
        page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      /** Page Down until `done`: a long step's text scrolls in the card first (a few presses at most). */
      const pageDownUntil = async (done: () => Promise<boolean>, label: string) => {
        for (let press = 1; press <= 4; press++) {
          await page.keyboard.press('PageDown');
          await settled();
          await measure(`${label}, press ${press}`);
          if (await done()) return;
        }
        throw new Error(`${label}: not reached in 4 presses of Page Down`);
      };
      const atStep = async (n: number) => (await counter()).includes(`Step ${n} of`);
      for (let step = 1; step <= predictIndex; step++)
        await pageDownUntil(() => atStep(step + 1), `to step ${step + 1}`);
      // The predict step: Page Down reveals the computed answer, in view in the card.
      const answer = card.locator('.story-player__answer');
      await pageDownUntil(async () => (await answer.count()) === 1, 'reveal');
      expect(await counter()).toContain(`Step ${predictIndex + 1} of`);
      await page.screenshot({ path: artifactPath(`story-presenter-answer-${viewport.width}.png`) });
      // The answer starts in view: its first sentence whole, in the card's text.
      await expect.poll(() => onScreen('.story-player__answer .predict-answer > p >> nth=0')).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      // What does not fit comes with the next presses, before the step changes: every route is seen.
      const routes = await card.locator('.story-player__answer li').count();
      expect(routes).toBeGreaterThan(0);
      const seen = new Set<number>();
      for (let press = 0; press < 10; press++) {
        for (let i = 0; i < routes; i++)
          if (await onScreen(`.story-player__answer li >> nth=${i}`)) seen.add(i);
        if (seen.size === routes) break;
        await page.keyboard.press('PageDown');
        await settled();
        expect(await counter()).toContain(`Step ${predictIndex + 1} of`);
        await measure(`answer, press ${press + 1}`);
      }
      console.log(`${viewport.width} × ${viewport.height}: ${routes} routes in the answer, all seen`);
      expect(seen.size).toBe(routes);

      // Blank: B, then any key back (not a step); the period, then the period again.
      await page.keyboard.press('b');
      await expect.poll(() => page.getByTestId('story-blank').count()).toBe(1);
      const blank = (await page.getByTestId('story-blank').boundingBox())!;
      expect(blank).toEqual({ x: 0, y: 0, width: viewport.width, height: viewport.height });
      await page.keyboard.press('PageDown');
      await expect.poll(() => page.getByTestId('story-blank').count()).toBe(0);
      expect(await counter()).toContain(`Step ${predictIndex + 1} of`);
      await page.keyboard.press('.');
      await expect.poll(() => page.getByTestId('story-blank').count()).toBe(1);
      await page.keyboard.press('.');
      await expect.poll(() => page.getByTestId('story-blank').count()).toBe(0);

      // Past the reveal, and back with Page Up (which first goes back up a long step's text).
      await pageDownUntil(() => atStep(predictIndex + 2), 'past the reveal');
      for (let press = 0; press < 4 && (await atStep(predictIndex + 2)); press++) {
        await page.keyboard.press('PageUp');
        await settled();
      }
      await expect.poll(counter).toContain(`Step ${predictIndex + 1} of`);
      expect(errors).toEqual([]);
      await close();
    });
});
