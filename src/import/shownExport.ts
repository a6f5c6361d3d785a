// What the data exports hold when imported layers are on screen, so every export holds exactly what
// is shown: a layer open on its own exports that layer less what the derived view leaves out of it
// (its facets), never the curated map behind it; overlay layers are laid over the curated view
// (overlayExportView), as the canvas draws them. Pure: the Export panel hands in the store's layers
// and the view's verdict on the open one, tests hand in plain records.
import type { ExportMeta, ExportView } from '../export/view';
import { shownNetwork, type LayerShown } from './layerShown';
import type { StoredLayer } from './layerStore';
import { attributionOf } from './metadata';
import { importedToExportView, overlayExportView } from './toExportView';

export { shownNetwork } from './layerShown';

/** The layers the map shows: overlays that are not hidden (the open layer is handled apart). */
export const shownOverlays = (layers: readonly StoredLayer[]): StoredLayer[] =>
  layers.filter((l) => l.mode === 'overlay' && !l.hidden);

/**
 * The export of a layer open on its own, dated as the panel says and less what the view leaves out
 * (`shown`: the derived view's entry for the layer), under the network's own name.
 */
export function openLayerExportView(
  layer: StoredLayer,
  shown: LayerShown | undefined,
  meta: Partial<ExportMeta>,
): ExportView {
  const view = importedToExportView(shownNetwork(layer.network, shown));
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
