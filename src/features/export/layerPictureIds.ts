// The Cytoscape ids of the imported elements the map draws, for SVG and PDF (which are written from
// a list of elements, where PNG copies the canvas): the layer open on its own less what its facets
// hide, or each shown overlay layer — its unmatched nodes, and its edges whose ends are drawn (a
// matched end is the curated entity, drawn only when the view keeps it). Computed from the store,
// as the canvas builds them (layerElements.ts), not read back from the canvas.
import { importedEdgeId, importedElementId } from '../../canvas/importedIds';
import { shownNetwork, shownOverlays } from '../../import/shownExport';
import type { ShownLayers } from './useShownLayers';

export function layerPictureIds(shown: ShownLayers, curatedDrawn: ReadonlySet<string>): string[] {
  const ids: string[] = [];
  const layers = shown.open ? [shown.open] : shownOverlays(shown.layers);
  for (const layer of layers) {
    const network = shown.open ? shownNetwork(layer.network, shown.openShown) : layer.network;
    const matches = shown.open ? new Map<string, string>() : new Map(layer.matches);
    const drawn = new Set<string>();
    for (const n of network.nodes) {
      const curated = matches.get(n.id);
      if (curated === undefined) {
        drawn.add(n.id);
        ids.push(importedElementId(layer.id, n.id));
      } else if (curatedDrawn.has(curated)) drawn.add(n.id);
    }
    for (const e of network.edges)
      if (drawn.has(e.source) && drawn.has(e.target)) ids.push(importedEdgeId(layer.id, e.id));
  }
  return ids;
}
