// The derived view as a memoised store selector: one per (graph, stories), shared by every reader,
// returning the same object until one of its inputs changes (so React renders and canvas updates
// happen only when what the map shows changes).
import type { Graph } from '../model/graph';
import type { Story } from '../model/story';
import { deriveView, type DerivedView, type ViewCache, type ViewInput } from '../model/view';
import type { AppState } from './store';

export type ViewSelector = (s: AppState) => DerivedView;

const inputOf = (s: AppState, stories: readonly Story[]): ViewInput => ({
  filters: s.filters,
  hiddenMode: s.hiddenMode,
  selection: s.selection,
  stories,
  story: s.story,
  path: s.path,
  showPath: s.panel === 'paths',
  answerShown: s.answerShown,
  overlays: s.overlays,
});

function makeSelector(graph: Graph, stories: readonly Story[]): ViewSelector {
  const cache: ViewCache = new Map();
  let last: { input: ViewInput; view: DerivedView } | null = null;
  return (s) => {
    const input = inputOf(s, stories);
    if (last && (Object.keys(input) as (keyof ViewInput)[]).every((k) => Object.is(input[k], last!.input[k])))
      return last.view;
    last = { input, view: deriveView(graph, input, cache) };
    return last.view;
  };
}

const selectors = new WeakMap<Graph, WeakMap<readonly Story[], ViewSelector>>();

/** The selector of the view of this knowledge base; the same function for every caller. */
export function viewSelector(graph: Graph, stories: readonly Story[]): ViewSelector {
  let byStories = selectors.get(graph);
  if (!byStories) selectors.set(graph, (byStories = new WeakMap()));
  let selector = byStories.get(stories);
  if (!selector) byStories.set(stories, (selector = makeSelector(graph, stories)));
  return selector;
}
