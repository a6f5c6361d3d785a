// The map's visual language in words: shapes for kinds, arrow heads for polarity, line styles for
// the strength of evidence and width for the number of sources. Colour is never the only cue.
import { useId } from 'react';
import { POLARITIES, STRENGTH_LINE } from '../../model/palette';
import {
  NODE_KIND_LABELS,
  NODE_KINDS,
  POLARITY_LABELS,
  type NodeKind,
  type Polarity,
} from '../../model/vocabulary';
import { IMPORTED_DASH } from '../../canvas/importedStylesheet';
import { useLayerStore } from '../../store/layers';
import { KindShape, LineSample, PolarityArrow } from '../common/shapes';

/** The cues of imported elements; shown once a layer exists. */
function ImportedLegend() {
  const any = useLayerStore((s) => s.layers.length > 0);
  if (!any) return null;
  return (
    <>
      <h3>Imported layers</h3>
      <ul className="legend__list">
        <li>
          <svg
            width="28"
            height="20"
            viewBox="0 0 28 20"
            aria-hidden="true"
            focusable="false"
            className="swatch"
          >
            <path
              d="M6 2H22L26 6V14L22 18H6L2 14V6Z"
              fill="#F2F2F2"
              stroke="#333"
              strokeWidth="2"
              strokeDasharray="4 3"
            />
          </svg>{' '}
          cut-corner box with a dashed border: imported entity (over the curated map its label ends “·
          imported”)
        </li>
        <li>
          <svg
            width="52"
            height="16"
            viewBox="0 0 52 16"
            aria-hidden="true"
            focusable="false"
            className="swatch"
          >
            <line
              x1="2"
              y1="8"
              x2="50"
              y2="8"
              stroke="#2F4858"
              strokeWidth="2.5"
              strokeDasharray={IMPORTED_DASH.join(' ')}
            />
          </svg>{' '}
          dash-dot line: imported relation
        </li>
        <li>
          <svg
            width="28"
            height="20"
            viewBox="0 0 28 20"
            aria-hidden="true"
            focusable="false"
            className="swatch"
          >
            <rect x="2" y="2" width="24" height="16" rx="3" fill="#fff" stroke="#333" strokeWidth="1.5" />
            <rect x="5" y="5" width="18" height="10" rx="2" fill="none" stroke="#333" strokeWidth="1.5" />
          </svg>{' '}
          double border: curated entity an imported node was matched to
        </li>
      </ul>
    </>
  );
}

const ARROW_SHAPES: Record<`${Polarity}`, string> = {
  '1': 'pointed arrow',
  '-1': 'flat bar',
  '0': 'open diamond',
};
const ARROWS = POLARITIES.map((polarity) => ({ polarity, shape: ARROW_SHAPES[`${polarity}`] }));

const STRENGTHS: { strength: keyof typeof STRENGTH_LINE; meaning: string }[] = [
  { strength: 'primary', meaning: 'backed by a primary study' },
  { strength: 'review', meaning: 'review only' },
  { strength: 'news', meaning: 'opinion or news only' },
];

// Widths as elements.ts draws them: 2 px for one source, 1.5 px more for each further source.
const WIDTHS: { width: number; meaning: string }[] = [
  { width: 2, meaning: 'one source' },
  { width: 3.5, meaning: 'two sources' },
  { width: 5, meaning: 'three or more sources' },
];

export function Legend({ kinds = NODE_KINDS }: { kinds?: readonly NodeKind[] }) {
  const headingId = useId();
  return (
    <section className="panel legend" aria-labelledby={headingId}>
      <h2 id={headingId}>Legend</h2>
      <h3>Entities</h3>
      <ul className="legend__list">
        {NODE_KINDS.filter((k) => kinds.includes(k)).map((k) => (
          <li key={k}>
            <KindShape kind={k} /> {NODE_KIND_LABELS[k]}
          </li>
        ))}
      </ul>
      <h3>Arrow heads: what a relation does</h3>
      <ul className="legend__list">
        {ARROWS.map(({ polarity, shape }) => (
          <li key={polarity}>
            <PolarityArrow polarity={polarity} /> {shape}: {POLARITY_LABELS[`${polarity}`]}
          </li>
        ))}
      </ul>
      <h3>Lines: strength of evidence</h3>
      <ul className="legend__list">
        {STRENGTHS.map(({ strength, meaning }) => (
          <li key={strength}>
            <LineSample style={STRENGTH_LINE[strength]} /> {STRENGTH_LINE[strength]}: {meaning}
          </li>
        ))}
        {WIDTHS.map(({ width, meaning }) => (
          <li key={width}>
            <LineSample width={width} /> width: {meaning}
          </li>
        ))}
      </ul>
      <ImportedLegend />
    </section>
  );
}
