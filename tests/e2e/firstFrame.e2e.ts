// The live map's first frame is the settled first view (issue 20, bench/README.md): the camera is
// framed and the far labels placed before Cytoscape draws, so nothing moves or restyles after it.
// A fit after the first frame moved the camera, changed the far labels' band, restyled every
// element and drew the whole map again; elements added without their far-label classes were
// styled twice.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Seen {
  /** Class changes Cytoscape reported before its first frame. */
  classesBeforeFirstFrame: number;
  atFirstFrame: string | null;
  renders: number[];
}

/** Before the page's scripts: watch the map's instance from the moment it is made. */
function watchMap() {
  const seen: Seen = { classesBeforeFirstFrame: 0, atFirstFrame: null, renders: [] };
  (window as unknown as { seen: Seen }).seen = seen;
  type Cy = {
    on(e: string, f: () => void): void;
    zoom(): number;
    pan(): { x: number; y: number };
    elements(): { map<T>(f: (e: { id(): string; classes(): string[] }) => T): T[] };
  };
  const state = (cy: Cy) =>
    JSON.stringify({
      zoom: cy.zoom(),
      pan: cy.pan(),
      classes: cy.elements().map((e) => `${e.id()}:${[...e.classes()].sort().join(' ')}`),
    });
  let current: Cy | undefined;
  Object.defineProperty(window, 'nociscopeCy', {
    configurable: true,
    get: () => current,
    set: (cy: Cy | undefined) => {
      current = cy;
      if (!cy) return;
      cy.on('class', () => {
        if (seen.atFirstFrame === null) seen.classesBeforeFirstFrame++;
      });
      cy.on('render', () => {
        if (seen.atFirstFrame === null) seen.atFirstFrame = state(cy);
        seen.renders.push(performance.now());
      });
    },
  });
  (window as unknown as { mapState: () => string }).mapState = () => state(current!);
}

/** Open `query` and wait until the interface is on screen and the map has drawn nothing for 1 s. */
async function settled(query: string): Promise<{ page: Page; seen: Seen; now: string }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(watchMap);
  const page = await context.newPage();
  await page.goto(new URL(query, inject('baseURL')).href);
  await page.waitForFunction(
    () => {
      const seen = (window as unknown as { seen: Seen }).seen;
      const last = seen.renders.at(-1);
      return (
        performance.getEntriesByName('nociscope:interactive').length > 0 &&
        last !== undefined &&
        performance.now() - last > 1000
      );
    },
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  return page
    .evaluate(() => {
      const w = window as unknown as { seen: Seen; mapState: () => string };
      return { seen: w.seen, now: w.mapState() };
    })
    .then((r) => ({ page, ...r }));
}

describe('the live map opens on its settled view', () => {
  it('the default view: the elements come with their far labels, and nothing changes after the first frame', async () => {
    const { page, seen, now } = await settled('');
    expect(seen.atFirstFrame).not.toBeNull();
    expect(JSON.parse(now)).toEqual(JSON.parse(seen.atFirstFrame!));
    // Far out, labels were given: every element has a band class, most nodes a label.
    expect(now).toMatch(/zb\d+/);
    expect(seen.classesBeforeFirstFrame).toBe(0);
    await page.context().close();
  });

  it('a link with a therapy: framed on its mechanism before the first frame, nothing moves after it', async () => {
    const { page, seen, now } = await settled('?therapy=bmsc_therapy');
    expect(seen.atFirstFrame).not.toBeNull();
    expect(JSON.parse(now)).toEqual(JSON.parse(seen.atFirstFrame!));
    await page.context().close();
  });
});
