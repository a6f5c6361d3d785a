// Imported layers, a slice of the one store. Layers are read-only data like the knowledge base (not
// Cytoscape objects), loaded after start from IndexedDB. Persistence goes through
// src/import/layerStore; every action updates memory first, so a browser without storage still works
// for the session; storage notices go to the app's notices. The storage code (and zod, which checks
// stored records) loads on demand, so the first paint of the curated map never waits for it.
// What an imported element picked on a canvas is lives in the selection slice (one selection).
import type { StoreApi } from 'zustand';
import { toggleLayerFacet, type LayerFacet, type LayerFacetState } from '../import/facets';
import type { StoredLayer } from '../import/layerStore';
import type { LayerLook } from '../import/look';
import type { Selection } from './types';

export interface LayerSlice {
  /** Stored layers, oldest first. */
  layers: readonly StoredLayer[];
  /** The layer shown on its own instead of the curated map, if any. */
  openLayerId: string | null;
  /**
   * Facet options the user unticked, per layer id (option keys only, see import/facets). Kept in
   * memory for the session, never stored: a reload shows every layer whole again.
   */
  layerFacets: Readonly<Record<string, LayerFacetState>>;
  /**
   * The look the reader chose per layer id (the file's own style or Nociscope's), for the session;
   * a layer not in it opens in `defaultLook` (import/look.ts).
   */
  layerLooks: Readonly<Record<string, LayerLook>>;
  /** True once the stored layers were read (or reading failed): the canvas waits for it. */
  loaded: boolean;
  loadStored: () => Promise<void>;
  addLayer: (layer: StoredLayer) => Promise<void>;
  /**
   * Store a new version of a layer that is still here (new positions from a layout): unlike addLayer,
   * its facets, look and which layer is open stay as they are.
   */
  replaceLayer: (layer: StoredLayer) => Promise<void>;
  setHidden: (id: string, hidden: boolean) => Promise<void>;
  removeLayer: (id: string) => Promise<void>;
  /** Open a layer on its own (null: back to the curated map); an imported pick is let go. */
  openLayer: (id: string | null) => void;
  /**
   * Select an imported element (null: let the imported pick go). The same selection as a curated
   * pick: picking one replaces the other.
   */
  selectImported: (pick: { layerId: string; type: 'node' | 'edge'; id: string } | null) => void;
  /** Tick or untick one option of a layer's facet. */
  toggleLayerFacet: (layerId: string, facet: LayerFacet, key: string) => void;
  /** Tick every option of a layer's facets again. */
  showAllOfLayer: (layerId: string) => void;
  /** Draw a layer in its file's own style or in Nociscope's look. */
  setLayerLook: (layerId: string, look: LayerLook) => void;
}

/**
 * The layer storage code (IndexedDB, and zod in its CSP-safe mode for checking stored records),
 * loaded on first use. Everything that needs it, or fetches it ahead of need, goes through here.
 */
export const loadLayerStorage = () => import('../model/jitless').then(() => import('../import/layerStore'));

export const initialLayerState = {
  layers: [] as readonly StoredLayer[],
  openLayerId: null as string | null,
  layerFacets: {} as Readonly<Record<string, LayerFacetState>>,
  layerLooks: {} as Readonly<Record<string, LayerLook>>,
  loaded: false,
};

/** What the slice needs of the whole store: the selection it may clear, and the notices. */
interface Host extends LayerSlice {
  selection: Selection | null;
  notify: (messages: readonly string[]) => void;
}

const importedOf = (sel: Selection | null) => (sel?.type === 'imported' ? sel : null);

export function createLayerSlice<S extends Host>(
  set: StoreApi<S>['setState'],
  get: StoreApi<S>['getState'],
): LayerSlice {
  const patch = (f: (s: S) => Partial<Host>) => set((s) => f(s) as Partial<S>);
  return {
    ...initialLayerState,
    loadStored: async () => {
      const { listLayers } = await loadLayerStorage();
      const { layers, notices } = await listLayers();
      // Layers added in this session before the read finished stay; stored ones come first.
      const fresh = get().layers.filter((l) => !layers.some((s) => s.id === l.id));
      // Records set aside (damaged, another version) and storage trouble: the app's notices.
      if (notices.length) get().notify(notices.map((n) => n.message));
      const open = layers.find((l) => l.mode === 'own' && !l.hidden);
      patch(() => ({
        layers: [...layers, ...fresh],
        loaded: true,
        openLayerId: get().openLayerId ?? open?.id ?? null,
      }));
    },
    addLayer: async (layer) => {
      patch((s) => ({
        layers: [...s.layers.filter((l) => l.id !== layer.id), layer],
        openLayerId: layer.mode === 'own' ? layer.id : s.openLayerId,
        // A layer read again under the same id may hold other values: its facets start whole.
        layerFacets: withoutKey(s.layerFacets, layer.id),
        layerLooks: withoutKey(s.layerLooks, layer.id),
      }));
      const notice = await (await loadLayerStorage()).saveLayer(layer);
      if (notice) get().notify([notice.message]);
    },
    replaceLayer: async (layer) => {
      if (!get().layers.some((l) => l.id === layer.id)) return;
      patch((s) => ({ layers: s.layers.map((l) => (l.id === layer.id ? layer : l)) }));
      const notice = await (await loadLayerStorage()).saveLayer(layer);
      if (notice) get().notify([notice.message]);
    },
    setHidden: async (id, hidden) => {
      patch((s) => ({
        layers: s.layers.map((l) => (l.id === id ? { ...l, hidden } : l)),
        openLayerId: hidden && s.openLayerId === id ? null : s.openLayerId,
      }));
      await (await loadLayerStorage()).setLayerHidden(id, hidden);
    },
    removeLayer: async (id) => {
      patch((s) => ({
        layers: s.layers.filter((l) => l.id !== id),
        openLayerId: s.openLayerId === id ? null : s.openLayerId,
        selection: importedOf(s.selection)?.layerId === id ? null : s.selection,
        layerFacets: withoutKey(s.layerFacets, id),
        layerLooks: withoutKey(s.layerLooks, id),
      }));
      if (!(await (await loadLayerStorage()).removeLayer(id)))
        get().notify(['The layer could not be removed from this browser’s storage.']);
    },
    openLayer: (openLayerId) =>
      patch((s) => ({ openLayerId, selection: importedOf(s.selection) ? null : s.selection })),
    selectImported: (pick) =>
      patch((s) => ({
        selection: pick
          ? { type: 'imported', layerId: pick.layerId, element: pick.type, id: pick.id }
          : importedOf(s.selection)
            ? null
            : s.selection,
      })),
    toggleLayerFacet: (layerId, facet, key) =>
      patch((s) => ({
        layerFacets: { ...s.layerFacets, [layerId]: toggleLayerFacet(s.layerFacets[layerId], facet, key) },
      })),
    showAllOfLayer: (layerId) => patch((s) => ({ layerFacets: withoutKey(s.layerFacets, layerId) })),
    setLayerLook: (layerId, look) => patch((s) => ({ layerLooks: { ...s.layerLooks, [layerId]: look } })),
  };
}

function withoutKey<T>(record: Readonly<Record<string, T>>, key: string): Readonly<Record<string, T>> {
  if (!(key in record)) return record;
  const rest = { ...record };
  delete rest[key];
  return rest;
}
