// What a relation does to its target, in words and a glyph as well as colour.
import type { Polarity } from '../../model/vocabulary';

const CHIPS: Record<`${Polarity}`, { modifier: string; glyph: string; word: string }> = {
  '1': { modifier: 'promotes', glyph: '↑', word: 'promotes' },
  '-1': { modifier: 'counters', glyph: '⊣', word: 'counters' },
  '0': { modifier: 'structural', glyph: '◇', word: 'structural' },
};

export function PolarityChip({ polarity }: { polarity: Polarity }) {
  const chip = CHIPS[`${polarity}`];
  return (
    <span className={`chip chip--${chip.modifier}`}>
      <span aria-hidden="true">{chip.glyph}</span> {chip.word}
    </span>
  );
}
