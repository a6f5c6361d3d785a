// Imported layers and the import in progress. A store of its own beside the app store: layers are
// read-only data like the knowledge base (not Cytoscape objects), loaded after start from IndexedDB,
// and only the import feature, the canvas and the details panel read them, so nothing else re-renders
// when a layer is added. Persistence goes through src/import/layerStore (IndexedDB); every action
// updates memory first, so a browser without storage still works for the session; storage notices go
// to the app's notices. The storage code (and zod, which checks stored records) loads on demand, so
// the first paint of the curated map never waits for it.
import { create } from 'zustand';
import { toggleLayerFacet, type LayerFacet, type LayerFacetState } from '../import/facets';
import type { StoredLayer } from '../import/layerStore';
import { useAppStore } from './store';

/** An imported element picked on the map: which layer, node or edge, and its id in that layer. */
export interface ImportedSelection {
  readonly layerId: string;
  readonly type: 'node' | 'edge';
  readonly id: string;
}

export interface LayerState {
  /** Stored layers, oldest first. */
  layers: readonly StoredLayer[];
  /** The layer shown on its own instead of the curated map, if any. */
  openLayerId: string | null;
  /** An imported element shown in the details panel. */
  importedSelection: ImportedSelection | null;
  /**
   * Facet options the user unticked, per layer id (option keys only, see import/facets). Kept in
   * memory for the session, never stored: a reload shows every layer whole again.
   */
  layerFacets: Readonly<Record<string, LayerFacetState>>;
  /** True once the stored layers were read (or reading failed): the canvas waits for it. */
  loaded: boolean;
  loadStored: () => Promise<void>;
  addLayer: (layer: StoredLayer) => Promise<void>;
  /**
   * Store a new version of a layer that is still here (new positions from a layout): unlike addLayer,
   * its facets and which layer is open stay as they are.
   */
  replaceLayer: (layer: StoredLayer) => Promise<void>;
  setHidden: (id: string, hidden: boolean) => Promise<void>;
  removeLayer: (id: string) => Promise<void>;
  openLayer: (id: string | null) => void;
  selectImported: (selection: ImportedSelection | null) => void;
  /** Tick or untick one option of a layer's facet. */
  toggleLayerFacet: (layerId: string, facet: LayerFacet, key: string) => void;
  /** Tick every option of a layer's facets again. */
  showAllOfLayer: (layerId: string) => void;
}

/**
 * The layer storage code (IndexedDB, and zod in its CSP-safe mode for checking stored records),
 * loaded on first use. Everything that needs it, or fetches it ahead of need, goes through here.
 */
export const loadLayerStorage = () => import('../model/jitless').then(() => import('../import/layerStore'));

const initial = {
  layers: [] as readonly StoredLayer[],
  openLayerId: null as string | null,
  importedSelection: null as ImportedSelection | null,
  layerFacets: {} as Readonly<Record<string, LayerFacetState>>,
  loaded: false,
};

export const useLayerStore = create<LayerState>()((set, get) => ({
  ...initial,
  loadStored: async () => {
    const { listLayers } = await loadLayerStorage();
    const { layers, notices } = await listLayers();
    // Layers added in this session before the read finished stay; stored ones come first.
    const fresh = get().layers.filter((l) => !layers.some((s) => s.id === l.id));
    // Records set aside (damaged, another version) and storage trouble: the app's notices.
    if (notices.length) useAppStore.getState().notify(notices.map((n) => n.message));
    const open = layers.find((l) => l.mode === 'own' && !l.hidden);
    set({
      layers: [...layers, ...fresh],
      loaded: true,
      openLayerId: get().openLayerId ?? open?.id ?? null,
    });
  },
  addLayer: async (layer) => {
    set((s) => ({
      layers: [...s.layers.filter((l) => l.id !== layer.id), layer],
      openLayerId: layer.mode === 'own' ? layer.id : s.openLayerId,
      // A layer read again under the same id may hold other values: its facets start whole.
      layerFacets: withoutKey(s.layerFacets, layer.id),
    }));
    const notice = await (await loadLayerStorage()).saveLayer(layer);
    if (notice) useAppStore.getState().notify([notice.message]);
  },
  replaceLayer: async (layer) => {
    if (!get().layers.some((l) => l.id === layer.id)) return;
    set((s) => ({ layers: s.layers.map((l) => (l.id === layer.id ? layer : l)) }));
    const notice = await (await loadLayerStorage()).saveLayer(layer);
    if (notice) useAppStore.getState().notify([notice.message]);
  },
  setHidden: async (id, hidden) => {
    set((s) => ({
      layers: s.layers.map((l) => (l.id === id ? { ...l, hidden } : l)),
      openLayerId: hidden && s.openLayerId === id ? null : s.openLayerId,
    }));
    await (await loadLayerStorage()).setLayerHidden(id, hidden);
  },
  removeLayer: async (id) => {
    set((s) => ({
      layers: s.layers.filter((l) => l.id !== id),
      openLayerId: s.openLayerId === id ? null : s.openLayerId,
      importedSelection: s.importedSelection?.layerId === id ? null : s.importedSelection,
      layerFacets: withoutKey(s.layerFacets, id),
    }));
    if (!(await (await loadLayerStorage()).removeLayer(id)))
      useAppStore.getState().notify(['The layer could not be removed from this browser’s storage.']);
  },
  openLayer: (openLayerId) => set({ openLayerId, importedSelection: null }),
  selectImported: (importedSelection) => set({ importedSelection }),
  toggleLayerFacet: (layerId, facet, key) =>
    set((s) => ({
      layerFacets: { ...s.layerFacets, [layerId]: toggleLayerFacet(s.layerFacets[layerId], facet, key) },
    })),
  showAllOfLayer: (layerId) => set((s) => ({ layerFacets: withoutKey(s.layerFacets, layerId) })),
}));

function withoutKey<T>(record: Readonly<Record<string, T>>, key: string): Readonly<Record<string, T>> {
  if (!(key in record)) return record;
  const rest = { ...record };
  delete rest[key];
  return rest;
}

export const selectLayers = (s: LayerState) => s.layers;
export const selectOpenLayer = (s: LayerState) =>
  s.openLayerId ? (s.layers.find((l) => l.id === s.openLayerId) ?? null) : null;

/** The unticked facet options of a layer (undefined: nothing hidden). */
export const selectLayerFacets = (layerId: string) => (s: LayerState) => s.layerFacets[layerId];

/** Back to no layers: for tests. */
export function resetLayerStore(): void {
  useLayerStore.setState({ ...initial });
}
