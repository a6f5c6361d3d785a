// A network's own visual style, as its file states it: CX2 `visualProperties` (defaults and
// passthrough, discrete and continuous mappings), `visualEditorProperties` (locked node size, arrows
// coloured as their edge) and `nodeBypasses` / `edgeBypasses`. Kept as pure data in a small vocabulary
// of our own (VisualKey), with each mapped attribute's values per element, so the layer can be drawn
// as Cytoscape drew it (src/canvas/fileStyle.ts) long after the file is gone. Nothing here knows
// Cytoscape.js. Values are checked on the way in: a colour is a hex colour, a size a finite number in
// range, a shape one of the shapes listed; anything else is left out, never passed on to a renderer.
import { isRecord } from './json';
import {
  ARROW_SHAPES,
  LINE_STYLES,
  NODE_SHAPES,
  type EdgeKey,
  type FileStyle,
  type GroupStyle,
  type Interval,
  type Look,
  type NodeKey,
  type VisualKey,
  type VisualMapping,
  type VisualValue,
} from './styleTypes';
import type { Attributes, AttributeValue, ImportedNetwork } from './types';

export * from './styleTypes';

type Kind = 'color' | 'opacity' | 'size' | 'font' | 'text' | 'shape' | 'arrow' | 'line' | 'bool';

const KIND: Record<VisualKey, Kind> = {
  fill: 'color',
  fillOpacity: 'opacity',
  borderColor: 'color',
  borderWidth: 'size',
  borderStyle: 'line',
  borderOpacity: 'opacity',
  shape: 'shape',
  width: 'size',
  height: 'size',
  label: 'text',
  labelColor: 'color',
  labelSize: 'font',
  labelOpacity: 'opacity',
  color: 'color',
  lineStyle: 'line',
  opacity: 'opacity',
  targetArrow: 'arrow',
  sourceArrow: 'arrow',
  targetArrowColor: 'color',
  sourceArrowColor: 'color',
  curved: 'bool',
};

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const RGB = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/i;
const hex2 = (n: number) =>
  Math.max(0, Math.min(255, Math.round(n)))
    .toString(16)
    .padStart(2, '0');

/** A colour as "#rrggbb", from "#rgb", "#rrggbb" or "rgb(r,g,b)" (Cytoscape desktop's cyjs), or undefined. */
export function hexColor(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  if (HEX.test(t))
    return t.length === 4 ? `#${[...t.slice(1)].map((c) => c + c).join('')}`.toLowerCase() : t.toLowerCase();
  const m = RGB.exec(t);
  return m ? `#${hex2(+m[1]!)}${hex2(+m[2]!)}${hex2(+m[3]!)}` : undefined;
}

const LINE_ALIASES: Record<string, (typeof LINE_STYLES)[number]> = {
  solid: 'solid',
  dash: 'dashed',
  dashed: 'dashed',
  long_dash: 'dashed',
  equal_dash: 'dashed',
  dash_dot: 'dashed',
  dot: 'dotted',
  dotted: 'dotted',
};

/** Cytoscape desktop's arrow names in CX1 files (upper case there) that differ from CX2's. */
const ARROW_ALIASES: Record<string, (typeof ARROW_SHAPES)[number]> = {
  t: 'tee',
  cross_delta: 'triangle-cross',
  delta_short_1: 'delta',
  delta_short_2: 'delta',
  arrow_short: 'arrow',
  diamond_short_1: 'diamond',
  diamond_short_2: 'diamond',
};

const SHAPE_ALIASES: Record<string, (typeof NODE_SHAPES)[number]> = {
  roundrectangle: 'round-rectangle',
  round_rectangle: 'round-rectangle',
  rhomboid: 'parallelogram',
  rect: 'rectangle',
};

/** `table[name]` when the table has it as its own entry ("__proto__" is a word a file may hold). */
const own = <T>(table: Record<string, T>, name: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;

/** A value the file gives for `key`, checked and in our vocabulary, or undefined. */
export function visualValue(key: VisualKey, v: unknown): VisualValue | undefined {
  const num = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  switch (KIND[key]) {
    case 'color':
      return hexColor(v);
    case 'opacity':
      // CX2 writes opacities 0..1; CX1 and some writers 0..255.
      return Number.isFinite(num) ? Math.max(0, Math.min(1, num > 1 ? num / 255 : num)) : undefined;
    case 'size':
      return Number.isFinite(num) && num >= 0 ? Math.min(num, 2000) : undefined;
    case 'font':
      return Number.isFinite(num) && num > 0 ? Math.min(num, 200) : undefined;
    case 'text':
      return typeof v === 'string' || typeof v === 'number' ? String(v).slice(0, 500) : undefined;
    case 'shape': {
      const s = typeof v === 'string' ? v.trim().toLowerCase() : '';
      const shape = own(SHAPE_ALIASES, s) ?? s;
      return (NODE_SHAPES as readonly string[]).includes(shape) ? shape : undefined;
    }
    case 'arrow': {
      const s = typeof v === 'string' ? v.trim().toLowerCase() : '';
      const arrow = own(ARROW_ALIASES, s) ?? s;
      return (ARROW_SHAPES as readonly string[]).includes(arrow) ? arrow : undefined;
    }
    case 'line': {
      const s = typeof v === 'string' ? v.trim().toLowerCase() : '';
      return own(LINE_ALIASES, s);
    }
    case 'bool':
      return typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined;
  }
}

/** CX2 visual property names → ours (NODE_FILL_COLOR is CX1's name, written by some converters). */
export const CX2_NODE: Record<string, NodeKey> = {
  NODE_BACKGROUND_COLOR: 'fill',
  NODE_FILL_COLOR: 'fill',
  NODE_BACKGROUND_OPACITY: 'fillOpacity',
  NODE_BORDER_COLOR: 'borderColor',
  NODE_BORDER_PAINT: 'borderColor',
  NODE_BORDER_WIDTH: 'borderWidth',
  NODE_BORDER_STYLE: 'borderStyle',
  NODE_BORDER_LINE_TYPE: 'borderStyle',
  NODE_BORDER_OPACITY: 'borderOpacity',
  NODE_BORDER_TRANSPARENCY: 'borderOpacity',
  NODE_TRANSPARENCY: 'fillOpacity',
  NODE_LABEL_TRANSPARENCY: 'labelOpacity',
  NODE_SHAPE: 'shape',
  NODE_WIDTH: 'width',
  NODE_HEIGHT: 'height',
  NODE_LABEL: 'label',
  NODE_LABEL_COLOR: 'labelColor',
  NODE_LABEL_FONT_SIZE: 'labelSize',
  NODE_LABEL_OPACITY: 'labelOpacity',
};
export const CX2_EDGE: Record<string, EdgeKey> = {
  EDGE_LINE_COLOR: 'color',
  EDGE_STROKE_UNSELECTED_PAINT: 'color',
  EDGE_WIDTH: 'width',
  EDGE_UNSELECTED_PAINT: 'color',
  EDGE_LINE_STYLE: 'lineStyle',
  EDGE_LINE_TYPE: 'lineStyle',
  EDGE_OPACITY: 'opacity',
  EDGE_TRANSPARENCY: 'opacity',
  EDGE_TARGET_ARROW_SHAPE: 'targetArrow',
  EDGE_SOURCE_ARROW_SHAPE: 'sourceArrow',
  EDGE_TARGET_ARROW_COLOR: 'targetArrowColor',
  EDGE_TARGET_ARROW_UNSELECTED_PAINT: 'targetArrowColor',
  EDGE_SOURCE_ARROW_COLOR: 'sourceArrowColor',
  EDGE_SOURCE_ARROW_UNSELECTED_PAINT: 'sourceArrowColor',
  EDGE_LABEL: 'label',
  EDGE_LABEL_COLOR: 'labelColor',
  EDGE_LABEL_FONT_SIZE: 'labelSize',
  EDGE_CURVED: 'curved',
};

/** Editor settings that change how values apply (Cytoscape's "lock node size", "arrows match edge"). */
export interface Editor {
  readonly sizeLocked: boolean;
  readonly arrowsMatch: boolean;
}

/**
 * Properties Cytoscape does not use under the editor's locks: with the node size locked, NODE_SIZE
 * sets both width and height and NODE_WIDTH / NODE_HEIGHT are not used; with arrows matching their
 * edge, the arrow colours are the line's.
 */
function ignored(key: VisualKey, group: 'node' | 'edge', editor: Editor): boolean {
  if (group === 'node') return editor.sizeLocked && (key === 'width' || key === 'height');
  return editor.arrowsMatch && (key === 'targetArrowColor' || key === 'sourceArrowColor');
}

/** CX2 values of one element or default block, in our vocabulary. */
export function cx2Look<K extends VisualKey>(
  raw: unknown,
  names: Record<string, K>,
  editor: Editor,
  group: 'node' | 'edge',
): Look<K> {
  const out: Look<K> = {};
  if (!isRecord(raw)) return out;
  for (const [name, v] of Object.entries(raw)) {
    const key = Object.prototype.hasOwnProperty.call(names, name) ? names[name] : undefined;
    if (key === undefined) continue;
    // Which of the node-size and arrow-colour properties counts depends on the editor's locks.
    if (ignored(key, group, editor)) continue;
    const value = visualValue(key, v);
    if (value !== undefined) out[key] = value;
  }
  if (group === 'node' && editor.sizeLocked && isRecord(raw) && raw.NODE_SIZE !== undefined) {
    const size = visualValue('width', raw.NODE_SIZE);
    if (size !== undefined) Object.assign(out, { width: size, height: size });
  }
  return out;
}

/** A CX2 mapping block in our vocabulary: the mappings and the attributes they read. */
function cx2Mappings<K extends VisualKey>(
  raw: unknown,
  names: Record<string, K>,
  editor: Editor,
  group: 'node' | 'edge',
): Partial<Record<K, VisualMapping>> {
  const out: Partial<Record<K, VisualMapping>> = {};
  if (!isRecord(raw)) return out;
  const entries: [K, unknown][] = [];
  for (const [name, m] of Object.entries(raw)) {
    if (group === 'node' && name === 'NODE_SIZE' && editor.sizeLocked) {
      entries.push(['width' as K, m], ['height' as K, m]);
      continue;
    }
    const key = Object.prototype.hasOwnProperty.call(names, name) ? names[name] : undefined;
    if (key === undefined) continue;
    if (ignored(key, group, editor)) continue;
    entries.push([key, m]);
  }
  for (const [key, m] of entries) {
    const mapping = cx2Mapping(key, m);
    if (mapping) out[key] = mapping;
  }
  return out;
}

function cx2Mapping(key: VisualKey, m: unknown): VisualMapping | undefined {
  if (!isRecord(m) || !isRecord(m.definition)) return undefined;
  const attribute = m.definition.attribute;
  if (typeof attribute !== 'string' || attribute === '') return undefined;
  const type = typeof m.type === 'string' ? m.type.toUpperCase() : '';
  if (type === 'PASSTHROUGH') return { type: 'passthrough', attribute };
  const list = Array.isArray(m.definition.map) ? m.definition.map : [];
  if (type === 'DISCRETE') {
    const map: [string, VisualValue][] = [];
    for (const e of list) {
      if (!isRecord(e) || e.v === undefined || e.v === null || typeof e.v === 'object') continue;
      const value = visualValue(key, e.vp);
      if (value !== undefined) map.push([String(e.v), value]);
    }
    return map.length ? { type: 'discrete', attribute, map } : undefined;
  }
  if (type === 'CONTINUOUS') {
    const intervals: Interval[] = [];
    for (const e of list) {
      if (!isRecord(e)) continue;
      const min = typeof e.min === 'number' && Number.isFinite(e.min) ? e.min : undefined;
      const max = typeof e.max === 'number' && Number.isFinite(e.max) ? e.max : undefined;
      const minValue = visualValue(key, e.minVPValue);
      const maxValue = visualValue(key, e.maxVPValue);
      if (min === undefined && max === undefined) continue;
      intervals.push({
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
        includeMin: e.includeMin === true,
        includeMax: e.includeMax === true,
        ...(minValue !== undefined ? { minValue } : {}),
        ...(maxValue !== undefined ? { maxValue } : {}),
      });
    }
    return intervals.length ? { type: 'continuous', attribute, intervals } : undefined;
  }
  return undefined;
}

export const mappedAttributes = (m: Partial<Record<string, VisualMapping>>) =>
  new Set(Object.values(m).flatMap((x) => (x ? [x.attribute] : [])));

/** Each element's values of the mapped attributes, by its id in the network. */
export function valuesOf(
  ids: readonly string[],
  attrs: readonly Attributes[],
  wanted: Set<string>,
): Record<string, Attributes> {
  const out: Record<string, Attributes> = {};
  if (wanted.size === 0) return out;
  ids.forEach((id, i) => {
    const a = attrs[i] ?? {};
    const kept: Attributes = {};
    for (const name of wanted)
      if (Object.prototype.hasOwnProperty.call(a, name) && a[name] !== undefined) kept[name] = a[name]!;
    if (Object.keys(kept).length) out[id] = kept;
  });
  return out;
}

export function bypassesOf<K extends VisualKey>(
  list: readonly unknown[],
  idOf: ReadonlyMap<string, string>,
  names: Record<string, K>,
  editor: Editor,
  group: 'node' | 'edge',
): Record<string, Look<K>> {
  const out: Record<string, Look<K>> = {};
  for (const b of list) {
    if (!isRecord(b) || (typeof b.id !== 'number' && typeof b.id !== 'string')) continue;
    const id = idOf.get(String(b.id));
    if (id === undefined) continue;
    const look = cx2Look(b.v, names, editor, group);
    if (Object.keys(look).length) out[id] = { ...out[id], ...look };
  }
  return out;
}

/**
 * The style of a CX2 file. `nodeValues` and `edgeValues` are the attributes of the file's nodes and
 * edges in file order, by their full names; the network's nodes and edges are in the same order (a
 * reader that drops an element returns no network at all).
 */
export function cx2Style(
  aspects: ReadonlyMap<string, readonly unknown[]>,
  network: ImportedNetwork,
  nodeValues: readonly Attributes[],
  edgeValues: readonly Attributes[],
): FileStyle | undefined {
  const vp = (aspects.get('visualProperties') ?? []).filter(isRecord);
  const nodeBypasses = aspects.get('nodeBypasses') ?? [];
  const edgeBypasses = aspects.get('edgeBypasses') ?? [];
  if (vp.length === 0 && nodeBypasses.length === 0 && edgeBypasses.length === 0) return undefined;
  const rawNodes = aspects.get('nodes') ?? [];
  const rawEdges = aspects.get('edges') ?? [];
  if (rawNodes.length !== network.nodes.length || rawEdges.length !== network.edges.length) return undefined;
  const props = (aspects.get('visualEditorProperties') ?? [])
    .map((p) => (isRecord(p) && isRecord(p.properties) ? p.properties : {}))
    .reduce<Record<string, unknown>>((a, p) => ({ ...a, ...p }), {});
  const editor: Editor = {
    sizeLocked: props.nodeSizeLocked === true,
    arrowsMatch: props.arrowColorMatchesEdge === true,
  };
  let nodeDefaults: Look<NodeKey> = {};
  let edgeDefaults: Look<EdgeKey> = {};
  let nodeMappings: Partial<Record<NodeKey, VisualMapping>> = {};
  let edgeMappings: Partial<Record<EdgeKey, VisualMapping>> = {};
  let background: string | undefined;
  for (const block of vp) {
    const d = isRecord(block.default) ? block.default : {};
    nodeDefaults = { ...nodeDefaults, ...cx2Look(d.node, CX2_NODE, editor, 'node') };
    edgeDefaults = { ...edgeDefaults, ...cx2Look(d.edge, CX2_EDGE, editor, 'edge') };
    if (isRecord(d.network)) background = hexColor(d.network.NETWORK_BACKGROUND_COLOR) ?? background;
    nodeMappings = { ...nodeMappings, ...cx2Mappings(block.nodeMapping, CX2_NODE, editor, 'node') };
    edgeMappings = { ...edgeMappings, ...cx2Mappings(block.edgeMapping, CX2_EDGE, editor, 'edge') };
  }
  const cxIds = (raw: readonly unknown[], ours: readonly { id: string }[]) =>
    new Map(raw.map((r, i) => [isRecord(r) ? String(r.id) : '', ours[i]!.id] as const));
  const nodeIds = network.nodes.map((n) => n.id);
  const edgeIds = network.edges.map((e) => e.id);
  return {
    from: 'cx2',
    ...(background ? { background } : {}),
    node: {
      defaults: nodeDefaults,
      mappings: nodeMappings,
      bypasses: bypassesOf(nodeBypasses, cxIds(rawNodes, network.nodes), CX2_NODE, editor, 'node'),
      values: valuesOf(nodeIds, nodeValues, mappedAttributes(nodeMappings)),
    },
    edge: {
      defaults: edgeDefaults,
      mappings: edgeMappings,
      bypasses: bypassesOf(edgeBypasses, cxIds(rawEdges, network.edges), CX2_EDGE, editor, 'edge'),
      values: valuesOf(edgeIds, edgeValues, mappedAttributes(edgeMappings)),
    },
  };
}

/** The network with its file's style, when the file has one that sets anything on nodes or edges. */
export function withFileStyle(
  network: ImportedNetwork | undefined,
  style: (network: ImportedNetwork) => FileStyle | undefined,
): ImportedNetwork | undefined {
  if (!network) return network;
  const s = style(network);
  return s && setsAnything(s) ? { ...network, style: s } : network;
}

/** The CX2 reader's hook: the network with its file's style. */
export const withCx2Style = (
  network: ImportedNetwork | undefined,
  aspects: ReadonlyMap<string, readonly unknown[]>,
  nodeValues: readonly Attributes[],
  edgeValues: readonly Attributes[],
) => withFileStyle(network, (n) => cx2Style(aspects, n, nodeValues, edgeValues));

/** A style that sets at least one thing on nodes or edges (a background colour alone is no look). */
export function setsAnything(s: FileStyle): boolean {
  const any = (g: GroupStyle<string>) =>
    Object.keys(g.defaults).length > 0 ||
    Object.keys(g.mappings).length > 0 ||
    Object.keys(g.bypasses).length > 0;
  return any(s.node) || any(s.edge);
}

// ---- Applying a style to one element -------------------------------------------------------------

const scalarText = (v: AttributeValue | undefined): string | undefined =>
  v === undefined || Array.isArray(v) ? undefined : String(v);

function rgb(c: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [number, number, number];
}

/** Between two values of a continuous mapping: numbers and colours are interpolated, others jump. */
function between(a: VisualValue, b: VisualValue, t: number): VisualValue {
  if (typeof a === 'number' && typeof b === 'number') return a + (b - a) * t;
  if (
    typeof a === 'string' &&
    typeof b === 'string' &&
    HEX.test(a) &&
    HEX.test(b) &&
    a.length === 7 &&
    b.length === 7
  ) {
    const [x, y] = [rgb(a), rgb(b)];
    return `#${x.map((v, i) => hex2(v + (y[i]! - v) * t)).join('')}`;
  }
  return t < 0.5 ? a : b;
}

function continuous(intervals: readonly Interval[], x: number): VisualValue | undefined {
  for (const r of intervals) {
    const aboveMin = r.min === undefined || x > r.min || (r.includeMin && x === r.min);
    const belowMax = r.max === undefined || x < r.max || (r.includeMax && x === r.max);
    if (!aboveMin || !belowMax) continue;
    if (r.min !== undefined && r.max !== undefined && r.minValue !== undefined && r.maxValue !== undefined)
      return r.max === r.min ? r.minValue : between(r.minValue, r.maxValue, (x - r.min) / (r.max - r.min));
    return r.min === undefined ? (r.maxValue ?? r.minValue) : (r.minValue ?? r.maxValue);
  }
  return undefined;
}

/** A mapping's value for one element's attribute value, checked as a value of `key`. */
export function mapValue(
  key: VisualKey,
  m: VisualMapping,
  v: AttributeValue | undefined,
): VisualValue | undefined {
  if (v === undefined) return undefined;
  if (m.type === 'passthrough') return visualValue(key, Array.isArray(v) ? v.join(', ') : v);
  if (m.type === 'discrete') {
    const text = scalarText(v);
    return text === undefined ? undefined : m.map.find(([k]) => k === text)?.[1];
  }
  const x = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(x) ? continuous(m.intervals, x) : undefined;
}

/** What the file's style draws for one element: its defaults, then its mappings, then its bypasses. */
export function lookOf<K extends VisualKey>(group: GroupStyle<K>, id: string): Look<K> {
  const out: Look<K> = { ...group.defaults };
  const values = Object.prototype.hasOwnProperty.call(group.values, id) ? group.values[id]! : {};
  for (const [key, m] of Object.entries(group.mappings) as [K, VisualMapping][]) {
    const v = mapValue(key, m, values[m.attribute]);
    if (v !== undefined) out[key] = v;
  }
  if (Object.prototype.hasOwnProperty.call(group.bypasses, id)) Object.assign(out, group.bypasses[id]);
  return out;
}

export { BIG_STYLED, defaultLook, type LayerLook } from './look';
