// Paint a laid-out caption: as SVG elements (vector, text stays text) or onto a 2D canvas (PNG).
import { xmlEscape } from '../export/xml';
import { CAPTION_FONT, type CaptionLayout, type CaptionOp } from './captionLayout';
import { arrowGap, arrowPath, nodeShapePath } from './imageShapes';
import { KIND_STYLES, POLARITY_STYLES, STRENGTH_LINE } from '../model/palette';

/** Dash patterns for line styles, in px (as on the canvas, independent of line width). */
export const DASH: Record<(typeof STRENGTH_LINE)[keyof typeof STRENGTH_LINE], readonly number[]> = {
  solid: [],
  dashed: [6, 3],
  dotted: [1.5, 3],
};

const LEGEND_ARROW = 40;
const LEGEND_LINE_W = 2.5;

/** The primitives of one caption op, painter-neutral. */
type Prim =
  | {
      kind: 'path';
      d: string;
      fill: string | null;
      stroke: string | null;
      width: number;
      dash?: readonly number[];
    }
  | { kind: 'text'; x: number; y: number; text: string; size: number; bold: boolean; color: string };

function primitives(op: CaptionOp): Prim[] {
  switch (op.type) {
    case 'text':
      return [{ kind: 'text', ...op }];
    case 'rule':
      return [
        { kind: 'path', d: `M${op.x} ${op.y}H${op.x + op.w}`, fill: null, stroke: '#BBBBBB', width: 1 },
      ];
    case 'kind': {
      const s = KIND_STYLES[op.kind];
      return [
        {
          kind: 'path',
          d: nodeShapePath(s.shape, op.x + op.w / 2, op.y + op.h / 2, op.w, op.h),
          fill: s.fill,
          stroke: s.color,
          width: 2,
        },
      ];
    }
    case 'arrow': {
      const s = POLARITY_STYLES[`${op.polarity}`];
      const tip = op.x + op.w;
      const end =
        tip - arrowGap(s.arrow, LEGEND_LINE_W, 1) - (s.arrow === 'tee' ? 0 : LEGEND_ARROW * 0.3 - 2);
      const head = arrowPath(s.arrow, tip, op.y, 0, LEGEND_ARROW);
      return [
        { kind: 'path', d: `M${op.x} ${op.y}H${end}`, fill: null, stroke: s.color, width: LEGEND_LINE_W },
        s.fill === 'hollow'
          ? { kind: 'path', d: head, fill: '#FFFFFF', stroke: s.color, width: 1.5 }
          : { kind: 'path', d: head, fill: s.color, stroke: null, width: 0 },
      ];
    }
    case 'line':
      return [
        {
          kind: 'path',
          d: `M${op.x} ${op.y}H${op.x + op.w}`,
          fill: null,
          stroke: '#2F4858',
          width: LEGEND_LINE_W,
          dash: DASH[STRENGTH_LINE[op.strength]],
        },
      ];
  }
}

/** SVG text element attributes shared by captions and node labels. */
export function svgText(
  x: number,
  y: number,
  text: string,
  size: number,
  bold: boolean,
  color: string,
  extra = '',
): string {
  return `<text x="${round(x)}" y="${round(y)}" font-family="${xmlEscape(CAPTION_FONT)}" font-size="${size}" font-weight="${bold ? 'bold' : 'normal'}" fill="${color}"${extra}>${xmlEscape(text)}</text>`;
}

export const round = (n: number) => Math.round(n * 100) / 100;

/** The caption as SVG elements inside a group translated to `top`. */
export function captionSvg(layout: CaptionLayout, top: number): string {
  const parts = layout.ops.flatMap(primitives).map((p) => {
    if (p.kind === 'text') return svgText(p.x, p.y, p.text, p.size, p.bold, p.color);
    const dash = p.dash?.length ? ` stroke-dasharray="${p.dash.join(' ')}"` : '';
    const stroke = p.stroke ? ` stroke="${p.stroke}" stroke-width="${p.width}" stroke-linejoin="round"` : '';
    return `<path d="${p.d}" fill="${p.fill ?? 'none'}"${stroke}${dash}/>`;
  });
  return `<g class="caption" transform="translate(0 ${round(top)})">${parts.join('')}</g>`;
}

/** Paint the caption on a canvas whose transform already maps caption px to device px. */
export function paintCaption(ctx: CanvasRenderingContext2D, layout: CaptionLayout): void {
  for (const p of layout.ops.flatMap(primitives)) {
    if (p.kind === 'text') {
      ctx.font = `${p.bold ? 'bold ' : ''}${p.size}px ${CAPTION_FONT}`;
      ctx.fillStyle = p.color;
      ctx.textBaseline = 'alphabetic';
      ctx.textAlign = 'left';
      ctx.fillText(p.text, p.x, p.y);
      continue;
    }
    const path = new Path2D(p.d);
    if (p.fill) {
      ctx.fillStyle = p.fill;
      ctx.fill(path);
    }
    if (p.stroke) {
      ctx.strokeStyle = p.stroke;
      ctx.lineWidth = p.width;
      ctx.lineJoin = 'round';
      ctx.setLineDash(p.dash ? [...p.dash] : []);
      ctx.stroke(path);
      ctx.setLineDash([]);
    }
  }
}

/** Text measurement with the caption font on a scratch canvas (falls back to a rough estimate). */
export function canvasMeasure(): (text: string, size: number, bold: boolean) => number {
  const ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  if (!ctx) return (text, size, bold) => text.length * size * (bold ? 0.62 : 0.56);
  return (text, size, bold) => {
    ctx.font = `${bold ? 'bold ' : ''}${size}px ${CAPTION_FONT}`;
    return ctx.measureText(text).width;
  };
}
