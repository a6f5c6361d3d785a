// What the bench's profiling scripts share (profileCurated, profileInteract, profileLayer, cpuCurated):
// the shape of a V8 CPU profile from the DevTools protocol (Profiler.stop), and the init script that
// records the app's frames from the moment its Cytoscape instance exists, the wait for a quiet page,
// and a page opened with both and the renderer's task time; and what the layout benches (compare,
// profileInteract, layoutPath) hand the page.
import type { Browser, Page } from 'playwright-core';
import { KIND_RING, LAYOUT_OPTIONS } from '../src/canvas/layouts';

/** One node of a V8 CPU profile's call tree. */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
/** A V8 CPU profile: the call tree and which node each sample was in. */
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

declare global {
  interface Window {
    /** Time of every `render` of the app's Cytoscape instance (installRenderWatch). */
    benchRenders: number[];
  }
}

/**
 * Installed before the page's scripts (`context.addInitScript`, so it must stand alone): pushes the
 * time of every `render` of the app's instance into `window.benchRenders`, once per instance.
 */
export function installRenderWatch() {
  const renders: number[] = [];
  window.benchRenders = renders;
  let current: unknown;
  Object.defineProperty(window, 'nociscopeCy', {
    configurable: true,
    get: () => current,
    set: (cy: { on(e: string, f: () => void): void; __benchWatched?: boolean } | undefined) => {
      current = cy;
      if (cy && !cy.__benchWatched) {
        cy.__benchWatched = true;
        cy.on('render', () => void renders.push(performance.now()));
      }
    },
  });
}

/**
 * Wait in the page until it is quiet: at least one frame since `t0` and none for `quiet` ms, or
 * `giveUp` ms after `t0` without a frame (an action that draws nothing). The frames drawn since t0.
 */
export function settleRenders(page: Page, t0: number, quiet: number, giveUp = Infinity): Promise<number> {
  return page.evaluate(
    async ({ t0, quiet, giveUp }) => {
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        const after = window.benchRenders.filter((t) => t >= t0);
        const now = performance.now();
        if (after.length && now - after.at(-1)! > quiet) return after.length;
        if (!after.length && now - t0 > giveUp) return 0;
      }
    },
    // JSON has no Infinity.
    { t0, quiet, giveUp: Number.isFinite(giveUp) ? giveUp : Number.MAX_VALUE },
  );
}

/**
 * A new 1440×900 page whose frames are recorded (installRenderWatch), with a DevTools session and
 * the renderer main thread's task time so far (`Performance.getMetrics`' TaskDuration, in ms).
 */
export async function openWatchedPage(
  browser: Browser,
  options: { serviceWorkers?: 'allow' | 'block' } = {},
) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...options });
  // tsx names functions with a __name helper the page does not have.
  await context.addInitScript('globalThis.__name = (f) => f;');
  await context.addInitScript(installRenderWatch);
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  const taskMs = async () =>
    1000 *
    ((await session.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ??
      0);
  return { context, page, session, taskMs };
}

/**
 * In the page: choose `value` in the toolbar's Layout menu as a reader does (a change event), and
 * return the moment it was chosen, for settleRenders.
 */
export function chooseLayoutInPage(value: string): number {
  const select = document.querySelector('.toolbar select') as HTMLSelectElement;
  const t0 = performance.now();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return t0;
}

/** The app's concentric options, as data (the functions are rebuilt on the page from the rings). */
export const CONCENTRIC: Record<string, unknown> & { rings: Record<string, number> } = (() => {
  const options: Record<string, unknown> = { ...LAYOUT_OPTIONS.concentric };
  delete options.concentric;
  delete options.levelWidth;
  return { ...options, rings: KIND_RING };
})();
