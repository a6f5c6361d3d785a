// The picture is the lesson (issue 19): at a 1024×768 projector and a 1440×900 laptop, every label
// the map draws renders at 14 px or more (font size × zoom) in the first view and after a search,
// and a story step's entities at 16 px or more in presenter mode; what is picked comes into view;
// the chrome leaves the panels' content near the top. axe stays at 0 violations on each view.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { loadGraph } from '../../src/model/load';
import { expectNoAxeViolations } from './axe';
import { artifactPath, launch, reopenApp } from './browser';

const loaded = loadGraph(readGraphFiles('graph-data'));
if (!loaded.ok) throw new Error('graph-data does not load');
const WHAT_IF = loaded.stories.find((s) => s.id === 'what_if_tgfb1')!;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Wait until the camera and every element have stopped moving. */
async function settled(page: Page) {
  await page.waitForFunction(
    () => {
      const cy = window.nociscopeCy!;
      return !cy.animated() && cy.$(':animated').empty();
    },
    undefined,
    { timeout: 30_000 },
  );
}

interface Drawn {
  id: string;
  /** Rendered label size, px: font size × zoom (0 when the node draws no label). */
  px: number;
  /** The node's box lies inside the canvas. */
  inView: boolean;
  /** Its label's box on screen, when it has one. */
  label: { x1: number; y1: number; x2: number; y2: number } | null;
}

/** Every curated node drawn on the map: its label size, and whether it is in view. */
function drawn(page: Page): Promise<Drawn[]> {
  return page.evaluate(() => {
    const cy = window.nociscopeCy!;
    const zoom = cy.zoom();
    return cy
      .nodes()
      .not('.imported')
      .filter((n) => n.visible() && n.numericStyle('opacity') > 0)
      .map((n) => {
        const box = n.renderedBoundingBox({ includeLabels: false });
        const labelled = n.style('label') !== '' && n.numericStyle('text-opacity') > 0;
        const label = labelled
          ? n.renderedBoundingBox({
              includeNodes: false,
              includeLabels: true,
              includeOverlays: false,
              includeUnderlays: false,
            })
          : null;
        return {
          id: n.id(),
          px: labelled ? n.numericStyle('font-size') * zoom : 0,
          inView: box.x1 >= -1 && box.y1 >= -1 && box.x2 <= cy.width() + 1 && box.y2 <= cy.height() + 1,
          label: label && { x1: label.x1, y1: label.y1, x2: label.x2, y2: label.y2 },
        };
      });
  });
}

/** Pairs of labels that overlap by more than a couple of pixels each way. */
function overlapping(nodes: Drawn[]): string[] {
  const out: string[] = [];
  const boxes = nodes.filter((n) => n.label);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!.label!;
      const b = boxes[j]!.label!;
      const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (w > 3 && h > 3) out.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
    }
  return out;
}

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
] as const;

for (const viewport of SIZES) {
  const at = `${viewport.width}×${viewport.height}`;
  describe(`readable at ${at}`, () => {
    it('the first view: the whole map, every label drawn at 14 px or more, none overlapping; panels start near the top', async () => {
      const { page, close } = await reopenApp(browser, '', viewport);
      await settled(page);
      const nodes = await drawn(page);
      const labelled = nodes.filter((n) => n.px > 0);
      await page.screenshot({ path: artifactPath(`readable-first-${viewport.width}.png`) });
      // The whole map is in view, and the overview still names a good part of it.
      expect(nodes.filter((n) => !n.inView).map((n) => n.id)).toEqual([]);
      expect(labelled.length).toBeGreaterThanOrEqual(10);
      const small = labelled.filter((n) => n.px < 14).map((n) => `${n.id}: ${n.px.toFixed(1)} px`);
      expect(small).toEqual([]);
      expect(overlapping(labelled)).toEqual([]);
      // The names the overview leaves out are a pointer away, and the hint says so.
      await expect.poll(() => page.getByText(/Overview: \d+ of \d+ names shown/).count()).toBe(1);
      const hidden = nodes.find((n) => n.px === 0)!;
      const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
      const where = await page.evaluate(
        (id) => window.nociscopeCy!.getElementById(id).renderedPosition(),
        hidden.id,
      );
      await page.mouse.move(canvas.x + where.x, canvas.y + where.y);
      await expect
        .poll(() => page.evaluate((id) => window.nociscopeCy!.getElementById(id).style('label'), hidden.id))
        .not.toBe('');
      // Chrome: the header is one row and the side panel's first heading starts within 200 px.
      const header = (await page.locator('header.header').boundingBox())!;
      expect(header.height).toBeLessThanOrEqual(70);
      const panelHeading = (await page.locator('.tabpanel h2').first().boundingBox())!;
      expect(panelHeading.y).toBeLessThanOrEqual(viewport.width <= 1024 ? 140 : 230);
      expect(await page.getByRole('button', { name: 'Show whole map' }).isVisible()).toBe(true);
      await expectNoAxeViolations(page, `first view ${at}`);
      await close();
    });

    it('a search brings the entity and its neighbours into view, labelled at 14 px or more, and focus to its details', async () => {
      const { page, close } = await reopenApp(browser, '', viewport);
      await settled(page);
      const box = page.getByRole('combobox', { name: 'Search' });
      await box.fill('TGF');
      await expect.poll(() => page.getByRole('option', { name: /^TGF-β1/ }).count()).toBe(1);
      await box.press('Enter');
      await expect.poll(() => page.url()).toContain('sel=node:tgfb1');
      // Keyboard focus is on the details' heading: no Tab presses from the search to the details.
      const details = page.getByRole('complementary', { name: 'Details' });
      const heading = details.getByRole('heading', { name: 'TGF-β1', level: 2 });
      await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
      await settled(page);
      const focus = await page.evaluate(() => window.nociscopeCy!.$('node.hl').map((n) => n.id()));
      expect(focus).toEqual(expect.arrayContaining(['tgfb1', 'tgfbr1', 'bmsc']));
      const nodes = (await drawn(page)).filter((n) => focus.includes(n.id));
      await page.screenshot({ path: artifactPath(`readable-search-${viewport.width}.png`) });
      expect(nodes.filter((n) => !n.inView).map((n) => n.id)).toEqual([]);
      const small = nodes.filter((n) => n.px < 14).map((n) => `${n.id}: ${n.px.toFixed(1)} px`);
      expect(small).toEqual([]);
      expect(overlapping(nodes)).toEqual([]);
      await expectNoAxeViolations(page, `search selection ${at}`);
      await close();
    });

    it('presenting "What if TGF-β1 is blocked?" with a clicker: every step\'s entities at 16 px or more, framed, not overlapping; the prediction drawn as a diagram before and after the reveal', async () => {
      const { page, close } = await reopenApp(browser, `?story=${WHAT_IF.id}&step=1&present=1`, viewport);
      await expect.poll(() => page.locator('.app--presenter .story-player').count()).toBe(1);
      const counter = page.locator('.story-player__counter');
      const inViewport = (selector: string) =>
        page.locator(selector).evaluateAll((els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
          }),
        );
      /** The clicker's "next" (Page Down) until the counter reads `step` (it may first page the text). */
      const clickTo = async (step: number) => {
        for (let i = 0; i < 15 && !(await counter.textContent())?.startsWith(`Step ${step} `); i++)
          await page.keyboard.press('PageDown');
        await expect.poll(() => counter.textContent()).toMatch(new RegExp(`^Step ${step} `));
      };
      for (const [index, step] of WHAT_IF.steps.entries()) {
        if (index > 0) await clickTo(index + 1);
        const where = `step ${index + 1} at ${at}`;
        // The story's controls never leave the screen: a clicker has no mouse wheel.
        expect(await inViewport('.story-player__nav button'), where).not.toContain(false);
        if (step.predict) {
          for (const revealed of [false, true]) {
            if (revealed) {
              // Page Down first shows the rest of the step's text, then reveals the answer.
              for (let i = 0; i < 4 && (await page.locator('.story-player__answer').count()) === 0; i++)
                await page.keyboard.press('PageDown');
              await expect.poll(() => page.locator('.story-player__answer').count()).toBe(1);
              expect(await inViewport('.story-player__answer .predict-answer__label')).toContain(true);
            }
            await expect.poll(() => page.getByTestId('story-diagram').count()).toBe(1);
            const diagram = page.getByTestId('story-diagram').getByTestId('pathway-diagram');
            await expect.poll(() => diagram.getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
            await page.screenshot({
              path: artifactPath(
                `readable-presenter-${viewport.width}-${index + 1}${revealed ? '-revealed' : ''}.png`,
              ),
            });
            const shown = await page.evaluate(() => {
              const cy = window.nociscopeDiagramCy!;
              const zoom = cy.zoom();
              return cy.nodes().map((n) => {
                const b = n.renderedBoundingBox({ includeLabels: false });
                return {
                  id: n.id(),
                  px: n.numericStyle('font-size') * zoom,
                  box: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 },
                  inView: b.x1 >= -1 && b.y1 >= -1 && b.x2 <= cy.width() + 1 && b.y2 <= cy.height() + 1,
                  crossed: n.hasClass('knocked-out'),
                };
              });
            });
            const label = `${where}${revealed ? ', revealed' : ''}`;
            expect(shown.length, label).toBeGreaterThanOrEqual(10);
            expect(
              shown.filter((n) => n.px < 16).map((n) => `${n.id}: ${n.px.toFixed(1)} px`),
              label,
            ).toEqual([]);
            expect(
              shown.filter((n) => !n.inView).map((n) => n.id),
              label,
            ).toEqual([]);
            expect(overlapping(shown.map((n) => ({ ...n, label: n.box }))), label).toEqual([]);
            // The answer is not given away before the reveal; after it the knock-out is crossed out.
            const crossed = shown.filter((n) => n.crossed).map((n) => n.id);
            expect(crossed, label).toEqual(revealed ? step.predict.knockout : []);
            await expectNoAxeViolations(page, `presenter ${label}`);
          }
          continue;
        }
        await settled(page);
        await page.screenshot({
          path: artifactPath(`readable-presenter-${viewport.width}-${index + 1}.png`),
        });
        const ids: string[] = [...(step.zoom ?? step.show.nodes)];
        const nodes = (await drawn(page)).filter((n) => ids.includes(n.id));
        expect(nodes.map((n) => n.id).sort(), where).toEqual([...ids].sort());
        expect(
          nodes.filter((n) => !n.inView).map((n) => n.id),
          where,
        ).toEqual([]);
        const small = nodes.filter((n) => n.px < 16).map((n) => `${n.id}: ${n.px.toFixed(1)} px`);
        expect(small, where).toEqual([]);
        expect(overlapping(nodes), where).toEqual([]);
        // Framed on the step, not on the whole layout: the step fills the canvas's width or height.
        const fill = await page.evaluate((stepIds) => {
          const cy = window.nociscopeCy!;
          const bb = cy
            .nodes()
            .filter((n) => stepIds.includes(n.id()))
            .renderedBoundingBox({ includeLabels: false });
          return Math.max(bb.w / cy.width(), bb.h / cy.height());
        }, ids);
        expect(fill, where).toBeGreaterThan(0.6);
        await expectNoAxeViolations(page, `presenter ${where}`);
      }
      await close();
    });
  });
}

describe('the reader keeps their own camera', () => {
  it('after zooming in, a filter click that keeps some of the view in sight does not move the camera; "Show whole map" does', async () => {
    const { page, close } = await reopenApp(browser, '', SIZES[0]);
    await settled(page);
    const camera = () =>
      page.evaluate(() => {
        const cy = window.nociscopeCy!;
        return { zoom: cy.zoom(), pan: cy.pan() };
      });
    const whole = await camera();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await settled(page);
    const mine = await camera();
    expect(mine.zoom).toBeGreaterThan(whole.zoom * 1.5);
    // Neuropathic pain is kept by every therapy filter; centre on it so part of what is kept is in view.
    await page.evaluate(() => {
      const cy = window.nociscopeCy!;
      cy.center(cy.getElementById('neuropathic_pain'));
    });
    const centred = await camera();
    await page.getByRole('checkbox', { name: /Intrathecal BMSC therapy/ }).check();
    await expect.poll(() => page.url()).toContain('therapy=bmsc_therapy');
    await settled(page);
    expect(await camera()).toEqual(centred);
    await page.getByRole('button', { name: 'Show whole map' }).click();
    await settled(page);
    expect((await drawn(page)).filter((n) => !n.inView).map((n) => n.id)).toEqual([]);
    expect((await camera()).zoom).toBeLessThan(mine.zoom);
    await close();
  });
});
