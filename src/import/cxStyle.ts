// The style of a CX version 1 file (`cyVisualProperties`, or `visualProperties` in NDEx's older
// files), read into the same data as a CX2 style (visualStyle.ts). CX1 writes Cytoscape desktop's
// style as it stores it: one element per `properties_of` ("nodes:default", "edges:default",
// "network", and "nodes" / "edges" with `applies_to` for one element's own values), every value as
// text, the editor's locks under `dependencies`, and each mapping as a definition string:
// "COL=type,T=string,K=0=protein,V=0=ELLIPSE" (discrete), "COL=name,T=string" (passthrough), and
// "COL=score,T=double,L=0=…,E=0=…,G=0=…,OV=0=1.0,…" (continuous: the value below, at and above each
// point).
import { isRecord } from './json';
import type {
  EdgeKey,
  FileStyle,
  Interval,
  Look,
  NodeKey,
  VisualKey,
  VisualMapping,
  VisualValue,
} from './styleTypes';
import type { Attributes, ImportedNetwork } from './types';
import {
  CX2_EDGE,
  CX2_NODE,
  cx2Look,
  hexColor,
  mappedAttributes,
  valuesOf,
  visualValue,
  withFileStyle,
  type Editor,
} from './visualStyle';

/** A definition string's fields: "COL=x,T=string,K=0=a,V=0=b" → COL, T, and K/V/L/E/G/OV by index. */
function fields(definition: string) {
  const single = new Map<string, string>();
  const indexed = new Map<string, Map<number, string>>();
  for (const part of definition.split(/,(?=[A-Z]+=)/)) {
    const m = /^([A-Z]+)=(?:(\d+)=)?(.*)$/s.exec(part);
    if (!m) continue;
    const [, key, index, value] = m;
    if (index === undefined) single.set(key!, value!);
    else {
      const list = indexed.get(key!) ?? new Map<number, string>();
      list.set(Number(index), value!);
      indexed.set(key!, list);
    }
  }
  return { single, indexed };
}

function cxMapping(key: VisualKey, m: unknown): VisualMapping | undefined {
  if (!isRecord(m) || typeof m.definition !== 'string' || typeof m.type !== 'string') return undefined;
  const { single, indexed } = fields(m.definition);
  const attribute = single.get('COL');
  if (!attribute) return undefined;
  const type = m.type.toUpperCase();
  if (type === 'PASSTHROUGH') return { type: 'passthrough', attribute };
  if (type === 'DISCRETE') {
    const keys = indexed.get('K') ?? new Map<number, string>();
    const values = indexed.get('V') ?? new Map<number, string>();
    const map: [string, VisualValue][] = [];
    for (const [i, k] of keys) {
      const value = visualValue(key, values.get(i));
      if (value !== undefined) map.push([k, value]);
    }
    return map.length ? { type: 'discrete', attribute, map } : undefined;
  }
  if (type === 'CONTINUOUS') {
    const points = [...(indexed.get('OV') ?? new Map<number, string>())]
      .map(([i, ov]) => ({
        at: Number(ov),
        lesser: visualValue(key, indexed.get('L')?.get(i)),
        equal: visualValue(key, indexed.get('E')?.get(i)),
        greater: visualValue(key, indexed.get('G')?.get(i)),
      }))
      .filter((p) => Number.isFinite(p.at))
      .sort((a, b) => a.at - b.at);
    if (points.length === 0) return undefined;
    const opt = (name: 'minValue' | 'maxValue', v: VisualValue | undefined) =>
      v === undefined ? {} : { [name]: v };
    const intervals: Interval[] = [
      // At a point: its "equal" value (listed first: the first interval that holds a value wins).
      ...points.map((p) => ({
        min: p.at,
        max: p.at,
        includeMin: true,
        includeMax: true,
        ...opt('minValue', p.equal),
      })),
      { max: points[0]!.at, includeMin: false, includeMax: false, ...opt('maxValue', points[0]!.lesser) },
      ...points.slice(1).map((p, i) => ({
        min: points[i]!.at,
        max: p.at,
        includeMin: false,
        includeMax: false,
        ...opt('minValue', points[i]!.greater),
        ...opt('maxValue', p.lesser),
      })),
      {
        min: points.at(-1)!.at,
        includeMin: false,
        includeMax: false,
        ...opt('minValue', points.at(-1)!.greater),
      },
    ];
    return { type: 'continuous', attribute, intervals };
  }
  return undefined;
}

function cxMappings<K extends VisualKey>(
  raw: unknown,
  names: Record<string, K>,
  editor: Editor,
  group: 'node' | 'edge',
) {
  const out: Partial<Record<K, VisualMapping>> = {};
  if (!isRecord(raw)) return out;
  for (const [name, m] of Object.entries(raw)) {
    const keys: K[] =
      group === 'node' && name === 'NODE_SIZE'
        ? editor.sizeLocked
          ? (['width', 'height'] as K[])
          : []
        : Object.prototype.hasOwnProperty.call(names, name)
          ? [names[name]!]
          : [];
    for (const key of keys) {
      if (
        group === 'node' &&
        editor.sizeLocked &&
        name !== 'NODE_SIZE' &&
        (key === 'width' || key === 'height')
      )
        continue;
      if (
        group === 'edge' &&
        editor.arrowsMatch &&
        (key === 'targetArrowColor' || key === 'sourceArrowColor')
      )
        continue;
      const mapping = cxMapping(key, m);
      if (mapping) out[key] = mapping;
    }
  }
  return out;
}

/**
 * The style of a CX1 file. `nodeAttrs` and `edgeAttrs` are the files's attributes by CX id; a
 * node's `n` and `r` and an edge's `i` count as its name, represents and interaction, as in Cytoscape.
 */
export function cxStyle(
  aspects: ReadonlyMap<string, readonly unknown[]>,
  network: ImportedNetwork,
  nodeAttrs: ReadonlyMap<string, Attributes>,
  edgeAttrs: ReadonlyMap<string, Attributes>,
): FileStyle | undefined {
  const list = [
    ...(aspects.get('cyVisualProperties') ?? []),
    ...(aspects.get('visualProperties') ?? []),
  ].filter(isRecord);
  if (list.length === 0) return undefined;
  const deps = Object.assign(
    {},
    ...list.map((e) => (isRecord(e.dependencies) ? e.dependencies : {})),
  ) as Record<string, unknown>;
  const yes = (v: unknown) => v === true || v === 'true';
  const editor: Editor = {
    sizeLocked: yes(deps.nodeSizeLocked),
    arrowsMatch: yes(deps.arrowColorMatchesEdge),
  };
  const node = {
    defaults: {} as Look<NodeKey>,
    mappings: {} as Partial<Record<NodeKey, VisualMapping>>,
    bypasses: {} as Record<string, Look<NodeKey>>,
  };
  const edge = {
    defaults: {} as Look<EdgeKey>,
    mappings: {} as Partial<Record<EdgeKey, VisualMapping>>,
    bypasses: {} as Record<string, Look<EdgeKey>>,
  };
  const nodeIds = new Set(network.nodes.map((n) => n.id));
  const edgeIds = new Set(network.edges.map((e) => e.id));
  let background: string | undefined;
  for (const e of list) {
    const of = typeof e.properties_of === 'string' ? e.properties_of : '';
    if (of === 'network' && isRecord(e.properties))
      background = hexColor(e.properties.NETWORK_BACKGROUND_PAINT) ?? background;
    else if (of === 'nodes:default') {
      Object.assign(node.defaults, cx2Look(e.properties, CX2_NODE, editor, 'node'));
      Object.assign(node.mappings, cxMappings(e.mappings, CX2_NODE, editor, 'node'));
    } else if (of === 'edges:default') {
      Object.assign(edge.defaults, cx2Look(e.properties, CX2_EDGE, editor, 'edge'));
      Object.assign(edge.mappings, cxMappings(e.mappings, CX2_EDGE, editor, 'edge'));
    } else if (of === 'nodes' || of === 'edges') {
      const id =
        typeof e.applies_to === 'number' || typeof e.applies_to === 'string' ? String(e.applies_to) : '';
      if (of === 'nodes' && nodeIds.has(id)) {
        const look = cx2Look(e.properties, CX2_NODE, editor, 'node');
        if (Object.keys(look).length) node.bypasses[id] = { ...node.bypasses[id], ...look };
      } else if (of === 'edges' && edgeIds.has(id)) {
        const look = cx2Look(e.properties, CX2_EDGE, editor, 'edge');
        if (Object.keys(look).length) edge.bypasses[id] = { ...edge.bypasses[id], ...look };
      }
    }
  }
  // Each element's attributes with the values CX1 keeps outside them.
  const rawNodes = new Map(
    (aspects.get('nodes') ?? []).filter(isRecord).map((n) => [String(n['@id']), n] as const),
  );
  const rawEdges = new Map(
    (aspects.get('edges') ?? []).filter(isRecord).map((e) => [String(e['@id']), e] as const),
  );
  const withOwn = (attrs: Attributes | undefined, extra: Record<string, unknown>): Attributes => {
    const out: Attributes = { ...attrs };
    for (const [k, v] of Object.entries(extra))
      if (typeof v === 'string' && !Object.prototype.hasOwnProperty.call(out, k)) out[k] = v;
    return out;
  };
  const nodeList = network.nodes.map((n) => n.id);
  const edgeList = network.edges.map((e) => e.id);
  return {
    from: 'cx',
    ...(background ? { background } : {}),
    node: {
      ...node,
      values: valuesOf(
        nodeList,
        nodeList.map((id) =>
          withOwn(nodeAttrs.get(id), { name: rawNodes.get(id)?.n, represents: rawNodes.get(id)?.r }),
        ),
        mappedAttributes(node.mappings),
      ),
    },
    edge: {
      ...edge,
      values: valuesOf(
        edgeList,
        edgeList.map((id) => withOwn(edgeAttrs.get(id), { interaction: rawEdges.get(id)?.i })),
        mappedAttributes(edge.mappings),
      ),
    },
  };
}

/** The CX1 reader's hook: the network with its file's style. */
export const withCxStyle = (
  network: ImportedNetwork | undefined,
  aspects: ReadonlyMap<string, readonly unknown[]>,
  nodeAttrs: ReadonlyMap<string, Attributes>,
  edgeAttrs: ReadonlyMap<string, Attributes>,
) => withFileStyle(network, (n) => cxStyle(aspects, n, nodeAttrs, edgeAttrs));
