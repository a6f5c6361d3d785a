// The canvas: react-cytoscapejs (through CytoscapeCanvas) renders the graph once; hooks keep it in
// step with the store.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { Graph } from '../model/graph';
import { selectionOf } from '../model/ids';
import type { Story } from '../model/story';
import { useAppStore } from '../store/store';
import { decideFit, fitStateOf } from '../store/fit';
import { viewSelector, type ViewSelector } from '../store/view';
import { CytoscapeCanvas } from './CytoscapeCanvas';
import { toElements } from './elements';
import { releaseCurrentCy, setCurrentCy } from './instance';
import { STYLESHEET } from './stylesheet';
import { useImportedFocus } from './useImportedFocus';
import { useOverlayLayers } from './useOverlayLayers';
import { applyFit, markUserCamera, setLabelRanks } from './camera';
import { OverviewHint } from './OverviewHint';
import { holdOverviewLabels, seedOverviewLabels, setLabelInput } from './overviewLabels';
import {
  useFollowView,
  useFilterClasses,
  useFocusClasses,
  useLayout,
  useOverviewLabels,
  usePresenterStyle,
  useViewCommands,
} from './useCanvasSync';
import { usePrintPicture } from './usePrintPicture';
import { labelRanks } from '../model/labelPlacement';
import { firstViewCandidates, firstViewport } from '../model/firstViewport';
import { DEFAULT_LAYOUT } from '../store/types';

const CANVAS_STYLE = { width: '100%', height: '100%' };
/** react-cytoscapejs is given no elements: onReady adds them, with their far-label classes. */
const NO_ELEMENTS: ElementDefinition[] = [];

/** Bind Cytoscape events once; handlers read the store when they fire, never stale closures. */
function useCyEvents(cy: Core | null, graph: Graph) {
  useEffect(() => {
    if (!cy) return;
    const { select, selectImported } = useAppStore.getState();
    // One selection, curated or imported (an overlay layer's element carries its layer in its data).
    // Cytoscape hands back plain strings: curated ones become the graph's ids here, at the boundary.
    const pick = (type: 'node' | 'edge') => (e: cytoscape.EventObject) => {
      const el = e.target as cytoscape.SingularElementArgument;
      const layerId = el.data('layer') as string | undefined;
      if (layerId) selectImported({ layerId, type, id: el.data('iid') as string });
      else select(selectionOf(graph, type, String(el.id())));
    };
    const onNode = pick('node');
    const onEdge = pick('edge');
    const onBackground = (e: cytoscape.EventObject) => {
      if (e.target === cy) select(null);
    };
    // Dragging the background pans: from then on the camera is the reader's own.
    const onDrag = (e: cytoscape.EventObject) => {
      if (e.target === cy) markUserCamera(cy);
    };
    cy.on('tap', 'node', onNode);
    cy.on('tap', 'edge', onEdge);
    cy.on('tap', onBackground);
    cy.on('tapdrag', onDrag);
    return () => {
      cy.off('tap', 'node', onNode);
      cy.off('tap', 'edge', onEdge);
      cy.off('tap', onBackground);
      cy.off('tapdrag', onDrag);
    };
  }, [cy, graph]);
}

/**
 * Ctrl/⌘ + wheel (and trackpad pinch, which browsers send as ctrl+wheel) zooms; a plain wheel is
 * left to the page, so scrolling past the map never gets stuck in it.
 */
function useWheelZoom(container: HTMLDivElement | null, cy: Core | null) {
  useEffect(() => {
    if (!container || !cy) return;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      markUserCamera(cy);
      holdOverviewLabels(cy);
      const rect = container.getBoundingClientRect();
      const factor = Math.exp(-e.deltaY * 0.002);
      cy.zoom({
        level: cy.zoom() * factor,
        renderedPosition: { x: e.clientX - rect.left, y: e.clientY - rect.top },
      });
    };
    container.addEventListener('wheel', onWheel, { passive: false });
    return () => container.removeEventListener('wheel', onWheel);
  }, [container, cy]);
}

/** The container size the instance was last fitted or resized at. */
const knownSize = new WeakMap<Core, { width: number; height: number }>();

/**
 * The first view's camera: a deep link into a story opens on its step, a link with filters on what
 * they keep, else the whole map, framed with its far labels. Done before the first frame when the
 * container already has its size (the static page gives the canvas its box), so the first frame is
 * the settled view: a fit after it moved the camera, which changed the far labels' band, restyled
 * every element and drew the whole map a second time. Returns false when the container has no size yet.
 */
function fitFirstView(cy: Core, view: ViewSelector): boolean {
  const container = cy.container();
  const w = container?.clientWidth ?? 0;
  const h = container?.clientHeight ?? 0;
  if (w === 0 || h === 0) return false;
  if (cy.width() !== w || cy.height() !== h) cy.resize();
  knownSize.set(cy, { width: w, height: h });
  const state = useAppStore.getState();
  applyFit(cy, decideFit(null, fitStateOf(state, view(state))) ?? 'kept', view(state), false);
  return true;
}

/** A copy Cytoscape may keep and change: the memoised definitions serve every instance. */
const fresh = (el: ElementDefinition, classes?: string[]): ElementDefinition => ({
  ...el,
  data: { ...el.data },
  ...(el.position ? { position: { ...el.position } } : {}),
  ...(classes ? { classes } : {}),
});

/**
 * The default first view (no story, selection, filter, presenter mode or other layout: what the
 * page opens on without a query string) worked out before Cytoscape sees an element: the viewport
 * and every element's far-label classes, by the same pure rules as the page's picture
 * (src/image/firstView.ts: the node boxes and far labels of src/model/labelPlacement.ts, settled as
 * camera.ts's readableViewport settles them). Elements added with their classes are styled once;
 * added without, they were styled, measured for the fit with the normal labels, and restyled when
 * the far labels arrived. The far labels' own pass (useOverviewLabels) then finds nothing to
 * change. Null when the view is not the default one or the container has no size yet.
 */
function plainFirstView(
  cy: Core,
  elements: readonly ElementDefinition[],
  rankOf: (id: string) => number,
  view: ViewSelector,
): ElementDefinition[] | null {
  const container = cy.container();
  const width = container?.clientWidth ?? 0;
  const height = container?.clientHeight ?? 0;
  const state = useAppStore.getState();
  const v = view(state);
  const plain =
    width > 0 &&
    height > 0 &&
    !state.story &&
    !state.presenter &&
    state.layout === DEFAULT_LAYOUT &&
    !v.selected &&
    !v.highlighted &&
    v.hidden.nodes.size + v.hidden.edges.size + v.faded.nodes.size + v.faded.edges.size === 0 &&
    decideFit(null, fitStateOf(state, v)) === 'kept';
  if (!plain) return null;
  const { zoom, band, placed, box } = firstViewport(firstViewCandidates(elements, rankOf), { width, height });
  if (cy.width() !== width || cy.height() !== height) cy.resize();
  knownSize.set(cy, { width, height });
  cy.viewport({
    zoom,
    pan: { x: (width - zoom * (box.x1 + box.x2)) / 2, y: (height - zoom * (box.y1 + box.y2)) / 2 },
  });
  if (band < 0) return elements.map((el) => fresh(el));
  // The far labels start from these classes instead of giving them again (overviewLabels.ts).
  const place = new Map<string, string>();
  seedOverviewLabels(cy, `zb${band}`, place);
  return elements.map((el) => {
    // Nodes carry the band (their names' font); no relation is broken in the default view.
    if (el.group !== 'nodes') return fresh(el);
    const id = String(el.data.id);
    const where = placed.get(id);
    const cls = !where ? 'lbl-off' : where === 'center' ? '' : `lbl-${where}`;
    place.set(id, cls);
    const classes = cls ? [`zb${band}`, cls] : [`zb${band}`];
    return fresh(el, classes);
  });
}

/**
 * Keep Cytoscape's idea of its size in step with the container (panels open and close, the window
 * resizes, presenter mode goes full screen). If the first view could not be fitted at mount (the
 * container had no size yet), its first real size fits it.
 */
function useContainerSize(container: HTMLDivElement | null, cy: Core | null, view: ViewSelector) {
  useEffect(() => {
    if (!container || !cy) return;
    const observer = new ResizeObserver(() => {
      if (cy.destroyed()) return;
      // A hidden canvas (the print layout, a collapsed stage) keeps its last real size, so the
      // viewport survives and a picture of the view can still be drawn.
      const w = container.clientWidth;
      const h = container.clientHeight;
      if (w === 0 || h === 0) return;
      const known = knownSize.get(cy);
      // The observer's first call reports the size the first view was fitted at: nothing to do
      // (a resize would redraw the whole map for an unchanged picture).
      if (known && known.width === w && known.height === h) return;
      if (!known) {
        fitFirstView(cy, view);
        return;
      }
      knownSize.set(cy, { width: w, height: h });
      cy.resize();
      // The story card or presenter mode changed the canvas size: refit the step.
      const state = useAppStore.getState();
      if (state.story) applyFit(cy, 'frame', view(state));
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [container, cy, view]);
}

export interface GraphCanvasProps {
  readonly graph: Graph;
  readonly stories: readonly Story[];
}

export function GraphCanvas({ graph, stories }: GraphCanvasProps) {
  const [cy, setCy] = useState<Core | null>(null);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const elements = useMemo(() => toElements(graph), [graph]);
  const view = viewSelector(graph, stories);
  const rankOf = useMemo(() => labelRanks(graph), [graph]);

  // Once per instance (CytoscapeCanvas guards react-cytoscapejs's callback).
  const onReady = useCallback(
    (instance: Core) => {
      setLabelRanks(instance, rankOf);
      // The labels read the view and presenter mode from the store, never the canvas's classes.
      setLabelInput(instance, () => {
        const s = useAppStore.getState();
        return { view: view(s), presenter: s.presenter };
      });
      // Before the far labels' own pass (useOverviewLabels) and before the first frame.
      const ready = plainFirstView(instance, elements, rankOf, view);
      instance.add(ready ?? elements.map((el) => fresh(el)));
      if (!ready) fitFirstView(instance, view);
      setCurrentCy(instance);
      performance.mark('nociscope:canvas-created');
      // For the benchmark (bench/firstPaint.ts): when the first frame is drawn.
      instance.one('render', () => performance.mark('nociscope:first-render'));
      setCy(instance);
      return () => {
        releaseCurrentCy(instance);
        instance.destroy();
      };
    },
    [elements, rankOf, view],
  );

  useCyEvents(cy, graph);
  useFilterClasses(cy, view);
  useFocusClasses(cy, view);
  useLayout(cy, graph, view);
  useViewCommands(cy, view);
  useFollowView(cy, view);
  usePresenterStyle(cy);
  useOverviewLabels(cy, view, rankOf);
  useOverlayLayers(cy, view);
  useImportedFocus(cy, view);
  useWheelZoom(container, cy);
  useContainerSize(container, cy, view);
  const printPicture = usePrintPicture(cy);

  const onKeyDown = (e: KeyboardEvent) => {
    const run = useAppStore.getState().runCommand;
    const keys: Record<string, () => void> = {
      '+': () => run('zoom-in'),
      '=': () => run('zoom-in'),
      '-': () => run('zoom-out'),
      '0': () => run('fit'),
    };
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [60, 0],
      ArrowRight: [-60, 0],
      ArrowUp: [0, 60],
      ArrowDown: [0, -60],
    };
    if (keys[e.key]) keys[e.key]!();
    else if (pan[e.key] && cy && !useAppStore.getState().story) {
      markUserCamera(cy);
      const [x, y] = pan[e.key]!;
      cy.panBy({ x, y });
    } else return;
    e.preventDefault();
  };

  return (
    <>
      <div
        ref={setContainer}
        className="canvas"
        role="application"
        tabIndex={0}
        aria-label="Knowledge graph. Use search or the lists to pick an entity; plus and minus zoom, 0 fits, arrow keys pan."
        aria-roledescription="graph canvas"
        onKeyDown={onKeyDown}
        data-testid="graph-canvas"
      >
        <CytoscapeCanvas
          elements={NO_ELEMENTS}
          stylesheet={STYLESHEET}
          // No layout: the elements carry their positions (toElements), and fitFirstView frames
          // them with their far labels; a preset layout's own fit measured every label for nothing.
          onReady={onReady}
          style={CANVAS_STYLE}
          // Low enough for the whole layered map to fit a 1024×768 projector's canvas.
          minZoom={0.08}
          maxZoom={4}
          userZoomingEnabled={false}
          // While the camera moves (a filter or story fit animates it, the reader pans), Cytoscape
          // draws the last frame as one scaled picture instead of every element each frame.
          textureOnViewport
          boxSelectionEnabled={false}
          autoungrabify={false}
        />
        <OverviewHint />
      </div>
      {printPicture && (
        <img className="print-picture" src={printPicture} alt="The map as it was shown on screen" />
      )}
    </>
  );
}
