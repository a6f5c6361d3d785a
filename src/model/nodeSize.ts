// How big a node's box is drawn, from its label. Pure, so the canvas, the whole-map layered layout
// and the pathway diagrams agree on sizes (a layout that ignored them would let boxes overlap).

/** Roughly the width of one character of a bold 17 px label, in px. */
const CHAR_W = 10.5;

/**
 * Node box size from its label: wide enough for one or two lines of text at the default font.
 * Labels wrap only at spaces, so the box is never narrower than the longest word
 * ("Chemotherapy-induced"), or that word would spill out of its box.
 */
export function nodeSize(label: string): { w: number; h: number; tw: number } {
  const chars = label.length;
  if (chars <= 11) return { w: Math.max(64, chars * 11 + 30), h: 46, tw: 140 };
  const longestWord = Math.max(...label.split(/\s+/).map((w) => w.length));
  const tw = Math.max(128, Math.ceil(longestWord * CHAR_W));
  return { w: tw + 26, h: chars <= 24 ? 64 : 84, tw };
}
