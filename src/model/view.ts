// What the map shows, derived once. Every reader — the canvas classes, the "Showing …" line, fit,
// the image and data exports, the text view — reads this one value instead of recomputing the
// filters or reading Cytoscape's state back (STYLE.md habit 11; a lint rule keeps `:visible` and
// `:selected` reads out of the canvas). The curated map, the imported layers (with their facets,
// their matches to curated entities and the path asked of one) and the story's what-if all come
// in as inputs; more views plug in as `overlays`.
import type { Graph } from './graph';
import { applyFilters, isFiltered, type Filters } from './filter';
import {
  answerFocus,
  answerPathway,
  predictFocus,
  type PathQuery,
  type PathwayAnswer,
} from './pathways/answer';
import { predictWhatIf } from './pathways/predict';
import { neighbourhood, relationsCiting, type Subgraph } from './queries';
import type { NodeId, RelationId, SourceId } from './schema';
import type { Story } from './story';
import { effectiveFilters } from './storyFilters';

/** An element of an imported layer picked on a canvas: which layer, node or edge, its id in the layer. */
export interface ImportedSelection {
  readonly type: 'imported';
  readonly layerId: string;
  readonly element: 'node' | 'edge';
  /** The element's id in its layer's network (not the Cytoscape id). */
  readonly id: string;
}

/**
 * What the details panel shows: an entity, a relation or a source of the knowledge base, or an
 * element of an imported layer. One value, so a curated and an imported pick can never both stand.
 */
export type Selection =
  | { readonly type: 'node'; readonly id: NodeId }
  | { readonly type: 'edge'; readonly id: RelationId }
  | { readonly type: 'source'; readonly id: SourceId }
  | ImportedSelection;

/** The curated part of a selection (an entity, relation or source), or null. */
export type CuratedSelection = Exclude<Selection, ImportedSelection>;
export const curatedSelection = (sel: Selection | null): CuratedSelection | null =>
  sel && sel.type !== 'imported' ? sel : null;

/** What happens to what the filters leave out. */
export type HiddenMode = 'hide' | 'fade';

export type { PathQuery } from './pathways/answer';

/**
 * One more input to the view: a what-if knock-out removes entities and relations from what is kept;
 * a signed path emphasises its own elements; an imported layer drawn over the curated map attaches
 * its matched nodes to curated entities (the store derives one such overlay per overlay layer shown,
 * src/store/view.ts).
 */
export interface ViewOverlay {
  /** Names the overlay, so it can be replaced or taken off. */
  readonly id: string;
  /** Taken out of what is kept (with every relation touching a removed entity). */
  readonly remove?: Subgraph;
  /** Emphasised: added to what is highlighted. */
  readonly highlight?: Subgraph;
  /**
   * An imported layer over the curated map and its accepted matches (imported node id → curated
   * entity id): a matched node is drawn as the entity, which is marked matched.
   */
  readonly attach?: {
    readonly layerId: string;
    readonly matches: readonly (readonly [string, string])[];
  };
}

/** The path asked of an imported network and shown on its map (ids in the layer's own network). */
export interface ImportedPathInput {
  readonly layerId: string;
  readonly shown: { readonly nodes: readonly string[]; readonly edges: readonly string[] } | null;
}

/**
 * An imported layer as the view takes it: its edges' ends, and what its facets hide (ids in the
 * layer's own network). The facet rule belongs to the importers (`layerFilter` in
 * src/import/facets.ts, which the model cannot import: the importers read the model); the store
 * applies it and hands the verdict in (src/store/view.ts).
 */
export interface LayerInput {
  readonly id: string;
  /** Its nodes (`drawnNodes` lists those the view draws); none if left out. */
  readonly nodes?: readonly { readonly id: string }[];
  readonly edges: readonly { readonly id: string; readonly source: string; readonly target: string }[];
  readonly hiddenNodes: ReadonlySet<string>;
  readonly hiddenEdges: ReadonlySet<string>;
}

/** What the view makes of an imported layer's elements (ids in the layer's own network). */
export interface LayerView {
  /** Nodes not drawn. */
  readonly hiddenNodes: ReadonlySet<string>;
  /**
   * Edges not drawn for their own sake. An edge with a hidden end is not drawn either (a renderer
   * hides it with its node), so it is left out here: marking it too would cost a style update for
   * nothing, thousands of them in a big network.
   */
  readonly hiddenEdges: ReadonlySet<string>;
  /** Every edge not drawn: its own or through a hidden end. */
  readonly goneEdges: ReadonlySet<string>;
  /** Every node of the layer, drawn or not (the input's own array: a facet click copies nothing). */
  readonly nodes: readonly { readonly id: string }[];
}

/** Everything the view depends on: the store's ids and UI state, with the open story resolved. */
export interface ViewInput {
  readonly filters: Filters;
  readonly hiddenMode: HiddenMode;
  readonly selection: Selection | null;
  readonly stories: readonly Story[];
  /** The story playing and its step, or null. */
  readonly story: { readonly id: string; readonly step: number } | null;
  readonly path: PathQuery;
  /** Whether the path query is on show (the Pathways tab is open). */
  readonly showPath: boolean;
  /** Whether a story step's answer is revealed (a predict step then draws what its what-if breaks). */
  readonly answerShown: boolean;
  readonly overlays: readonly ViewOverlay[];
  /** The imported layers, with what their facets hide (none if left out). */
  readonly layers?: readonly LayerInput[];
  /** The path asked of an imported network, if any (drawn while its layer is). */
  readonly importedPath?: ImportedPathInput | null;
}

/** What the map shows. Every set holds ids of the graph; kept, faded and hidden partition it. */
export interface DerivedView {
  /** The filters in force: a story step's own filter while a story plays, else the reader's. */
  readonly filters: Filters;
  /** The reader's own filters are set but paused because a story plays. */
  readonly filtersPaused: boolean;
  /** What the filters (and overlays) keep. */
  readonly kept: Subgraph;
  /** Left out and drawn faint (fade mode). */
  readonly faded: Subgraph;
  /** Left out and not drawn (hide mode); a selected entity is still drawn (see `selected`). */
  readonly hidden: Subgraph;
  /** Emphasised (story step, path, or the selection and its neighbours); the rest is dimmed. */
  readonly highlighted: Subgraph | null;
  /**
   * The element picked, drawn in full whatever the filters say (never during a story); an imported
   * element only while its layer's facets let it be drawn.
   */
  readonly selected: Selection | null;
  /** Each imported layer's elements the view leaves out, by layer id. */
  readonly layers: ReadonlyMap<string, LayerView>;
  /**
   * The imported layers drawn over the curated map, by layer id, each with its matches to entities
   * of the map (imported node id → entity; a stored match to an entity no longer in the graph is
   * dropped). A layer open on its own is not here: the curated map is not shown then.
   */
  readonly overlayMatches: ReadonlyMap<string, ReadonlyMap<string, NodeId>>;
  /** The curated entities an overlay layer's nodes are matched to. */
  readonly matched: ReadonlySet<NodeId>;
  /** The path shown on an imported layer's map (ids in its network), while that layer is drawn. */
  readonly importedPath: {
    readonly layerId: string;
    readonly nodes: ReadonlySet<string>;
    readonly edges: ReadonlySet<string>;
  } | null;
  /** The answer to the pathway question (src/model/pathways), or null while it is incomplete. */
  readonly pathway: PathwayAnswer | null;
  /** What-if marks within the emphasis: knocked-out entities, and relations only on broken routes. */
  readonly knockedOut: ReadonlySet<NodeId>;
  readonly broken: ReadonlySet<RelationId>;
  /** The entities a fit frames: a story step's zoom, the emphasis, or what is kept. */
  readonly frame: readonly NodeId[];
  readonly counts: {
    readonly nodes: number;
    readonly edges: number;
    readonly totalNodes: number;
    readonly totalEdges: number;
  };
}

/** Remembers the last result of each part, so an unchanged part keeps its identity (and cost). */
export type ViewCache = Map<string, { deps: readonly unknown[]; value: unknown }>;

function part<T>(cache: ViewCache | undefined, key: string, deps: readonly unknown[], compute: () => T): T {
  const hit = cache?.get(key);
  if (hit && hit.deps.length === deps.length && hit.deps.every((d, i) => Object.is(d, deps[i])))
    return hit.value as T;
  const value = compute();
  cache?.set(key, { deps, value });
  return value;
}

const EMPTY: Subgraph = { nodes: new Set(), edges: new Set() };
const NONE: ReadonlySet<never> = new Set();

/** What stays after the filters and every overlay's removals. */
export function keptSubgraph(graph: Graph, filters: Filters, overlays: readonly ViewOverlay[]): Subgraph {
  const kept = applyFilters(graph, filters);
  const removed = overlays.filter((o) => o.remove);
  if (removed.length === 0) return kept;
  const gone = (id: NodeId) => removed.some((o) => o.remove!.nodes.has(id));
  const nodes = new Set([...kept.nodes].filter((id) => !gone(id)));
  const edges = new Set<RelationId>();
  const touched = new Set<NodeId>();
  for (const id of kept.edges) {
    const e = graph.edgeById.get(id);
    if (!e || removed.some((o) => o.remove!.edges.has(id))) continue;
    if (!nodes.has(e.source) || !nodes.has(e.target)) continue;
    edges.add(id);
    touched.add(e.source);
    touched.add(e.target);
  }
  // With a relation facet on, an entity stays only through a kept relation (as in applyFilters).
  const facets = filters.evidence.length + filters.locations.length + filters.phases.length;
  return { nodes: facets + filters.polarities.length > 0 ? touched : nodes, edges };
}

/** The elements of the graph outside `kept`. */
function outside(graph: Graph, kept: Subgraph): Subgraph {
  return {
    nodes: new Set(graph.nodes.filter((n) => !kept.nodes.has(n.id)).map((n) => n.id)),
    edges: new Set(graph.edges.filter((e) => !kept.edges.has(e.id)).map((e) => e.id)),
  };
}

/** What a selection emphasises: an entity's neighbourhood, a relation's ends, a source's claims. */
export function selectionSubgraph(graph: Graph, sel: Selection | null): Subgraph | null {
  // An imported element emphasises nothing of the curated map: its layer keeps its own look.
  if (!sel || sel.type === 'imported') return null;
  if (sel.type === 'node') return graph.nodeById.has(sel.id) ? neighbourhood(graph, sel.id) : null;
  if (sel.type === 'edge') {
    const e = graph.edgeById.get(sel.id);
    return e ? { nodes: new Set([e.source, e.target]), edges: new Set([e.id]) } : null;
  }
  const edges = relationsCiting(graph, sel.id);
  return {
    nodes: new Set(edges.flatMap((e) => [e.source, e.target])),
    edges: new Set(edges.map((e) => e.id)),
  };
}

function withOverlays(base: Subgraph | null, overlays: readonly ViewOverlay[]): Subgraph | null {
  const extra = overlays.filter((o) => o.highlight);
  if (extra.length === 0) return base;
  const nodes = new Set(base?.nodes ?? []);
  const edges = new Set(base?.edges ?? []);
  for (const o of extra) {
    o.highlight!.nodes.forEach((n) => nodes.add(n));
    o.highlight!.edges.forEach((e) => edges.add(e));
  }
  return { nodes, edges };
}

/** What a layer's facets leave out of its drawing. */
export function layerView(layer: LayerInput): LayerView {
  const nodes = layer.nodes ?? [];
  if (layer.hiddenNodes.size === 0 && layer.hiddenEdges.size === 0)
    return { hiddenNodes: NONE, hiddenEdges: NONE, goneEdges: NONE, nodes };
  const hiddenEdges = new Set<string>();
  const goneEdges = new Set<string>(layer.hiddenEdges);
  for (const e of layer.edges) {
    const endGone = layer.hiddenNodes.has(e.source) || layer.hiddenNodes.has(e.target);
    if (endGone) goneEdges.add(e.id);
    else if (layer.hiddenEdges.has(e.id)) hiddenEdges.add(e.id);
  }
  return { hiddenNodes: layer.hiddenNodes, hiddenEdges, goneEdges, nodes };
}

/** The overlays that carry `key`, the same array while they stay the same overlays. */
function overlaysWith(
  cache: ViewCache | undefined,
  key: 'remove' | 'highlight' | 'attach',
  overlays: readonly ViewOverlay[],
): readonly ViewOverlay[] {
  const some = overlays.filter((o) => o[key]);
  // An overlay of another kind coming or going (a layer shown over the map) leaves what is kept
  // and emphasised, and their cost, alone.
  return part(cache, `overlays:${key}`, some, () => some);
}

/** Each overlay layer's matches to entities of the graph, by layer id. */
function attachedLayers(graph: Graph, overlays: readonly ViewOverlay[]) {
  // Looked up by the stored plain strings: a match to an entity no longer in the graph finds none.
  const entities: ReadonlyMap<string, { readonly id: NodeId }> = graph.nodeById;
  const byLayer = new Map<string, ReadonlyMap<string, NodeId>>();
  const matched = new Set<NodeId>();
  for (const { attach } of overlays) {
    if (!attach) continue;
    const matches = new Map<string, NodeId>();
    for (const [imported, curated] of attach.matches) {
      const entity = entities.get(curated)?.id;
      if (!entity) continue;
      matches.set(imported, entity);
      matched.add(entity);
    }
    byLayer.set(attach.layerId, matches);
  }
  return { byLayer, matched };
}

/**
 * The nodes the view draws, in the canvas's terms: the curated entities (what is kept or faded, and
 * a selected entity the filters hide) and each drawn layer's nodes its facets keep (less those an
 * overlay draws as the curated entity they match). A fit of "what is shown" frames these.
 */
export function drawnNodes(view: DerivedView): {
  readonly curated: readonly NodeId[];
  readonly imported: ReadonlyMap<string, readonly string[]>;
} {
  const curated = [...view.kept.nodes, ...view.faded.nodes];
  const sel = view.selected;
  if (sel?.type === 'node' && !view.kept.nodes.has(sel.id) && !view.faded.nodes.has(sel.id))
    curated.push(sel.id);
  const imported = new Map<string, readonly string[]>();
  for (const [layerId, layer] of view.layers) {
    const matches = view.overlayMatches.get(layerId);
    imported.set(
      layerId,
      layer.nodes.flatMap(({ id }) => (layer.hiddenNodes.has(id) || matches?.has(id) ? [] : [id])),
    );
  }
  return { curated, imported };
}

/** Whether the view draws this imported element (false: its layer is gone or hides it). */
export function drawsImported(view: Pick<DerivedView, 'layers'>, sel: ImportedSelection): boolean {
  const layer = view.layers.get(sel.layerId);
  if (!layer) return false;
  return !(sel.element === 'node' ? layer.hiddenNodes : layer.goneEdges).has(sel.id);
}

/** The view of `graph` under `input`. Pure; pass a cache to keep unchanged parts identical. */
export function deriveView(graph: Graph, input: ViewInput, cache?: ViewCache): DerivedView {
  const open = input.story;
  // null: no story plays; undefined: a story plays but names no such step (nothing is emphasised).
  const step = open ? input.stories.find((s) => s.id === open.id)?.steps[open.step] : null;
  const filters = part(cache, 'filters', [input.filters, input.stories, open], () =>
    effectiveFilters(input.filters, input.stories, open),
  );
  const removing = overlaysWith(cache, 'remove', input.overlays);
  const highlighting = overlaysWith(cache, 'highlight', input.overlays);
  const attaching = overlaysWith(cache, 'attach', input.overlays);
  const kept = part(cache, 'kept', [graph, filters, removing], () => keptSubgraph(graph, filters, removing));
  const rest = part(cache, 'rest', [graph, kept], () => outside(graph, kept));
  const faded = input.hiddenMode === 'fade' ? rest : EMPTY;
  const hidden = input.hiddenMode === 'hide' ? rest : EMPTY;
  const pathway = part(cache, 'pathway', [graph, input.path], () => answerPathway(graph, input.path));
  const layers = part(cache, 'layers', [input.layers], () => {
    const byId = new Map<string, LayerView>();
    for (const layer of input.layers ?? [])
      byId.set(
        layer.id,
        part(cache, `layer:${layer.id}`, [layer], () => layerView(layer)),
      );
    return byId;
  });
  const attached = part(cache, 'attached', [graph, attaching], () => attachedLayers(graph, attaching));
  const importedPath = part(cache, 'importedPath', [input.importedPath, layers], () => {
    const asked = input.importedPath;
    if (!asked?.shown || !layers.has(asked.layerId)) return null;
    return { layerId: asked.layerId, nodes: new Set(asked.shown.nodes), edges: new Set(asked.shown.edges) };
  });
  const sel = input.selection;
  const selected =
    input.story || sel?.type === 'source' || (sel?.type === 'imported' && !drawsImported({ layers }, sel))
      ? null
      : sel;
  // A predict step's emphasis is computed from the what-if: the therapy's relieving routes and the
  // knocked-out entity, then, once the answer is shown, the routes it breaks.
  const stepWhatIf = part(cache, 'stepWhatIf', [graph, step, input.answerShown], () =>
    step?.predict ? predictFocus(predictWhatIf(graph, step.predict), input.answerShown) : null,
  );
  const pathFocus = part(cache, 'pathFocus', [input.showPath && pathway], () =>
    input.showPath && pathway ? answerFocus(pathway) : null,
  );
  const highlighted = part(
    cache,
    'highlighted',
    [graph, step, stepWhatIf, pathFocus, input.selection, highlighting],
    () => {
      let base: Subgraph | null;
      if (step)
        base = {
          nodes: new Set([...step.show.nodes, ...(stepWhatIf?.nodes ?? [])]),
          edges: new Set([...step.show.relations, ...(stepWhatIf?.edges ?? [])]),
        };
      else if (step === undefined) base = null;
      else if (pathFocus) base = pathFocus;
      else base = selectionSubgraph(graph, input.selection);
      return withOverlays(base, highlighting);
    },
  );
  const marks = step ? stepWhatIf : step === null ? pathFocus : null;
  const frame = part(cache, 'frame', [step, highlighted, kept], (): NodeId[] => {
    if (step) return [...(step.zoom ?? (step.predict && highlighted ? highlighted.nodes : step.show.nodes))];
    if (highlighted && highlighted.nodes.size > 0) return [...highlighted.nodes];
    return [...kept.nodes];
  });
  const counts = part(cache, 'counts', [graph, kept], () => ({
    nodes: kept.nodes.size,
    edges: kept.edges.size,
    totalNodes: graph.nodes.length,
    totalEdges: graph.edges.length,
  }));
  return {
    filters,
    filtersPaused: input.story !== null && isFiltered(input.filters),
    kept,
    faded,
    hidden,
    highlighted,
    selected,
    layers,
    overlayMatches: attached.byLayer,
    matched: attached.matched,
    importedPath,
    pathway,
    knockedOut: marks?.knockedOut ?? NONE,
    broken: marks?.broken ?? NONE,
    frame,
    counts,
  };
}

/**
 * What a picture of the view draws: what is kept, plus the faded context when asked for, never
 * what is hidden. Kept relations have kept ends and faded ones only exist with nothing hidden, so
 * every relation drawn has both its ends drawn.
 */
export function pictureSubgraph(view: DerivedView, includeFaded: boolean): Subgraph {
  if (!includeFaded) return view.kept;
  return {
    nodes: new Set([...view.kept.nodes, ...view.faded.nodes]),
    edges: new Set([...view.kept.edges, ...view.faded.edges]),
  };
}
