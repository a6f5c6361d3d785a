// Imported layer → Cytoscape element definitions, for the layer on its own and over the curated map.
// Element ids are prefixed with the layer id so they never clash with curated ids or another layer's;
// `layer` and `iid` in the data name the element for the details panel. Every imported element has
// the class `imported` (a dashed border and its own shape: never colour alone, see stylesheet.ts).
import type { ElementDefinition } from 'cytoscape';
import type { StoredLayer } from '../import/layerStore';
import { isUndirected } from '../import/paths';
import { OVERLAY_NODE_BOX, spreadPositions, type BoxSize } from '../import/spread';
import type { ImportedPosition } from '../import/types';
import { importedEdgeId, importedElementId } from './importedIds';

export { importedElementId } from './importedIds';

/** How labels of imported nodes end over the curated map: the label cue beside the shape cue. */
export const IMPORTED_SUFFIX = ' · imported';

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function boundsOf(positions: Iterable<ImportedPosition>): Box | undefined {
  let box: Box | undefined;
  for (const p of positions) {
    if (!box) box = { minX: p.x, minY: p.y, maxX: p.x, maxY: p.y };
    else {
      box.minX = Math.min(box.minX, p.x);
      box.minY = Math.min(box.minY, p.y);
      box.maxX = Math.max(box.maxX, p.x);
      box.maxY = Math.max(box.maxY, p.y);
    }
  }
  return box;
}

/**
 * Elements of one layer. `matches` maps imported node ids to curated entity ids: those nodes are not
 * drawn again, their edges attach to the curated entity. `offset` moves the layer's stored positions
 * (beside the curated map when overlaid); `suffix` is added to labels.
 */
export function layerElements(
  layer: StoredLayer,
  options: {
    offset?: ImportedPosition;
    suffix?: string;
    matches?: ReadonlyMap<string, string>;
    /** Extra classes for every element (a big overlay's `big`, see importedStylesheet.ts). */
    classes?: string;
  } = {},
): ElementDefinition[] {
  const { offset = { x: 0, y: 0 }, suffix = '', matches = new Map<string, string>() } = options;
  const base = options.classes ? `imported ${options.classes}` : 'imported';
  const out: ElementDefinition[] = [];
  const nodeId = (id: string) => matches.get(id) ?? importedElementId(layer.id, id);
  for (const n of layer.network.nodes) {
    if (matches.has(n.id)) continue;
    const p = n.position ?? { x: 0, y: 0 };
    out.push({
      group: 'nodes',
      data: { id: importedElementId(layer.id, n.id), label: n.label + suffix, layer: layer.id, iid: n.id },
      position: { x: p.x + offset.x, y: p.y + offset.y },
      classes: base,
    });
  }
  const known = new Set(layer.network.nodes.map((n) => n.id));
  for (const e of layer.network.edges) {
    if (!known.has(e.source) || !known.has(e.target)) continue;
    out.push({
      group: 'edges',
      data: {
        id: importedEdgeId(layer.id, e.id),
        source: nodeId(e.source),
        target: nodeId(e.target),
        polarity: e.polarity,
        layer: layer.id,
        iid: e.id,
      },
      // No arrow head where the file gives no direction (shared with the path finder).
      classes: isUndirected(layer.network.directed, e) ? `${base} undirected` : base,
    });
  }
  return out;
}

/**
 * Where overlay layers go: each to the right of the curated map and of the layers before it, top
 * aligned, so stored layouts keep their shape and nothing is drawn over a curated entity.
 */
export function overlayOffsets(
  layers: readonly StoredLayer[],
  curated: Box,
  gap = 300,
): Map<string, ImportedPosition> {
  const offsets = new Map<string, ImportedPosition>();
  let right = curated.maxX;
  for (const layer of layers) {
    const box = boundsOf(layer.network.nodes.flatMap((n) => (n.position ? [n.position] : [])));
    if (!box) {
      offsets.set(layer.id, { x: right + gap, y: curated.minY });
      continue;
    }
    const offset = { x: right + gap - box.minX, y: curated.minY - box.minY };
    offsets.set(layer.id, offset);
    right = box.maxX + offset.x;
  }
  return offsets;
}

const spreadCache = new WeakMap<StoredLayer['network'], StoredLayer['network']>();

/**
 * The layer with room for every node over the curated map (src/import/spread.ts): its boxes
 * (`box`: 150×46, or a big overlay's 34-px squares) never overlap, so no edge hides under them.
 * Worked out once per network.
 */
export function spreadOverlay(layer: StoredLayer, box: BoxSize = OVERLAY_NODE_BOX): StoredLayer {
  let network = spreadCache.get(layer.network);
  if (!network) {
    const placed = spreadPositions(
      layer.network.nodes.map((n) => ({ id: n.id, position: n.position ?? { x: 0, y: 0 } })),
      box,
    );
    network = {
      ...layer.network,
      nodes: layer.network.nodes.map((n) => ({ ...n, position: placed.get(n.id)! })),
    };
    spreadCache.set(layer.network, network);
  }
  return { ...layer, network };
}
