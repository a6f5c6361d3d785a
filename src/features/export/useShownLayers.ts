// The imported layers the map shows, for the exports: the layer open on its own (with its facets),
// or the overlay layers over the curated map.
import { useShallow } from 'zustand/react/shallow';
import type { LayerFacetState } from '../../import/facets';
import type { StoredLayer } from '../../import/layerStore';
import { selectOpenLayer, useLayerStore, type LayerState } from '../../store/layers';

export interface ShownLayers {
  readonly open: StoredLayer | null;
  readonly openFacets: LayerFacetState | undefined;
  /** Every stored layer: withOverlays picks the shown overlays. */
  readonly layers: readonly StoredLayer[];
}

const select = (s: LayerState): ShownLayers => {
  const open = selectOpenLayer(s);
  return { open, openFacets: open ? s.layerFacets[open.id] : undefined, layers: s.layers };
};

export const useShownLayers = (): ShownLayers => useLayerStore(useShallow(select));
