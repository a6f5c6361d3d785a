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
import { Suspense } from 'react';
import { preloadable } from '../common/preloadable';
import { useLayerStore } from '../../store/layers';
import { KindShape, LineSample, PolarityArrow } from '../common/shapes';

const ImportedLegend = preloadable(() => import('./ImportedLegend').then((m) => m.ImportedLegend));

/** Fetch the imported elements' legend ahead of need (a file is being opened). */
export const preloadImportedLegend = ImportedLegend.preload;

/** The cues of imported elements, once a layer exists (their code loads then). */
function ImportedCues() {
  const any = useLayerStore((s) => s.layers.length > 0);
  if (!any) return null;
  return (
    <Suspense fallback={null}>
      <ImportedLegend.Component />
    </Suspense>
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
      <ImportedCues />
    </section>
  );
}
