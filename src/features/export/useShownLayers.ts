// The imported layers the map shows, for the exports: the layer open on its own (with its facets,
// and what the derived view leaves out of it), or the overlay layers over the curated map.
import { useShallow } from 'zustand/react/shallow';
import type { LayerFacetState } from '../../import/facets';
import type { LayerShown } from '../../import/layerShown';
import type { StoredLayer } from '../../import/layerStore';
import { selectOpenLayer, useLayerStore, type LayerState } from '../../store/layers';
import { viewSelector, type ViewSelector } from '../../store/view';
import { useKnowledgeBase } from '../common/graphContext';

export interface ShownLayers {
  readonly open: StoredLayer | null;
  readonly openFacets: LayerFacetState | undefined;
  /** What the derived view leaves out of the open layer (the exports leave it out too). */
  readonly openShown: LayerShown | undefined;
  /** Every stored layer: withOverlays picks the shown overlays. */
  readonly layers: readonly StoredLayer[];
}

const select =
  (view: ViewSelector) =>
  (s: LayerState): ShownLayers => {
    const open = selectOpenLayer(s);
    return {
      open,
      openFacets: open ? s.layerFacets[open.id] : undefined,
      // The view's entry keeps its identity while the layer's facets stay (src/store/view.ts).
      openShown: open ? view(s).layers.get(open.id) : undefined,
      layers: s.layers,
    };
  };

export const useShownLayers = (): ShownLayers => {
  const { graph, stories } = useKnowledgeBase();
  return useLayerStore(useShallow(select(viewSelector(graph, stories))));
};
