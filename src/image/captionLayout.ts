// Lays the caption out as drawing operations, given a way to measure text. The same operations
// are painted on a canvas (PNG) or written as SVG (SVG, PDF), so every format shows one caption.
// Units are CSS pixels at 1×; the PNG painter scales them.
import { FONT_STACK } from '../model/palette';
import type { CaptionContent, Strength } from './caption';
import { NODE_KIND_LABELS, type NodeKind, type Polarity } from '../model/vocabulary';

/** Captions use the labels' font. */
export const CAPTION_FONT = FONT_STACK;
/** The caption never gets narrower than this, so a small "current view" still reads well. */
export const MIN_CAPTION_WIDTH = 560;

export type CaptionOp =
  | { type: 'text'; x: number; y: number; text: string; size: number; bold: boolean; color: string }
  | { type: 'kind'; kind: NodeKind; x: number; y: number; w: number; h: number }
  | { type: 'arrow'; polarity: Polarity; x: number; y: number; w: number }
  | { type: 'line'; strength: Strength; x: number; y: number; w: number }
  | { type: 'rule'; x: number; y: number; w: number };

export interface CaptionLayout {
  readonly width: number;
  readonly height: number;
  readonly ops: readonly CaptionOp[];
}

/** Width in px of `text` at `size` px, bold or not. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** A rough measure for tests and environments without canvas text metrics. */
export const roughMeasure: Measure = (text, size, bold) => text.length * size * (bold ? 0.62 : 0.56);

const PAD = 16;
const TITLE = 20;
const BODY = 13;
const LEGEND = 13;
const INK = '#111111';
const MUTED = '#444444';

const STRENGTH_WORDS: Record<Strength, string> = {
  primary: 'solid line: primary study',
  review: 'dashed line: review only',
  news: 'dotted line: opinion or news only',
};
const ARROW_WORDS: Record<`${Polarity}`, string> = {
  '1': 'promotes',
  '-1': 'counters',
  '0': 'structural / unsigned',
};

/** Greedy word wrap; a word longer than the line gets a line of its own. */
export function wrap(text: string, width: number, size: number, bold: boolean, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The caption band. `legendOnly` keeps just the legend, for pictures whose page already says the
 * rest (a handout step has its own heading and sources).
 */
export function layoutCaption(
  content: CaptionContent,
  imageWidth: number,
  measure: Measure,
  { legendOnly = false }: { legendOnly?: boolean } = {},
): CaptionLayout {
  const width = Math.max(imageWidth, MIN_CAPTION_WIDTH);
  const inner = width - 2 * PAD;
  const ops: CaptionOp[] = [{ type: 'rule', x: PAD, y: 0.5, w: inner }];
  let y = PAD;

  const paragraph = (text: string, size: number, bold: boolean, color: string) => {
    for (const line of wrap(text, inner, size, bold, measure)) {
      y += size * 1.3;
      ops.push({ type: 'text', x: PAD, y: y - size * 0.3, text: line, size, bold, color });
    }
  };
  if (!legendOnly) {
    paragraph(content.title, TITLE, true, INK);
    y += 8;
  }

  // Legend: swatch + words, flowing left to right and wrapping.
  const items: { w: number; draw: (x: number, top: number) => void }[] = [];
  const add = (swatchW: number, words: string, swatch: (x: number, mid: number) => CaptionOp) => {
    const textW = measure(words, LEGEND, false);
    items.push({
      w: swatchW + 6 + textW,
      draw: (x, top) => {
        const mid = top + 10;
        ops.push(swatch(x, mid));
        ops.push({
          type: 'text',
          x: x + swatchW + 6,
          y: mid + LEGEND * 0.35,
          text: words,
          size: LEGEND,
          bold: false,
          color: INK,
        });
      },
    });
  };
  for (const kind of content.kinds) {
    add(24, NODE_KIND_LABELS[kind], (x, mid) => ({ type: 'kind', kind, x, y: mid - 8, w: 24, h: 16 }));
  }
  for (const p of content.polarities) {
    add(40, ARROW_WORDS[`${p}`], (x, mid) => ({ type: 'arrow', polarity: p, x, y: mid, w: 40 }));
  }
  for (const s of content.strengths) {
    add(32, STRENGTH_WORDS[s], (x, mid) => ({ type: 'line', strength: s, x, y: mid, w: 32 }));
  }
  let x = PAD;
  if (items.length) {
    for (const item of items) {
      if (x > PAD && x + item.w > PAD + inner) {
        x = PAD;
        y += 22;
      }
      item.draw(x, y);
      x += item.w + 18;
    }
    y += 22 + 4;
  }

  if (legendOnly) return { width, height: Math.ceil(y + PAD - 4), ops };
  // An imported network: its name and file, the credit its licence asks for, then the date; the
  // curated map's filters, sources and data version do not describe it.
  if (content.network) {
    paragraph(content.network, BODY, true, INK);
    if (content.attributions?.length)
      paragraph(`Network: ${content.attributions.join('; ')}`, BODY, false, INK);
    if (content.filters) paragraph(`Filters: ${content.filters}`, BODY, false, INK);
    paragraph(`Drawn with Nociscope · exported ${content.date}`, BODY, false, MUTED);
    return { width, height: Math.ceil(y + PAD - 4), ops };
  }
  // A story step is named by its story and step; its own filter, if it has one, is said too.
  if (content.story) paragraph(content.story, BODY, true, INK);
  if (!content.story || content.filters)
    paragraph(`Filters: ${content.filters || 'none (everything in the map)'}`, BODY, false, INK);
  if (content.credits.length) paragraph(`Sources: ${content.credits.join('; ')}`, BODY, false, INK);
  // An imported network whose licence asks for credit (CC BY, CC BY-SA…) gets it in the picture.
  if (content.attributions?.length)
    paragraph(`Network: ${content.attributions.join('; ')}`, BODY, false, INK);
  paragraph(
    `Nociscope data version ${content.dataVersion} · exported ${content.date} · every relation is cited in the app`,
    BODY,
    false,
    MUTED,
  );
  return { width, height: Math.ceil(y + PAD - 4), ops };
}
