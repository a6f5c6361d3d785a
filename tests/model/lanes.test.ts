// The curated lanes layout (src/model/lanes.ts): pure, so the canvas and every data export share it.
import { describe, expect, it } from 'vitest';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { lanePositions } from '../../src/model/lanes';
import { loadGraph } from '../../src/model/load';
import type { NodeKind } from '../../src/model/vocabulary';

const result = loadGraph(readGraphFiles('graph-data'));
if (!result.ok) throw new Error('graph-data must validate');
const { graph } = result;

describe('lanePositions', () => {
  const positions = lanePositions(graph);

  it('places every node once, no two on the same spot', () => {
    expect([...positions.keys()].sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    const spots = new Set([...positions.values()].map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(graph.nodes.length);
    for (const p of positions.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('is deterministic: the same graph gives the same picture', () => {
    expect(lanePositions(graph)).toEqual(positions);
  });

  it('runs from cause to outcome: therapies, cells, mediators and receptors, processes, conditions', () => {
    const xs = (kinds: NodeKind[]) =>
      graph.nodes.filter((n) => kinds.includes(n.kind)).map((n) => positions.get(n.id)!.x);
    const lanes: NodeKind[][] = [['therapy'], ['cell'], ['mediator', 'receptor'], ['process'], ['condition']];
    for (let i = 1; i < lanes.length; i++) {
      expect(Math.max(...xs(lanes[i - 1]!))).toBeLessThan(Math.min(...xs(lanes[i]!)));
    }
  });
});
