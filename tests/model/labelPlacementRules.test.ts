// @vitest-environment node
// The far labels' rules, each stated in the reader's terms and checked on hand-made cases: which
// band a zoom is in, how a name wraps and how much room it takes, where "above", "left" and the
// corners put a label, which label wins a contested spot, how close two labels may come, and what
// an emphasised entity's label does when nothing is free. Written for the survivors of a mutation
// run over src/model/labelPlacement.ts (README, "Mutation testing"); the older
// tests/model/labelPlacement.test.ts checks the readable sizes and the no-overlap guarantee.
import { describe, expect, it } from 'vitest';
import {
  bandFont,
  bandOf,
  boxAt,
  FAR_BANDS,
  labelBox,
  labelRanks,
  NEAR_LABEL_ZOOM,
  placeLabels,
  PLACEMENTS,
  READABLE_PX,
  wrapWidth,
  type LabelCandidate,
  type Placement,
} from '../../src/model/labelPlacement';

type Box = ReturnType<typeof boxAt>;
import { labelCandidate, tinyGraph } from './helpers';

const node = labelCandidate;

describe('zoom bands', () => {
  it('a zoom on the lower edge of a band is in that band; just below it, in the band before', () => {
    FAR_BANDS.forEach((edge, i) => {
      expect(bandOf(edge), `edge of band ${i}`).toBe(i);
      if (i > 0) expect(bandOf(edge - 1e-6), `just below band ${i}`).toBe(i - 1);
    });
  });

  it('farther out than the first edge is still the first band; from the near zoom on, no band', () => {
    expect(bandOf(FAR_BANDS[0] / 2)).toBe(0);
    expect(bandOf(NEAR_LABEL_ZOOM - 1e-6)).toBe(FAR_BANDS.length - 1);
    expect(bandOf(NEAR_LABEL_ZOOM)).toBe(-1);
    expect(bandOf(3)).toBe(-1);
  });

  it('outside presenter mode a band uses the smallest font that renders readable at its edge', () => {
    FAR_BANDS.forEach((edge, band) => {
      const font = bandFont(band);
      expect(font * edge).toBeGreaterThanOrEqual(READABLE_PX);
      expect((font - 1) * edge).toBeLessThan(READABLE_PX);
    });
  });

  it('a far label wraps at seven times its font', () => {
    expect(wrapWidth(20)).toBe(140);
    expect(wrapWidth(100)).toBe(700);
  });
});

describe('how much room a name takes', () => {
  const FONT = 40;
  const one = labelBox('NK', FONT);

  it('words join on a line while the line stays within the wrap width; the next word starts a line', () => {
    // Ten characters fit on a line: "abcd efghi" (10) is one line, "abcd efghij" (11) two.
    expect(labelBox('abcd efghi', FONT).h).toBe(one.h);
    expect(labelBox('abcd efghij', FONT).h).toBe(2 * one.h);
    // "IL-10 and TGF": "IL-10 and" (9) then "TGF".
    const box = labelBox('IL-10 and TGF', FONT);
    expect(box.h).toBe(2 * one.h);
    expect(box.w).toBeCloseTo((9 / 2) * one.w, 9);
  });

  it('a name as wide as its longest line, as tall as its lines; a long word is never cut', () => {
    expect(labelBox('NK cell', FONT).w).toBeCloseTo((7 / 2) * one.w, 9);
    expect(labelBox('Neuroinflammation', FONT)).toEqual({ w: (17 / 2) * one.w, h: one.h });
    // Each word too long to share a line: four lines, as wide as "stromal".
    const bmsc = labelBox('Bone marrow stromal cell', FONT);
    expect(bmsc.h).toBe(4 * one.h);
    expect(bmsc.w).toBeCloseTo((7 / 2) * one.w, 9);
  });

  it('spaces around and between words change nothing', () => {
    expect(labelBox('  NK   cell ', FONT)).toEqual(labelBox('NK cell', FONT));
    expect(labelBox('\tIL-10\n', FONT)).toEqual(labelBox('IL-10', FONT));
  });

  it('an empty name still takes one character of one line', () => {
    expect(labelBox('', FONT)).toEqual({ w: one.w / 2, h: one.h });
  });

  it('the box grows with the font, wrapping alike; a line is taller than a character is wide', () => {
    const small = labelBox('IL-10 and TGF', 20);
    const large = labelBox('IL-10 and TGF', 60);
    expect(large.w).toBeCloseTo(3 * small.w, 9);
    expect(large.h).toBeCloseTo(3 * small.h, 9);
    expect(one.h).toBeGreaterThan(FONT);
    expect(one.w / 2).toBeLessThan(FONT);
  });
});

describe('where a placement puts a label', () => {
  const c = node('n', 100, 200, { w: 40, h: 30 });
  const size = { w: 60, h: 20 };

  it('centred on its node', () => {
    expect(boxAt(c, size, 'center')).toEqual({ x1: 70, x2: 130, y1: 190, y2: 210 });
  });

  it('above: its bottom edge on the node top, centred across; below: its top edge on the node bottom', () => {
    expect(boxAt(c, size, 'above')).toEqual({ x1: 70, x2: 130, y1: 165, y2: 185 });
    expect(boxAt(c, size, 'below')).toEqual({ x1: 70, x2: 130, y1: 215, y2: 235 });
  });

  it("left: its right edge on the node's left; right: its left edge on the node's right", () => {
    expect(boxAt(c, size, 'left')).toEqual({ x1: 20, x2: 80, y1: 190, y2: 210 });
    expect(boxAt(c, size, 'right')).toEqual({ x1: 120, x2: 180, y1: 190, y2: 210 });
  });

  it('a corner is both of its sides', () => {
    expect(boxAt(c, size, 'above-left')).toEqual({ x1: 20, x2: 80, y1: 165, y2: 185 });
    expect(boxAt(c, size, 'above-right')).toEqual({ x1: 120, x2: 180, y1: 165, y2: 185 });
    expect(boxAt(c, size, 'below-left')).toEqual({ x1: 20, x2: 80, y1: 215, y2: 235 });
    expect(boxAt(c, size, 'below-right')).toEqual({ x1: 120, x2: 180, y1: 215, y2: 235 });
  });

  it('a gap grows the box by as much on every side', () => {
    expect(boxAt(c, size, 'above', 5)).toEqual({ x1: 65, x2: 135, y1: 160, y2: 190 });
  });
});

describe('which labels are placed', () => {
  const FONT = 20;
  const width = (label: string) => labelBox(label, FONT).w;

  it('of two equally ranked labels in the same spot, the first by id keeps it, in any order given', () => {
    const a = node('a', 0, 0, { label: 'same' });
    const b = node('b', 5, 0, { label: 'same' });
    expect([...placeLabels([a, b], FONT).keys()]).toEqual(['a']);
    expect([...placeLabels([b, a], FONT).keys()]).toEqual(['a']);
  });

  it('an emphasised label comes first, even against a better-connected entity', () => {
    // The two names overlap; neither covers the other's (small) node.
    const hub = node('hub', 0, 0, { w: 2, h: 2, label: 'Hub', rank: 50 });
    const picked = node('picked', 30, 0, { w: 2, h: 2, label: 'Hub', must: true });
    for (const given of [
      [hub, picked],
      [picked, hub],
    ]) {
      const placed = placeLabels(given, FONT);
      expect(placed.get('picked')).toBe('center');
      expect(placed.has('hub')).toBe(false);
    }
  });

  it('two labels closer than 0.3 of the font (0.15 of room each side) clash; farther apart they do not', () => {
    const w = width('NK');
    const at = (dx: number) => [node('a', 0, 0, { label: 'NK' }), node('b', dx, 0, { label: 'NK' })];
    expect(placeLabels(at(w + 0.25 * FONT), FONT).size).toBe(1);
    expect(placeLabels(at(w + 0.35 * FONT), FONT).size).toBe(2);
  });

  it("an emphasised entity's own node does not push its label off the centre", () => {
    expect(placeLabels([node('picked', 0, 0, { must: true })], FONT).get('picked')).toBe('center');
  });

  it('no other label covers the node of an emphasised entity, even where its own label leaves the node bare', () => {
    // A large emphasised node with a short name: its label covers the middle of the node only.
    const picked = node('picked', 0, 0, { w: 300, h: 300, label: 'X', must: true });
    // A label over the node's right part, clear of the picked label.
    const other = node('other', 110, 0, { w: 10, h: 10, label: 'Other', rank: 9 });
    const placed = placeLabels([picked, other], FONT);
    expect(placed.get('picked')).toBe('center');
    expect(placed.has('other')).toBe(false);
  });

  it("a second emphasised label moves off the first one's node, to the first free side", () => {
    const first = node('a', 0, 0, { w: 200, h: 200, label: 'A', must: true });
    // On the first node's right edge: only the placements to its right clear that node.
    const second = node('b', 100, 0, { w: 10, h: 10, label: 'B', must: true });
    const placed = placeLabels([first, second], FONT);
    expect(placed.get('a')).toBe('center');
    expect(placed.get('b')).toBe('right');
    expect(boxAt(second, labelBox('B', FONT), 'right', 0.15 * FONT).x1).toBeGreaterThanOrEqual(100);
  });

  /** How much of `picked`'s label at `where` other labels (as placed) and other emphasised nodes cover. */
  function coverOf(picked: LabelCandidate, all: LabelCandidate[], placed: Map<string, Placement>) {
    const gap = 0.15 * FONT;
    const overlap = (a: Box, b: Box) =>
      Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) *
      Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));
    const others = all.filter((o) => o.id !== picked.id);
    const labels = others
      .filter((o) => placed.has(o.id))
      .map((o) => boxAt(o, labelBox(o.label, FONT), placed.get(o.id)!, gap));
    const nodes = others.filter((o) => o.must).map((o) => boxAt(o, { w: o.w, h: o.h }, 'center'));
    return (where: Placement) => {
      const box = boxAt(picked, labelBox(picked.label, FONT), where, gap);
      return [...labels, ...nodes].reduce((sum, b) => sum + overlap(b, box), 0);
    };
  }

  it('with nothing free, an emphasised label goes where other labels cover it least', () => {
    // Two emphasised names placed first, one above and one below the picked node, each a little
    // wider than the picked name: every placement of the picked label touches one or both, and a
    // side placement sticks out past their ends.
    const over = node('over', 0, 0, { w: 2, h: 2, label: 'W'.repeat(9), must: true, rank: 9 });
    const under = node('under', 0, 50, { w: 2, h: 2, label: 'W'.repeat(9), must: true, rank: 9 });
    const picked = node('picked', 0, 25, { w: 10, h: 10, label: 'MMMMMMMM', must: true });
    const all = [over, under, picked];
    const placed = placeLabels(all, FONT);
    expect(placed.get('over')).toBe('center');
    expect(placed.get('under')).toBe('center');
    const cover = coverOf(picked, all, placed);
    expect(Math.min(...PLACEMENTS.map(cover))).toBeGreaterThan(0);
    const where = placed.get('picked')!;
    for (const w of PLACEMENTS) expect(cover(where), `${where} against ${w}`).toBeLessThanOrEqual(cover(w));
    // Left and right cover alike; left comes first in the order placements are tried.
    expect(where).toBe('left');
  });

  it('with nothing free, an emphasised label goes where emphasised nodes cover it least', () => {
    // Inside a large emphasised node near its right edge: the placements to the right stick out.
    const big = node('big', 0, 0, { w: 400, h: 400, label: 'A', must: true, rank: 9 });
    const picked = node('picked', 190, 0, { w: 10, h: 10, label: 'MMMMMMMM', must: true });
    const placed = placeLabels([big, picked], FONT);
    const cover = coverOf(picked, [big, picked], placed);
    expect(Math.min(...PLACEMENTS.map(cover))).toBeGreaterThan(0);
    const where = placed.get('picked')!;
    for (const w of PLACEMENTS) expect(cover(where), `${where} against ${w}`).toBeLessThanOrEqual(cover(w));
    expect(where).toBe('right');
  });
});

describe('which names the overview keeps first', () => {
  const g = tinyGraph(
    [
      ['t', 'therapy'],
      ['c', 'cell'],
      ['m', 'mediator'],
      ['p', 'process'],
    ],
    ['t activates c', 'c secretes m', 'm promotes p', 'c promotes p'],
  );
  const rank = labelRanks(g);

  it('an entity ranks by its relations, counted at both ends', () => {
    expect(rank('c')).toBe(3);
    expect(rank('m')).toBe(2);
    expect(rank('p')).toBe(2);
  });

  it('a therapy ranks eight above its relations (where a lesson starts); an unknown id ranks 0', () => {
    expect(rank('t')).toBe(1 + 8);
    expect(rank('nobody')).toBe(0);
  });
});
