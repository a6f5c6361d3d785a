// Semantic zoom on the live map (rules in src/model/labelPlacement.ts): far out, the curated
// entities get the class of the zoom band (`zb0`…, whose stylesheet rule draws labels large enough
// to read) and the ones whose label does not fit get `lbl-off`. The classes change only when the zoom
// crosses into another band or what is shown changes, inside one cy.batch: no work per frame, no
// React render, no re-layout. Names left unlabelled stay reachable by hovering a node, by search
// and in "Map as text".
import type { BoundingBox12, Collection, Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { DerivedView } from '../model/view';
import {
  bandFont,
  bandOf,
  FAR_BANDS,
  boxAt,
  labelBox,
  placeLabels,
  PLACEMENTS,
  type LabelCandidate,
} from '../model/labelPlacement';

export const BAND_CLASSES = FAR_BANDS.map((_, i) => `zb${i}`);
const ALL_BAND_CLASSES = BAND_CLASSES.join(' ');
/** `lbl-off` for a node without a far label, `lbl-<placement>` for one placed off its centre. */
const PLACE_CLASS_LIST = ['lbl-off', ...PLACEMENTS.filter((p) => p !== 'center').map((p) => `lbl-${p}`)];
const PLACE_CLASSES = PLACE_CLASS_LIST.join(' ');
/** Above this many emphasised entities, their labels no longer push in over one another. */
const MUST_LIMIT = 16;

/** What the reader is told about the labels (the hint under the map). */
export interface LabelState {
  /** Whether some names are left out at this zoom. */
  readonly overview: boolean;
  readonly shown: number;
  readonly total: number;
}

let state: LabelState = { overview: false, shown: 0, total: 0 };
const listeners = new Set<() => void>();
export const getLabelState = (): LabelState => state;
export function onLabelState(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
function setState(next: LabelState) {
  if (next.overview === state.overview && next.shown === state.shown && next.total === state.total) return;
  state = next;
  for (const l of listeners) l();
}

const curated = (cy: Core) => cy.elements().not('.imported');
/** Forget what the labels of a canvas were given (its far classes were all taken away). */
const clearers = new WeakMap<Core, () => void>();

/** What the labels depend on besides the canvas's geometry: the derived view and presenter mode. */
export interface LabelInput {
  readonly view: Pick<DerivedView, 'faded' | 'hidden' | 'highlighted' | 'selected' | 'broken'>;
  readonly presenter: boolean;
}
const NOTHING_SHOWN_APART: LabelInput = {
  view: {
    faded: { nodes: new Set(), edges: new Set() },
    hidden: { nodes: new Set(), edges: new Set() },
    highlighted: null,
    selected: null,
    broken: new Set(),
  },
  presenter: false,
};
const sources = new WeakMap<Core, () => LabelInput>();
/**
 * Where the canvas's labels read the state (set once by the canvas): never from the classes the
 * canvas set, which would make the order of the class hooks matter.
 */
export const setLabelInput = (cy: Core, input: () => LabelInput) => void sources.set(cy, input);
const inputOf = (cy: Core): LabelInput => sources.get(cy)?.() ?? NOTHING_SHOWN_APART;

/** The curated nodes that may get a far label, as the pure placement reads them. */
function labelCandidates(
  nodes: NodeCollection,
  rankOf: (id: string) => number,
  { view }: LabelInput,
): LabelCandidate[] {
  // Cytoscape hands back plain strings; the view's sets are read as sets of strings.
  const focus: ReadonlySet<string> | undefined = view.highlighted?.nodes;
  const hidden: ReadonlySet<string> = view.hidden.nodes;
  const faded: ReadonlySet<string> = view.faded.nodes;
  const picked = view.selected?.type === 'node' ? view.selected.id : null;
  const isHl = (id: string) => !!focus?.has(id);
  const ids = nodes.map((n) => n.id());
  const mustAll = ids.filter((id) => isHl(id) || id === picked).length <= MUST_LIMIT;
  const candidates: LabelCandidate[] = [];
  nodes.forEach((n: NodeSingular) => {
    const id = n.id();
    const must = id === picked || (mustAll && isHl(id));
    // Far out, only what is shown gets a name: not what the filters leave out, and, when
    // something is emphasised, not the dimmed rest.
    const left = hidden.has(id) || faded.has(id);
    if (!must && (left || (focus && !isHl(id)))) return;
    const p = n.position();
    candidates.push({
      id: n.id(),
      x: p.x,
      y: p.y,
      w: n.width(),
      h: n.height(),
      label: String(n.data('label') ?? ''),
      must,
      rank: rankOf(id) + (isHl(id) ? 1000 : 0),
    });
  });
  return candidates;
}

/**
 * The box (model px) that `nodes` and the far labels they would get at a zoom cover, as a
 * function of that zoom: a fit computed from the node boxes alone would let the large labels of
 * the outermost nodes spill past the canvas's edge. The nodes' box and the label candidates are
 * read once, however many zooms a fit tries (a fit settles in a few rounds).
 */
export function labelledExtents(
  cy: Core,
  nodes: NodeCollection,
  rankOf: (id: string) => number,
): (zoom: number) => BoundingBox12 {
  const bb = nodes.boundingBox({ includeLabels: false });
  const input = inputOf(cy);
  let candidates: LabelCandidate[] | null = null;
  return (zoom) => {
    const box = { x1: bb.x1, y1: bb.y1, x2: bb.x2, y2: bb.y2 };
    const band = bandOf(zoom);
    if (band < 0) return box;
    const font = bandFont(band, input.presenter);
    candidates ??= labelCandidates(nodes, rankOf, input);
    const byId = new Map(candidates.map((c) => [c.id, c]));
    for (const [id, where] of placeLabels(candidates, font)) {
      const c = byId.get(id)!;
      const b = boxAt(c, labelBox(c.label, font), where);
      box.x1 = Math.min(box.x1, b.x1);
      box.x2 = Math.max(box.x2, b.x2);
      box.y1 = Math.min(box.y1, b.y1);
      box.y2 = Math.max(box.y2, b.y2);
    }
    return box;
  };
}

/**
 * Back to the normal labels on every curated node, until the next refresh. Layouts that measure
 * nodes (fcose counts label sizes) must see the same labels whatever the zoom, or a shared
 * ?layout=fcose link would give another picture at another window size.
 */
export function clearOverviewLabels(cy: Core): void {
  clearers.get(cy)?.();
  cy.batch(() => {
    curated(cy).removeClass(ALL_BAND_CLASSES);
    cy.nodes().removeClass(PLACE_CLASSES);
  });
  freshLabels(cy);
}

/** Cytoscape keeps an element's measured box (label included) until the next draw: restyle and
 *  drop those boxes now, so a size read at once (an export, a fit) sees the labels as they will be
 *  drawn. `updateStyle` is public (js.cytoscape.org/#eles.updateStyle) but missing from the
 *  typings; `dirtyBoundingBoxCache` is Cytoscape's own invalidation, used when it exists. */
function freshLabels(cy: Core, which: Collection = curated(cy)) {
  const eles = which as unknown as { updateStyle: () => void; dirtyBoundingBoxCache?: () => void };
  eles.updateStyle();
  eles.dirtyBoundingBoxCache?.();
}

/** The far classes a canvas's elements were created with: its band class and each node's placement. */
const seeds = new WeakMap<Core, { band: string; place: ReadonlyMap<string, string> }>();
/**
 * Say which far classes the elements were created with (GraphCanvas's first view, worked out before
 * the first frame): the labels' first pass starts from them, and finds nothing to change, instead of
 * giving every element its classes again (Cytoscape restyles every element it is given a class,
 * whether it had it or not).
 */
export const seedOverviewLabels = (cy: Core, band: string, place: ReadonlyMap<string, string>) =>
  void seeds.set(cy, { band, place });

const refreshers = new WeakMap<Core, () => void>();
const holders = new WeakMap<Core, (ms: number) => void>();
const releasers = new WeakMap<Core, () => void>();

/** How long after the last wheel step the labels follow the zoom again. */
const HOLD_MS = 150;

/**
 * The camera is moving (the reader turns the wheel, or a fit animates it): leave the labels as they
 * are until it has rested for `ms`, then give them the band of the zoom it stopped at, and whatever
 * else changed meanwhile (a selection made the move). Placing labels anew at every band crossed on
 * the way restyled and re-measured the map a dozen times per turn of the wheel, and on every
 * selection's camera move, for labels nobody could read in passing (bench/README.md, curated zoom
 * and select).
 */
export const holdOverviewLabels = (cy: Core, ms = HOLD_MS) => void holders.get(cy)?.(ms);

/** The camera has arrived (an animated fit completed): the labels follow it now, not at the hold's end. */
export const releaseOverviewLabels = (cy: Core) => void releasers.get(cy)?.();

/**
 * Run `draw` with the normal labels on the map, then bring the zoom's labels back, in the same
 * tick (nothing is painted in between). A picture of the whole map at its own scale (an export)
 * needs every name at the normal size, not the overview's few large ones.
 */
export function withNormalLabels<T>(cy: Core, draw: () => T): T {
  const refresh = refreshers.get(cy);
  if (!refresh) return draw();
  clearOverviewLabels(cy);
  try {
    return draw();
  } finally {
    refresh();
  }
}

/** The class that says where a node's far label goes: none (centred, or no far labels), or `lbl-…`. */
function placeClass(placed: ReadonlyMap<string, string> | null, id: string): string {
  if (!placed) return '';
  const where = placed.get(id);
  return !where ? 'lbl-off' : where === 'center' ? '' : `lbl-${where}`;
}

/**
 * Keep the labels readable at every zoom. `rankOf` orders entities for a label when space is short
 * (the most connected first). Returns `refresh` (call after anything that changes what is shown,
 * emphasised or where it stands; while the camera moves it waits for it to rest) and `dispose`.
 */
export function followOverviewLabels(
  cy: Core,
  rankOf: (id: string) => number,
): { refresh: () => void; dispose: () => void } {
  let band = Number.NaN;
  // What this canvas last gave its curated elements: the band class (one for all) and each node's
  // placement class. Kept here so a refresh compares with its own record, element by element,
  // instead of scanning the map once per class (26 classes) with collection operations.
  const seed = seeds.get(cy);
  seeds.delete(cy);
  let bandGiven: string | null = seed?.band ?? null;
  // The elements that carry it, and the broken relations they were chosen with.
  let banded: Collection = seed ? curated(cy).filter((e) => e.isNode()) : cy.collection();
  let bandedBroken: ReadonlySet<string> | null = null;
  const placeGiven = new Map<string, string>(seed?.place);
  // The curated elements, found once per change of the canvas's elements (overlays come and go).
  let curatedEles: Collection | null = null;
  let elementsChanged = true;
  const onElements = () => void (curatedEles = null);
  const curatedNow = () => {
    if (curatedEles) return curatedEles;
    elementsChanged = true;
    return (curatedEles = curated(cy));
  };

  const refreshNow = () => {
    band = bandOf(cy.zoom());
    const eles = curatedNow();
    const nodes = eles.nodes();
    const input = inputOf(cy);
    const hidden: ReadonlySet<string> = input.view.hidden.nodes;
    const placed =
      band < 0 ? null : placeLabels(labelCandidates(nodes, rankOf, input), bandFont(band, input.presenter));
    const bandCls = band < 0 ? null : BAND_CLASSES[band]!;
    // Only the elements whose classes change are restyled and re-measured: a filter or a
    // selection that leaves a label where it was costs that label nothing.
    let changed: Collection = cy.collection();
    // The band's font is for the nodes' names and the label of a broken relation (stylesheet.ts):
    // only those carry the band class, so a band change restyles the nodes and the few broken
    // edges, not every relation of the map.
    const brokenIds: ReadonlySet<string> = input.view.broken;
    const target = eles.filter((e) => e.isNode() || brokenIds.has(e.id()));
    cy.batch(() => {
      if (bandCls !== bandGiven) {
        if (bandGiven) banded.removeClass(bandGiven);
        if (bandCls) target.addClass(bandCls);
        bandGiven = bandCls;
        changed = banded.union(target);
        banded = bandCls ? target : cy.collection();
      } else if (bandCls && (elementsChanged || brokenIds !== bandedBroken)) {
        // Relations broken or mended since, and curated elements added since (none today: filters
        // hide, overlays are imported).
        const gain = target.not(banded);
        const lose = banded.not(target);
        gain.addClass(bandCls);
        lose.removeClass(bandCls);
        changed = gain.union(lose);
        banded = target;
      }
      bandedBroken = brokenIds;
      const moved = cy.collection();
      nodes.forEach((n: NodeSingular) => {
        const id = n.id();
        const want = placeClass(placed, id);
        const had = placeGiven.get(id) ?? '';
        if (want === had) return;
        if (had) n.removeClass(had);
        if (want) n.addClass(want);
        placeGiven.set(id, want);
        moved.merge(n);
      });
      if (moved.nonempty()) changed = changed.union(moved);
    });
    elementsChanged = false;
    if (changed.nonempty()) freshLabels(cy, changed);
    let total = 0;
    let shown = 0;
    nodes.forEach((n: NodeSingular) => {
      const id = n.id();
      if (hidden.has(id)) return;
      total++;
      if (!placed || placed.has(id)) shown++;
    });
    setState({ overview: shown < total, shown, total });
  };

  // While held (the camera moves), a refresh waits: `pending` says one was asked for meanwhile.
  let held: ReturnType<typeof setTimeout> | null = null;
  let pending = false;
  const release = () => {
    if (held) clearTimeout(held);
    held = null;
    if (cy.destroyed()) return;
    if (pending || bandOf(cy.zoom()) !== band) refreshNow();
    pending = false;
  };
  const hold = (ms: number) => {
    if (held) clearTimeout(held);
    held = setTimeout(release, ms);
  };
  const refresh = () => {
    if (held) pending = true;
    else refreshNow();
  };
  const onZoom = () => {
    if (!held && bandOf(cy.zoom()) !== band) refreshNow();
  };
  // A name left out is one pointer away: hovering a node shows it at the band's size.
  const onOver = (e: { target: NodeSingular }) => void e.target.addClass('lbl-hover');
  const onOut = (e: { target: NodeSingular }) => void e.target.removeClass('lbl-hover');
  const clear = () => {
    bandGiven = null;
    banded = cy.collection();
    bandedBroken = null;
    placeGiven.clear();
  };
  refreshers.set(cy, refreshNow);
  holders.set(cy, hold);
  releasers.set(cy, release);
  clearers.set(cy, clear);
  cy.on('zoom', onZoom);
  cy.on('layoutstop dragfree', refresh);
  cy.on('add remove', onElements);
  cy.on('mouseover', 'node', onOver);
  cy.on('mouseout', 'node', onOut);
  refreshNow();
  return {
    refresh,
    dispose: () => {
      refreshers.delete(cy);
      holders.delete(cy);
      releasers.delete(cy);
      clearers.delete(cy);
      if (held) clearTimeout(held);
      cy.off('zoom', onZoom);
      cy.off('layoutstop dragfree', refresh);
      cy.off('add remove', onElements);
      cy.off('mouseover', 'node', onOver);
      cy.off('mouseout', 'node', onOut);
    },
  };
}
