// Semantic zoom for the map's labels, as pure rules. Far out, a label drawn at the normal font is a
// smudge (2.5 px at 1024×768 for the whole layered map), so the map shows fewer, larger labels: each
// zoom band has a font that renders at least READABLE_PX on screen, and only the labels that fit
// without overlapping at that size are drawn, the most connected entities and what the reader is
// looking at first. The canvas (src/canvas/overviewLabels.ts) applies these rules as classes on a
// band crossing, never per frame.
import type { Graph } from './graph';

/** Smallest rendered label size, in screen px, anywhere on the map (a projector's back row). */
export const READABLE_PX = 14;
/** Smallest rendered label size in presenter mode. */
export const PRESENTER_READABLE_PX = 16;
/** The canvas's own label font (stylesheet.ts), in model px. */
export const BASE_FONT = 17;
/** At or above this zoom every label is drawn at the normal font and is readable. */
export const NEAR_LABEL_ZOOM = READABLE_PX / BASE_FONT;
/** Lower edges of the far bands, from farthest out in. Steps of about 1.15, so a label renders
 * between 14 and about 16 px within its band: a larger overshoot crowded a framed neighbourhood
 * (a selection at 1024×768) whose labels fit at 14 px. */
export const FAR_BANDS = [
  0.08, 0.092, 0.106, 0.122, 0.14, 0.161, 0.185, 0.213, 0.245, 0.282, 0.324, 0.373, 0.429, 0.493, 0.567,
  0.652, 0.75,
] as const;

/** The band of `zoom`: an index into FAR_BANDS, or -1 when near enough for every label. */
export function bandOf(zoom: number): number {
  if (zoom >= NEAR_LABEL_ZOOM) return -1;
  for (let i = FAR_BANDS.length - 1; i >= 0; i--) if (zoom >= FAR_BANDS[i]!) return i;
  return 0;
}

/** Label font (model px) of a far band: readable at the band's lowest zoom. */
export function bandFont(band: number, presenter = false): number {
  const px = presenter ? PRESENTER_READABLE_PX : READABLE_PX;
  return Math.ceil(px / FAR_BANDS[band]!);
}

/** How wide a far label may grow before it wraps, in model px (about 11 characters). */
export const wrapWidth = (font: number) => Math.round(font * 7);

/** Average width of one character of a bold label, as a share of the font size (DejaVu Sans Bold,
 * a little generous so estimates err towards fewer labels, not overlapping ones). */
const CHAR_SHARE = 0.66;
const LINE_SHARE = 1.25;

/** Size of a label at `font`, wrapped at spaces to `wrapWidth(font)` (a long word is never cut). */
export function labelBox(label: string, font: number): { w: number; h: number } {
  const perLine = Math.max(1, Math.floor(wrapWidth(font) / (font * CHAR_SHARE)));
  const lines: number[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]! + 1 + word.length <= perLine) lines[last] = lines[last]! + 1 + word.length;
    else lines.push(word.length);
  }
  const longest = Math.max(1, ...lines);
  return { w: longest * font * CHAR_SHARE, h: Math.max(1, lines.length) * font * LINE_SHARE };
}

/** Where a label goes relative to its node. */
export type Placement =
  | 'center'
  | 'above'
  | 'below'
  | 'left'
  | 'right'
  | 'above-left'
  | 'above-right'
  | 'below-left'
  | 'below-right';

/** One node that may get a label. */
export interface LabelCandidate {
  readonly id: string;
  /** Centre of the node, model px. */
  readonly x: number;
  readonly y: number;
  /** Size of the node's box, model px (a label beside, above or below it clears it). */
  readonly w: number;
  readonly h: number;
  readonly label: string;
  /** What the reader is looking at (the selection, a story step): labelled even if it must overlap. */
  readonly must: boolean;
  /** Higher first among the rest (how connected the entity is). */
  readonly rank: number;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The box a label of `size` covers when placed `where` by its node, grown by `gap` all round. */
export function boxAt(c: LabelCandidate, size: { w: number; h: number }, where: Placement, gap = 0): Box {
  let x = c.x;
  let y = c.y;
  // A corner placement is both of its sides: a label above and to the left of its node.
  if (where.startsWith('above')) y -= c.h / 2 + size.h / 2;
  if (where.startsWith('below')) y += c.h / 2 + size.h / 2;
  if (where.endsWith('left')) x -= c.w / 2 + size.w / 2;
  if (where.endsWith('right')) x += c.w / 2 + size.w / 2;
  return {
    x1: x - size.w / 2 - gap,
    x2: x + size.w / 2 + gap,
    y1: y - size.h / 2 - gap,
    y2: y + size.h / 2 + gap,
  };
}

/** Area two boxes share (0 when apart). */
const shared = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) *
  Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));

/** Where a label may go, tried in this order; the canvas draws each as a class `lbl-<placement>`. */
export const PLACEMENTS: readonly Placement[] = [
  'center',
  'above',
  'below',
  'left',
  'right',
  'above-left',
  'above-right',
  'below-left',
  'below-right',
];

/**
 * Which candidates get a label at `font`, and where: greedily, what the reader looks at first,
 * then by rank. No label covers another label or the node of an entity the reader looks at; a
 * label that cannot be placed so is left out, except a `must` label, which tries above, below and
 * beside its node and, if nothing is free, goes where it covers least.
 */
export function placeLabels(candidates: readonly LabelCandidate[], font: number): Map<string, Placement> {
  const order = [...candidates].sort(
    (a, b) => Number(b.must) - Number(a.must) || b.rank - a.rank || (a.id < b.id ? -1 : 1),
  );
  const gap = font * 0.15;
  // The nodes the reader looks at stay uncovered, so each emphasised entity stays visible as well.
  const mustNodes = order
    .filter((c) => c.must)
    .map((c) => ({ id: c.id, box: boxAt(c, { w: c.w, h: c.h }, 'center') }));
  const placed: Box[] = [];
  const result = new Map<string, Placement>();
  for (const c of order) {
    const size = labelBox(c.label, font);
    const cost = (where: Placement) => {
      const box = boxAt(c, size, where, gap);
      let sum = 0;
      for (const p of placed) sum += shared(p, box);
      for (const m of mustNodes) if (m.id !== c.id) sum += shared(m.box, box);
      return sum;
    };
    const tries = c.must ? PLACEMENTS : PLACEMENTS.slice(0, 1);
    let where: Placement | null = tries.find((t) => cost(t) === 0) ?? null;
    if (!where && c.must) where = [...tries].sort((a, b) => cost(a) - cost(b))[0]!;
    if (!where) continue;
    placed.push(boxAt(c, size, where, gap));
    result.set(c.id, where);
  }
  return result;
}

/**
 * Which entities keep a label first when the map is far out: the most connected, and the
 * therapies (where a lesson starts) before others as connected. One rule for the live canvas and
 * the first-view picture made at build time (src/image/firstView.ts), so both name the same.
 */
export function labelRanks(graph: Graph): (id: string) => number {
  const rank = new Map<string, number>();
  for (const e of graph.edges) {
    rank.set(e.source, (rank.get(e.source) ?? 0) + 1);
    rank.set(e.target, (rank.get(e.target) ?? 0) + 1);
  }
  for (const n of graph.nodes) if (n.kind === 'therapy') rank.set(n.id, (rank.get(n.id) ?? 0) + 8);
  return (id) => rank.get(id) ?? 0;
}
