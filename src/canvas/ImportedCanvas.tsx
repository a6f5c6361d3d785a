// A layer on its own: the imported network at its stored (or grid) positions, replacing the curated
// map. Plain Cytoscape (no react-cytoscapejs): the instance is made once per layer and React never
// renders on pan, zoom or selection — a tap writes the selection to the store, and the derived view
// says what is hidden and selected (useLayerFilterClasses). Big networks get Cytoscape's
// viewport options that plain Cytoscape leaves off (textures while moving, edges and labels hidden
// while moving, unreadable labels skipped), and the WebGL renderer when the GPU is real.
import cytoscape, { type Core, type CytoscapeOptions } from 'cytoscape';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { shownNodeIds } from '../import/layerShown';
import type { StoredLayer } from '../import/layerStore';
import type { Graph } from '../model/graph';
import type { Story } from '../model/story';
import { useAppStore } from '../store/store';
import { viewSelector, type ViewSelector } from '../store/view';
import { elementsOf } from './collection';
import { restWhenIdle } from './frameLoop';
import { releaseCurrentCy, setCurrentCy } from './instance';
import { BIG_LAYER, importedStylesheet, NEAR_ZOOM } from './importedStylesheet';
import { boundsOf, importedElementId, layerElements } from './layerElements';
import { LayoutProgress } from './LayoutProgress';
import { followNearZoom } from './nearZoom';
import { useImportedFocus, useImportedPathClasses } from './useImportedFocus';
import { LAYER_FILTER_RULES, useLayerFilterClasses } from './useLayerFilterClasses';
import { useLayerLook } from './useLayerLook';

/**
 * True when the browser draws WebGL on a real GPU. Software rasterisers (SwiftShader, llvmpipe, as on
 * a machine without a GPU) are slower than Cytoscape's canvas renderer, so they do not count;
 * `failIfMajorPerformanceCaveat` alone does not rule them out in every Chromium.
 */
export function hardwareWebgl(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2', { failIfMajorPerformanceCaveat: true });
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !/swiftshader|llvmpipe|software|basic render/i.test(renderer);
  } catch {
    return false;
  }
}

/** Zoom and pan that frame the layer's stored positions in the container, with a margin. */
export function initialViewport(
  layer: StoredLayer,
  size: { clientWidth: number; clientHeight: number },
): { zoom: number; pan: { x: number; y: number } } {
  const box = boundsOf(layer.network.nodes.flatMap((n) => (n.position ? [n.position] : []))) ?? {
    minX: 0,
    minY: 0,
    maxX: 0,
    maxY: 0,
  };
  const margin = 60;
  const w = Math.max(size.clientWidth, 100);
  const h = Math.max(size.clientHeight, 100);
  const zoom = Math.min(
    MAX_ZOOM,
    Math.max(
      MIN_ZOOM,
      Math.min((w - margin) / (box.maxX - box.minX + margin), (h - margin) / (box.maxY - box.minY + margin)),
    ),
  );
  const cx = (box.minX + box.maxX) / 2;
  const cy = (box.minY + box.maxY) / 2;
  return { zoom, pan: { x: w / 2 - zoom * cx, y: h / 2 - zoom * cy } };
}

const MIN_ZOOM = 0.02;
const MAX_ZOOM = 2;

/** The options this app adds to plain Cytoscape for a layer of `nodes` nodes. */
export function tuning(nodes: number, webgl: boolean): Partial<CytoscapeOptions> {
  const big = nodes >= BIG_LAYER;
  return {
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM * 2,
    boxSelectionEnabled: false,
    userZoomingEnabled: true,
    textureOnViewport: big,
    hideEdgesOnViewport: big,
    hideLabelsOnViewport: big,
    motionBlur: false,
    pixelRatio: big ? 1 : 'auto',
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as Partial<CytoscapeOptions>;
}

function useLayerCy(container: HTMLDivElement | null, current: StoredLayer) {
  const [cy, setCy] = useState<Core | null>(null);
  // A layout gives the layer new positions (a new record with the same edges): the instance stays and
  // only the nodes move (useLayerPositions), instead of 30,000 elements made again.
  const layerRef = useRef(current);
  layerRef.current = current;
  const { id, network } = current;
  const { edges } = network;
  useEffect(() => {
    if (!container) return;
    const layer = layerRef.current;
    const big = layer.network.nodes.length >= BIG_LAYER;
    // The first view is computed from the stored positions: fitting would measure every label and
    // edge first, which for 30,000 elements costs more than drawing them.
    const view = initialViewport(layer, container);
    const cy = cytoscape({
      ...view,
      container,
      // A big layer seen near from the start is made with its near look (nearZoom.ts).
      elements: layerElements(layer, big && view.zoom >= NEAR_ZOOM ? { classes: 'near' } : {}),
      style: [...importedStylesheet(big), ...LAYER_FILTER_RULES],
      layout: { name: 'preset', fit: false },
      ...tuning(layer.network.nodes.length, hardwareWebgl()),
    });
    setCy(cy);
    restWhenIdle(cy);
    // Ends with the instance (cy.destroy drops its listeners).
    if (big) followNearZoom(cy);
    setCurrentCy(cy);
    cy.one('render', () => performance.mark('nociscope:first-render'));
    // A tap writes the selection; the view says what is selected (useLayerFilterClasses draws it).
    const { selectImported } = useAppStore.getState();
    const pick = (e: cytoscape.EventObject) => {
      const el = e.target as cytoscape.SingularElementArgument;
      selectImported({
        layerId: layer.id,
        type: el.isNode() ? 'node' : 'edge',
        id: el.data('iid') as string,
      });
    };
    cy.on('tap', 'node, edge', pick);
    cy.on('tap', (e) => {
      if (e.target === cy) selectImported(null);
    });
    // Size changes need nothing here: Cytoscape observes its container itself. A second observer
    // redrew every element once more just after the first frame (a full frame at 10,000 nodes).
    return () => {
      releaseCurrentCy(cy);
      cy.destroy();
      setCy(null);
    };
  }, [container, id, edges]);
  return cy;
}

/** Moves the nodes to the layer's stored positions when they change, and frames them. */
function useLayerPositions(cy: Core | null, container: HTMLDivElement | null, layer: StoredLayer) {
  const shown = useRef(layer.network.nodes);
  useEffect(() => {
    const nodes = layer.network.nodes;
    if (!cy || !container || shown.current === nodes) return;
    shown.current = nodes;
    cy.batch(() => {
      for (const n of nodes) {
        if (!n.position) continue;
        const el = cy.getElementById(importedElementId(layer.id, n.id));
        const p = el.position();
        if (p.x !== n.position.x || p.y !== n.position.y) el.position(n.position);
      }
    });
    cy.viewport(initialViewport(layer, container));
  }, [cy, container, layer]);
}

/**
 * Frame what the layer draws: the nodes the derived view keeps (what the layer's filters hide does
 * not count), by their ids, never by asking Cytoscape what it shows.
 */
function fitShown(cy: Core, layer: StoredLayer, view: ViewSelector) {
  const shown = view(useAppStore.getState()).layers.get(layer.id);
  const ids = shownNodeIds(layer.network, shown).map((id) => importedElementId(layer.id, id));
  cy.fit(elementsOf(cy, ids), 30);
}

/** The toolbar's view commands (Fit, zoom, whole map) on the layer's canvas. */
function useToolbarCommands(
  cy: Core | null,
  container: HTMLDivElement | null,
  layer: StoredLayer,
  view: ViewSelector,
) {
  useEffect(
    () =>
      useAppStore.subscribe((s, prev) => {
        if (!cy || !container || !s.command || s.command === prev.command) return;
        const centre = { x: cy.width() / 2, y: cy.height() / 2 };
        if (s.command.name === 'zoom-in') cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: centre });
        else if (s.command.name === 'zoom-out') cy.zoom({ level: cy.zoom() * 0.8, renderedPosition: centre });
        // Fit what is drawn; the whole network frames its stored positions, without measuring
        // every label.
        else if (s.command.name === 'fit') fitShown(cy, layer, view);
        else if (s.command.name === 'reset') cy.viewport(initialViewport(layer, container));
      }),
    [cy, container, layer, view],
  );
}

export interface ImportedCanvasProps {
  readonly layer: StoredLayer;
  /** The knowledge base: the view (src/model/view.ts) is derived over it and the layers together. */
  readonly graph: Graph;
  readonly stories: readonly Story[];
}

export function ImportedCanvas({ layer, graph, stories }: ImportedCanvasProps) {
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const cy = useLayerCy(container, layer);
  useLayerPositions(cy, container, layer);
  const view = viewSelector(graph, stories);
  useToolbarCommands(cy, container, layer, view);
  useLayerFilterClasses(cy, layer.id, view);
  useLayerLook(cy, layer);
  useImportedFocus(cy, viewSelector(graph, stories));
  useImportedPathClasses(cy, layer.id, viewSelector(graph, stories));
  const onKeyDown = (e: KeyboardEvent) => {
    if (!cy) return;
    const zoom = (f: number) =>
      cy.zoom({ level: cy.zoom() * f, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    const keys: Record<string, () => void> = {
      '+': () => zoom(1.25),
      '=': () => zoom(1.25),
      '-': () => zoom(0.8),
      // Fit what is drawn: what the layer's filters hide does not count.
      '0': () => fitShown(cy, layer, view),
      ArrowLeft: () => cy.panBy({ x: 60, y: 0 }),
      ArrowRight: () => cy.panBy({ x: -60, y: 0 }),
      ArrowUp: () => cy.panBy({ x: 0, y: 60 }),
      ArrowDown: () => cy.panBy({ x: 0, y: -60 }),
    };
    if (!keys[e.key]) return;
    keys[e.key]!();
    e.preventDefault();
  };
  return (
    <div className="imported-stage">
      <LayoutProgress layer={layer} />
      <div
        ref={setContainer}
        className="canvas canvas--imported"
        role="application"
        tabIndex={0}
        aria-label={`Imported network ${layer.name}: ${layer.network.nodes.length} nodes, ${layer.network.edges.length} edges. Plus and minus zoom, 0 fits, arrow keys pan.`}
        aria-roledescription="graph canvas"
        onKeyDown={onKeyDown}
        data-testid="imported-canvas"
      />
    </div>
  );
}
