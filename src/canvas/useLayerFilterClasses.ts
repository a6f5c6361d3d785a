// The open layer's facets on its canvas: elements the facets hide get the class `hidden`. The hook
// subscribes to the layer store rather than rendering, so a click on a facet never re-renders the
// canvas; only the elements whose state changed are touched, in one batch, so unticking a small type
// in a 10,000-node network costs what that type holds, not the whole network.
import type { Core, StylesheetJson } from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import { layerFilter } from '../import/facets';
import type { StoredLayer } from '../import/layerStore';
import { useLayerStore, type LayerState } from '../store/layers';
import { elementsOf } from './collection';
import { importedElementId } from './layerElements';

/** The rule the layer's stylesheet needs for the class this hook sets. */
export const LAYER_FILTER_RULES: StylesheetJson = [{ selector: '.hidden', style: { display: 'none' } }];

/**
 * Cytoscape ids of what the facets hide in `layer` for the store's current state: `all` of them, and
 * those the canvas must mark. An edge with a hidden end is not drawn anyway (Cytoscape hides it with
 * its node), so only edges hidden for their own sake get the class: a class set on them too would be
 * thousands of style updates for nothing.
 */
function hiddenIds(layer: StoredLayer, state: LayerState): { all: Set<string>; marked: Set<string> } {
  const { hiddenNodes, hiddenEdges } = layerFilter(layer.network, state.layerFacets[layer.id]);
  const all = new Set<string>();
  const marked = new Set<string>();
  for (const id of hiddenNodes) {
    all.add(importedElementId(layer.id, id));
    marked.add(importedElementId(layer.id, id));
  }
  if (hiddenEdges.size)
    for (const e of layer.network.edges) {
      if (!hiddenEdges.has(e.id)) continue;
      const id = importedElementId(layer.id, `edge:${e.id}`);
      all.add(id);
      if (!hiddenNodes.has(e.source) && !hiddenNodes.has(e.target)) marked.add(id);
    }
  return { all, marked };
}

/**
 * Keeps the `hidden` class of `cyRef`'s elements in step with the layer's facets. Call it after the
 * hook that makes the instance, with the same `container` and `layer`: its effect then runs once the
 * instance exists, and again whenever a new one is made.
 */
export function useLayerFilterClasses(
  cyRef: RefObject<Core | null>,
  container: HTMLElement | null,
  layer: StoredLayer,
): void {
  useEffect(() => {
    const cy = cyRef.current;
    if (!container || !cy) return;
    let applied = new Set<string>();
    const apply = (state: LayerState) => {
      const { all, marked: next } = hiddenIds(layer, state);
      const hide: string[] = [];
      const show: string[] = [];
      for (const id of next) if (!applied.has(id)) hide.push(id);
      for (const id of applied) if (!next.has(id)) show.push(id);
      applied = next;
      if (!hide.length && !show.length) return;
      // A selection the map no longer draws is dropped, on the canvas and in the details panel.
      const selected = cy.$('.selected-el, :selected');
      const hidSelection = selected.map((el) => el.id()).some((id) => all.has(id));
      // One collection per change: a class set on 8,000 elements is one style update, not 8,000.
      cy.batch(() => {
        elementsOf(cy, hide).addClass('hidden');
        elementsOf(cy, show).removeClass('hidden');
        if (hidSelection) {
          cy.$('.selected-el').removeClass('selected-el');
          cy.$(':selected').unselect();
        }
      });
      const sel = state.importedSelection;
      if (
        sel?.layerId === layer.id &&
        (hidSelection ||
          all.has(importedElementId(layer.id, sel.type === 'node' ? sel.id : `edge:${sel.id}`)))
      )
        state.selectImported(null);
    };
    apply(useLayerStore.getState());
    return useLayerStore.subscribe((state, prev) => {
      if (state.layerFacets[layer.id] !== prev.layerFacets[layer.id]) apply(state);
    });
  }, [cyRef, container, layer]);
}
