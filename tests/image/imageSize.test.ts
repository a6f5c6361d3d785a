import { describe, expect, it } from 'vitest';
import { checkCanvasSize, fitsCanvas, largestFittingScale, pixelSize } from '../../src/image/imageSize';

describe('canvas size limits', () => {
  it('computes device pixels for a scale', () => {
    expect(pixelSize({ width: 1440, height: 900 }, 2)).toEqual({ width: 2880, height: 1800 });
    expect(pixelSize({ width: 1001, height: 333 }, 1.5)).toEqual({ width: 1501, height: 499 });
  });

  it('accepts what browsers can draw and refuses what they cannot', () => {
    expect(fitsCanvas({ width: 16_384, height: 7_000 })).toBe(true);
    expect(fitsCanvas({ width: 16_385, height: 10 })).toBe(false); // too wide
    expect(fitsCanvas({ width: 12_000, height: 12_000 })).toBe(false); // 144 MP
    expect(fitsCanvas({ width: 0, height: 10 })).toBe(false);
  });

  it('says why a size fails and offers the largest scale that works', () => {
    const base = { width: 5_000, height: 2_000 };
    const check = checkCanvasSize(base, 4);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.size).toEqual({ width: 20_000, height: 8_000 });
    expect(check.message).toMatch(/16,384 px a side/);
    // 16384 / 5000 = 3.27 by side; sqrt(120e6 / 1e7) = 3.46 by area
    expect(check.largestScale).toBe(3.2);
    expect(checkCanvasSize(base, check.largestScale!).ok).toBe(true);
    expect(checkCanvasSize(base, 2).ok).toBe(true);
  });

  it('limits by area when no side is too long', () => {
    const base = { width: 3_000, height: 3_000 };
    const check = checkCanvasSize(base, 4); // 12000² = 144 MP
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.message).toMatch(/megapixels/);
    expect(largestFittingScale(base)).toBe(3.6); // sqrt(120e6 / 9e6) = 3.65
    expect(fitsCanvas(pixelSize(base, 3.6))).toBe(true);
  });
});
