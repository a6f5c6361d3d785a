// The force layout and the plain layouts of imported networks: every node gets a finite place, the
// same network gets the same picture, joined nodes end up closer than others, the force layout steps
// as it says (for progress), and grid, circle and rings never stack two nodes.
import { describe, expect, it } from 'vitest';
import { FORCE_EDGE_LENGTH, forceLayout, forceSteps, startForceLayout } from '../../src/model/forceLayout';
import { indexedGraph, type IndexedGraph } from '../../src/model/indexedGraph';
import { circleLayout, concentricLayout, degrees, gridLayout } from '../../src/model/simpleLayouts';

/** Two rings of 20 nodes joined by one edge, and one node on its own. */
function twoRings(): IndexedGraph {
  const pairs: number[] = [];
  for (const base of [0, 20]) for (let i = 0; i < 20; i++) pairs.push(base + i, base + ((i + 1) % 20));
  pairs.push(0, 20);
  return { nodeCount: 41, edges: Uint32Array.from(pairs) };
}

const at = (p: Float64Array, i: number) => ({ x: p[2 * i]!, y: p[2 * i + 1]! });
const dist = (p: Float64Array, i: number, j: number) =>
  Math.hypot(at(p, i).x - at(p, j).x, at(p, i).y - at(p, j).y);

function distinct(p: Float64Array): number {
  return new Set(Array.from({ length: p.length / 2 }, (_, i) => `${p[2 * i]},${p[2 * i + 1]}`)).size;
}

describe('force layout', () => {
  it('places every node, the same way every time, with edges of the stated mean length', () => {
    const g = twoRings();
    const a = forceLayout(g);
    expect(a).toHaveLength(82);
    expect(Array.from(a).every(Number.isFinite)).toBe(true);
    expect(Array.from(forceLayout(g))).toEqual(Array.from(a));
    expect(distinct(a)).toBe(41);
    let sum = 0;
    for (let k = 0; k < g.edges.length; k += 2) sum += dist(a, g.edges[k]!, g.edges[k + 1]!);
    expect(sum / (g.edges.length / 2)).toBeCloseTo(FORCE_EDGE_LENGTH, -1);
  });

  it('keeps each ring together: neighbours are closer than nodes of the other ring', () => {
    const p = forceLayout(twoRings());
    const centre = (base: number) => {
      let x = 0;
      let y = 0;
      for (let i = base; i < base + 20; i++) ({ x, y } = { x: x + at(p, i).x / 20, y: y + at(p, i).y / 20 });
      return { x, y };
    };
    const a = centre(0);
    const b = centre(20);
    const apart = Math.hypot(a.x - b.x, a.y - b.y);
    // Each node is nearer its own ring's centre than the other ring's.
    for (let i = 0; i < 40; i++) {
      const own = i < 20 ? a : b;
      const other = i < 20 ? b : a;
      const q = at(p, i);
      expect(Math.hypot(q.x - own.x, q.y - own.y)).toBeLessThan(Math.hypot(q.x - other.x, q.y - other.y));
    }
    expect(apart).toBeGreaterThan(FORCE_EDGE_LENGTH);
  });

  it('steps in slices to its total, and fewer steps for bigger networks', () => {
    const run = startForceLayout(twoRings());
    expect(run.total).toBe(300);
    expect(run.step(0)).toBe(0);
    expect(run.step(120)).toBe(120);
    expect(run.step(1000)).toBe(300);
    expect(forceSteps(500)).toBe(300);
    expect(forceSteps(5500)).toBe(225);
    expect(forceSteps(10000)).toBe(150);
    expect(forceSteps(50000)).toBe(150);
  });

  it('ignores self-loops and lays out a network without edges', () => {
    const p = forceLayout({ nodeCount: 3, edges: Uint32Array.from([1, 1]) });
    expect(Array.from(p).every(Number.isFinite)).toBe(true);
    expect(distinct(p)).toBe(3);
  });
});

describe('indexed graph', () => {
  it('numbers nodes in order and leaves out edges to unknown nodes', () => {
    const g = indexedGraph(
      ['a', 'b', 'c'],
      [
        { source: 'a', target: 'c' },
        { source: 'a', target: 'zz' },
        { source: 'c', target: 'b' },
      ],
    );
    expect(g.nodeCount).toBe(3);
    expect(Array.from(g.edges)).toEqual([0, 2, 2, 1]);
  });
});

describe('plain layouts', () => {
  const g = twoRings();
  it.each([
    ['grid', gridLayout],
    ['circle', circleLayout],
    ['rings by degree', concentricLayout],
  ])('%s gives every node its own place', (_, layout) => {
    const p = layout(g);
    expect(p).toHaveLength(82);
    expect(distinct(p)).toBe(41);
    // No two nodes closer than a short label's width apart.
    let closest = Infinity;
    for (let i = 0; i < 41; i++) for (let j = i + 1; j < 41; j++) closest = Math.min(closest, dist(p, i, j));
    expect(closest).toBeGreaterThan(50);
  });

  it('puts the best-connected node in the middle of the rings', () => {
    expect(degrees(g)[0]).toBe(3);
    const p = concentricLayout(g);
    expect(at(p, 0)).toEqual({ x: 0, y: 0 });
  });
});
