// The Cytoscape ids of imported elements, apart from the element builder (layerElements.ts, which
// loads with the first layer): the curated map's class hooks need them from the first paint.
import type { Selection } from '../model/view';

/** Prefixed with the layer id, so it never clashes with a curated id or another layer's. */
export const importedElementId = (layerId: string, id: string) => `imp:${layerId}:${id}`;
export const importedEdgeId = (layerId: string, id: string) => importedElementId(layerId, `edge:${id}`);

/** The Cytoscape id of a selection's element: a curated id as it is, an imported one prefixed. */
export const elementIdOf = (sel: Selection): string =>
  sel.type !== 'imported'
    ? sel.id
    : sel.element === 'node'
      ? importedElementId(sel.layerId, sel.id)
      : importedEdgeId(sel.layerId, sel.id);
