// Kind → shape and colour. Okabe–Ito colours (safe for the common colour-vision deficiencies), and
// every kind also has its own shape, so meaning never rests on colour alone. Shared by the canvas,
// the legend, image captions and the data exports (CX2 and cyjs styles).
import { NODE_KINDS, type NodeKind, type Polarity } from './vocabulary';

export interface KindStyle {
  /** Cytoscape node shape. */
  readonly shape: string;
  /** Strong colour for borders and legend swatches. */
  readonly color: string;
  /** Light fill that keeps dark label text at a contrast ratio above 7:1. */
  readonly fill: string;
}

export const KIND_STYLES: Record<NodeKind, KindStyle> = {
  therapy: { shape: 'round-octagon', color: '#B36B00', fill: '#FBE3BF' },
  cell: { shape: 'ellipse', color: '#0072B2', fill: '#D3EAF7' },
  mediator: { shape: 'round-rectangle', color: '#007A59', fill: '#CDEFE3' },
  receptor: { shape: 'round-tag', color: '#8A7F00', fill: '#F7F2B5' },
  process: { shape: 'round-hexagon', color: '#A8467F', fill: '#F3DAE9' },
  condition: { shape: 'round-diamond', color: '#B84A00', fill: '#F9D8C4' },
};

export interface PolarityStyle {
  readonly arrow: 'triangle' | 'tee' | 'diamond';
  readonly fill: 'filled' | 'hollow';
  readonly color: string;
  readonly label: string;
}

/** The font of labels and captions: DejaVu Sans is bundled for PDFs; the rest are fallbacks. */
export const FONT_STACK = '"DejaVu Sans", "Helvetica Neue", Arial, sans-serif';

/** The three polarities in the order every list shows them (legend, filters, captions, styles). */
export const POLARITIES: readonly Polarity[] = [1, -1, 0];

export const POLARITY_STYLES: Record<`${Polarity}`, PolarityStyle> = {
  '1': { arrow: 'triangle', fill: 'filled', color: '#2F4858', label: 'promotes (pointed arrow)' },
  '-1': { arrow: 'tee', fill: 'filled', color: '#B2182B', label: 'counters (flat bar)' },
  '0': { arrow: 'diamond', fill: 'hollow', color: '#6B6B6B', label: 'structural / unsigned (open diamond)' },
};

/** Line style by the strongest evidence: solid for primary studies, dashed for reviews, dotted for opinion or news. */
export const STRENGTH_LINE = { primary: 'solid', review: 'dashed', news: 'dotted' } as const;

/** A Cytoscape.js style rule as plain data (the canvas and the cyjs export both use these). */
export interface StyleRule {
  readonly selector: string;
  readonly style: Record<string, string | number>;
}

/** Shape, fill and border of each node kind, keyed on the `kind` data field. */
export const KIND_STYLE_RULES: StyleRule[] = NODE_KINDS.map((kind) => ({
  selector: `node[kind = "${kind}"]`,
  style: {
    shape: KIND_STYLES[kind].shape,
    'background-color': KIND_STYLES[kind].fill,
    'border-color': KIND_STYLES[kind].color,
  },
}));

/** Line colour and arrowhead of each polarity, keyed on the `polarity` data field. */
export const POLARITY_STYLE_RULES: StyleRule[] = (['1', '-1', '0'] as const).map((p) => ({
  selector: `edge[polarity = ${p}]`,
  style: {
    'line-color': POLARITY_STYLES[p].color,
    'target-arrow-color': POLARITY_STYLES[p].color,
    'target-arrow-shape': POLARITY_STYLES[p].arrow,
    'target-arrow-fill': POLARITY_STYLES[p].fill,
  },
}));
