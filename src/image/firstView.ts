// The map as the page first shows it, as an SVG written at build time (build/firstView.ts puts it in
// index.html), so a reader on a slow link sees the map before the JavaScript has arrived; the live
// canvas replaces it once it has drawn (src/app/firstView.ts). Pure: the same element data as the
// canvas (toElements: stored layered positions, box sizes, line widths), the same palette and shapes
// as the stylesheet and the image exports, and the same far-out label rules (labelPlacement.ts), so
// the picture and the first frame agree. Kept small: whole-number coordinates, one style per group,
// and only the names that are readable at the far-out zoom the first view opens at.
import { toElements } from '../canvas/elements';
import { xmlEscape } from '../export/xml';
import type { Graph } from '../model/graph';
import {
  boxAt,
  labelBox,
  labelRanks,
  wrapWidth,
  type LabelCandidate,
  type Placement,
} from '../model/labelPlacement';
import { FONT_STACK, KIND_STYLES, POLARITY_STYLES, STRENGTH_LINE } from '../model/palette';
import type { NodeKind } from '../model/vocabulary';
import { firstViewCandidates, firstViewport, FIRST_FIT_PADDING as PADDING } from '../model/firstViewport';
import { DASH } from './captionPaint';
import { arrowGap, arrowPath, arrowSize, nodeShapePath } from './imageShapes';

/** As the stylesheet: edge opacity, arrow scale, node border, Cytoscape's bezier step for parallel edges. */
const EDGE_OPACITY = 0.85;
const ARROW_SCALE = 1.3;
const BORDER = 2.5;
const PARALLEL_STEP = 40;

/**
 * A window width from which a set of labels applies (the widest set whose `minWidth` the window
 * reaches), and the canvas size the first view has at that width: the side columns take
 * clamp(220px, 21vw, 300px) and clamp(250px, 25vw, 350px) (responsive.css).
 */
export interface LabelSet {
  readonly minWidth: number;
  readonly canvas: { readonly width: number; readonly height: number };
}

/**
 * The label sets the picture carries, each for the narrowest canvas of its width range, so its
 * names render at least the readable size anywhere in the range (wider windows only enlarge them).
 * Heights are those of a short screen of that width; the map is wider than tall, so the width
 * decides the zoom.
 */
export const LABEL_SETS: readonly LabelSet[] = [
  { minWidth: 0, canvas: { width: 330, height: 436 } },
  { minWidth: 1024, canvas: { width: 548, height: 651 } },
  { minWidth: 1280, canvas: { width: 691, height: 603 } },
  { minWidth: 1440, canvas: { width: 790, height: 783 } },
  { minWidth: 1920, canvas: { width: 1270, height: 950 } },
];

/** One element as the canvas is given it. */
type ElementDefinition = ReturnType<typeof toElements>[number];

interface NodeInfo extends LabelCandidate {
  readonly kind: NodeKind;
}

const r = (n: number) => Math.round(n);
/** Path data with whole-number coordinates (a model px is a fifth of a screen px far out). */
const whole = (d: string) => d.replace(/-?\d+(\.\d+)?/g, (n) => String(Math.round(Number(n))));

/** Label lines wrapped at spaces to the band's width, as labelBox counts them. */
function wrapLines(label: string, font: number): string[] {
  const perLine = Math.max(1, Math.floor(wrapWidth(font) / (font * 0.66)));
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= perLine) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The far labels of one set: a light backing and bold text, as the stylesheet's `zb<i>` rules. */
function labelsSvg(nodes: readonly NodeInfo[], font: number, placed: ReadonlyMap<string, Placement>): string {
  const pad = Math.round(font * 0.12);
  const parts: string[] = [];
  for (const n of nodes) {
    const where = placed.get(n.id);
    if (!where) continue;
    const size = labelBox(n.label, font);
    const b = boxAt(n, size, where);
    const lines = wrapLines(n.label, font);
    const cx = (b.x1 + b.x2) / 2;
    const cy = (b.y1 + b.y2) / 2;
    parts.push(
      `<rect x="${r(b.x1 - pad)}" y="${r(b.y1 - pad)}" width="${r(size.w + 2 * pad)}" height="${r(size.h + 2 * pad)}" rx="${pad}"/>`,
    );
    const text = lines
      .map((line, i) => {
        const y = cy + (i - (lines.length - 1) / 2) * font * 1.25 + font * 0.35;
        return `<tspan x="${r(cx)}" y="${r(y)}">${xmlEscape(line)}</tspan>`;
      })
      .join('');
    parts.push(`<text>${text}</text>`);
  }
  // Backings first, then every text: no backing covers a neighbouring name.
  const rects = parts.filter((p) => p.startsWith('<rect')).join('');
  const texts = parts.filter((p) => p.startsWith('<text')).join('');
  return (
    `<g fill="#fff" fill-opacity="0.85">${rects}</g>` +
    `<g font-family="${xmlEscape(FONT_STACK)}" font-size="${font}" font-weight="700" fill="#111" text-anchor="middle">${texts}</g>`
  );
}

/** Where the line from the centre of `n` towards `to` leaves the node's shape (bisection). */
function borderPoint(n: NodeInfo, to: { x: number; y: number }, shape: string) {
  const inside = shapeTest(n, shape);
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 14; i++) {
    const mid = (lo + hi) / 2;
    if (inside(n.x + (to.x - n.x) * mid, n.y + (to.y - n.y) * mid)) lo = mid;
    else hi = mid;
  }
  return { x: n.x + (to.x - n.x) * lo, y: n.y + (to.y - n.y) * lo };
}

/** Point-in-shape for a node: an ellipse exactly, other shapes by the corners of their outline. */
function shapeTest(n: NodeInfo, shape: string): (x: number, y: number) => boolean {
  if (shape === 'ellipse') return (x, y) => ((x - n.x) / (n.w / 2)) ** 2 + ((y - n.y) / (n.h / 2)) ** 2 <= 1;
  const nums = (nodeShapePath(shape, n.x, n.y, n.w, n.h).match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const pts: [number, number][] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) pts.push([nums[i]!, nums[i + 1]!]);
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
      const [xi, yi] = pts[i]!;
      const [xj, yj] = pts[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

/** The edges, grouped by colour and dash; parallel pairs bend apart as Cytoscape's bezier edges do. */
function edgesSvg(edges: readonly ElementDefinition[], byId: ReadonlyMap<string, NodeInfo>): string {
  const groups = new Map<string, string[]>();
  const pairCount = new Map<string, number>();
  const pairIndex = new Map<string, number>();
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  for (const e of edges) {
    const k = pairKey(String(e.data.source), String(e.data.target));
    pairCount.set(k, (pairCount.get(k) ?? 0) + 1);
  }
  for (const e of edges) {
    const s = byId.get(String(e.data.source));
    const t = byId.get(String(e.data.target));
    if (!s || !t) continue;
    const polarity = POLARITY_STYLES[String(e.data.polarity) as keyof typeof POLARITY_STYLES];
    const dash = DASH[STRENGTH_LINE[e.data.strength as keyof typeof STRENGTH_LINE] ?? 'solid'];
    const width = Number(e.data.width) || 2;
    // A pair of relations between the same two entities: each bends to its side of the straight line.
    const k = pairKey(s.id, t.id);
    const n = pairCount.get(k)!;
    const i = pairIndex.get(k) ?? 0;
    pairIndex.set(k, i + 1);
    const [a, b] = s.id < t.id ? [s, t] : [t, s];
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const offset = (i - (n - 1) / 2) * PARALLEL_STEP;
    const ctrl = {
      x: (s.x + t.x) / 2 + (-(b.y - a.y) / len) * offset,
      y: (s.y + t.y) / 2 + ((b.x - a.x) / len) * offset,
    };
    const src = borderPoint(s, offset ? ctrl : t, KIND_STYLES[s.kind].shape);
    const tip = borderPoint(t, offset ? ctrl : s, KIND_STYLES[t.kind].shape);
    const from = offset ? ctrl : src;
    const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
    const gap = arrowGap(polarity.arrow, width, ARROW_SCALE);
    const end = { x: tip.x - Math.cos(angle) * gap, y: tip.y - Math.sin(angle) * gap };
    const d = offset
      ? `M${r(src.x)} ${r(src.y)}Q${r(ctrl.x)} ${r(ctrl.y)} ${r(end.x)} ${r(end.y)}`
      : `M${r(src.x)} ${r(src.y)}L${r(end.x)} ${r(end.y)}`;
    const head = whole(arrowPath(polarity.arrow, tip.x, tip.y, angle, arrowSize(width, ARROW_SCALE)));
    const key = `${polarity.color}|${dash.join(' ')}|${polarity.fill}`;
    const list = groups.get(key) ?? [];
    const hollow = polarity.fill === 'hollow';
    list.push(
      `<path d="${d}" fill="none" stroke-width="${width}"/>` +
        (hollow
          ? `<path d="${head}" fill="none" stroke-width="${width}"/>`
          : `<path d="${head}" stroke="none"/>`),
    );
    groups.set(key, list);
  }
  return [...groups]
    .map(([key, paths]) => {
      const [color, dash] = key.split('|');
      const dashed = dash ? ` stroke-dasharray="${dash}"` : '';
      return `<g stroke="${color}" fill="${color}"${dashed}>${paths.join('')}</g>`;
    })
    .join('');
}

/** The nodes, grouped by kind (fill, border and shape come from the kind). */
function nodesSvg(nodes: readonly NodeInfo[]): string {
  const byKind = new Map<NodeKind, string[]>();
  for (const n of nodes) {
    const shape = KIND_STYLES[n.kind].shape;
    const list = byKind.get(n.kind) ?? [];
    list.push(`<path d="${whole(nodeShapePath(shape, n.x, n.y, n.w, n.h))}"/>`);
    byKind.set(n.kind, list);
  }
  return [...byKind]
    .map(
      ([kind, paths]) =>
        `<g fill="${KIND_STYLES[kind].fill}" stroke="${KIND_STYLES[kind].color}" stroke-width="${BORDER}" stroke-linejoin="round">${paths.join('')}</g>`,
    )
    .join('');
}

export interface FirstViewPicture {
  /** The <svg> element, sized by its container (CSS), the map centred in it as the first fit does. */
  readonly svg: string;
  /** Per label set (LABEL_SETS order): the zoom of its first fit and the ids it names. */
  readonly sets: readonly {
    readonly minWidth: number;
    readonly zoom: number;
    readonly named: readonly string[];
  }[];
}

/**
 * The curated map's first view as an inline SVG: edges, nodes, and one group of far labels per
 * label set (class `fv-labels fv-w<minWidth>`; CSS shows the one for the window's width). The
 * viewBox is the first fit's frame of the most common desktop set (1440 px), `meet` centres it in
 * any box as the fit does.
 */
export function firstViewSvg(graph: Graph, sets: readonly LabelSet[] = LABEL_SETS): FirstViewPicture {
  const elements = toElements(graph);
  const rankOf = labelRanks(graph);
  const kindOf = new Map(graph.nodes.map((n) => [n.id as string, n.kind]));
  const nodes: NodeInfo[] = firstViewCandidates(elements, rankOf).map((n) => ({
    ...n,
    kind: kindOf.get(n.id)!,
  }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const views = sets.map((set) => ({ set, view: firstViewport(nodes, set.canvas) }));
  const main = views.find((v) => v.set.minWidth === 1440) ?? views[views.length - 1]!;
  const { zoom, box } = main.view;
  const pad = PADDING / zoom;
  const viewBox = [box.x1 - pad, box.y1 - pad, box.x2 - box.x1 + 2 * pad, box.y2 - box.y1 + 2 * pad].map(r);
  const labels = views
    .map(
      ({ set, view }) =>
        `<g class="fv-labels fv-w${set.minWidth}">${view.band < 0 ? '' : labelsSvg(nodes, view.font, view.placed)}</g>`,
    )
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox.join(' ')}" preserveAspectRatio="xMidYMid meet" focusable="false">` +
    `<g opacity="${EDGE_OPACITY}">${edgesSvg(
      elements.filter((el) => el.group === 'edges'),
      byId,
    )}</g>` +
    nodesSvg(nodes) +
    labels +
    `</svg>`;
  return {
    svg,
    sets: views.map(({ set, view }) => ({
      minWidth: set.minWidth,
      zoom: view.zoom,
      named: nodes.filter((n) => view.placed.has(n.id)).map((n) => n.id),
    })),
  };
}
