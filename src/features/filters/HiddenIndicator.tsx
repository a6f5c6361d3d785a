// How much of the graph the filters leave, said in words and announced politely when it changes.
import { lazy, Suspense } from 'react';
import type { StoredLayer } from '../../import/layerStore';
import { isFiltered } from '../../model/filter';
import { selectStory } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { describeFilters } from '../common/describe';
import { useGraph } from '../common/graphContext';
import { useView } from '../common/useView';
import { FilterLine } from './FilterLine';

export function HiddenIndicator() {
  const graph = useGraph();
  const story = useAppStore(selectStory);
  const resetFilters = useAppStore((s) => s.resetFilters);
  // What the map shows right now: a story's own filter while one plays (model/view.ts).
  const { filters, filtersPaused, counts } = useView();
  const filtered = isFiltered(filters);
  const total = `${counts.totalNodes} entities and ${counts.totalEdges} relations`;
  const text = filtered
    ? `Showing ${counts.nodes} of ${counts.totalNodes} entities and ${counts.edges} of ` +
      `${counts.totalEdges} relations — filtered by ${describeFilters(graph, filters)}`
    : `Showing all ${total}`;
  const note = filtersPaused ? ' (your filters are paused while the story plays)' : '';
  return <FilterLine text={text + note} {...(filtered && !story ? { onShowAll: resetFilters } : {})} />;
}

const LayerIndicator = lazy(() =>
  import('./LayerFilters').then((m) => ({ default: m.LayerHiddenIndicator })),
);

/** The same line for an imported network opened on its own (its code loads with the layer). */
export function LayerHiddenIndicator({ layer }: { layer: StoredLayer }) {
  return (
    // The placeholder holds the line's height, so the map does not shrink when the line arrives.
    <Suspense fallback={<div className="hidden-indicator" aria-hidden="true" />}>
      <LayerIndicator layer={layer} />
    </Suspense>
  );
}
