// Filters for an imported network opened on its own: its node types, interaction words and
// directions, each option ticked (shown) until the user unticks it, as in Cytoscape desktop. The
// curated facets do not apply to a file's network, so they make way while a layer is open. Loaded
// on demand: the first paint of the curated map never carries this code. What is hidden is the
// derived view's answer (src/model/view.ts), read here as the canvas and the exports read it; the
// panel itself only holds which boxes are unticked.
import { memo, useCallback, useMemo } from 'react';
import {
  isLayerFiltered,
  layerFacetOptions,
  type LayerFacet,
  type LayerFacetOption,
} from '../../import/facets';
import { shownCounts } from '../../import/layerShown';
import type { StoredLayer } from '../../import/layerStore';
import { selectLayerFacets, useLayerStore } from '../../store/layers';
import { viewSelector } from '../../store/view';
import { useKnowledgeBase } from '../common/graphContext';
import { FacetFieldset, type FacetOption } from './FacetFieldset';
import { FilterLine } from './FilterLine';

const FACETS: { facet: LayerFacet; legend: string; unit: string }[] = [
  { facet: 'nodeTypes', legend: 'Node type', unit: 'nodes' },
  { facet: 'interactions', legend: 'Interaction', unit: 'edges' },
  { facet: 'directions', legend: 'Direction', unit: 'edges' },
];

const n = (x: number) => x.toLocaleString('en');

/**
 * One facet's fieldset. Memoised on its own unticked keys: a click re-renders the fieldset clicked,
 * not the other two (the store keeps an untouched facet's array as it was).
 */
const LayerFacetFieldset = memo(function LayerFacetFieldset({
  layerId,
  facet,
  legend,
  unit,
  options,
  unticked,
}: {
  layerId: string;
  facet: LayerFacet;
  legend: string;
  unit: string;
  options: readonly LayerFacetOption[];
  unticked: readonly string[] | undefined;
}) {
  const toggle = useLayerStore((s) => s.toggleLayerFacet);
  const shown = useMemo(
    () =>
      options.map(
        // The position, not the file's word, names the checkbox's element id: a word may hold spaces.
        (o, i): FacetOption => ({
          key: `${facet}-${i}`,
          label: o.label,
          count: o.count,
          checked: !unticked?.includes(o.key),
          onToggle: () => toggle(layerId, facet, o.key),
        }),
      ),
    [options, unticked, toggle, layerId, facet],
  );
  return <FacetFieldset legend={legend} unit={unit} options={shown} />;
});

/** The facets of the open layer, in the Filters panel. */
export function LayerFilterPanel({ layer }: { layer: StoredLayer }) {
  const state = useLayerStore(selectLayerFacets(layer.id));
  const showAll = useLayerStore((s) => s.showAllOfLayer);
  const options = layerFacetOptions(layer.network);
  return (
    <>
      <p className="muted">
        For the imported network “{layer.name}”: untick a value to hide it. The curated map’s filters apply
        again when you go back to it.
      </p>
      <button type="button" onClick={() => showAll(layer.id)} disabled={!isLayerFiltered(state)}>
        Reset filters
      </button>
      {FACETS.map(
        ({ facet, legend, unit }) =>
          options[facet].length > 0 && (
            <LayerFacetFieldset
              key={facet}
              layerId={layer.id}
              facet={facet}
              legend={legend}
              unit={unit}
              options={options[facet]}
              unticked={state?.[facet]}
            />
          ),
      )}
    </>
  );
}

/** "Showing N of M nodes…" above the open layer, announced politely when it changes. */
export function LayerHiddenIndicator({ layer }: { layer: StoredLayer }) {
  const { graph, stories } = useKnowledgeBase();
  const view = viewSelector(graph, stories);
  // The view's entry for this layer only: a selection makes a new view, not a new entry.
  const shown = useLayerStore(useCallback((s) => view(s).layers.get(layer.id), [view, layer.id]));
  const state = useLayerStore(selectLayerFacets(layer.id));
  const showAll = useLayerStore((s) => s.showAllOfLayer);
  const counts = useMemo(() => shownCounts(layer.network, shown), [layer.network, shown]);
  const filtered = isLayerFiltered(state);
  const text = filtered
    ? `Showing ${n(counts.nodes)} of ${n(counts.totalNodes)} nodes and ${n(counts.edges)} of ` +
      `${n(counts.totalEdges)} edges — some values are unticked in Filters`
    : `Showing all ${n(counts.totalNodes)} nodes and ${n(counts.totalEdges)} edges`;
  return <FilterLine text={text} {...(filtered ? { onShowAll: () => showAll(layer.id) } : {})} />;
}
