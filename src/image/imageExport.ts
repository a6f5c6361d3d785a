// Image export: PNG (raster, 1×/2×/4×), SVG and PDF (vector), each with an optional caption band.
// The only place that touches Cytoscape for images; the Export panel calls these functions.
import type { Collection, Core } from 'cytoscape';
import type { Graph } from '../model/graph';
import { captionContent, type CaptionText } from './caption';
import { layoutCaption, type CaptionLayout } from './captionLayout';
import { canvasMeasure, paintCaption } from './captionPaint';
import { getCurrentCy } from '../canvas/instance';
import { withNormalLabels } from '../canvas/overviewLabels';
import { elementsOf } from '../canvas/collection';
import { pictureSubgraph, type DerivedView } from '../model/view';
import type { PageSize } from './imagePage';
import { CANVAS_LIMITS, checkCanvasSize, type CanvasLimits, type Size } from './imageSize';
import { buildSvg, exportedElements, pictureFrame, type Box, type Region } from './imageSvg';

export type { CaptionText } from './caption';
export type { PageSize } from './imagePage';
export type { Region } from './imageSvg';

export type ImageFormat = 'png' | 'svg' | 'pdf';
export const IMAGE_FORMATS: readonly { id: ImageFormat; label: string; mime: string }[] = [
  { id: 'png', label: 'PNG (picture for slides)', mime: 'image/png' },
  { id: 'svg', label: 'SVG (vector, editable)', mime: 'image/svg+xml' },
  { id: 'pdf', label: 'PDF (vector, printable page)', mime: 'application/pdf' },
];
export const PNG_SCALES = [1, 2, 4] as const;

/** What to export. */
export interface ImageRequest {
  readonly format: ImageFormat;
  /** PNG only: device pixels per CSS pixel. */
  readonly scale: number;
  readonly region: Region;
  readonly background: 'white' | 'transparent';
  /** The caption's words, or null for no caption band. */
  readonly caption: CaptionText | null;
  /** Draw faded (filtered-out) elements faded; otherwise leave them out. Hidden ones never appear. */
  readonly includeFaded: boolean;
  /** PDF only. */
  readonly page: PageSize;
  /**
   * Cytoscape ids the map draws beyond the derived view: the imported layers (an overlay's, or the
   * network open on its own), so SVG and PDF hold them as PNG does. Ids the map lacks are skipped.
   */
  readonly layerIds?: readonly string[];
}

export type ImageResult =
  | { readonly ok: true; readonly blob: Blob; readonly size: Size }
  | { readonly ok: false; readonly message: string; readonly largestScale: number | null };

interface Scene {
  cy: Core;
  eles: Collection;
  leftOut: Collection;
  frame: { box: Box; size: Size; zoom: number };
  caption: CaptionLayout | null;
  /** Whole picture in CSS px at 1×. */
  size: Size;
}

const fail = (message: string, largestScale: number | null = null): ImageResult => ({
  ok: false,
  message,
  largestScale,
});

/** The whole map is drawn at its own scale, with every name at the normal size (the overview's
 * few large labels are for the screen far out: src/canvas/overviewLabels.ts). */
function atScale<T>(req: ImageRequest, cy: Core | null, draw: () => T): T {
  return req.region === 'full' && cy ? withNormalLabels(cy, draw) : draw();
}

function scene(graph: Graph, view: DerivedView, req: ImageRequest, cy: Core | null): Scene | string {
  if (!cy) return 'The map is not drawn yet; wait a moment and try again.';
  const eles = exportedElements(cy, pictureSubgraph(view, req.includeFaded), req.region, req.layerIds);
  if (eles.nodes().empty()) {
    return req.region === 'view'
      ? 'Nothing visible is in the current view. Choose "Whole graph" or move the map.'
      : 'The filters hide every element, so there is nothing to export.';
  }
  const frame = pictureFrame(cy, req.region, eles);
  const caption = req.caption
    ? layoutCaption(
        captionContent(
          graph,
          { nodes: eles.nodes().map((n) => n.id()), edges: eles.edges().map((e) => e.id()) },
          req.caption,
        ),
        frame.size.width,
        canvasMeasure(),
      )
    : null;
  const size = {
    width: Math.max(frame.size.width, caption?.width ?? 0),
    height: frame.size.height + (caption?.height ?? 0),
  };
  // Left out of a PNG for one draw: the faded context, unless asked for (hidden is never drawn).
  const leftOut = req.includeFaded
    ? cy.collection()
    : elementsOf(cy, [...view.faded.nodes, ...view.faded.edges]);
  return { cy, eles, leftOut, frame, caption, size };
}

declare global {
  interface Window {
    /**
     * Test hook: tighter canvas limits, so a browser test can exercise the refusal of a too-large
     * picture without drawing a 16,384 px one on a loaded machine. It can only lower the limits.
     */
    nociscopeCanvasLimits?: Partial<CanvasLimits>;
  }
}

function canvasLimits(): CanvasLimits {
  const hook = typeof window === 'undefined' ? undefined : window.nociscopeCanvasLimits;
  const lower = (n: unknown, max: number) => (typeof n === 'number' && n > 0 ? Math.min(n, max) : max);
  return {
    maxSide: lower(hook?.maxSide, CANVAS_LIMITS.maxSide),
    maxPixels: lower(hook?.maxPixels, CANVAS_LIMITS.maxPixels),
  };
}

/**
 * The size the export will have (device pixels for PNG, CSS px otherwise), and for PNG whether it
 * fits. `cy` is the live map unless another instance (a pathway diagram) is named.
 */
export function planImage(
  graph: Graph,
  view: DerivedView,
  req: ImageRequest,
  cy: Core | null = getCurrentCy(),
): { size: Size; message: string | null; largestScale: number | null } | null {
  const s = atScale(req, cy, () => scene(graph, view, req, cy));
  if (typeof s === 'string') return null;
  if (req.format !== 'png') return { size: s.size, message: null, largestScale: null };
  const check = checkCanvasSize(s.size, req.scale, canvasLimits());
  return check.ok
    ? { size: check.size, message: null, largestScale: null }
    : { size: check.size, message: check.message, largestScale: check.largestScale };
}

/** Export the live map, or another Cytoscape instance such as a pathway diagram. */
export async function exportImage(
  graph: Graph,
  view: DerivedView,
  req: ImageRequest,
  cy: Core | null = getCurrentCy(),
): Promise<ImageResult> {
  const title = req.caption?.title ?? 'Nociscope';
  // Everything read from the map (sizes, the PNG draw, the SVG) is read in this synchronous part.
  const drawn = atScale(req, cy, () => {
    const s = scene(graph, view, req, cy);
    if (typeof s === 'string') return s;
    if (req.format === 'png') return exportPng(s, req);
    return buildSvg(s.eles, s.frame, { background: req.background, caption: s.caption, title });
  });
  if (typeof drawn === 'string') return fail(drawn);
  if ('then' in drawn) return drawn;
  const svg = drawn;
  if (req.format === 'svg') {
    return { ok: true, blob: new Blob([svg.svg], { type: 'image/svg+xml;charset=utf-8' }), size: svg.size };
  }
  try {
    const { svgToPdf } = await import('./imagePdf');
    return { ok: true, blob: await svgToPdf(svg.svg, svg.size, req.page, title), size: svg.size };
  } catch (err) {
    return fail(
      `The PDF could not be made (${err instanceof Error ? err.message : String(err)}). Try SVG or PNG.`,
    );
  }
}

/** Share of sampled pixels that carry ink (not transparent, not near-white). */
export function inkCount(data: Uint8ClampedArray): number {
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    const a = data[i + 3]!;
    if (a > 16 && (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235)) ink++;
  }
  return ink;
}

/** A blank result is how browsers fail on canvases they cannot allocate: look at a thumbnail. */
function looksBlank(image: CanvasImageSource, w: number, h: number): boolean {
  const tw = Math.max(1, Math.min(256, w));
  const th = Math.max(1, Math.round((h / w) * tw));
  const c = document.createElement('canvas');
  c.width = tw;
  c.height = th;
  const ctx = c.getContext('2d');
  if (!ctx) return true;
  ctx.drawImage(image, 0, 0, tw, th);
  return inkCount(ctx.getImageData(0, 0, tw, th).data) === 0;
}

async function exportPng(s: Scene, req: ImageRequest): Promise<ImageResult> {
  const check = checkCanvasSize(s.size, req.scale, canvasLimits());
  if (!check.ok) return fail(check.message, check.largestScale);
  const { cy, frame, caption, leftOut: faded } = s;
  // Cytoscape multiplies by the screen's pixel ratio; divide it out so 1× means CSS pixels.
  const ratio = window.devicePixelRatio || 1;
  let graphBlob: Blob;
  try {
    // Leaving faded elements out: hide them for one synchronous draw and restore them before
    // anything can await, so the live map never shows a frame without them.
    faded.addClass('hidden');
    graphBlob = cy.png({
      output: 'blob',
      full: req.region === 'full',
      scale: req.scale / ratio,
      ...(req.background === 'white' ? { bg: '#FFFFFF' } : {}),
    });
  } catch (err) {
    return fail(
      `The browser could not draw the picture (${err instanceof Error ? err.message : String(err)}).`,
      null,
    );
  } finally {
    faded.removeClass('hidden');
  }
  const bitmap = await createImageBitmap(graphBlob).catch(() => null);
  if (
    !bitmap ||
    bitmap.width === 0 ||
    bitmap.height === 0 ||
    looksBlank(bitmap, bitmap.width, bitmap.height)
  ) {
    return fail(
      `The picture came out blank: the browser could not draw it at ${req.scale}×. Try a smaller scale or the current view.`,
      req.scale > 1 ? Math.max(1, req.scale / 2) : null,
    );
  }
  const { width, height } = check.size;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return fail('The browser could not make a canvas this large.', null);
  if (req.background === 'white') {
    ctx.fillStyle = '#FFFFFF';
    ctx.fillRect(0, 0, width, height);
  }
  const graphW = Math.floor(frame.size.width * req.scale);
  const graphH = Math.floor(frame.size.height * req.scale);
  ctx.drawImage(bitmap, Math.floor((width - graphW) / 2), 0, graphW, graphH);
  bitmap.close();
  if (caption) {
    ctx.setTransform(req.scale, 0, 0, req.scale, 0, graphH);
    paintCaption(ctx, caption);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob || blob.size === 0)
    return fail('The browser could not encode the picture; try a smaller scale.', null);
  return { ok: true, blob, size: { width, height } };
}
