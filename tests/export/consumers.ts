// Each format read back by the kind of program that will read it. Shared by the format tests and the
// golden-file test, which checks that every old export still loads.
import cytoscape from 'cytoscape';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Papa from 'papaparse';
import { expect } from 'vitest';
import { coordinateProblems, visualEditorPropertiesProblems, visualPropertiesProblems } from './cx2Visual';

/** cyjs: loaded into headless cytoscape.js with cy.json(), as the app and Cytoscape desktop do. */
export function loadCyjs(text: string) {
  const cy = cytoscape({ headless: true });
  cy.json(JSON.parse(text));
  return cy;
}

export interface XmlData {
  '@_key': string;
  '#text'?: string;
}
export interface XmlItem {
  '@_id': string;
  '@_source'?: string;
  '@_target'?: string;
  data?: XmlData[];
}
interface XmlKey {
  '@_id': string;
  '@_for': string;
  '@_attr.name': string;
  '@_attr.type': string;
}

/** GraphML, checked as networkx.read_graphml needs it: well-formed, typed keys, data on declared keys. */
export function parseGraphml(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
  });
  const doc = parser.parse(xml).graphml;
  const keys = doc.key as XmlKey[];
  const graph = doc.graph as { '@_edgedefault': string; data?: XmlData[]; node: XmlItem[]; edge: XmlItem[] };
  const keyById = new Map(keys.map((k) => [k['@_id'], k]));
  for (const k of keys) {
    expect(k['@_attr.name']).toBeTruthy();
    expect(['string', 'int', 'long', 'float', 'double', 'boolean']).toContain(k['@_attr.type']);
  }
  const checkDomain = (items: readonly { data?: XmlData[] }[], domain: string) => {
    for (const item of items) {
      for (const d of item.data ?? []) expect(keyById.get(d['@_key'])?.['@_for'], d['@_key']).toBe(domain);
    }
  };
  checkDomain([graph], 'graph');
  checkDomain(graph.node, 'node');
  checkDomain(graph.edge, 'edge');
  const ids = new Set(graph.node.map((n) => n['@_id']));
  for (const e of graph.edge) {
    expect(ids.has(e['@_source']!)).toBe(true);
    expect(ids.has(e['@_target']!)).toBe(true);
  }
  const value = (item: { data?: XmlData[] }, name: string) =>
    item.data?.find((x) => keyById.get(x['@_key'])?.['@_attr.name'] === name)?.['#text'];
  return { doc, keys, graph, keyById, value };
}

/**
 * GraphML read as networkx.read_graphml does: the graph is a Graph (undirected) or a DiGraph from
 * `edgedefault`, an edge's own `directed` attribute that disagrees is an error (networkx raises
 * "directed edge in undirected graph"), and an undirected Graph keeps one edge per pair of nodes.
 */
export function readGraphmlLikeNetworkx(xml: string) {
  const { graph } = parseGraphml(xml);
  const directed = graph['@_edgedefault'] === 'directed';
  const pairs = new Set<string>();
  for (const e of graph.edge as (XmlItem & { '@_directed'?: string })[]) {
    if (e['@_directed'] !== undefined) expect(e['@_directed'] === 'true').toBe(directed);
    const [s, t] = [e['@_source']!, e['@_target']!];
    pairs.add(JSON.stringify(directed || s <= t ? [s, t] : [t, s]));
  }
  return { directed, nodes: graph.node.length, edges: pairs.size };
}

/**
 * CSV through papaparse with a header row: no parse errors, every row as wide as the header. The
 * nodes and edges tables start with their id column, the network table with its scope column.
 */
export function parseCsv(text: string) {
  expect(/^(id|scope),/.test(text)).toBe(true);
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  const header = result.meta.fields ?? [];
  for (const row of result.data) expect(Object.keys(row)).toHaveLength(header.length);
  return { header, rows: result.data };
}

const CX2_TYPES = [
  'string',
  'long',
  'integer',
  'double',
  'boolean',
  'list_of_string',
  'list_of_long',
  'list_of_integer',
  'list_of_double',
  'list_of_boolean',
] as const;
type Cx2Type = (typeof CX2_TYPES)[number];
const isCx2Type = (t: string): t is Cx2Type => (CX2_TYPES as readonly string[]).includes(t);

const valueHasType = (value: unknown, type: Cx2Type): boolean => {
  const scalar = (v: unknown, t: string) =>
    t === 'string'
      ? typeof v === 'string'
      : t === 'boolean'
        ? typeof v === 'boolean'
        : t === 'double'
          ? typeof v === 'number'
          : Number.isInteger(v);
  if (type.startsWith('list_of_')) {
    const t = type.slice('list_of_'.length);
    return Array.isArray(value) && value.every((v) => scalar(v, t));
  }
  return scalar(value, type);
};

type Aspect = Record<string, unknown[]>;

/**
 * CX2 checked against "Cytoscape Exchange Format Specification (Version 2)", 2025-07-22
 * (https://cytoscape.org/cx/cx2/specification/cytoscape-exchange-format-specification-(version-2)/),
 * node coordinates and the visual style included (cx2Visual.ts).
 * Returns the problems found, empty when the document conforms.
 */
export function cx2Problems(text: string): string[] {
  const problems: string[] = [];
  const doc = JSON.parse(text) as unknown[];
  if (!Array.isArray(doc)) return ['a CX2 document is a JSON array'];
  const head = doc[0] as { CXVersion?: string; hasFragments?: boolean };
  if (head?.CXVersion !== '2.0')
    problems.push('the first element must be the descriptor with CXVersion "2.0"');
  const aspects = doc.slice(1) as Aspect[];
  for (const a of aspects)
    if (Object.keys(a).length !== 1) problems.push('each aspect block has exactly one key');
  const names = aspects.map((a) => Object.keys(a)[0]!);
  const last = names[names.length - 1];
  if (last !== 'status') problems.push('the document must end with the status aspect');
  if (names.filter((n) => n === 'status').length !== 1) problems.push('exactly one status aspect');
  const status = aspects[aspects.length - 1]?.status?.[0] as { success?: boolean } | undefined;
  if (status?.success !== true) problems.push('status.success must be true');
  if (!head?.hasFragments && new Set(names).size !== names.length) {
    const dup = names.filter((n, i) => n !== 'metaData' && names.indexOf(n) !== i);
    if (dup.length) problems.push(`aspects repeated without hasFragments: ${dup.join(', ')}`);
  }
  const block = (name: string) => aspects.find((a) => name in a)?.[name];
  // "All aspect data blocks MUST appear after the attributeDeclarations block."
  const declIndex = names.indexOf('attributeDeclarations');
  names.forEach((n, i) => {
    if (n === 'metaData' || n === 'status' || n === 'attributeDeclarations') return;
    if (declIndex < 0 || declIndex > i) problems.push(`attributeDeclarations must come before ${n}`);
  });
  // Pre-metadata: counts must match the aspects.
  const meta = (block('metaData') ?? []) as { name: string; elementCount?: number }[];
  for (const m of meta) {
    const b = block(m.name);
    if (!b) problems.push(`metaData names a missing aspect "${m.name}"`);
    else if (m.elementCount !== undefined && m.elementCount !== b.length) {
      problems.push(`metaData says ${m.name} has ${m.elementCount} elements, it has ${b.length}`);
    }
  }
  const decls = (block('attributeDeclarations') ?? [{}])[0] as Record<
    string,
    Record<string, { d: Cx2Type; a?: string }>
  >;
  const checkValues = (scope: string, v: Record<string, unknown>, where: string) => {
    const declared = decls[scope] ?? {};
    for (const [k, value] of Object.entries(v)) {
      const d = declared[k];
      if (!d) problems.push(`${where}: attribute "${k}" is not declared in ${scope}`);
      else if (!valueHasType(value, d.d)) problems.push(`${where}: "${k}" is not a ${d.d}`);
    }
    if ('id' in v) problems.push(`${where}: "id" is not allowed in v`);
  };
  const net = (block('networkAttributes') ?? []) as Record<string, unknown>[];
  if (net.length > 1) problems.push('a single network has one networkAttributes element');
  net.forEach((v) => checkValues('networkAttributes', v, 'networkAttributes'));
  const nodes = (block('nodes') ?? []) as { id: unknown; v?: Record<string, unknown> }[];
  problems.push(...coordinateProblems(nodes, names));
  const nodeIds = new Set<unknown>();
  for (const n of nodes) {
    if (!Number.isInteger(n.id)) problems.push(`node id ${String(n.id)} is not an integer`);
    if (nodeIds.has(n.id)) problems.push(`node id ${String(n.id)} is repeated`);
    nodeIds.add(n.id);
    checkValues('nodes', n.v ?? {}, `node ${String(n.id)}`);
  }
  const edges = (block('edges') ?? []) as {
    id: unknown;
    s: unknown;
    t: unknown;
    v?: Record<string, unknown>;
  }[];
  const edgeIds = new Set<unknown>();
  for (const e of edges) {
    if (!Number.isInteger(e.id)) problems.push(`edge id ${String(e.id)} is not an integer`);
    if (edgeIds.has(e.id)) problems.push(`edge id ${String(e.id)} is repeated`);
    edgeIds.add(e.id);
    if (!nodeIds.has(e.s) || !nodeIds.has(e.t))
      problems.push(`edge ${String(e.id)} points at a missing node`);
    checkValues('edges', e.v ?? {}, `edge ${String(e.id)}`);
  }
  problems.push(
    ...visualPropertiesProblems(
      block('visualProperties'),
      decls,
      (v, t) => isCx2Type(t) && valueHasType(v, t),
    ),
  );
  problems.push(...visualEditorPropertiesProblems(block('visualEditorProperties')));
  return problems;
}

/** BibTeX: entries with an @type{key, head and braces that balance once escaped braces are set aside. */
export function checkBibtex(text: string): { keys: string[] } {
  let depth = 0;
  const unescaped = text.replace(/\\[{}]/g, '');
  for (const c of unescaped) {
    if (c === '{') depth++;
    if (c === '}') depth--;
    expect(depth).toBeGreaterThanOrEqual(0);
  }
  expect(depth).toBe(0);
  const keys = [...text.matchAll(/^@(article|misc)\{([^,\s]+),$/gm)].map((m) => m[2]!);
  expect(keys.length).toBe((text.match(/^@/gm) ?? []).length);
  return { keys };
}

/** RIS: records from TY to ER, every line a "XX  - value" tag. */
export function parseRis(text: string): Record<string, string[]>[] {
  const records: Record<string, string[]>[] = [];
  let current: Record<string, string[]> | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const m = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    expect(m, `not a RIS tag line: ${line}`).toBeTruthy();
    const [, tag, value] = m!;
    if (tag === 'TY') {
      expect(current).toBeUndefined();
      current = {};
    }
    expect(current, `tag outside a record: ${line}`).toBeDefined();
    (current![tag!] ??= []).push(value!);
    if (tag === 'ER') {
      records.push(current!);
      current = undefined;
    }
  }
  expect(current).toBeUndefined();
  return records;
}
