// Where an exported picture goes on a printed page (PDF): as large as fits inside the margins.
import type { Size } from './imageSize';

export type PageSize = 'a4' | 'letter';

/** Page sizes in mm, portrait. */
const PAGES: Record<PageSize, { w: number; h: number }> = {
  a4: { w: 210, h: 297 },
  letter: { w: 215.9, h: 279.4 },
};
const MARGIN = 10;

/** Where a picture of `size` goes on the page: as large as fits inside the margins, centred. */
export function placeOnPage(
  size: Size,
  page: PageSize,
): {
  orientation: 'landscape' | 'portrait';
  x: number;
  y: number;
  w: number;
  h: number;
  pageW: number;
  pageH: number;
} {
  const orientation = size.width >= size.height ? 'landscape' : 'portrait';
  const p = PAGES[page];
  const pageW = orientation === 'landscape' ? p.h : p.w;
  const pageH = orientation === 'landscape' ? p.w : p.h;
  const k = Math.min((pageW - 2 * MARGIN) / size.width, (pageH - 2 * MARGIN) / size.height);
  const w = size.width * k;
  const h = size.height * k;
  return { orientation, x: (pageW - w) / 2, y: MARGIN, w, h, pageW, pageH };
}
