// Small inline SVGs that repeat the canvas's visual language (palette.ts) in panels and the legend.
// They are decoration next to words, so they are hidden from assistive technology.
import { KIND_STYLES, POLARITY_STYLES, STRENGTH_LINE } from '../../model/palette';
import type { NodeKind, Polarity } from '../../model/vocabulary';

// Cytoscape shape names drawn in a 24×24 box; the rounded corners come from the round line join.
const POLYGONS: Record<string, string> = {
  'round-octagon': '8,2 16,2 22,8 22,16 16,22 8,22 2,16 2,8',
  'round-tag': '2,5 16,5 22,12 16,19 2,19',
  'round-hexagon': '7,3 17,3 22,12 17,21 7,21 2,12',
  'round-diamond': '12,2 22,12 12,22 2,12',
};

/** The shape and colours a node kind has on the canvas. */
export function KindShape({ kind, size = 20 }: { kind: NodeKind; size?: number }) {
  const { shape, color, fill } = KIND_STYLES[kind];
  const paint = { fill, stroke: color, strokeWidth: 2.5, strokeLinejoin: 'round' as const };
  const points = POLYGONS[shape];
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      className="swatch"
    >
      {shape === 'ellipse' ? (
        <ellipse cx="12" cy="12" rx="10" ry="8" {...paint} />
      ) : points ? (
        <polygon points={points} {...paint} />
      ) : (
        <rect x="2" y="5" width="20" height="14" rx="4" {...paint} />
      )}
    </svg>
  );
}

/** A short edge ending the way the canvas ends a relation of this polarity. */
export function PolarityArrow({ polarity }: { polarity: Polarity }) {
  const { arrow, color } = POLARITY_STYLES[`${polarity}`];
  return (
    <svg width="52" height="16" viewBox="0 0 52 16" aria-hidden="true" focusable="false" className="swatch">
      <line x1="2" y1="8" x2={arrow === 'tee' ? 44 : 38} y2="8" stroke={color} strokeWidth="2.5" />
      {arrow === 'triangle' && <polygon points="36,2 48,8 36,14" fill={color} />}
      {arrow === 'tee' && <line x1="45" y1="1" x2="45" y2="15" stroke={color} strokeWidth="4" />}
      {arrow === 'diamond' && (
        <polygon points="37,8 43,3 49,8 43,13" fill="#FFFFFF" stroke={color} strokeWidth="2" />
      )}
    </svg>
  );
}

const DASHES: Record<(typeof STRENGTH_LINE)[keyof typeof STRENGTH_LINE], string | undefined> = {
  solid: undefined,
  dashed: '8 5',
  dotted: '2 4',
};

/** A line sample in the canvas's style for an evidence strength, at a given width. */
export function LineSample({
  style = 'solid',
  width = 2.5,
  dash,
}: {
  style?: (typeof STRENGTH_LINE)[keyof typeof STRENGTH_LINE];
  width?: number;
  /** A dash pattern of its own (an imported relation's dash-dot), instead of the style's. */
  dash?: string;
}) {
  return (
    <svg width="52" height="16" viewBox="0 0 52 16" aria-hidden="true" focusable="false" className="swatch">
      <line
        x1="2"
        y1="8"
        x2="50"
        y2="8"
        stroke="#2F4858"
        strokeWidth={width}
        strokeDasharray={dash ?? DASHES[style]}
      />
    </svg>
  );
}
