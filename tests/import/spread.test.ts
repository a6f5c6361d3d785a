// Overlay nodes never overlap: whatever the file's positions (the import's 140-px grid, a stored
// layout packed tighter than the overlay's boxes, nodes on one spot), every pair of 150×46 boxes
// keeps apart, so every edge between them shows. A layout that already keeps them apart is kept.
import { describe, expect, it } from 'vitest';
import { GRID_DX, GRID_DY, withPositions } from '../../src/import/gridLayout';
import { anyOverlap, BOX_GAP, OVERLAY_NODE_BOX, spreadPositions } from '../../src/import/spread';
import type { ImportedNetwork } from '../../src/import/types';

const W = OVERLAY_NODE_BOX.width;
const H = OVERLAY_NODE_BOX.height;

/** Every pair compared, the slow way: the check the hash in anyOverlap must agree with. */
function overlappingPairs(positions: ReadonlyMap<string, { x: number; y: number }>): number {
  const list = [...positions.values()];
  let n = 0;
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++)
      if (Math.abs(list[i]!.x - list[j]!.x) < W && Math.abs(list[i]!.y - list[j]!.y) < H) n++;
  return n;
}

const placed = (positions: { x: number; y: number }[]) =>
  positions.map((position, i) => ({ id: `n${i}`, position }));

function gridNetwork(count: number): ImportedNetwork {
  return withPositions({
    name: 'grid',
    format: 'csv',
    fileNames: ['g.csv'],
    directed: true,
    attributes: {},
    nodes: Array.from({ length: count }, (_, i) => ({
      id: `n${i}`,
      label: `n${i}`,
      identifiers: [],
      synonyms: [],
      attributes: {},
    })),
    edges: [],
  }).network;
}

describe('spreadPositions', () => {
  it('the import grid overlaps 150×46 boxes; spread, none overlap', () => {
    const nodes = gridNetwork(478).nodes.map((n) => ({ id: n.id, position: n.position! }));
    expect(GRID_DX).toBeLessThan(W);
    expect(overlappingPairs(new Map(nodes.map((n) => [n.id, n.position])))).toBeGreaterThan(0);
    const spread = spreadPositions(nodes);
    expect(spread.size).toBe(478);
    expect(overlappingPairs(spread)).toBe(0);
    // The gap is kept too, not only the boxes.
    expect(
      anyOverlap(
        [...spread].map(([id, position]) => ({ id, position })),
        OVERLAY_NODE_BOX,
        BOX_GAP,
      ),
    ).toBe(false);
    // The grid's shape survives: the first row stays above the last.
    expect(spread.get('n0')!.y).toBeLessThan(spread.get('n477')!.y);
    expect(GRID_DY).toBeGreaterThan(0);
  });

  it('stored positions packed tight, coincident or on one line are spread apart', () => {
    const tight = placed(
      Array.from({ length: 60 }, (_, i) => ({ x: (i % 10) * 40, y: Math.floor(i / 10) * 20 })),
    );
    const same = placed(Array.from({ length: 25 }, () => ({ x: 5, y: 5 })));
    const line = placed(Array.from({ length: 30 }, (_, i) => ({ x: i * 10, y: 0 })));
    for (const nodes of [tight, same, line]) {
      expect(overlappingPairs(new Map(nodes.map((n) => [n.id, n.position])))).toBeGreaterThan(0);
      expect(overlappingPairs(spreadPositions(nodes))).toBe(0);
    }
    // Order along the line is kept.
    const spread = spreadPositions(line);
    expect(spread.get('n0')!.x).toBeLessThan(spread.get('n29')!.x);
  });

  it('leaves a layout whose boxes already keep apart exactly as stored', () => {
    const roomy = placed([
      { x: 0, y: 0 },
      { x: 400, y: 0 },
      { x: 0, y: 300 },
    ]);
    expect([...spreadPositions(roomy).values()]).toEqual(roomy.map((n) => n.position));
  });

  it('anyOverlap agrees with comparing every pair', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2000;
    for (let t = 0; t < 20; t++) {
      const nodes = placed(Array.from({ length: 40 }, () => ({ x: rand(), y: rand() })));
      const slow = overlappingPairs(new Map(nodes.map((n) => [n.id, n.position]))) > 0;
      expect(anyOverlap(nodes, OVERLAY_NODE_BOX)).toBe(slow);
    }
  });
});
