// Where the camera goes when the state asks for a fit (src/store/fit.ts decides when). Every fit is
// label-aware: it frames the node boxes and the large far-out labels they will carry at the zoom it
// arrives at, so nothing it frames is cut at the canvas's edge. The reader's own camera (zoom keys,
// Ctrl + wheel, dragging the map) is remembered, so a filter click does not throw it away.
import type { BoundingBox12, Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { FitTarget } from '../store/fit';
import type { DerivedView } from '../model/view';
import { elementsOf } from './collection';
import { moveCamera } from './motion';
import { holdOverviewLabels, labelledExtents, releaseOverviewLabels } from './overviewLabels';

/** Closest a frame zooms in: one entity and its neighbours never fill the screen edge to edge. */
const FRAME_MAX_ZOOM = 1.6;
const KEPT_PADDING = 30;
const FRAME_PADDING = 50;

const userMoved = new WeakMap<Core, boolean>();
/** Remember that the reader moved the camera themselves (until the next fit). */
export const markUserCamera = (cy: Core) => void userMoved.set(cy, true);

const ranks = new WeakMap<Core, (id: string) => number>();
/** How the overview ranks entities for a label (set once by the canvas). */
export const setLabelRanks = (cy: Core, rankOf: (id: string) => number) => void ranks.set(cy, rankOf);
const rankOf = (cy: Core) => ranks.get(cy) ?? (() => 0);

interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** The viewport that shows `bb` (model px) with `padding` screen px around it, within the zoom limits. */
function fitBox(cy: Core, bb: BoundingBox12, padding: number, maxZoom: number): Viewport {
  const w = cy.width();
  const h = cy.height();
  const bw = Math.max(bb.x2 - bb.x1, 1);
  const bh = Math.max(bb.y2 - bb.y1, 1);
  let zoom = Math.min((w - 2 * padding) / bw, (h - 2 * padding) / bh);
  zoom = Math.max(cy.minZoom(), Math.min(maxZoom, cy.maxZoom(), zoom));
  return {
    zoom,
    pan: { x: (w - zoom * (bb.x1 + bb.x2)) / 2, y: (h - zoom * (bb.y1 + bb.y2)) / 2 },
  };
}

/**
 * The viewport that frames `nodes` with the labels they carry at that viewport's zoom. The zoom
 * decides the label band and the band the labels' size, so a few rounds settle it (each round can
 * only zoom out).
 */
export function readableViewport(
  cy: Core,
  nodes: NodeCollection,
  padding: number,
  maxZoom = cy.maxZoom(),
): Viewport {
  const extentAt = labelledExtents(cy, nodes, rankOf(cy));
  let vp = fitBox(cy, nodes.boundingBox({ includeLabels: false }), padding, maxZoom);
  for (let round = 0; round < 4; round++) {
    const next = fitBox(cy, extentAt(vp.zoom), padding, maxZoom);
    const settled = Math.abs(next.zoom - vp.zoom) < 1e-3;
    vp = next;
    if (settled) break;
  }
  return vp;
}

const MOVE_MS = 250;

function moveTo(cy: Core, vp: Viewport, animate: boolean) {
  userMoved.set(cy, false);
  const arrived = () => releaseOverviewLabels(cy);
  const glides = moveCamera(cy, vp, animate ? MOVE_MS : 0, { easing: 'ease-in-out-sine', arrived });
  // The far labels take the band of where the camera arrives, once, when it arrives (and whatever
  // the move came with, a selection's emphasis, then too): placed anew at every band crossed on the
  // way, a selection's move restyled the whole map several times over. The hold outlasts the move in
  // case it is stopped short (a stopped animation never completes). A jump has arrived already.
  if (glides) holdOverviewLabels(cy, MOVE_MS + 150);
}

/** The entities the filters keep (faded context may lie far out), or all if they keep none. */
function keptNodes(cy: Core, view: DerivedView): NodeCollection {
  // A fit frames entities: their relations lie between them.
  const kept = elementsOf(cy, view.kept.nodes).nodes();
  return kept.empty() ? cy.nodes() : kept;
}

/** A zoom change smaller than this (as a log ratio, about 15 %) frames the same part of the map. */
const SAME_FRAME = Math.log(1.15);

/** Whether every one of `nodes` stands inside the visible part of the canvas. */
function allInView(cy: Core, nodes: NodeCollection): boolean {
  const ext = cy.extent();
  return nodes.every((n) => {
    const p = (n as NodeSingular).position();
    return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
  });
}

/** Whether any of `nodes` stands inside the visible part of the canvas. */
function someInView(cy: Core, nodes: NodeCollection): boolean {
  const ext = cy.extent();
  return nodes.some((n) => {
    const p = (n as NodeSingular).position();
    return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
  });
}

/** Move the camera to a fit target of the derived view. */
export function applyFit(cy: Core, target: FitTarget, view: DerivedView, animate = true) {
  cy.stop();
  if (target === 'frame') {
    const nodes = elementsOf(cy, view.frame).nodes();
    if (nodes.empty()) return;
    moveTo(cy, readableViewport(cy, nodes, FRAME_PADDING, FRAME_MAX_ZOOM), animate);
    return;
  }
  const kept = keptNodes(cy, view);
  // A filter click respects the reader's own zoom while some of what is kept is still in view.
  if (target === 'filtered' && userMoved.get(cy) && someInView(cy, kept)) return;
  const vp = readableViewport(cy, kept, KEPT_PADDING);
  if (target === 'filtered') {
    // A filter click is not a request to move. The camera stays while all that is kept is in view
    // and would be framed at about the same zoom; otherwise it goes there at once, in the frame
    // that shows the new filter: an animated fit on every click redrew the map a dozen times more
    // (bench/README.md, curated filter).
    if (allInView(cy, kept) && Math.abs(Math.log(vp.zoom / cy.zoom())) < SAME_FRAME) return;
    moveTo(cy, vp, false);
    return;
  }
  moveTo(cy, vp, animate);
}

/**
 * The whole map in view (the toolbar's "Show whole map"): every node the view draws (`drawn`, the
 * Cytoscape ids of drawnNodeIds in drawn.ts), not what Cytoscape reports visible.
 */
export function showWholeMap(cy: Core, drawn: Iterable<string>, animate = true) {
  cy.stop();
  moveTo(cy, readableViewport(cy, elementsOf(cy, drawn).nodes(), KEPT_PADDING), animate);
}
