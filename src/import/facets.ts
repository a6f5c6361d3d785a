// Facets of an imported network opened on its own: node types, interaction words and direction, each
// value with its count, and what the map hides when the user unticks some. Cytoscape desktop's habit:
// every value starts ticked (shown) and unticking hides; a hidden node takes its edges with it.
// Pure data (ids and strings only), so the store, the panel and the canvas all read the same answer.
import type { ImportedEdge, ImportedNetwork, ImportedNode } from './types';

/** The facets of a layer. */
export const LAYER_FACETS = ['nodeTypes', 'interactions', 'directions'] as const;
export type LayerFacet = (typeof LAYER_FACETS)[number];

/** Option keys the user unticked, per facet. An absent facet hides nothing. */
export type LayerFacetState = Partial<Record<LayerFacet, readonly string[]>>;

/** More distinct values than this and the rarest are folded into one "other" option. */
export const MAX_FACET_OPTIONS = 30;

/**
 * Option keys. A file's own word gets the prefix `v:` so that no word in a file (even "other" or
 * "none") can be mistaken for the options this module makes up.
 */
export const NONE_KEY = 'none';
export const OTHER_KEY = 'other';
const VALUE_PREFIX = 'v:';
const valueKey = (value: string) => `${VALUE_PREFIX}${value}`;

/** One checkbox of a facet. */
export interface LayerFacetOption {
  readonly key: string;
  readonly label: string;
  /** Nodes (node types) or edges (the edge facets) with this value in the whole network. */
  readonly count: number;
}

/** The options of a network's facets, most common first. */
export type LayerFacetOptions = Record<LayerFacet, readonly LayerFacetOption[]>;

/** The same words the details panel uses for an imported edge's sign. */
export const DIRECTION_LABELS: Record<string, string> = {
  '1': 'increases',
  '-1': 'decreases',
  '0': 'no stated direction',
};
const DIRECTION_ORDER = ['1', '-1', '0'];

/** What an element's value is for a facet, `undefined` when the file gives none. */
const nodeType = (n: ImportedNode) => (n.kind?.trim() ? n.kind : undefined);
const interaction = (e: ImportedEdge) => (e.interaction?.trim() ? e.interaction : undefined);

const NONE_LABELS: Record<'nodeTypes' | 'interactions', string> = {
  nodeTypes: 'untyped',
  interactions: 'no interaction word',
};
const OTHER_NOUNS: Record<'nodeTypes' | 'interactions', string> = {
  nodeTypes: 'types',
  interactions: 'words',
};

/** Options for the values of one string facet: the most common first, the tail folded into "other". */
function valueOptions(
  values: Iterable<string | undefined>,
  facet: 'nodeTypes' | 'interactions',
): { options: LayerFacetOption[]; shown: Set<string> } {
  const counts = new Map<string, number>();
  let none = 0;
  for (const v of values) {
    if (v === undefined) none++;
    else counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  // Ties are broken by the word, so the same file always gives the same options.
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const kept = sorted.slice(0, MAX_FACET_OPTIONS);
  const rest = sorted.slice(MAX_FACET_OPTIONS);
  const options: LayerFacetOption[] = kept.map(([v, count]) => ({ key: valueKey(v), label: v, count }));
  if (rest.length)
    options.push({
      key: OTHER_KEY,
      label: `${rest.length} other ${OTHER_NOUNS[facet]}`,
      count: rest.reduce((sum, [, c]) => sum + c, 0),
    });
  if (none) options.push({ key: NONE_KEY, label: NONE_LABELS[facet], count: none });
  return { options, shown: new Set(kept.map(([v]) => v)) };
}

interface Prepared {
  readonly options: LayerFacetOptions;
  readonly shownTypes: ReadonlySet<string>;
  readonly shownInteractions: ReadonlySet<string>;
}

// A network never changes once imported, so its options are counted once per network object.
const prepared = new WeakMap<ImportedNetwork, Prepared>();

function prepare(network: ImportedNetwork): Prepared {
  const cached = prepared.get(network);
  if (cached) return cached;
  const types = valueOptions(network.nodes.map(nodeType), 'nodeTypes');
  const words = valueOptions(network.edges.map(interaction), 'interactions');
  const directionCounts = new Map<string, number>();
  for (const e of network.edges)
    directionCounts.set(`${e.polarity}`, (directionCounts.get(`${e.polarity}`) ?? 0) + 1);
  const directions = DIRECTION_ORDER.filter((d) => directionCounts.has(d)).map((d) => ({
    key: d,
    label: DIRECTION_LABELS[d]!,
    count: directionCounts.get(d)!,
  }));
  const result: Prepared = {
    options: { nodeTypes: types.options, interactions: words.options, directions },
    shownTypes: types.shown,
    shownInteractions: words.shown,
  };
  prepared.set(network, result);
  return result;
}

/** The facet options of a network, with counts over the whole network. */
export const layerFacetOptions = (network: ImportedNetwork): LayerFacetOptions => prepare(network).options;

/** What the facets hide, by the ids the network gives (not Cytoscape's), and how much is left. */
export interface LayerFilterResult {
  readonly hiddenNodes: ReadonlySet<string>;
  readonly hiddenEdges: ReadonlySet<string>;
  readonly counts: {
    readonly nodes: number;
    readonly totalNodes: number;
    readonly edges: number;
    readonly totalEdges: number;
  };
}

/** True when some option of some facet is unticked. */
export const isLayerFiltered = (state: LayerFacetState | undefined): boolean =>
  !!state && LAYER_FACETS.some((f) => (state[f]?.length ?? 0) > 0);

/**
 * What the map hides for `state`: nodes whose type is unticked; edges whose interaction word or
 * direction is unticked, and every edge with a hidden end (an edge is never drawn to nothing).
 * Unticking an edge facet never hides a node: an unconnected node is still part of the network.
 */
export function layerFilter(network: ImportedNetwork, state: LayerFacetState | undefined): LayerFilterResult {
  // The "Showing" line and the canvas both ask after each change: the state is never mutated (the
  // store makes a new one), so the last answer per network serves the second caller.
  const last = lastFilter.get(network);
  if (last && last.state === state) return last.result;
  const result = computeFilter(network, state);
  lastFilter.set(network, { state, result });
  return result;
}

const lastFilter = new WeakMap<
  ImportedNetwork,
  { state: LayerFacetState | undefined; result: LayerFilterResult }
>();

/**
 * Whether a value falls under an unticked key, without making its key: the unticked words are
 * turned back into values once, and "other" and "none" tested apart.
 */
function keyTest(
  unticked: ReadonlySet<string>,
  shown: ReadonlySet<string>,
): (value: string | undefined) => boolean {
  const values = new Set<string>();
  for (const k of unticked) if (k.startsWith(VALUE_PREFIX)) values.add(k.slice(VALUE_PREFIX.length));
  const other = unticked.has(OTHER_KEY);
  const none = unticked.has(NONE_KEY);
  return (value) => (value === undefined ? none : shown.has(value) ? values.has(value) : other);
}

function computeFilter(network: ImportedNetwork, state: LayerFacetState | undefined): LayerFilterResult {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  if (isLayerFiltered(state)) {
    const { shownTypes, shownInteractions } = prepare(network);
    const types = new Set(state!.nodeTypes ?? []);
    const words = new Set(state!.interactions ?? []);
    const directions = new Set(state!.directions ?? []);
    // Each test only when its facet has something unticked, and with no string made per element:
    // a click on a 10,000-node network used to build 30,000 keys for the garbage collector.
    const typeHidden = keyTest(types, shownTypes);
    const wordHidden = keyTest(words, shownInteractions);
    if (types.size) for (const n of network.nodes) if (typeHidden(nodeType(n))) hiddenNodes.add(n.id);
    const ends = hiddenNodes.size > 0;
    for (const e of network.edges)
      if (
        (ends && (hiddenNodes.has(e.source) || hiddenNodes.has(e.target))) ||
        (words.size > 0 && wordHidden(interaction(e))) ||
        (directions.size > 0 && directions.has(`${e.polarity}`))
      )
        hiddenEdges.add(e.id);
  }
  return {
    hiddenNodes,
    hiddenEdges,
    counts: {
      nodes: network.nodes.length - hiddenNodes.size,
      totalNodes: network.nodes.length,
      edges: network.edges.length - hiddenEdges.size,
      totalEdges: network.edges.length,
    },
  };
}

/** The state after ticking or unticking one option. */
export function toggleLayerFacet(
  state: LayerFacetState | undefined,
  facet: LayerFacet,
  key: string,
): LayerFacetState {
  const current = state?.[facet] ?? [];
  const next = current.includes(key) ? current.filter((k) => k !== key) : [...current, key];
  return { ...state, [facet]: next };
}
