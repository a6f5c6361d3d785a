// An imported layer's classes on a canvas, from the derived view (src/model/view.ts): what its facets
// hide gets `hidden`, the imported element picked gets `selected-el`. Nothing is read back from
// Cytoscape: which elements to hide, and whether the pick is still drawn, are the view's answer (a
// pick a facet hides is let go by the store's view rules). The hook subscribes to the store rather
// than rendering, so a click on a facet never re-renders the canvas; only the elements whose state
// changed are touched, in one batch, so unticking a small type in a 10,000-node network costs what
// that type holds, not the whole network.
import type { Core, StylesheetJson } from 'cytoscape';
import { useEffect } from 'react';
import { useAppStore, type AppState } from '../store/store';
import type { ViewSelector } from '../store/view';
import { elementsOf } from './collection';
import { elementIdOf, importedEdgeId, importedElementId } from './importedIds';

/** The rule the layer's stylesheet needs for the class this hook sets. */
export const LAYER_FILTER_RULES: StylesheetJson = [{ selector: '.hidden', style: { display: 'none' } }];

const NONE: ReadonlySet<string> = new Set();

/**
 * The Cytoscape ids of what `next` holds and `prev` does not: only the ids that change are turned
 * into Cytoscape ids (a string each), not every hidden one on every click. The view keeps a set's
 * identity while it stays the same, so an unchanged set costs nothing.
 */
function added(prev: ReadonlySet<string>, next: ReadonlySet<string>, toId: (id: string) => string): string[] {
  const out: string[] = [];
  if (prev === next) return out;
  for (const id of next) if (!prev.has(id)) out.push(toId(id));
  return out;
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
    let nodes = NONE;
    let edges = NONE;
    let picked: string | null = null;
    const nodeId = (id: string) => importedElementId(layerId, id);
    const edgeId = (id: string) => importedEdgeId(layerId, id);
    const apply = (s: AppState) => {
      const layer = view(s).layers.get(layerId);
      const nextNodes = layer?.hiddenNodes ?? NONE;
      const nextEdges = layer?.hiddenEdges ?? NONE;
      const pick = pickedId(layerId, s, view);
      const hide = [...added(nodes, nextNodes, nodeId), ...added(edges, nextEdges, edgeId)];
      const show = [...added(nextNodes, nodes, nodeId), ...added(nextEdges, edges, edgeId)];
      nodes = nextNodes;
      edges = nextEdges;
      if (!hide.length && !show.length && pick === picked) return;
      // One collection per change: a class set on 8,000 elements is one style update, not 8,000.
      cy.batch(() => {
        if (hide.length) elementsOf(cy, hide).addClass('hidden');
        if (show.length) elementsOf(cy, show).removeClass('hidden');
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
