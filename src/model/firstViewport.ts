// The first fit of the whole map, worked out without a canvas: the viewport that frames every node
// and the far labels it carries at that viewport's zoom, settled as src/canvas/camera.ts's
// readableViewport settles it, with the label rules of labelPlacement.ts. Pure, so the page's
// picture made at build time (src/image/firstView.ts) and the live canvas's first frame
// (src/canvas/GraphCanvas.tsx) open on the same view, and the canvas can give its elements their
// far-label classes before Cytoscape styles them.
import {
  bandFont,
  bandOf,
  boxAt,
  labelBox,
  placeLabels,
  type LabelCandidate,
  type Placement,
} from './labelPlacement';

/** A node element as the canvas gets it (toElements): its id, label and box in `data`, its position. */
export interface PlacedNodeElement {
  readonly group?: string;
  readonly data: {
    readonly id?: unknown;
    readonly label?: unknown;
    readonly w?: unknown;
    readonly h?: unknown;
  };
  readonly position?: { readonly x: number; readonly y: number };
}

/**
 * The label candidates of the first view, read off the canvas's elements: the same for the page's
 * picture (src/image/firstView.ts) and the live canvas's first frame, so both place the same names.
 */
export function firstViewCandidates(
  elements: readonly PlacedNodeElement[],
  rankOf: (id: string) => number,
): LabelCandidate[] {
  return elements
    .filter((el) => el.group === 'nodes')
    .map((el) => {
      const id = String(el.data.id);
      return {
        id,
        x: el.position!.x,
        y: el.position!.y,
        w: Number(el.data.w),
        h: Number(el.data.h),
        label: String(el.data.label ?? ''),
        must: false,
        rank: rankOf(id),
      };
    });
}

/** Screen px the first fit leaves around the map (src/canvas/camera.ts, KEPT_PADDING). */
export const FIRST_FIT_PADDING = 30;
const PADDING = FIRST_FIT_PADDING;
/** Canvas zoom limits (GraphCanvas: minZoom 0.08, maxZoom 4). */
const MIN_ZOOM = 0.08;
const MAX_ZOOM = 4;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The zoom that fits `box` into `size` with the first fit's padding, within the zoom limits. */
function fitZoom(box: Box, size: { width: number; height: number }): number {
  const z = Math.min(
    (size.width - 2 * PADDING) / Math.max(box.x2 - box.x1, 1),
    (size.height - 2 * PADDING) / Math.max(box.y2 - box.y1, 1),
  );
  return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
}

/** The far labels at `zoom`: which nodes get one and where, and the box they cover with the nodes. */
function labelsAt(nodes: readonly LabelCandidate[], zoom: number) {
  const box: Box = {
    x1: Math.min(...nodes.map((n) => n.x - n.w / 2)),
    y1: Math.min(...nodes.map((n) => n.y - n.h / 2)),
    x2: Math.max(...nodes.map((n) => n.x + n.w / 2)),
    y2: Math.max(...nodes.map((n) => n.y + n.h / 2)),
  };
  const band = bandOf(zoom);
  if (band < 0) return { band, font: 0, placed: new Map<string, Placement>(), box };
  const font = bandFont(band);
  const placed = placeLabels(nodes, font);
  for (const n of nodes) {
    const where = placed.get(n.id);
    if (!where) continue;
    const b = boxAt(n, labelBox(n.label, font), where);
    box.x1 = Math.min(box.x1, b.x1);
    box.y1 = Math.min(box.y1, b.y1);
    box.x2 = Math.max(box.x2, b.x2);
    box.y2 = Math.max(box.y2, b.y2);
  }
  return { band, font, placed, box };
}

/** The first fit's viewport for a canvas of `size`, as readableViewport settles it (camera.ts). */
export function firstViewport(nodes: readonly LabelCandidate[], size: { width: number; height: number }) {
  let zoom = fitZoom(labelsAt(nodes, Infinity).box, size);
  let labels = labelsAt(nodes, zoom);
  for (let round = 0; round < 4; round++) {
    const next = fitZoom(labels.box, size);
    const settled = Math.abs(next - zoom) < 1e-3;
    zoom = next;
    labels = labelsAt(nodes, zoom);
    if (settled) break;
  }
  return { zoom, ...labels };
}
