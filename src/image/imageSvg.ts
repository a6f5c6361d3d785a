// A true vector picture of the graph, written from what Cytoscape has laid out and styled: node
// shapes as paths, edges as lines or curves with their arrow heads, labels as <text>. Written here
// rather than with cytoscape-svg (GPL-3, and its canvas shim turns each glyph run into whatever
// the shim supports); reading computed styles keeps the picture in step with stylesheet.ts.
import type { Collection, Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { CAPTION_FONT, type CaptionLayout } from './captionLayout';
import { xmlEscape } from '../export/xml';
import { captionSvg, DASH, round, svgText } from './captionPaint';
import { arrowGap, arrowPath, arrowSize, nodeShapePath } from './imageShapes';
import type { Size } from './imageSize';
import type { Subgraph } from '../model/queries';
import { elementsOf } from '../canvas/collection';

export type Region = 'view' | 'full';

/** A model-coordinate box. */
export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly w: number;
  readonly h: number;
}

/**
 * The elements an image shows: those of `shown` (the derived view's picture subgraph, never read
 * back from the canvas classes) and of the imported layers on the map (`layerIds`); for the current
 * view, only those that overlap the visible part.
 */
export function exportedElements(
  cy: Core,
  shown: Subgraph,
  region: Region,
  layerIds: readonly string[] = [],
): Collection {
  const eles = elementsOf(cy, [...shown.nodes, ...shown.edges, ...layerIds]);
  if (region === 'full') return eles;
  const ext = cy.extent();
  return eles.filter((e) => {
    const bb = e.boundingBox();
    return bb.x2 >= ext.x1 && bb.x1 <= ext.x2 && bb.y2 >= ext.y1 && bb.y1 <= ext.y2;
  });
}

/** The model-space box a picture covers, and its size in CSS px at 1×. */
export function pictureFrame(
  cy: Core,
  region: Region,
  eles: Collection,
): { box: Box; size: Size; zoom: number } {
  if (region === 'view') {
    const ext = cy.extent();
    return {
      box: { x1: ext.x1, y1: ext.y1, w: ext.w, h: ext.h },
      size: { width: cy.width(), height: cy.height() },
      zoom: cy.zoom(),
    };
  }
  const bb = eles.boundingBox();
  return {
    box: { x1: bb.x1, y1: bb.y1, w: bb.w, h: bb.h },
    size: { width: Math.ceil(bb.w), height: Math.ceil(bb.h) },
    zoom: 1,
  };
}

const num = (v: unknown) => Number.parseFloat(String(v)) || 0;
const isBold = (weight: unknown) => String(weight) === 'bold' || num(weight) >= 600;

function edgeSvg(e: EdgeSingular): string {
  const width = num(e.style('width'));
  const color = String(e.style('line-color'));
  const lineStyle = String(e.style('line-style')) as keyof typeof DASH;
  const arrow = String(e.style('target-arrow-shape'));
  const arrowColor = String(e.style('target-arrow-color'));
  const hollow = String(e.style('target-arrow-fill')) === 'hollow';
  const scale = num(e.style('arrow-scale')) || 1;
  const opacity = e.effectiveOpacity();
  const src = e.sourceEndpoint();
  const tip = e.targetEndpoint();
  const ctrl = (e.controlPoints() ?? []) as { x: number; y: number }[];
  const last = ctrl.length ? ctrl[ctrl.length - 1]! : src;
  const angle = Math.atan2(tip.y - last.y, tip.x - last.x);
  const gap = arrow === 'none' ? 0 : arrowGap(arrow, width, scale);
  const end = { x: tip.x - Math.cos(angle) * gap, y: tip.y - Math.sin(angle) * gap };
  let d = `M${round(src.x)} ${round(src.y)}`;
  if (ctrl.length === 0) d += `L${round(end.x)} ${round(end.y)}`;
  else {
    // Cytoscape chains quadratic curves through the midpoints between successive control points.
    for (let i = 0; i < ctrl.length; i++) {
      const c = ctrl[i]!;
      const next =
        i + 1 < ctrl.length ? { x: (c.x + ctrl[i + 1]!.x) / 2, y: (c.y + ctrl[i + 1]!.y) / 2 } : end;
      d += `Q${round(c.x)} ${round(c.y)} ${round(next.x)} ${round(next.y)}`;
    }
  }
  const dash = DASH[lineStyle]?.length ? ` stroke-dasharray="${DASH[lineStyle].join(' ')}"` : '';
  const parts: string[] = [];
  const underlay = num(e.style('underlay-opacity'));
  if (underlay > 0) {
    const pad = num(e.style('underlay-padding'));
    parts.push(
      `<path d="${d}" fill="none" stroke="${e.style('underlay-color')}" stroke-opacity="${underlay}" stroke-width="${round(width + 2 * pad)}" stroke-linecap="round"/>`,
    );
  }
  parts.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="${round(width)}"${dash}/>`);
  // Relation captions (pathway diagrams write verb and sign on each line; the map has none).
  const caption = String(e.style('label') ?? '');
  if (caption) parts.push(edgeCaptionSvg(e, caption));
  const head = arrowPath(arrow, tip.x, tip.y, angle, arrowSize(width, scale));
  if (head) {
    parts.push(
      hollow
        ? `<path d="${head}" fill="none" stroke="${arrowColor}" stroke-width="${round(width)}" stroke-linejoin="round"/>`
        : `<path d="${head}" fill="${arrowColor}"/>`,
    );
  }
  return `<g class="edge" data-id="${xmlEscape(e.id())}" opacity="${round(opacity)}">${parts.join('')}</g>`;
}

/** An edge's caption at its midpoint on a white band, upright (SVG readers need no rotation). */
function edgeCaptionSvg(e: EdgeSingular, caption: string): string {
  const size = num(e.style('font-size')) || 14;
  const bold = isBold(e.style('font-weight'));
  const m = e.midpoint();
  const mid = { x: m.x, y: m.y + num(e.style('text-margin-y')) };
  const w = caption.length * size * 0.6;
  return (
    `<rect x="${round(mid.x - w / 2 - 2)}" y="${round(mid.y - size * 0.7)}" width="${round(w + 4)}" height="${round(size * 1.4)}" fill="#FFFFFF" fill-opacity="0.9"/>` +
    svgText(
      mid.x,
      mid.y + size * 0.35,
      caption,
      size,
      bold,
      String(e.style('color')),
      ' text-anchor="middle"',
    )
  );
}

/** Label lines as Cytoscape wrapped them (kept in its render cache), else a plain whitespace wrap. */
function labelLines(
  n: NodeSingular,
  measure: (text: string, font: string) => number,
  font: string,
): string[] {
  const label = String(n.style('label') ?? '');
  if (!label) return [];
  const cached = (n as unknown as { _private?: { rscratch?: { labelWrapCachedLines?: unknown } } })._private
    ?.rscratch?.labelWrapCachedLines;
  if (
    Array.isArray(cached) &&
    cached.length &&
    cached.join(' ').replace(/\s+/g, ' ').trim() === label.replace(/\s+/g, ' ').trim()
  ) {
    return cached.map(String);
  }
  if (String(n.style('text-wrap')) !== 'wrap') return [label];
  const max = num(n.style('text-max-width'));
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, font) > max) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

function nodeSvg(n: NodeSingular, measure: (text: string, font: string) => number): string {
  const { x, y } = n.position();
  const w = n.width();
  const h = n.height();
  const shape = String(n.style('shape'));
  const parts: string[] = [];
  const underlay = num(n.style('underlay-opacity'));
  if (underlay > 0) {
    const pad = num(n.style('underlay-padding'));
    parts.push(
      `<path d="${nodeShapePath(shape, x, y, w + 2 * pad, h + 2 * pad)}" fill="${n.style('underlay-color')}" fill-opacity="${underlay}"/>`,
    );
  }
  const borderW = num(n.style('border-width'));
  const bgOpacity = num(n.style('background-opacity') ?? 1);
  parts.push(
    `<path d="${nodeShapePath(shape, x, y, w, h)}" fill="${n.style('background-color')}" fill-opacity="${round(bgOpacity)}"` +
      (borderW > 0
        ? ` stroke="${n.style('border-color')}" stroke-width="${round(borderW)}" stroke-linejoin="round"`
        : '') +
      '/>',
  );
  // A knocked-out entity in a pathway diagram: the cross over its box, as on screen.
  if (n.data('crossed') === true) {
    parts.push(
      `<path d="M${round(x - w / 2 + 4)} ${round(y - h / 2 + 4)}L${round(x + w / 2 - 4)} ${round(y + h / 2 - 4)}M${round(x + w / 2 - 4)} ${round(y - h / 2 + 4)}L${round(x - w / 2 + 4)} ${round(y + h / 2 - 4)}" stroke="#B2182B" stroke-opacity="0.85" stroke-width="5" stroke-linecap="round"/>`,
    );
  }
  const size = num(n.style('font-size'));
  const bold = isBold(n.style('font-weight'));
  const font = `${bold ? 'bold ' : ''}${size}px ${CAPTION_FONT}`;
  const lines = labelLines(n, measure, font);
  const textOpacity = num(n.style('text-opacity'));
  lines.forEach((line, i) => {
    const baseline = y + (i - (lines.length - 1) / 2) * size + size * 0.35;
    parts.push(
      svgText(
        x,
        baseline,
        line,
        size,
        bold,
        String(n.style('color')),
        ` text-anchor="middle" fill-opacity="${round(textOpacity)}"`,
      ),
    );
  });
  return `<g class="node" data-id="${xmlEscape(n.id())}" opacity="${round(n.effectiveOpacity())}">${parts.join('')}</g>`;
}

export interface SvgPicture {
  readonly svg: string;
  /** Size of the whole picture (graph plus caption) in CSS px. */
  readonly size: Size;
}

/**
 * The picture as a standalone SVG document: optional white background, the graph scaled and
 * clipped to its frame, and the caption band below it. Graph and caption share the SVG's width;
 * a graph narrower than the caption is centred.
 */
export function buildSvg(
  eles: Collection,
  frame: { box: Box; size: Size; zoom: number },
  options: { background: 'white' | 'transparent'; caption: CaptionLayout | null; title: string },
): SvgPicture {
  const ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  const measure = (text: string, font: string) => {
    if (!ctx) return text.length * 9;
    ctx.font = font;
    return ctx.measureText(text).width;
  };
  const width = Math.max(frame.size.width, options.caption?.width ?? 0);
  const height = frame.size.height + (options.caption?.height ?? 0);
  const offsetX = (width - frame.size.width) / 2;
  const { box, zoom } = frame;
  const edges = eles.edges().map((e) => edgeSvg(e));
  const nodes = eles.nodes().map((n) => nodeSvg(n, measure));
  const graphTransform = `translate(${round(offsetX)} 0) scale(${round(zoom * 10000) / 10000}) translate(${round(-box.x1)} ${round(-box.y1)})`;
  return {
    size: { width, height },
    svg:
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      `<title>${xmlEscape(options.title)}</title>` +
      `<defs><clipPath id="frame"><rect x="${round(offsetX)}" y="0" width="${frame.size.width}" height="${frame.size.height}"/></clipPath></defs>` +
      (options.background === 'white'
        ? `<rect x="0" y="0" width="${width}" height="${height}" fill="#FFFFFF"/>`
        : '') +
      `<g clip-path="url(#frame)"><g transform="${graphTransform}">${edges.join('')}${nodes.join('')}</g></g>` +
      (options.caption ? captionSvg(options.caption, frame.size.height) : '') +
      `</svg>\n`,
  };
}
