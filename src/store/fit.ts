// When the canvas moves by itself, decided in one place: a story start or step change frames the
// step, a change of what the filters keep frames what they keep, the toolbar's Fit and a search
// ask for it. Pure, so the rule is tested without a canvas; src/canvas/useFollowView.ts applies it.
import { sameFilters, type Filters } from '../model/filter';
import type { ViewCommand } from './types';

/** The parts of the state a fit follows. `filters` are the effective ones (a story's own). */
export interface FitState {
  readonly story: { readonly id: string; readonly step: number } | null;
  readonly filters: Filters;
  readonly command: ViewCommand | null;
}

/**
 * - `frame`: the derived view's frame (a story step's zoom, else what is emphasised), close up;
 * - `kept`: everything the filters keep (or the whole map when they keep nothing).
 */
export type FitTarget = 'frame' | 'kept';

/** What to fit after the state went from `prev` (null: the first real size) to `next`, if anything. */
export function decideFit(prev: FitState | null, next: FitState): FitTarget | null {
  if (!prev) return next.story ? 'frame' : 'kept';
  if (next.command && next.command !== prev.command) {
    if (next.command.name === 'fit') return 'kept';
    if (next.command.name === 'focus') return 'frame';
  }
  if (next.story) {
    const moved = !prev.story || prev.story.id !== next.story.id || prev.story.step !== next.story.step;
    return moved ? 'frame' : null;
  }
  // Leaving a story gives the reader's filters back but leaves the camera where the story was.
  if (prev.story) return null;
  return sameFilters(prev.filters, next.filters) ? null : 'kept';
}
