// When the canvas moves by itself, decided in one place: a story start or step change frames the
// step, a new selection or pathway answer frames what it emphasises, a change of what the filters
// keep frames what they keep (unless the reader has moved the camera and can still see some of it),
// the toolbar's Fit asks for it. Pure, so the rule is tested without a canvas;
// src/canvas/useCanvasSync.ts applies it.
import { sameFilters, type Filters } from '../model/filter';
import type { DerivedView, Selection } from '../model/view';
import type { ViewCommand } from './types';

/** The parts of the state a fit follows. `filters` are the effective ones (a story's own). */
export interface FitState {
  readonly story: { readonly id: string; readonly step: number } | null;
  readonly filters: Filters;
  readonly command: ViewCommand | null;
  /** The selection (an entity or relation is framed with its neighbours when picked). */
  readonly selection?: Selection | null;
  /** The pathway answer on show (its identity changes when the answer does), or null. */
  readonly answer?: object | null;
}

/**
 * - `frame`: the derived view's frame (a story step's zoom, else what is emphasised), close up;
 * - `kept`: everything the filters keep (or the whole map when they keep nothing);
 * - `filtered`: as `kept`, unless the reader has zoomed or panned since the last fit and some of
 *   what is kept is still in view (their own camera is respected).
 */
export type FitTarget = 'frame' | 'kept' | 'filtered';

/** The fit state of the store's state `s`, with the derived view `view` of it. */
export function fitStateOf(
  s: {
    story: FitState['story'];
    command: ViewCommand | null;
    selection: Selection | null;
    panel: string;
  },
  view: Pick<DerivedView, 'filters' | 'pathway'>,
): FitState {
  return {
    story: s.story,
    filters: view.filters,
    command: s.command,
    selection: s.selection,
    answer: s.panel === 'paths' ? view.pathway : null,
  };
}

/**
 * A selection the camera frames: an entity or a relation (a source's claims may span the map; an
 * imported element was picked where the reader is looking).
 */
const framed = (sel: Selection | null | undefined) =>
  !!sel && sel.type !== 'source' && sel.type !== 'imported';
const sameSelection = (a: Selection | null | undefined, b: Selection | null | undefined) =>
  a === b || (!!a && !!b && a.type === b.type && a.id === b.id);

/** What to fit after the state went from `prev` (null: the first real size) to `next`, if anything. */
export function decideFit(prev: FitState | null, next: FitState): FitTarget | null {
  if (!prev) return next.story || framed(next.selection) ? 'frame' : 'kept';
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
  // Focus follows attention: a picked entity, with its neighbours, or a new answer comes into view.
  if (framed(next.selection) && !sameSelection(prev.selection, next.selection)) return 'frame';
  if (next.answer && next.answer !== prev.answer) return 'frame';
  return sameFilters(prev.filters, next.filters) ? null : 'filtered';
}
