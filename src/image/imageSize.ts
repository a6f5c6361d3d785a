// How big a raster export gets, and whether the browser can draw it. Browsers fail silently on
// canvases that are too big (a blank or missing image), so the size is checked before drawing.
// Chromium allows 32,767 px a side and about 268 MP; Firefox and Safari allow less, hence the
// conservative limits.

export interface CanvasLimits {
  readonly maxSide: number;
  readonly maxPixels: number;
}

export const CANVAS_LIMITS: CanvasLimits = { maxSide: 16_384, maxPixels: 120_000_000 };

/** A size in CSS px (at 1×) or in device pixels. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Device pixels at `scale`: whole pixels, as a canvas has. */
export const pixelSize = (base: Size, scale: number): Size => ({
  width: Math.floor(base.width * scale),
  height: Math.floor(base.height * scale),
});

export const fitsCanvas = (size: Size, limits: CanvasLimits = CANVAS_LIMITS): boolean =>
  size.width > 0 &&
  size.height > 0 &&
  size.width <= limits.maxSide &&
  size.height <= limits.maxSide &&
  size.width * size.height <= limits.maxPixels;

/** The largest scale (to 0.1×, rounded down) at which `base` still fits, or null if none ≥ 0.1× does. */
export function largestFittingScale(base: Size, limits: CanvasLimits = CANVAS_LIMITS): number | null {
  if (base.width <= 0 || base.height <= 0) return null;
  const bySide = limits.maxSide / Math.max(base.width, base.height);
  const byArea = Math.sqrt(limits.maxPixels / (base.width * base.height));
  let s = Math.floor(Math.min(bySide, byArea) * 10) / 10;
  while (s >= 0.1 && !fitsCanvas(pixelSize(base, s), limits)) s = Math.round((s - 0.1) * 10) / 10;
  return s >= 0.1 ? s : null;
}

export type SizeCheck =
  | { readonly ok: true; readonly size: Size }
  | {
      readonly ok: false;
      readonly size: Size;
      readonly message: string;
      readonly largestScale: number | null;
    };

const mp = (n: number) => `${(n / 1e6).toFixed(1)} megapixels`;

/** Check a planned raster before drawing it; the message says why and what would work. */
export function checkCanvasSize(base: Size, scale: number, limits: CanvasLimits = CANVAS_LIMITS): SizeCheck {
  const size = pixelSize(base, scale);
  if (fitsCanvas(size, limits)) return { ok: true, size };
  const largestScale = largestFittingScale(base, limits);
  const why =
    size.width <= 0 || size.height <= 0
      ? 'The picture would be empty.'
      : size.width > limits.maxSide || size.height > limits.maxSide
        ? `At ${scale}× the picture would be ${size.width} × ${size.height} px; browsers cannot draw more than ${limits.maxSide.toLocaleString('en')} px a side.`
        : `At ${scale}× the picture would be ${size.width} × ${size.height} px (${mp(size.width * size.height)}); browsers cannot reliably draw more than ${mp(limits.maxPixels)}.`;
  const offer = largestScale ? ` The largest size that works is ${largestScale}×.` : '';
  return { ok: false, size, message: why + offer, largestScale };
}
