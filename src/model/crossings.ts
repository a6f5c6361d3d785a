// Straight-line edge crossings: the plain measure of how tangled a drawing is. Each relation is a
// segment from its source's centre to its target's centre; two segments cross when they meet at a
// point inside both. Relations that share an end never count (they meet at the node), and neither
// do parallel relations between the same two entities. Pure, so `npm run layout:stats` and the
// tests measure exactly what the app draws.

/** A point in model coordinates. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The ends of a relation, by node id. */
export interface Segment {
  readonly source: string;
  readonly target: string;
}

const EPS = 1e-9;

const orient = (a: Point, b: Point, c: Point) => (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);

/**
 * Whether segments ab and cd cross properly: they meet at one point strictly inside both. Touching
 * ends and collinear overlaps do not count (the measure the 1,028 for the lanes layout uses).
 */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const s = (v: number) => (Math.abs(v) < EPS ? 0 : Math.sign(v));
  return s(orient(a, b, c)) * s(orient(a, b, d)) < 0 && s(orient(c, d, a)) * s(orient(c, d, b)) < 0;
}

/**
 * How many pairs of relations cross when drawn as straight lines between node centres. Relations
 * whose ends have no position, and self-loops, are left out.
 */
export function countCrossings(edges: readonly Segment[], positions: ReadonlyMap<string, Point>): number {
  const segs: { s: string; t: string; a: Point; b: Point }[] = [];
  for (const e of edges) {
    const a = positions.get(e.source);
    const b = positions.get(e.target);
    if (!a || !b || e.source === e.target) continue;
    segs.push({ s: e.source, t: e.target, a, b });
  }
  let count = 0;
  for (let i = 0; i < segs.length; i++) {
    const p = segs[i]!;
    for (let j = i + 1; j < segs.length; j++) {
      const q = segs[j]!;
      if (p.s === q.s || p.s === q.t || p.t === q.s || p.t === q.t) continue;
      if (segmentsCross(p.a, p.b, q.a, q.b)) count++;
    }
  }
  return count;
}
