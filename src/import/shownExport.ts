// What the data exports hold when imported layers are on screen, so every export holds exactly what
// is shown: a layer open on its own exports that layer (less what its facets hide), never the curated
// map behind it; overlay layers are laid over the curated view (overlayExportView), as the canvas
// draws them. Pure: the Export panel hands in the store's layers, tests hand in plain records.
import type { ExportMeta, ExportView } from '../export/view';
import { isLayerFiltered, layerFilter, type LayerFacetState } from './facets';
import type { StoredLayer } from './layerStore';
import { attributionOf } from './metadata';
import { importedToExportView, overlayExportView } from './toExportView';
import type { ImportedNetwork } from './types';

/** The network less what the facets hide (an edge with a hidden end goes with it). */
export function shownNetwork(network: ImportedNetwork, facets: LayerFacetState | undefined): ImportedNetwork {
  if (!isLayerFiltered(facets)) return network;
  const { hiddenNodes, hiddenEdges } = layerFilter(network, facets);
  return {
    ...network,
    nodes: network.nodes.filter((n) => !hiddenNodes.has(n.id)),
    edges: network.edges.filter(
      (e) => !hiddenEdges.has(e.id) && !hiddenNodes.has(e.source) && !hiddenNodes.has(e.target),
    ),
  };
}

/** The layers the map shows: overlays that are not hidden (the open layer is handled apart). */
export const shownOverlays = (layers: readonly StoredLayer[]): StoredLayer[] =>
  layers.filter((l) => l.mode === 'overlay' && !l.hidden);

/** The export of a layer open on its own, dated and filtered as the panel says, under the network's own name. */
export function openLayerExportView(
  layer: StoredLayer,
  facets: LayerFacetState | undefined,
  meta: Partial<ExportMeta>,
): ExportView {
  const view = importedToExportView(shownNetwork(layer.network, facets));
  // The network keeps its own name in the file (its metadata goes out whole); the panel's title,
  // "Nociscope — imported network …", is for pictures and file names.
  return { ...view, meta: { ...view.meta, ...meta, title: view.meta.title } };
}

/** The curated view with the shown overlay layers over it; the view itself when there is none. */
export function withOverlays(base: ExportView, layers: readonly StoredLayer[]): ExportView {
  const overlays = shownOverlays(layers);
  if (overlays.length === 0) return base;
  return overlayExportView(
    base,
    overlays.map((l) => ({ network: l.network, matches: new Map(l.matches) })),
  );
}

/**
 * The credits the licences of the networks on screen ask for (a layer open on its own, else the shown
 * overlays), for picture captions and citations; empty when none asks.
 */
export function shownAttributions(open: StoredLayer | null, layers: readonly StoredLayer[]): string[] {
  const networks = open ? [open.network] : shownOverlays(layers).map((l) => l.network);
  return [...new Set(networks.flatMap((n) => attributionOf(n) ?? []))];
}
