// What the map shows, derived once. Every reader — the canvas classes, the "Showing …" line, fit,
// the image and data exports, the text view — reads this one value instead of recomputing the
// filters or reading Cytoscape's classes back (STYLE.md habit 11). Future views (signed paths,
// what-if knock-outs, imported layers) plug in as more inputs: `overlays`.
import type { Graph } from './graph';
import { applyFilters, isFiltered, type Filters } from './filter';
import {
  answerFocus,
  answerPathway,
  predictFocus,
  type PathQuery,
  type PathwayAnswer,
} from './pathways/answer';
import { whatIf } from './pathways/whatIf';
import { neighbourhood, relationsCiting, type Subgraph } from './queries';
import type { NodeId, RelationId, SourceId } from './schema';
import type { Story } from './story';
import { effectiveFilters } from './storyFilters';

/** What the details panel shows: an entity, a relation or a source. */
export type Selection =
  | { readonly type: 'node'; readonly id: NodeId }
  | { readonly type: 'edge'; readonly id: RelationId }
  | { readonly type: 'source'; readonly id: SourceId };

/** What happens to what the filters leave out. */
export type HiddenMode = 'hide' | 'fade';

export type { PathQuery } from './pathways/answer';

/**
 * One more input to the view, for views still to come: a what-if knock-out removes entities and
 * relations from what is kept; a signed path or an imported layer emphasises its own elements.
 */
export interface ViewOverlay {
  /** Names the overlay, so it can be replaced or taken off. */
  readonly id: string;
  /** Taken out of what is kept (with every relation touching a removed entity). */
  readonly remove?: Subgraph;
  /** Emphasised: added to what is highlighted. */
  readonly highlight?: Subgraph;
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
  /** The element picked on the map, drawn in full whatever the filters say (never during a story). */
  readonly selected: Selection | null;
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
  if (!sel) return null;
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

/** The view of `graph` under `input`. Pure; pass a cache to keep unchanged parts identical. */
export function deriveView(graph: Graph, input: ViewInput, cache?: ViewCache): DerivedView {
  const open = input.story;
  // null: no story plays; undefined: a story plays but names no such step (nothing is emphasised).
  const step = open ? input.stories.find((s) => s.id === open.id)?.steps[open.step] : null;
  const filters = part(cache, 'filters', [input.filters, input.stories, open], () =>
    effectiveFilters(input.filters, input.stories, open),
  );
  const kept = part(cache, 'kept', [graph, filters, input.overlays], () =>
    keptSubgraph(graph, filters, input.overlays),
  );
  const rest = part(cache, 'rest', [graph, kept], () => outside(graph, kept));
  const faded = input.hiddenMode === 'fade' ? rest : EMPTY;
  const hidden = input.hiddenMode === 'hide' ? rest : EMPTY;
  const pathway = part(cache, 'pathway', [graph, input.path], () => answerPathway(graph, input.path));
  const selected = input.story || input.selection?.type === 'source' ? null : input.selection;
  // A predict step's emphasis is computed from the what-if: the therapy's relieving routes and the
  // knocked-out entity, then, once the answer is shown, the routes it breaks.
  const stepWhatIf = part(cache, 'stepWhatIf', [graph, step, input.answerShown], () =>
    step?.predict
      ? predictFocus(whatIf(graph, step.predict.therapy, step.predict.knockout), input.answerShown)
      : null,
  );
  const pathFocus = part(cache, 'pathFocus', [input.showPath && pathway], () =>
    input.showPath && pathway ? answerFocus(pathway) : null,
  );
  const highlighted = part(
    cache,
    'highlighted',
    [graph, step, stepWhatIf, pathFocus, input.selection, input.overlays],
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
      return withOverlays(base, input.overlays);
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
