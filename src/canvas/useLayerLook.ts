// The open layer's look: Nociscope's imported look, or the file's own style (fileStyle.ts), as the
// reader chose in the layer's controls (store: layerLooks; the default is defaultLook in
// import/visualStyle.ts). Like the facets, it follows the store by subscription, so a switch swaps
// the stylesheet of the live instance: no new instance, and the camera stays where the reader left it.
import type { Core, StylesheetJson } from 'cytoscape';
import { useEffect } from 'react';
import type { StoredLayer } from '../import/layerStore';
import { selectLayerLook, useLayerStore } from '../store/layers';
import { fileStylesheet, writeFileStyleData } from './fileStyle';
import { BIG_LAYER, importedStylesheet, SELECTION_RULES } from './importedStylesheet';
import { LAYER_FILTER_RULES } from './useLayerFilterClasses';

/** The stylesheet of `layer` in `look`; the file's look only when the file has a style. */
export function layerStylesheet(layer: StoredLayer, look: 'file' | 'nociscope'): StylesheetJson {
  if (look === 'file' && layer.network.style)
    return [...fileStylesheet(layer.network.style.from), ...LAYER_FILTER_RULES, ...SELECTION_RULES];
  return [...importedStylesheet(layer.network.nodes.length >= BIG_LAYER), ...LAYER_FILTER_RULES];
}

/** Apply `look` to the live instance. */
export function applyLook(cy: Core, layer: StoredLayer, look: 'file' | 'nociscope') {
  if (look === 'file' && layer.network.style) writeFileStyleData(cy, layer, layer.network.style);
  cy.style().fromJson(layerStylesheet(layer, look)).update();
  cy.container()?.setAttribute('data-look', look === 'file' && layer.network.style ? 'file' : 'nociscope');
}

/** Keeps the look of `cy`'s layer as the store says. Call it after the hook that makes the instance. */
export function useLayerLook(cy: Core | null, layer: StoredLayer): void {
  useEffect(() => {
    if (!cy) return;
    const lookIn = selectLayerLook(layer);
    let current = lookIn(useLayerStore.getState());
    // The instance is made in the Nociscope look; a layer opening in its file's style switches now,
    // before the first frame is drawn.
    if (current !== 'nociscope') applyLook(cy, layer, current);
    return useLayerStore.subscribe((state) => {
      const next = lookIn(state);
      if (next === current || cy.destroyed()) return;
      current = next;
      applyLook(cy, layer, next);
    });
  }, [cy, layer]);
}
