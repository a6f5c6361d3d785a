// A layer drawn in its file's own style (src/import/visualStyle.ts): each element's look (defaults,
// mappings, bypasses) is worked out once and written into its data as `fs_<property>` fields, and a
// stylesheet of one rule per property reads them. What the file leaves unset takes Cytoscape
// desktop's default style (light blue round rectangles, grey lines, no arrow heads), as Cytoscape
// itself would draw it; a network styled without arrow heads gets none. Values are checked again
// here (a stored record may be damaged): only checked values reach Cytoscape.
import type { Core, StylesheetJson } from 'cytoscape';
import type { StoredLayer } from '../import/layerStore';
import {
  lookOf,
  visualValue,
  type EdgeKey,
  type FileStyle,
  type Look,
  type NodeKey,
  type VisualKey,
} from '../import/visualStyle';
import { importedEdgeId, importedElementId } from './importedIds';

type CyValue = string | number;

/** Cytoscape's shapes for Cytoscape desktop's node shapes. */
const SHAPE: Record<string, string> = { parallelogram: 'rhomboid' };

/** Cytoscape's arrow head and fill for each arrow shape a file may name. */
const ARROW: Record<string, [string, 'filled' | 'hollow']> = {
  none: ['none', 'filled'],
  triangle: ['triangle', 'filled'],
  arrow: ['triangle', 'filled'],
  delta: ['triangle', 'filled'],
  half_top: ['triangle', 'filled'],
  half_bottom: ['triangle', 'filled'],
  vee: ['vee', 'filled'],
  tee: ['tee', 'filled'],
  circle: ['circle', 'filled'],
  diamond: ['diamond', 'filled'],
  square: ['square', 'filled'],
  'triangle-tee': ['triangle-tee', 'filled'],
  'triangle-cross': ['triangle-cross', 'filled'],
  open_circle: ['circle', 'hollow'],
  open_diamond: ['diamond', 'hollow'],
  open_square: ['square', 'hollow'],
  open_delta: ['triangle', 'hollow'],
  cross_open_delta: ['triangle-cross', 'hollow'],
};

/** Cytoscape desktop's default style, for what a file leaves unset. */
const DESKTOP_NODE = { fill: '#89d0f5', color: '#000000' };
const DESKTOP_EDGE_COLOR = '#848484';

const NODE_CSS: Partial<Record<NodeKey, string>> = {
  fill: 'background-color',
  fillOpacity: 'background-opacity',
  borderColor: 'border-color',
  borderWidth: 'border-width',
  borderStyle: 'border-style',
  borderOpacity: 'border-opacity',
  width: 'width',
  height: 'height',
  label: 'label',
  labelColor: 'color',
  labelSize: 'font-size',
  labelOpacity: 'text-opacity',
};
const EDGE_CSS: Partial<Record<EdgeKey, string>> = {
  color: 'line-color',
  width: 'width',
  lineStyle: 'line-style',
  opacity: 'opacity',
  targetArrowColor: 'target-arrow-color',
  sourceArrowColor: 'source-arrow-color',
  label: 'label',
  labelColor: 'color',
  labelSize: 'font-size',
};

/** Every property the file's look may set, per group: each gets one rule reading its data field. */
const NODE_PROPERTIES = [...Object.values(NODE_CSS), 'shape'];
const EDGE_PROPERTIES = [
  ...Object.values(EDGE_CSS),
  'target-arrow-shape',
  'target-arrow-fill',
  'source-arrow-shape',
  'source-arrow-fill',
  'curve-style',
];

export const dataKey = (property: string) => `fs_${property.replace(/-/g, '_')}`;

/** Checked values only: the stored look is read again through the importer's checks. */
function checked<K extends VisualKey>(look: Look<K>): Look<K> {
  const out: Look<K> = {};
  for (const [k, v] of Object.entries(look) as [K, unknown][]) {
    const value = visualValue(k, v);
    if (value !== undefined) out[k] = value;
  }
  return out;
}

/** A node's look as Cytoscape properties. */
export function nodeCss(look: Look<NodeKey>): Record<string, CyValue> {
  const l = checked(look);
  const out: Record<string, CyValue> = {};
  for (const [k, css] of Object.entries(NODE_CSS) as [NodeKey, string][])
    if (l[k] !== undefined) out[css] = l[k] as CyValue;
  if (typeof l.shape === 'string') out.shape = SHAPE[l.shape] ?? l.shape;
  return out;
}

/** An edge's look as Cytoscape properties: arrow heads coloured as their line unless the file says. */
export function edgeCss(look: Look<EdgeKey>): Record<string, CyValue> {
  const l = checked(look);
  const out: Record<string, CyValue> = {};
  for (const [k, css] of Object.entries(EDGE_CSS) as [EdgeKey, string][])
    if (l[k] !== undefined) out[css] = l[k] as CyValue;
  const line = typeof l.color === 'string' ? l.color : undefined;
  if (line) {
    out['target-arrow-color'] ??= line;
    out['source-arrow-color'] ??= line;
  }
  for (const side of ['target', 'source'] as const) {
    const shape = l[side === 'target' ? 'targetArrow' : 'sourceArrow'];
    const name =
      typeof shape === 'string' && Object.prototype.hasOwnProperty.call(ARROW, shape) ? shape : 'none';
    const [head, fill] = ARROW[name]!;
    out[`${side}-arrow-shape`] = head;
    out[`${side}-arrow-fill`] = fill;
  }
  if (typeof l.curved === 'boolean') out['curve-style'] = l.curved ? 'bezier' : 'straight';
  return out;
}

/** Each element's `fs_` data fields, by Cytoscape id. */
export function fileStyleData(layer: StoredLayer, style: FileStyle): Map<string, Record<string, CyValue>> {
  const out = new Map<string, Record<string, CyValue>>();
  const fields = (css: Record<string, CyValue>) =>
    Object.fromEntries(Object.entries(css).map(([p, v]) => [dataKey(p), v]));
  for (const n of layer.network.nodes)
    out.set(importedElementId(layer.id, n.id), fields(nodeCss(lookOf(style.node, n.id))));
  for (const e of layer.network.edges)
    out.set(importedEdgeId(layer.id, e.id), fields(edgeCss(lookOf(style.edge, e.id))));
  return out;
}

const FONT = '"DejaVu Sans", "Helvetica Neue", Arial, sans-serif';

/**
 * What a property the file leaves unset looks like: Cytoscape desktop's default style for a CX2 file
 * (light blue round rectangles, grey lines) for a CX or CX2 file, Cytoscape.js's defaults for a cy.json() file (grey
 * circles, grey straight lines). Neither draws arrow heads unless told to. Where the file sets no
 * label, the node's name is shown all the same: a map of unnamed shapes would tell a reader nothing.
 */
const DESKTOP = {
  node: {
    shape: 'round-rectangle',
    width: 75,
    height: 35,
    'background-color': DESKTOP_NODE.fill,
    'font-size': 12,
  },
  edge: {
    width: 2,
    'curve-style': 'bezier',
    'line-color': DESKTOP_EDGE_COLOR,
    'target-arrow-color': DESKTOP_EDGE_COLOR,
    'source-arrow-color': DESKTOP_EDGE_COLOR,
  },
} as const;
const BASE = {
  cx: DESKTOP,
  cx2: DESKTOP,
  cyjs: {
    node: { shape: 'ellipse', width: 30, height: 30, 'background-color': '#999999', 'font-size': 16 },
    edge: {
      width: 3,
      'curve-style': 'straight',
      'line-color': '#999999',
      'target-arrow-color': '#999999',
      'source-arrow-color': '#999999',
    },
  },
} as const;

/** The stylesheet of the file's look, before the layer's filter and selection rules. */
export function fileStylesheet(from: FileStyle['from']): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        color: DESKTOP_NODE.color,
        'text-valign': 'center',
        'text-halign': 'center',
        'text-wrap': 'wrap',
        'text-max-width': '200px',
        'border-width': 0,
        ...BASE[from].node,
      },
    },
    {
      selector: 'edge',
      style: { 'target-arrow-shape': 'none', 'font-family': FONT, 'font-size': 10, ...BASE[from].edge },
    },
    ...NODE_PROPERTIES.map((p) => ({
      selector: `node[${dataKey(p)}]`,
      style: { [p]: `data(${dataKey(p)})` },
    })),
    ...EDGE_PROPERTIES.map((p) => ({
      selector: `edge[${dataKey(p)}]`,
      style: { [p]: `data(${dataKey(p)})` },
    })),
  ] as StylesheetJson;
}

const written = new WeakSet<Core>();

/** Write the file's look into the elements' data, once per instance. */
export function writeFileStyleData(cy: Core, layer: StoredLayer, style: FileStyle) {
  if (written.has(cy)) return;
  written.add(cy);
  const data = fileStyleData(layer, style);
  cy.batch(() => {
    for (const [id, fields] of data) {
      const el = cy.getElementById(id);
      if (el.nonempty() && Object.keys(fields).length) el.data(fields);
    }
  });
}
