// The derived view as a memoised store selector: one per (graph, stories), shared by every reader,
// returning the same object until one of its inputs changes (so React renders and canvas updates
// happen only when what the map shows changes). The imported layers' facet rule lives with the
// importers (src/import/facets.ts): it is applied here, once per layer and facet state, and its
// verdict handed to deriveView with the rest. Each layer shown over the curated map goes in as an
// overlay with its matches, beside the overlays set by the store's actions.
import { isLayerFiltered, layerFilter, type LayerFacetState } from '../import/facets';
import type { StoredLayer } from '../import/layerStore';
import type { Graph } from '../model/graph';
import type { Story } from '../model/story';
import {
  deriveView,
  type DerivedView,
  type LayerInput,
  type ViewCache,
  type ViewInput,
  type ViewOverlay,
} from '../model/view';
import type { AppState } from './store';

const NOTHING: ReadonlySet<string> = new Set();
const inputs = new WeakMap<StoredLayer, { facets: LayerFacetState | undefined; input: LayerInput }>();

/** A layer with its facets' verdict, the same object while neither changes. */
function layerInput(layer: StoredLayer, facets: LayerFacetState | undefined): LayerInput {
  const hit = inputs.get(layer);
  if (hit && hit.facets === facets) return hit.input;
  const { hiddenNodes, hiddenEdges } = isLayerFiltered(facets)
    ? layerFilter(layer.network, facets)
    : { hiddenNodes: NOTHING, hiddenEdges: NOTHING };
  const input = {
    id: layer.id,
    nodes: layer.network.nodes,
    edges: layer.network.edges,
    hiddenNodes,
    hiddenEdges,
  };
  inputs.set(layer, { facets, input });
  return input;
}

/**
 * The layers drawn: the one open on its own, or else the overlays not hidden. One array per change
 * of the layers, the open layer or the facets, so the view's other parts stay cached.
 */
let lastLayers: { deps: readonly unknown[]; value: readonly LayerInput[] } | null = null;
function drawnLayers(s: AppState): readonly LayerInput[] {
  const deps = [s.layers, s.openLayerId, s.layerFacets];
  if (lastLayers && deps.every((d, i) => d === lastLayers!.deps[i])) return lastLayers.value;
  const open = s.openLayerId ? s.layers.filter((l) => l.id === s.openLayerId) : [];
  const drawn = s.openLayerId ? open : s.layers.filter((l) => l.mode === 'overlay' && !l.hidden);
  const value = drawn.map((l) => layerInput(l, s.layerFacets[l.id]));
  const same =
    lastLayers &&
    value.length === lastLayers.value.length &&
    value.every((v, i) => v === lastLayers!.value[i]);
  lastLayers = { deps, value: same ? lastLayers!.value : value };
  return lastLayers.value;
}

const attachOf = new WeakMap<StoredLayer, ViewOverlay>();
/** An overlay layer as a view overlay: it attaches its matched nodes to curated entities. */
function attachOverlay(layer: StoredLayer): ViewOverlay {
  let overlay = attachOf.get(layer);
  if (!overlay)
    attachOf.set(
      layer,
      (overlay = { id: `layer:${layer.id}`, attach: { layerId: layer.id, matches: layer.matches } }),
    );
  return overlay;
}

/**
 * The view's overlays: those the store's actions set, and one per layer drawn over the curated map
 * (none while a layer is open on its own: the curated map is not shown). The same array while
 * neither changes.
 */
let lastOverlays: { deps: readonly unknown[]; value: readonly ViewOverlay[] } | null = null;
function viewOverlays(s: AppState): readonly ViewOverlay[] {
  const deps = [s.overlays, s.layers, s.openLayerId];
  if (lastOverlays && deps.every((d, i) => d === lastOverlays!.deps[i])) return lastOverlays.value;
  const shown = s.openLayerId ? [] : s.layers.filter((l) => l.mode === 'overlay' && !l.hidden);
  const value = shown.length ? [...s.overlays, ...shown.map(attachOverlay)] : s.overlays;
  lastOverlays = { deps, value };
  return value;
}

export type ViewSelector = (s: AppState) => DerivedView;

const inputOf = (s: AppState, stories: readonly Story[]): ViewInput => ({
  filters: s.filters,
  hiddenMode: s.hiddenMode,
  selection: s.selection,
  stories,
  story: s.story,
  path: s.path,
  showPath: s.panel === 'paths',
  answerShown: s.answerShown,
  overlays: viewOverlays(s),
  layers: drawnLayers(s),
  importedPath: s.importedPath,
});

function makeSelector(graph: Graph, stories: readonly Story[]): ViewSelector {
  const cache: ViewCache = new Map();
  let last: { input: ViewInput; view: DerivedView } | null = null;
  return (s) => {
    const input = inputOf(s, stories);
    if (last && (Object.keys(input) as (keyof ViewInput)[]).every((k) => Object.is(input[k], last!.input[k])))
      return last.view;
    last = { input, view: deriveView(graph, input, cache) };
    return last.view;
  };
}

const selectors = new WeakMap<Graph, WeakMap<readonly Story[], ViewSelector>>();

/** The selector of the view of this knowledge base; the same function for every caller. */
export function viewSelector(graph: Graph, stories: readonly Story[]): ViewSelector {
  let byStories = selectors.get(graph);
  if (!byStories) selectors.set(graph, (byStories = new WeakMap()));
  let selector = byStories.get(stories);
  if (!selector) byStories.set(stories, (selector = makeSelector(graph, stories)));
  return selector;
}
