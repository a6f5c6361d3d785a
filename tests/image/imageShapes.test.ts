import { describe, expect, it } from 'vitest';
import { arrowPath, nodeShapePath } from '../../src/image/imageShapes';
import { placeOnPage } from '../../src/image/imagePage';

const coords = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

describe('vector shapes', () => {
  it('keeps every node shape inside its box', () => {
    for (const shape of [
      'ellipse',
      'round-rectangle',
      'round-octagon',
      'round-tag',
      'round-hexagon',
      'round-diamond',
    ]) {
      const d = nodeShapePath(shape, 100, 50, 80, 40);
      expect(d).toMatch(/^M/);
      const xy = coords(d);
      const xs = xy.filter((_, i) => i % 2 === 0);
      if (shape === 'ellipse') continue; // arc flags and radii interleave
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(60 - 0.01);
      expect(Math.max(...xs)).toBeLessThanOrEqual(140 + 0.01);
    }
  });

  it('points arrows along the edge with the tip at the end', () => {
    const d = arrowPath('triangle', 200, 100, 0, 40); // pointing right
    const xy = coords(d);
    const xs = xy.filter((_, i) => i % 2 === 0);
    expect(Math.max(...xs)).toBeCloseTo(200);
    expect(Math.min(...xs)).toBeCloseTo(188); // 0.3 × 40 back along the edge
    expect(arrowPath('none', 0, 0, 0, 40)).toBe('');
  });

  it('places a wide picture on a landscape page inside the margins', () => {
    const p = placeOnPage({ width: 2000, height: 1000 }, 'a4');
    expect(p.orientation).toBe('landscape');
    expect(p.pageW).toBe(297);
    expect(p.w).toBeCloseTo(277);
    expect(p.h).toBeCloseTo(138.5);
    expect(placeOnPage({ width: 500, height: 1200 }, 'letter').orientation).toBe('portrait');
  });
});
