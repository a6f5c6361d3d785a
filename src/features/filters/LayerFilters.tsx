// Filters for an imported network opened on its own: its node types, interaction words and
// directions, each option ticked (shown) until the user unticks it, as in Cytoscape desktop. The
// curated facets do not apply to a file's network, so they make way while a layer is open. Loaded
// on demand: the first paint of the curated map never carries this code.
import { useMemo } from 'react';
import {
  isLayerFiltered,
  layerFacetOptions,
  layerFilter,
  type LayerFacet,
  type LayerFacetOption,
} from '../../import/facets';
import type { StoredLayer } from '../../import/layerStore';
import { selectLayerFacets, useLayerStore } from '../../store/layers';
import { FacetFieldset, type FacetOption } from './FacetFieldset';
import { FilterLine } from './FilterLine';

const FACETS: { facet: LayerFacet; legend: string; unit: string }[] = [
  { facet: 'nodeTypes', legend: 'Node type', unit: 'nodes' },
  { facet: 'interactions', legend: 'Interaction', unit: 'edges' },
  { facet: 'directions', legend: 'Direction', unit: 'edges' },
];

const n = (x: number) => x.toLocaleString('en');

/** The facets of the open layer, in the Filters panel. */
export function LayerFilterPanel({ layer }: { layer: StoredLayer }) {
  const state = useLayerStore(selectLayerFacets(layer.id));
  const toggle = useLayerStore((s) => s.toggleLayerFacet);
  const showAll = useLayerStore((s) => s.showAllOfLayer);
  const options = layerFacetOptions(layer.network);
  const facets = useMemo(
    () =>
      FACETS.map(({ facet, legend, unit }) => ({
        legend,
        unit,
        options: options[facet].map(
          // The position, not the file's word, names the checkbox's element id: a word may hold spaces.
          (o: LayerFacetOption, i): FacetOption => ({
            key: `${facet}-${i}`,
            label: o.label,
            count: o.count,
            checked: !state?.[facet]?.includes(o.key),
            onToggle: () => toggle(layer.id, facet, o.key),
          }),
        ),
      })),
    [options, state, toggle, layer.id],
  );
  return (
    <>
      <p className="muted">
        For the imported network “{layer.name}”: untick a value to hide it. The curated map’s filters apply
        again when you go back to it.
      </p>
      <button type="button" onClick={() => showAll(layer.id)} disabled={!isLayerFiltered(state)}>
        Reset filters
      </button>
      {facets.map(
        (f) =>
          f.options.length > 0 && (
            <FacetFieldset key={f.legend} legend={f.legend} unit={f.unit} options={f.options} />
          ),
      )}
    </>
  );
}

/** "Showing N of M nodes…" above the open layer, announced politely when it changes. */
export function LayerHiddenIndicator({ layer }: { layer: StoredLayer }) {
  const state = useLayerStore(selectLayerFacets(layer.id));
  const showAll = useLayerStore((s) => s.showAllOfLayer);
  const { counts } = useMemo(() => layerFilter(layer.network, state), [layer.network, state]);
  const filtered = isLayerFiltered(state);
  const text = filtered
    ? `Showing ${n(counts.nodes)} of ${n(counts.totalNodes)} nodes and ${n(counts.edges)} of ` +
      `${n(counts.totalEdges)} edges — some values are unticked in Filters`
    : `Showing all ${n(counts.totalNodes)} nodes and ${n(counts.totalEdges)} edges`;
  return <FilterLine text={text} {...(filtered ? { onShowAll: () => showAll(layer.id) } : {})} />;
}
