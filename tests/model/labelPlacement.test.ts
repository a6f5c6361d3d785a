// Semantic zoom's rules: every far band's font renders at least 14 px (16 in presenter mode), and
// placed labels never overlap each other or cover an emphasised entity.
import { describe, expect, it } from 'vitest';
import {
  bandFont,
  bandOf,
  boxAt,
  FAR_BANDS,
  labelBox,
  NEAR_LABEL_ZOOM,
  placeLabels,
  type LabelCandidate,
} from '../../src/model/labelPlacement';
import { labelCandidate } from './helpers';

/** A 100 × 46 node, the size of a curated entity's box. */
const node = (id: string, x: number, y: number, extra: Partial<LabelCandidate> = {}) =>
  labelCandidate(id, x, y, { w: 100, h: 46, ...extra });

describe('zoom bands', () => {
  it('near enough, every label is readable at the normal font', () => {
    expect(bandOf(NEAR_LABEL_ZOOM)).toBe(-1);
    expect(17 * NEAR_LABEL_ZOOM).toBeGreaterThanOrEqual(14 - 1e-9);
  });
  it('in every far band the font renders at 14 px or more (16 in presenter mode)', () => {
    for (let zoom = 0.05; zoom < NEAR_LABEL_ZOOM; zoom += 0.003) {
      const band = bandOf(zoom);
      expect(band).toBeGreaterThanOrEqual(0);
      // Below the first band's edge the canvas cannot zoom (its minZoom), but the rule still holds there.
      const z = Math.max(zoom, FAR_BANDS[0]);
      expect(bandFont(band) * z).toBeGreaterThanOrEqual(14);
      expect(bandFont(band, true) * z).toBeGreaterThanOrEqual(16);
    }
  });
  it('a band renders at most about a third larger than its floor, so far labels stay modest', () => {
    for (let i = 0; i < FAR_BANDS.length; i++) {
      const top = i + 1 < FAR_BANDS.length ? FAR_BANDS[i + 1]! : NEAR_LABEL_ZOOM;
      expect(bandFont(i) * top).toBeLessThan(20);
    }
  });
});

describe('placeLabels', () => {
  it('keeps the higher-ranked of two overlapping labels and drops the other', () => {
    const placed = placeLabels([node('a', 0, 0, { rank: 1 }), node('b', 30, 0, { rank: 5 })], 40);
    expect([...placed.keys()]).toEqual(['b']);
  });
  it('labels far-apart nodes all, in the centre', () => {
    const placed = placeLabels([node('a', 0, 0), node('b', 2000, 0), node('c', 0, 2000)], 40);
    expect(placed).toEqual(
      new Map([
        ['a', 'center'],
        ['b', 'center'],
        ['c', 'center'],
      ]),
    );
  });
  it('moves an emphasised label beside or below its node rather than over another', () => {
    const cands = [
      node('TGF-β1', 1358, 1201, { must: true, rank: 2 }),
      node('TGF-β receptor 1', 1605, 1242, { must: true, rank: 1 }),
    ];
    const font = 140;
    const placed = placeLabels(cands, font);
    expect(placed.size).toBe(2);
    const [a, b] = cands.map((c) => boxAt(c, labelBox(c.label, font), placed.get(c.id)!));
    const apart = a!.x2 <= b!.x1 || b!.x2 <= a!.x1 || a!.y2 <= b!.y1 || b!.y2 <= a!.y1;
    expect(apart, JSON.stringify([...placed])).toBe(true);
  });
  it('never lets an overview label cover an emphasised node', () => {
    const placed = placeLabels(
      [node('a long overview label', 0, 0, { rank: 99 }), node('x', 60, 0, { must: true })],
      40,
    );
    expect(placed.has('x')).toBe(true);
    expect(placed.has('a long overview label')).toBe(false);
  });
  it('draws an emphasised label even when nothing is free', () => {
    const placed = placeLabels(
      [node('a', 0, 0, { must: true }), node('b', 1, 1, { must: true }), node('c', 2, 2, { must: true })],
      400,
    );
    expect(placed.size).toBe(3);
  });
});
