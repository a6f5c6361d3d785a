// Pictures of story steps for the printable handout. A second Cytoscape, off-screen and never shown,
// holds only one step's elements at a time, placed where the map on screen has them, so a handout
// picture looks like the step the class saw; imageSvg then writes it as vector SVG with a legend of
// the shapes and arrows it uses (the handout's own text gives the step's title and sources).
// The map on screen is never touched: drawing into it would flicker and fight the store's classes.
import cytoscape, { type Core, type ElementDefinition, type NodeCollection } from 'cytoscape';
import type { Graph } from '../model/graph';
import type { Subgraph } from '../model/queries';
import { captionContent } from './caption';
import { layoutCaption } from './captionLayout';
import { canvasMeasure } from './captionPaint';
import { toElements } from '../canvas/elements';
import { buildSvg } from './imageSvg';
import { getCurrentCy } from '../canvas/instance';
import { STYLESHEET } from '../canvas/stylesheet';

export interface StepPicture {
  /** A data: URL of the SVG, for an <img>. */
  readonly src: string;
  readonly width: number;
  readonly height: number;
}

export interface StepPictureRequest {
  readonly show: Subgraph;
  /** Caption title, e.g. "Step 2. TGF-β1 reaches the spinal cord". */
  readonly title: string;
}

/** Where each node sits on the map right now; lane positions if the map is not drawn yet. */
function currentPositions(): Map<string, { x: number; y: number }> {
  const main = getCurrentCy();
  const out = new Map<string, { x: number; y: number }>();
  main?.nodes().forEach((n) => {
    out.set(n.id(), { ...n.position() });
  });
  return out;
}

function stepElements(
  all: readonly ElementDefinition[],
  show: Subgraph,
  positions: Map<string, { x: number; y: number }>,
) {
  const nodes = new Set<string>(show.nodes);
  const edges = new Set<string>(show.edges);
  // A relation draws only with both of its ends; a step that names only relations gets their ends.
  for (const el of all) {
    if (el.group === 'edges' && edges.has(String(el.data.id))) {
      nodes.add(String(el.data.source));
      nodes.add(String(el.data.target));
    }
  }
  return all.flatMap((el): ElementDefinition[] => {
    const id = String(el.data.id);
    if (el.group === 'nodes') {
      if (!nodes.has(id)) return [];
      return [{ ...el, data: { ...el.data }, position: { ...(positions.get(id) ?? el.position!) } }];
    }
    return edges.has(id) ? [{ ...el, data: { ...el.data } }] : [];
  });
}

/** Centre-to-centre spread a picture may have before its nodes are drawn closer, in px. */
const MAX_SPREAD = { x: 640, y: 420 };

/**
 * Spread-out steps (two nodes at opposite ends of the map) would print with tiny labels once the
 * picture is scaled to the page. Pull the nodes towards each other instead, keeping their
 * arrangement and their size, so the labels stay large.
 */
function drawCloser(nodes: NodeCollection) {
  if (nodes.length < 2) return;
  const xs = nodes.map((n) => n.position('x'));
  const ys = nodes.map((n) => n.position('y'));
  const spread = { x: Math.max(...xs) - Math.min(...xs), y: Math.max(...ys) - Math.min(...ys) };
  const k = {
    x: spread.x > MAX_SPREAD.x ? MAX_SPREAD.x / spread.x : 1,
    y: spread.y > MAX_SPREAD.y ? MAX_SPREAD.y / spread.y : 1,
  };
  if (k.x === 1 && k.y === 1) return;
  const cx = Math.min(...xs) + spread.x / 2;
  const cy = Math.min(...ys) + spread.y / 2;
  nodes.positions((n) => ({
    x: cx + (n.position('x') - cx) * k.x,
    y: cy + (n.position('y') - cy) * k.y,
  }));
}

/**
 * One picture per step, in order; null for a step with nothing to draw. Resolves after every
 * picture is written; the off-screen instance is always destroyed.
 */
export async function drawStepPictures(
  graph: Graph,
  steps: readonly StepPictureRequest[],
  date: string,
): Promise<(StepPicture | null)[]> {
  const host = document.createElement('div');
  // Laid out but off-screen: Cytoscape needs a sized container to measure labels and edges.
  host.style.cssText = 'position:fixed;left:-10000px;top:0;width:900px;height:700px;visibility:hidden';
  host.setAttribute('aria-hidden', 'true');
  document.body.appendChild(host);
  let cy: Core | null = null;
  try {
    cy = cytoscape({
      container: host,
      style: STYLESHEET,
      layout: { name: 'preset' },
      userZoomingEnabled: false,
      userPanningEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    const all = toElements(graph);
    const positions = currentPositions();
    const measure = canvasMeasure();
    const pictures: (StepPicture | null)[] = [];
    for (const step of steps) {
      cy.elements().remove();
      const eles = cy.add(stepElements(all, step.show, positions));
      if (eles.nodes().empty()) {
        pictures.push(null);
        continue;
      }
      drawCloser(eles.nodes());
      const bb = eles.boundingBox();
      const frame = {
        box: { x1: bb.x1, y1: bb.y1, w: bb.w, h: bb.h },
        size: { width: Math.ceil(bb.w), height: Math.ceil(bb.h) },
        zoom: 1,
      };
      const caption = layoutCaption(
        captionContent(
          graph,
          { nodes: eles.nodes().map((n) => n.id()), edges: eles.edges().map((e) => e.id()) },
          { title: step.title, filters: '', date },
        ),
        frame.size.width,
        measure,
        { legendOnly: true },
      );
      const { svg, size } = buildSvg(eles, frame, { background: 'white', caption, title: step.title });
      pictures.push({
        src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
        width: size.width,
        height: size.height,
      });
    }
    return pictures;
  } finally {
    cy?.destroy();
    host.remove();
  }
}
