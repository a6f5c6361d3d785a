// @vitest-environment node
// With the reader's "reduce motion" setting (prefers-reduced-motion), every camera move of the app
// jumps to the frame it would glide to: a selection's or a story step's frame (camera.ts) and an
// imported element brought into view (useImportedFocus.ts), and the fit of an opened overlay
// (moveCamera with a fit target, as useOverlayLayers.ts asks). A headless Cytoscape stands in for the
// drawn one; tests/e2e/a11y.e2e.ts checks the frames drawn in Chromium.
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyFit, readableViewport } from '../../src/canvas/camera';
import { moveCamera } from '../../src/canvas/motion';
import { frameElement } from '../../src/canvas/useImportedFocus';
import type { DerivedView } from '../../src/model/view';

let cy: Core;
let reduce = false;
beforeEach(() => {
  vi.stubGlobal('window', {
    matchMedia: (q: string) => ({ matches: reduce && q === '(prefers-reduced-motion: reduce)' }),
  });
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      { group: 'nodes', data: { id: 'a', label: 'A' }, position: { x: 0, y: 0 } },
      { group: 'nodes', data: { id: 'b', label: 'B' }, position: { x: 100, y: 0 } },
      { group: 'nodes', data: { id: 'far', label: 'Far' }, position: { x: 5000, y: 3000 } },
      { group: 'edges', data: { id: 'ab', source: 'a', target: 'b' } },
    ],
  });
  // A headless instance has no size: give it a canvas's.
  vi.spyOn(cy, 'width').mockReturnValue(1024);
  vi.spyOn(cy, 'height').mockReturnValue(600);
  cy.viewport({ zoom: 0.1, pan: { x: 0, y: 0 } });
});
afterEach(() => {
  cy.destroy();
  vi.unstubAllGlobals();
  reduce = false;
});

const frameOfAB = { frame: ['a', 'b'] } as unknown as DerivedView;

describe('camera moves and "reduce motion"', () => {
  it('a frame glides by default: the camera is still where it was, an animation runs', () => {
    const zoom = cy.zoom();
    applyFit(cy, 'frame', frameOfAB);
    expect(cy.animated()).toBe(true);
    expect(cy.zoom()).toBe(zoom);
  });

  it('with the setting, the same frame is reached at once, with no animation', () => {
    // Where the glide goes: the frame of the two entities (50 px around them, at most 1.6×).
    const arrives = readableViewport(cy, cy.nodes('#a, #b'), 50, 1.6);
    reduce = true;
    applyFit(cy, 'frame', frameOfAB);
    expect(cy.animated()).toBe(false);
    expect(cy.zoom()).toBeCloseTo(arrives.zoom, 6);
    expect(cy.pan().x).toBeCloseTo(arrives.pan.x, 6);
    expect(cy.pan().y).toBeCloseTo(arrives.pan.y, 6);
  });

  it('an imported element brought into view: a glide by default, a jump with the setting', () => {
    const zoom = cy.zoom();
    frameElement(cy, cy.getElementById('a'), new Set(['a', 'b']));
    expect(cy.animated()).toBe(true);
    expect(cy.zoom()).toBe(zoom);
    cy.stop(true);
    reduce = true;
    frameElement(cy, cy.getElementById('a'), new Set(['a', 'b']));
    expect(cy.animated()).toBe(false);
    expect(cy.zoom()).toBeGreaterThan(zoom);
  });

  it("a fit of some elements: a glide by default, a jump to cy.fit's own frame with the setting", () => {
    const ab = cy.nodes('#a, #b');
    expect(moveCamera(cy, { fit: { eles: ab, padding: 30 } }, 300)).toBe(true);
    expect(cy.animated()).toBe(true);
    cy.stop(true);
    cy.fit(ab, 30);
    const fitted = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    cy.viewport({ zoom: 0.1, pan: { x: 0, y: 0 } });
    reduce = true;
    let arrived = false;
    expect(moveCamera(cy, { fit: { eles: ab, padding: 30 } }, 300, { arrived: () => (arrived = true) })).toBe(
      false,
    );
    expect(cy.animated()).toBe(false);
    expect(arrived).toBe(true);
    expect(cy.zoom()).toBeCloseTo(fitted.zoom, 6);
    expect(cy.pan().x).toBeCloseTo(fitted.pan.x, 6);
  });
});
