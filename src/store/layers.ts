// Imported layers: selectors of the layer slice (layerSlice.ts) of the one store. `useLayerStore` is
// the app store itself, under the name the layer code has always read it by.
import type { StoredLayer } from '../import/layerStore';
import { defaultLook, type LayerLook } from '../import/look';
import type { AppState } from './store';
import { initialLayerState } from './layerSlice';
import { useAppStore } from './store';

export { loadLayerStorage, type LayerSlice } from './layerSlice';
export type { ImportedSelection } from './types';

/** The store, as read by the layer code: the same one store (`useAppStore`). */
export const useLayerStore = useAppStore;
/** The state the layer code reads: the whole store's state. */
export type LayerState = AppState;

export const selectLayers = (s: AppState) => s.layers;
export const selectOpenLayer = (s: AppState) =>
  s.openLayerId ? (s.layers.find((l) => l.id === s.openLayerId) ?? null) : null;

/** The look a layer is drawn in: the reader's choice, else its default (the file's style when it has one). */
export const selectLayerLook =
  (layer: StoredLayer) =>
  (s: AppState): LayerLook =>
    (layer.network.style ? s.layerLooks[layer.id] : undefined) ?? defaultLook(layer.network);

/** The unticked facet options of a layer (undefined: nothing hidden). */
export const selectLayerFacets = (layerId: string) => (s: AppState) => s.layerFacets[layerId];

/** The imported element picked, or null (a curated pick or none). */
export const selectImportedSelection = (s: AppState) =>
  s.selection?.type === 'imported' ? s.selection : null;

/** Back to no layers (and no imported pick): for tests. */
export function resetLayerStore(): void {
  useAppStore.setState((s) => ({
    ...initialLayerState,
    selection: s.selection?.type === 'imported' ? null : s.selection,
  }));
}
