// An imported layer's classes on a canvas, from the derived view (src/model/view.ts): what its facets
// hide gets `hidden`, the imported element picked gets `selected-el`. Nothing is read back from
// Cytoscape: which elements to hide, and whether the pick is still drawn, are the view's answer (a
// pick a facet hides is let go by the store's view rules). The hook subscribes to the store rather
// than rendering, so a click on a facet never re-renders the canvas; only the elements whose state
// changed are touched, in one batch, so unticking a small type in a 10,000-node network costs what
// that type holds, not the whole network.
import type { Core, StylesheetJson } from 'cytoscape';
import { useEffect } from 'react';
import type { LayerView } from '../model/view';
import { useAppStore, type AppState } from '../store/store';
import type { ViewSelector } from '../store/view';
import { elementsOf } from './collection';
import { elementIdOf, importedEdgeId, importedElementId } from './importedIds';

/** The rule the layer's stylesheet needs for the class this hook sets. */
export const LAYER_FILTER_RULES: StylesheetJson = [{ selector: '.hidden', style: { display: 'none' } }];

/** Cytoscape ids of the layer's elements the view marks hidden. */
function hiddenIds(layerId: string, layer: LayerView | undefined): Set<string> {
  const ids = new Set<string>();
  if (!layer) return ids;
  for (const id of layer.hiddenNodes) ids.add(importedElementId(layerId, id));
  for (const id of layer.hiddenEdges) ids.add(importedEdgeId(layerId, id));
  return ids;
}

/** The Cytoscape id of the view's pick when it is an element of this layer, else null. */
function pickedId(layerId: string, s: AppState, view: ViewSelector): string | null {
  const sel = view(s).selected;
  return sel?.type === 'imported' && sel.layerId === layerId ? elementIdOf(sel) : null;
}

/**
 * Keeps the `hidden` and `selected-el` classes of `cy`'s elements of layer `layerId` in step with
 * the view.
 */
export function useLayerFilterClasses(cy: Core | null, layerId: string, view: ViewSelector): void {
  useEffect(() => {
    if (!cy) return;
    let applied = new Set<string>();
    let picked: string | null = null;
    const apply = (s: AppState) => {
      const next = hiddenIds(layerId, view(s).layers.get(layerId));
      const pick = pickedId(layerId, s, view);
      const hide: string[] = [];
      const show: string[] = [];
      for (const id of next) if (!applied.has(id)) hide.push(id);
      for (const id of applied) if (!next.has(id)) show.push(id);
      applied = next;
      if (!hide.length && !show.length && pick === picked) return;
      // One collection per change: a class set on 8,000 elements is one style update, not 8,000.
      cy.batch(() => {
        elementsOf(cy, hide).addClass('hidden');
        elementsOf(cy, show).removeClass('hidden');
        if (pick !== picked) {
          if (picked) cy.getElementById(picked).removeClass('selected-el');
          if (pick) cy.getElementById(pick).addClass('selected-el');
        }
      });
      picked = pick;
    };
    apply(useAppStore.getState());
    let last = view(useAppStore.getState());
    return useAppStore.subscribe((s) => {
      const v = view(s);
      if (v.layers === last.layers && v.selected === last.selected) return;
      last = v;
      apply(s);
    });
  }, [cy, layerId, view]);
}
