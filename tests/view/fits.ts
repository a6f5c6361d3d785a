// Record the fits the canvas would make, with the canvas's own rule (decideFit) and the derived
// view's filters, so tests can say "exactly one fit" without a canvas.
import type { KnowledgeBase } from '../../src/features/common/graphContext';
import { decideFit, fitStateOf, type FitState, type FitTarget } from '../../src/store/fit';
import { useAppStore, type AppState } from '../../src/store/store';
import { viewSelector } from '../../src/store/view';

export function recordFits(kb: KnowledgeBase): { fits: FitTarget[]; stop: () => void } {
  const view = viewSelector(kb.graph, kb.stories);
  const state = (s: AppState): FitState => fitStateOf(s, view(s));
  const fits: FitTarget[] = [];
  let prev = state(useAppStore.getState());
  const stop = useAppStore.subscribe((s) => {
    const next = state(s);
    const target = decideFit(prev, next);
    prev = next;
    if (target) fits.push(target);
  });
  return { fits, stop };
}
