// @vitest-environment node
// While the reader turns the wheel, the far labels wait for it to rest, then take the band of the
// zoom it stopped at; a zoom from anywhere else (buttons, keys, fits) updates them at once.
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  followOverviewLabels,
  holdOverviewLabels,
  releaseOverviewLabels,
  setLabelInput,
  type LabelInput,
} from '../../src/canvas/overviewLabels';
import type { NodeId } from '../../src/model/schema';

let cy: Core;
let stop: () => void;
let refresh: () => void;
/** What the labels read: nothing hidden, until a test hides something. */
let hiddenNodes = new Set<NodeId>();
const input = (): LabelInput => ({
  view: {
    faded: { nodes: new Set(), edges: new Set() },
    hidden: { nodes: hiddenNodes, edges: new Set() },
    highlighted: null,
    selected: null,
    broken: new Set(),
  },
  presenter: false,
});
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
  hiddenNodes = new Set<NodeId>();
  setLabelInput(cy, input);
  ({ dispose: stop, refresh } = followOverviewLabels(cy, () => 0));
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

describe('far labels and a camera move', () => {
  const labelOff = (id: string) => cy.getElementById(id).hasClass('lbl-off');

  it('a change asked for while the camera moves is placed when it arrives, with its zoom', () => {
    expect(labelOff('n0')).toBe(false);
    const before = bandClass();
    holdOverviewLabels(cy, 400);
    hiddenNodes = new Set(['n0' as NodeId]);
    refresh();
    cy.zoom(0.3);
    // On the way: the labels as they were.
    expect(labelOff('n0')).toBe(false);
    expect(bandClass()).toBe(before);
    // Arrived (the animation completed before the hold ran out): the change and the new band at once.
    releaseOverviewLabels(cy);
    expect(labelOff('n0')).toBe(true);
    expect(bandClass()).not.toBe(before);
  });

  it('a move stopped short still lets the labels follow once the hold runs out', () => {
    holdOverviewLabels(cy, 400);
    hiddenNodes = new Set(['n0' as NodeId]);
    refresh();
    vi.advanceTimersByTime(300);
    expect(labelOff('n0')).toBe(false);
    vi.advanceTimersByTime(200);
    expect(labelOff('n0')).toBe(true);
  });

  it('without a move a change is placed at once, touching only the labels it changes', () => {
    const touched: string[] = [];
    cy.on('class', (e) => void touched.push((e.target as { id(): string }).id()));
    hiddenNodes = new Set(['n0' as NodeId]);
    refresh();
    expect(labelOff('n0')).toBe(true);
    expect(touched.length).toBeGreaterThan(0);
    expect(touched.length).toBeLessThan(cy.nodes().length);
  });
});
