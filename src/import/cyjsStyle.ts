// The style a Cytoscape.js file carries: cy.json()'s `style`, a list of { selector, style } (or
// { selector, css }, as Cytoscape desktop's style export writes it), read into the same data as a
// CX2 style (visualStyle.ts). Only what maps onto that data is read: the `node` and `edge` rules
// (defaults), rules on one attribute value (`node[type = "protein"]`, a discrete mapping), on one
// element (`node#a`, a bypass), `data(x)` (passthrough) and `mapData(x, a, b, v1, v2)` (continuous).
// Other selectors (classes, states such as :selected, comparisons) are left out.
import { isRecord } from './json';
import type {
  EdgeKey,
  FileStyle,
  GroupStyle,
  Look,
  NodeKey,
  StyleAttributes,
  VisualKey,
  VisualMapping,
  VisualValue,
} from './styleTypes';
import type { ImportedNetwork } from './types';
import { visualValue, withFileStyle } from './visualStyle';

const NODE_CSS: Record<string, NodeKey> = {
  'background-color': 'fill',
  'background-opacity': 'fillOpacity',
  'border-color': 'borderColor',
  'border-width': 'borderWidth',
  'border-style': 'borderStyle',
  'border-opacity': 'borderOpacity',
  shape: 'shape',
  width: 'width',
  height: 'height',
  label: 'label',
  content: 'label',
  color: 'labelColor',
  'font-size': 'labelSize',
  'text-opacity': 'labelOpacity',
};
const EDGE_CSS: Record<string, EdgeKey> = {
  'line-color': 'color',
  width: 'width',
  'line-style': 'lineStyle',
  opacity: 'opacity',
  'target-arrow-shape': 'targetArrow',
  'source-arrow-shape': 'sourceArrow',
  'target-arrow-color': 'targetArrowColor',
  'source-arrow-color': 'sourceArrowColor',
  label: 'label',
  content: 'label',
  color: 'labelColor',
  'font-size': 'labelSize',
  'curve-style': 'curved',
};

/** A CSS value in our vocabulary: "35px" is 35, a curve style is curved or straight. */
function cssValue(key: VisualKey, css: string, v: unknown): VisualValue | undefined {
  if (css === 'curve-style')
    return typeof v === 'string' ? !/^(straight|haystack)$/i.test(v.trim()) : undefined;
  const raw = typeof v === 'string' && /^-?[\d.]+px$/i.test(v.trim()) ? v.trim().slice(0, -2) : v;
  return visualValue(key, raw);
}

const word = String.raw`([A-Za-z_][\w.\- ]*?)`;
const quoted = String.raw`(?:"([^"]*)"|'([^']*)'|(-?[\d.]+))`;
const ATTRIBUTE_RULE = new RegExp(String.raw`^(node|edge)\[\s*${word}\s*=\s*${quoted}\s*\]$`);
const ID_RULE = /^(node|edge)#([\w\-.:]+)$/;
const DATA = /^data\(\s*([^)]+?)\s*\)$/;
const MAP_DATA =
  /^mapData\(\s*([^,]+?)\s*,\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*,\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/;

interface Builder<K extends VisualKey> {
  defaults: Look<K>;
  mappings: Partial<Record<K, VisualMapping>>;
  bypasses: Record<string, Look<K>>;
}
const builder = <K extends VisualKey>(): Builder<K> => ({ defaults: {}, mappings: {}, bypasses: {} });

function readRule<K extends VisualKey>(
  b: Builder<K>,
  names: Record<string, K>,
  rule: { kind: 'all' } | { kind: 'value'; attribute: string; value: string } | { kind: 'id'; id: string },
  style: Record<string, unknown>,
) {
  for (const [css, v] of Object.entries(style)) {
    const key = Object.prototype.hasOwnProperty.call(names, css) ? names[css]! : undefined;
    if (key === undefined) continue;
    const text = typeof v === 'string' ? v.trim() : '';
    const data = DATA.exec(text);
    const mapData = MAP_DATA.exec(text);
    if (rule.kind === 'all' && data) {
      b.mappings[key] = { type: 'passthrough', attribute: data[1]! };
      continue;
    }
    if (rule.kind === 'all' && mapData) {
      const [, attribute, lo, hi, a, z] = mapData;
      const [min, max] = [Number(lo), Number(hi)];
      const [from, to] = [cssValue(key, css, a), cssValue(key, css, z)];
      if (from === undefined || to === undefined || !(max > min)) continue;
      b.mappings[key] = {
        type: 'continuous',
        attribute: attribute!,
        intervals: [
          { max: min, includeMin: false, includeMax: false, maxValue: from },
          { min, max, includeMin: true, includeMax: true, minValue: from, maxValue: to },
          { min: max, includeMin: false, includeMax: false, minValue: to },
        ],
      };
      continue;
    }
    if (data || mapData) continue;
    const value = cssValue(key, css, v);
    if (value === undefined) continue;
    if (rule.kind === 'all') b.defaults[key] = value;
    else if (rule.kind === 'id') b.bypasses[rule.id] = { ...b.bypasses[rule.id], [key]: value };
    else {
      const m = b.mappings[key];
      const map = m?.type === 'discrete' && m.attribute === rule.attribute ? m.map : [];
      b.mappings[key] = { type: 'discrete', attribute: rule.attribute, map: [...map, [rule.value, value]] };
    }
  }
}

/** The elements' data as the file gives them, by id, for the mapped attributes. */
function elementData(root: unknown): { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] } {
  const nodes: Record<string, unknown>[] = [];
  const edges: Record<string, unknown>[] = [];
  const els = isRecord(root) ? root.elements : undefined;
  const put = (list: unknown, group?: 'nodes' | 'edges') => {
    if (!Array.isArray(list)) return;
    for (const e of list) {
      if (!isRecord(e) || !isRecord(e.data)) continue;
      const g =
        group ??
        (e.group === 'edges' || (e.group !== 'nodes' && e.data.source !== undefined) ? 'edges' : 'nodes');
      (g === 'nodes' ? nodes : edges).push(e.data);
    }
  };
  if (isRecord(els)) {
    put(els.nodes, 'nodes');
    put(els.edges, 'edges');
  } else put(els);
  return { nodes, edges };
}

function finish<K extends VisualKey>(
  b: Builder<K>,
  data: readonly Record<string, unknown>[],
  ids: ReadonlySet<string>,
): GroupStyle<K> {
  const wanted = new Set(
    Object.values<VisualMapping | undefined>(b.mappings).flatMap((m) => (m ? [m.attribute] : [])),
  );
  const values: Record<string, StyleAttributes> = {};
  for (const d of data) {
    const id = typeof d.id === 'string' ? d.id : typeof d.id === 'number' ? String(d.id) : undefined;
    if (id === undefined || !ids.has(id) || Object.prototype.hasOwnProperty.call(values, id)) continue;
    const kept: StyleAttributes = {};
    for (const name of wanted) {
      const v = d[name];
      if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))
        kept[name] = v;
    }
    if (Object.keys(kept).length) values[id] = kept;
  }
  const bypasses = Object.fromEntries(Object.entries(b.bypasses).filter(([id]) => ids.has(id)));
  return { defaults: b.defaults, mappings: b.mappings, bypasses, values };
}

/** The style of a cy.json() file, or undefined when it carries none. */
export function cyjsStyle(root: unknown, network: ImportedNetwork): FileStyle | undefined {
  const rules = isRecord(root) && Array.isArray(root.style) ? root.style : [];
  if (rules.length === 0) return undefined;
  const node = builder<NodeKey>();
  const edge = builder<EdgeKey>();
  for (const r of rules) {
    if (!isRecord(r) || typeof r.selector !== 'string') continue;
    const style = isRecord(r.style) ? r.style : isRecord(r.css) ? r.css : undefined;
    if (!style) continue;
    for (const selector of r.selector.split(',').map((s) => s.trim())) {
      if (selector === 'node') readRule(node, NODE_CSS, { kind: 'all' }, style);
      else if (selector === 'edge') readRule(edge, EDGE_CSS, { kind: 'all' }, style);
      else {
        const id = ID_RULE.exec(selector);
        const attr = ATTRIBUTE_RULE.exec(selector);
        const group = id?.[1] ?? attr?.[1];
        const value = attr ? (attr[3] ?? attr[4] ?? attr[5]!) : undefined;
        const rule = id
          ? ({ kind: 'id', id: id[2]! } as const)
          : attr && attr[2]!.trim() === 'id'
            ? ({ kind: 'id', id: value! } as const)
            : attr
              ? ({ kind: 'value', attribute: attr[2]!.trim(), value: value! } as const)
              : undefined;
        if (!rule) continue;
        if (group === 'node') readRule(node, NODE_CSS, rule, style);
        else readRule(edge, EDGE_CSS, rule, style);
      }
    }
  }
  const data = elementData(root);
  const title = isRecord(root) && typeof root.title === 'string' ? root.title : undefined;
  return {
    from: 'cyjs',
    ...(title ? { title } : {}),
    node: finish(node, data.nodes, new Set(network.nodes.map((n) => n.id))),
    edge: finish(edge, data.edges, new Set(network.edges.map((e) => e.id))),
  };
}

/** The reader's hook: the network with the style its cy.json() file carries. */
export const withCyjsStyle = (network: ImportedNetwork | undefined, root: unknown) =>
  withFileStyle(network, (n) => cyjsStyle(root, n));
