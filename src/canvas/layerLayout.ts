// Laying out an imported network on its own: the Layout menu's choices for a layer, the layout under
// way (for its progress bar and Cancel) and where the result goes. The force layout runs in a worker
// (forceLayoutJob.ts); grid, circle and rings take milliseconds and run here. A finished layout
// becomes the layer's stored positions (useLayerStore.replaceLayer, kept in IndexedDB as positions
// always are), and the canvas follows the layer; a cancelled one changes nothing. The store holds
// ids and numbers only, never Cytoscape objects.
import { create } from 'zustand';
import { indexedGraph, type IndexedGraph } from '../model/indexedGraph';
import { circleLayout, concentricLayout, gridLayout } from '../model/simpleLayouts';
import type { StoredLayer } from '../import/layerStore';
import { useLayerStore } from '../store/layers';
import { useAppStore } from '../store/store';
import type { ForceJob } from './forceLayoutJob';

export const LAYER_LAYOUTS = ['force', 'grid', 'circle', 'concentric'] as const;
export type LayerLayoutName = (typeof LAYER_LAYOUTS)[number];
export const LAYER_LAYOUT_LABELS: Record<LayerLayoutName, string> = {
  force: 'Force-directed',
  grid: 'Grid',
  circle: 'Circle',
  concentric: 'Rings by degree',
};

/** The layout under way: which layer, which layout, and its steps done of total. */
export interface RunningLayout {
  readonly layerId: string;
  readonly layout: LayerLayoutName;
  readonly done: number;
  readonly total: number;
}

interface LayerLayoutState {
  running: RunningLayout | null;
  /** The layout last applied to each layer in this session: what the menu shows. */
  chosen: Readonly<Record<string, LayerLayoutName>>;
  /** Lay out a stored layer; a layout already under way is cancelled first. */
  run: (layerId: string, layout: LayerLayoutName) => void;
  /** Stop the layout under way: the layer keeps the positions it had. */
  cancel: () => void;
}

const PLAIN: Record<Exclude<LayerLayoutName, 'force'>, (g: IndexedGraph) => Float64Array> = {
  grid: gridLayout,
  circle: circleLayout,
  concentric: concentricLayout,
};

let job: ForceJob | null = null;
/** Counts runs and cancels, so a layout whose code is still loading knows it was called off. */
let tickets = 0;

const graphOf = (layer: StoredLayer) =>
  indexedGraph(
    layer.network.nodes.map((n) => n.id),
    layer.network.edges,
  );

/** The layer as stored now, with node i at positions[2i], positions[2i + 1]. */
function withPositions(layerId: string, positions: Float64Array): StoredLayer | undefined {
  const layer = useLayerStore.getState().layers.find((l) => l.id === layerId);
  // Removed meanwhile, or read again with other nodes: the positions are not its own.
  if (!layer || layer.network.nodes.length * 2 !== positions.length) return undefined;
  const nodes = layer.network.nodes.map((n, i) => ({
    ...n,
    position: { x: positions[2 * i]!, y: positions[2 * i + 1]! },
  }));
  return { ...layer, network: { ...layer.network, nodes } };
}

export const useLayerLayout = create<LayerLayoutState>()((set, get) => ({
  running: null,
  chosen: {},
  run: (layerId, layout) => {
    get().cancel();
    const layer = useLayerStore.getState().layers.find((l) => l.id === layerId);
    if (!layer) return;
    const keep = (positions: Float64Array) => {
      const next = withPositions(layerId, positions);
      if (!next) return;
      set((s) => ({ chosen: { ...s.chosen, [layerId]: layout } }));
      void useLayerStore.getState().replaceLayer(next);
    };
    if (layout !== 'force') return keep(PLAIN[layout](graphOf(layer)));
    const graph = graphOf(layer);
    const started = performance.now();
    const ticket = ++tickets;
    set({ running: { layerId, layout, done: 0, total: 1 } });
    void import('./forceLayoutJob').then(({ runForceLayout }) => {
      // Cancelled (or replaced) while the code loaded.
      if (ticket !== tickets || !get().running) return;
      const mine = runForceLayout(graph, (done, total) => {
        if (job === mine) set({ running: { layerId, layout, done, total } });
      });
      job = mine;
      mine.done.then(
        (result) => {
          if (job !== mine) return;
          job = null;
          set({ running: null });
          if (result === 'cancelled') return;
          keep(result);
          // For the benchmark (bench/forceLayout.ts) and the browser test: the worker's wall time.
          performance.mark('nociscope:force-layout-done', {
            detail: { ms: performance.now() - started, nodes: graph.nodeCount },
          });
        },
        (err: unknown) => {
          if (job !== mine) return;
          job = null;
          set({ running: null });
          useAppStore
            .getState()
            .notify([
              `The force-directed layout failed (${err instanceof Error ? err.message : String(err)}); the network keeps its positions.`,
            ]);
        },
      );
    });
  },
  cancel: () => {
    tickets++;
    job?.cancel();
    job = null;
    if (get().running) set({ running: null });
  },
}));
