// Straight-line crossings (src/model/crossings.ts) on tiny drawings whose count is known by hand.
import { describe, expect, it } from 'vitest';
import { countCrossings, segmentsCross, type Point } from '../../src/model/crossings';

const at = (spec: Record<string, [number, number]>) =>
  new Map<string, Point>(Object.entries(spec).map(([id, [x, y]]) => [id, { x, y }]));
const edges = (...pairs: string[]) =>
  pairs.map((p) => {
    const [source, target] = p.split('-');
    return { source: source!, target: target! };
  });

describe('segmentsCross', () => {
  it('an X crosses, parallel and T-shaped segments do not', () => {
    const p = (x: number, y: number) => ({ x, y });
    expect(segmentsCross(p(0, 0), p(2, 2), p(0, 2), p(2, 0))).toBe(true);
    expect(segmentsCross(p(0, 0), p(2, 0), p(0, 1), p(2, 1))).toBe(false);
    // One end touching the other segment is a meeting, not a crossing.
    expect(segmentsCross(p(0, 0), p(2, 0), p(1, 0), p(1, 2))).toBe(false);
    // Collinear, overlapping: not a crossing either.
    expect(segmentsCross(p(0, 0), p(2, 0), p(1, 0), p(3, 0))).toBe(false);
  });
});

describe('countCrossings', () => {
  it('counts the one crossing of a bow tie and none of a square', () => {
    const square = at({ a: [0, 0], b: [1, 0], c: [1, 1], d: [0, 1] });
    expect(countCrossings(edges('a-b', 'b-c', 'c-d', 'd-a'), square)).toBe(0);
    expect(countCrossings(edges('a-c', 'b-d'), square)).toBe(1);
  });

  it('K4 drawn as a square with both diagonals has one crossing; drawn with a centre node, none', () => {
    const square = at({ a: [0, 0], b: [2, 0], c: [2, 2], d: [0, 2] });
    expect(countCrossings(edges('a-b', 'a-c', 'a-d', 'b-c', 'b-d', 'c-d'), square)).toBe(1);
    const star = at({ a: [0, 0], b: [4, 0], c: [2, 4], d: [2, 1] });
    expect(countCrossings(edges('a-b', 'a-c', 'a-d', 'b-c', 'b-d', 'c-d'), star)).toBe(0);
  });

  it('two layers wired in reverse order: every pair of the n relations crosses, n(n-1)/2', () => {
    const pos = new Map<string, Point>();
    const rel: { source: string; target: string }[] = [];
    for (let i = 0; i < 5; i++) {
      pos.set(`l${i}`, { x: 0, y: i });
      pos.set(`r${i}`, { x: 10, y: i });
      rel.push({ source: `l${i}`, target: `r${4 - i}` });
    }
    expect(countCrossings(rel, pos)).toBe(10);
  });

  it('relations sharing an end, parallel relations, self-loops and unplaced ends never count', () => {
    const pos = at({ a: [0, 0], b: [2, 2], c: [0, 2], d: [2, 0] });
    // a-b twice (parallel) and b-a: they share ends, so no crossing among them.
    expect(countCrossings(edges('a-b', 'a-b', 'b-a'), pos)).toBe(0);
    expect(countCrossings(edges('a-b', 'c-d', 'a-a', 'x-y', 'a-x'), pos)).toBe(1);
  });
});
