// @vitest-environment node
// While the reader turns the wheel, the far labels wait for it to rest, then take the band of the
// zoom it stopped at; a zoom from anywhere else (buttons, keys, fits) updates them at once.
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followOverviewLabels, holdOverviewLabels } from '../../src/canvas/overviewLabels';

let cy: Core;
let stop: () => void;
beforeEach(() => {
  vi.useFakeTimers();
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: Array.from({ length: 6 }, (_, i) => ({
      group: 'nodes' as const,
      data: { id: `n${i}`, label: `Entity ${i}` },
      position: { x: i * 200, y: 0 },
    })),
  });
  cy.zoom(0.1);
  stop = followOverviewLabels(cy, () => 0).dispose;
});
afterEach(() => {
  stop();
  cy.destroy();
  vi.useRealTimers();
});

const bandClass = () => (cy.getElementById('n0').classes() as unknown as string[]).find((c) => /^zb/.test(c));

describe('far labels and the wheel', () => {
  it('a zoom from elsewhere takes the new band at once', () => {
    const before = bandClass();
    cy.zoom(0.3);
    expect(bandClass()).not.toBe(before);
  });

  it('while the wheel turns they keep their band, and take the new one once it rests', () => {
    const before = bandClass();
    holdOverviewLabels(cy);
    cy.zoom(0.2);
    holdOverviewLabels(cy);
    cy.zoom(0.3);
    expect(bandClass()).toBe(before);
    vi.advanceTimersByTime(200);
    const rested = bandClass();
    expect(rested).not.toBe(before);
    cy.zoom(0.1);
    expect(bandClass()).toBe(before);
  });
});
