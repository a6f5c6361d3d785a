// Keep the URL and the store in step: every view change pushes a history entry (so back/forward
// walk through views), and popstate puts the store back.
import type { Graph } from '../model/graph';
import type { Story } from '../model/story';
import { curatedSelection } from '../model/view';
import { applyUrlState, useAppStore, type AppState } from './store';
import { fromSearch, toSearch } from './url';

/** The parts of the state the URL holds: while none of them changes (by reference), nor does the URL. */
const urlFields = (s: AppState) => [
  s.filters,
  s.hiddenMode,
  s.selection,
  s.layout,
  s.story,
  s.presenter,
  s.path,
];

const urlPart = (s: AppState) =>
  toSearch({
    filters: s.filters,
    hiddenMode: s.hiddenMode,
    selection: curatedSelection(s.selection),
    layout: s.layout,
    story: s.story,
    presenter: s.presenter,
    path: s.path,
  });

/** Read the current URL into the store, then follow changes both ways. Returns an unsubscribe. */
export function startUrlSync(graph: Graph, stories: readonly Story[], win: Window = window): () => void {
  const load = () => {
    const { state, notices } = fromSearch(win.location.search, graph, stories);
    applyUrlState(state);
    if (notices.length) useAppStore.getState().notify(notices);
  };
  load();
  // A link with unknown ids is rewritten to what was actually restored, without a new entry.
  const restored = urlPart(useAppStore.getState());
  if (restored !== win.location.search) win.history.replaceState(null, '', restored || win.location.pathname);

  const onPop = () => load();
  win.addEventListener('popstate', onPop);
  const unsubscribe = useAppStore.subscribe((s, prev) => {
    // Most store changes (hover, panels, notices, imports) leave the URL's parts alone: no need to
    // write the URL twice over to find out (every store change came here).
    const before = urlFields(prev);
    if (urlFields(s).every((v, i) => v === before[i])) return;
    const next = urlPart(s);
    if (next !== urlPart(prev) && next !== win.location.search) {
      win.history.pushState(null, '', next || win.location.pathname);
    }
  });
  return () => {
    win.removeEventListener('popstate', onPop);
    unsubscribe();
  };
}

/** The deep link of the current view, for "copy link". */
export const currentLink = (win: Window = window): string => win.location.href;
