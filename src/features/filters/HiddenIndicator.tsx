// How much of the graph the filters leave, said in words and announced politely when it changes.
import { lazy, Suspense } from 'react';
import type { StoredLayer } from '../../import/layerStore';
import { isFiltered } from '../../model/filter';
import { selectLayers, useLayerStore } from '../../store/layers';
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
  const { filters, filtersPaused, counts, overlayMatches } = useView();
  const filtered = isFiltered(filters);
  const total = `${counts.totalNodes} entities and ${counts.totalEdges} relations`;
  const text = filtered
    ? `Showing ${counts.nodes} of ${counts.totalNodes} entities and ${counts.edges} of ` +
      `${counts.totalEdges} relations — filtered by ${describeFilters(graph, filters)}`
    : `Showing all ${total}`;
  const note = filtersPaused ? ' (your filters are paused while the story plays)' : '';
  const overlays = overlayText(useLayerStore(selectLayers), overlayMatches);
  return (
    <FilterLine text={text + overlays + note} {...(filtered && !story ? { onShowAll: resetFilters } : {})} />
  );
}

const n = (x: number) => x.toLocaleString('en');

/**
 * The networks opened over the curated map, counted as the canvas draws them: a node matched to a
 * curated entity is that entity, not a node of its own, as the derived view says (`overlayMatches`:
 * a stored match to an entity no longer in the graph is dropped, so that node is drawn as its own);
 * the curated filters do not apply to a file's network, so it is drawn whole.
 */
export function overlayText(
  layers: readonly StoredLayer[],
  overlayMatches: ReadonlyMap<string, ReadonlyMap<string, unknown>>,
): string {
  const shown = layers.filter((l) => l.mode === 'overlay' && !l.hidden);
  if (shown.length === 0) return '';
  let nodes = 0;
  let edges = 0;
  for (const l of shown) {
    nodes += l.network.nodes.length - (overlayMatches.get(l.id)?.size ?? 0);
    edges += l.network.edges.length;
  }
  const what = shown.length === 1 ? `the network “${shown[0]!.name}”` : `${shown.length} imported networks`;
  return `, plus ${n(nodes)} nodes and ${n(edges)} edges of ${what} over it`;
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
