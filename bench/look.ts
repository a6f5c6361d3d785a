// The app's look, read off its live Cytoscape instance, for a plain Cytoscape.js page to be given the
// same: shared by bench/compare.ts (every row's control) and bench/profileLayer.ts.
import type { Page } from 'playwright-core';
import type { Element } from './syntheticLayer';

export interface Look {
  /** cy.json() without its elements: stylesheet, zoom, pan, zoom limits, viewport options. */
  options: Record<string, unknown>;
  elements: Element[];
  pixelRatio: number | 'auto';
  width: number;
  height: number;
  /** The curated map zooms on Ctrl+wheel with its own step (GraphCanvas.tsx). */
  ctrlWheel: boolean;
  /** A big layer restyles its elements when the zoom crosses NEAR_ZOOM (nearZoom.ts). */
  nearZoom: number | null;
}

/** Read the look off the app's live instance. */
export const lookOf = (page: Page, ctrlWheel: boolean, nearZoom: number | null): Promise<Look> =>
  page.evaluate(
    ({ ctrlWheel, nearZoom }) => {
      const cy = window.nociscopeCy!;
      const options = cy.json() as Record<string, unknown>;
      delete options.elements;
      const r = (cy as unknown as { renderer(): { forcedPixelRatio: number | null } }).renderer();
      const c = cy.container()!;
      return {
        options,
        elements: cy.elements().jsons() as unknown as Element[],
        pixelRatio: r.forcedPixelRatio ?? 'auto',
        width: c.clientWidth,
        height: c.clientHeight,
        ctrlWheel,
        nearZoom,
      };
    },
    { ctrlWheel, nearZoom },
  );
