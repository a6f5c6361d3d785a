// GraphML (http://graphml.graphdrawing.org/specification.html), as Cytoscape desktop, yEd, Gephi and
// networkx write it: `<key id for attr.name attr.type>` declarations (boolean, int, long, float,
// double, string) with an optional `<default>`, one `<graph edgedefault="directed|undirected">`,
// `<node id>` and `<edge id? source target>` holding `<data key>` values. yEd's node graphics
// (`y:Geometry`, `y:NodeLabel`) give a position and label when no attribute does; its edge graphics
// give the edge's word (`y:EdgeLabel`) and drawn direction (`y:Arrows`); its groups (nodes holding a
// nested `<graph>`) are flattened. Each writer's habits are read as it means them: graph-tool's
// `vector_*`/`short` types and hexadecimal floats, Cytoscape desktop's `[a, b]` lists, alias column
// and "-" placeholder interaction, Gephi's "Edge Label", networkx's per-pair MultiGraph edge ids.
// The XML is read by fast-xml-parser; a document declaring entities is refused (entity expansion
// can blow up memory), and no external resource is ever loaded. Nociscope's own export (format
// version 4) carries each edge's evidence in an `evidence_json` string key, read in build.ts.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { positionFrom, setAttribute, type EdgeInput, type NodeInput } from '../build';
import { isRecord, lineColAt, lineFinder } from '../json';
import { ENVELOPE_NAMES } from '../../export/records';
import { quote, type ProblemList } from '../problems';
import type { Attributes, AttributeScalar, AttributeValue, ImportedPosition } from '../types';
import { every, splitAlias, type FormatContext, type FormatParser } from './common';
import { canonicalEdgeAttributes, cytoscapePlaceholderDash, stringAppLabel } from './desktopConventions';
import { readerOf, withoutEnvelope, type Extracted, type FormatSpec } from './stages';

interface Key {
  readonly name: string;
  readonly for: string;
  readonly type: string;
  readonly default?: AttributeValue;
}

const GRAPHML_TYPES = ['boolean', 'int', 'long', 'float', 'double', 'string'];
/** Types graph-tool adds: its short integers, vectors (lists), and pickled Python objects (kept as text). */
const GRAPH_TOOL_TYPES = [
  'short',
  'python_object',
  ...['boolean', 'short', 'int', 'long', 'float', 'double', 'string'].map((t) => `vector_${t}`),
];

const ARRAYS = new Set(['key', 'graph', 'node', 'edge', 'data', 'default']);
/**
 * The parser for one file. Entity decoding costs a tenth of the time on large files, so it is on only
 * when the text has an "&"; numeric references (&#946;) are decoded only with `htmlEntities`.
 */
const parserFor = (text: string) => {
  const entities = text.includes('&');
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    removeNSPrefix: true,
    htmlEntities: entities && text.includes('&#'),
    processEntities: entities,
    isArray: (name) => ARRAYS.has(name),
  });
};

/** Text content of a parsed element (a string, or { "#text" } when it has attributes). */
const textOf = (v: unknown): string | undefined =>
  typeof v === 'string'
    ? v
    : isRecord(v) && typeof v['#text'] === 'string'
      ? v['#text']
      : isRecord(v)
        ? ''
        : undefined;

/**
 * Text inside child elements of a <data> (a list written as nested items, as some writers do), in
 * document order; attributes ("@_…") left out.
 */
function nestedTexts(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') {
    if (v.trim()) out.push(v.trim());
  } else if (Array.isArray(v)) for (const x of v) nestedTexts(x, out);
  else if (isRecord(v)) for (const [k, x] of Object.entries(v)) if (!k.startsWith('@_')) nestedTexts(x, out);
  return out;
}

const attr = (el: unknown, name: string): string | undefined =>
  isRecord(el) && typeof el[`@_${name}`] === 'string' ? (el[`@_${name}`] as string) : undefined;

/** A value read by its GraphML type; `undefined` when it does not parse as that type. */
function typed(text: string, type: string): AttributeValue | undefined {
  const t = text.trim();
  switch (type) {
    case 'boolean':
      return t === 'true' || t === '1' ? true : t === 'false' || t === '0' ? false : undefined;
    case 'short':
    case 'int':
    case 'long':
      return /^[+-]?\d+$/.test(t) && Number.isSafeInteger(Number(t)) ? Number(t) : undefined;
    case 'float':
    case 'double': {
      const n = t === '' ? NaN : /^[+-]?0x/i.test(t) ? hexFloat(t) : Number(t);
      return Number.isFinite(n) ? n : /^[+-]?(inf|infinity|nan)$/i.test(t) ? t : undefined;
    }
    default: {
      // graph-tool's vectors: items joined by ", "; in strings ", " is escaped as ",\ " and "\" as "\\".
      const item = /^vector_(boolean|short|int|long|float|double|string)$/.exec(type)?.[1];
      if (!item) return text;
      if (t === '') return [];
      if (item === 'string')
        return text.split(', ').map((x) => x.replace(/,\\ /g, ', ').replace(/\\\\/g, '\\'));
      const items = t.split(/\s*,\s*/).map((x) => typed(x, item));
      return items.every((x): x is AttributeScalar => x !== undefined && !Array.isArray(x))
        ? items
        : undefined;
    }
  }
}

const CYTOSCAPE_TEXT_COLUMNS = ['name', 'shared name', 'interaction', 'shared interaction'];

/** Java's text of a list, "[a, b]", as its items (Cytoscape desktop's GraphML); other text as it is. */
const javaList = (text: string): AttributeValue => {
  const m = /^\[(.*)\]$/s.exec(text.trim());
  if (!m) return text;
  return m[1]!.trim() === '' ? [] : m[1]!.split(', ');
};

/** C's hexadecimal float ("0x1.8p+1" = 3), as older graph-tool versions write floats. */
function hexFloat(t: string): number {
  const m = /^([+-]?)0x([0-9a-f]*)(?:\.([0-9a-f]*))?p([+-]?\d+)$/i.exec(t);
  if (!m || (m[2] === '' && !m[3])) return NaN;
  const digits = `${m[2]}${m[3] ?? ''}` || '0';
  const mantissa = parseInt(digits, 16) / 16 ** (m[3]?.length ?? 0);
  return (m[1] === '-' ? -1 : 1) * mantissa * 2 ** Number(m[4]);
}

/**
 * The text with its comments and CDATA sections blanked out, same length and same line breaks: a
 * `<node …>` commented out is no element, and counting it would give every later element the line of
 * the one before.
 */
const withoutComments = (text: string) =>
  !text.includes('<!')
    ? text
    : text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => m.replace(/[^\n]/g, ' '));

/** Offsets of every `<node` and `<edge` start tag, in document order, for line numbers. */
function tagLines(text: string, tag: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`<(?:[\\w.-]+:)?${tag}[\\s/>]`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push(m.index);
  return out;
}

/** What validation hands on: the text (for line numbers), the <graphml> root, its first graph and keys. */
export interface GraphmlDocument {
  readonly text: string;
  /** The text with comments and CDATA blanked out (same offsets), where start tags are counted. */
  readonly tags: string;
  readonly root: Record<string, unknown>;
  readonly graph: Record<string, unknown>;
  readonly keys: ReturnType<typeof readKeys>;
  /** Written by Cytoscape desktop (its SUID and "shared name" columns). */
  readonly cytoscape: boolean;
}

/** Stage 1: well-formed XML without entities, a <graphml> root with a <graph>, and its keys. */
export function validateGraphml(ctx: FormatContext, text: string): GraphmlDocument | undefined {
  const { problems } = ctx;
  if (/<!ENTITY/i.test(text)) {
    problems.error(
      'the file declares XML entities, which imported files may not use',
      'Export the network again from its tool; GraphML files from Cytoscape, yEd, Gephi and networkx do not need them.',
      { ...lineColAt(text, text.search(/<!ENTITY/i)) },
    );
    return undefined;
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    problems.error(
      `the XML is broken: ${valid.err.msg}`,
      'Look at this line for an unclosed tag or a stray "<" or "&"; or export the file again.',
      { line: valid.err.line, col: valid.err.col },
    );
    return undefined;
  }
  // Validation and parsing are each one long step on a large file; say when the first is done.
  ctx.progress(0.4);
  let doc: unknown;
  try {
    doc = parserFor(text).parse(text);
  } catch (e) {
    problems.error(
      `the XML could not be read (${(e as Error).message.slice(0, 120)})`,
      'Export the file again.',
    );
    return undefined;
  }
  ctx.progress(0.6);
  const root = isRecord(doc) ? doc.graphml : undefined;
  if (!isRecord(root)) {
    problems.error(
      'the file is XML but not GraphML (no <graphml> element)',
      'Export the network as GraphML, CX2 or cyjs.',
    );
    return undefined;
  }
  const tags = withoutComments(text);
  const keys = readKeys(root.key, problems, lineFinder(text), tags);
  // Cytoscape desktop declares list columns as "string" and writes them as Java prints a list,
  // "[a, b]"; its files are known by the SUID and "shared name" columns every table has.
  const names = new Set([...keys.values()].map((k) => k.name));
  const cytoscape = names.has('SUID') && names.has('shared name');
  const graphs = Array.isArray(root.graph) ? root.graph : [];
  const graph = graphs[0];
  if (!isRecord(graph)) {
    problems.error(
      'the file has no <graph>',
      'A GraphML file holds one <graph> with <node> and <edge> elements.',
    );
    return undefined;
  }
  if (graphs.length > 1) {
    problems.warning(
      `the file holds ${graphs.length} graphs; only the first is read`,
      'Save each graph in its own file to open the others.',
    );
  }
  return { text, tags, root, graph, keys, cytoscape };
}

/** Stage 2: nodes (nested graphs flattened), edges with yEd's arrows, and the graph's own data. */
export function extractGraphml(ctx: FormatContext, doc: GraphmlDocument): Extracted {
  const { problems } = ctx;
  const { text, tags, root, graph, keys, cytoscape } = doc;
  const inputs: NodeInput[] = [];
  const edgedefault = attr(graph, 'edgedefault');
  // yEd writes a group as a node holding its own <graph> (ids "n2::n0"), and its edges may join
  // members of different groups: every nested graph is read, flattened into one network, and each
  // member keeps the name of its group in a "group" attribute.
  const { nodes, edges, nested } = flatten(graph);
  const at = lineFinder(text);
  const nodeLines = tagLines(tags, 'node');
  const edgeLines = tagLines(tags, 'edge');
  const lineOf = (offsets: number[], i: number) =>
    offsets[i] !== undefined ? { line: at(offsets[i]!).line } : {};
  const groupLabels = new Map<string, string>();

  const tickN = every(ctx.progress, nodes.length, 0.6, 0.7);
  nodes.forEach(({ el: n, group }, i) => {
    tickN(i);
    const where = { ...lineOf(nodeLines, i), field: 'node' };
    const id = attr(n, 'id');
    if (id === undefined) {
      problems.error('a <node> has no id', 'Give every <node> an id attribute.', where);
      return;
    }
    const { attributes, graphics } = readData(n, 'node', keys, problems, where, cytoscape);
    // Cytoscape's alias column holds other names and, for networks from NDEx, database ids.
    const alias = cytoscape && hasOwn(attributes, 'alias') ? splitAlias(attributes.alias) : undefined;
    if (alias) {
      delete attributes.alias;
      if (alias.rest !== undefined) setAttribute(attributes, 'alias', alias.rest);
    }
    const position = positionFrom(attributes.x, attributes.y) ?? graphics.position;
    if (positionFrom(attributes.x, attributes.y)) {
      delete attributes.x;
      delete attributes.y;
    }
    const label =
      stringAppLabel(attributes) ?? (graphics.label && !hasLabel(attributes) ? graphics.label : undefined);
    if (group !== undefined && !hasOwn(attributes, 'group'))
      setAttribute(attributes, 'group', groupLabels.get(group) ?? group);
    if (isRecord(n) && n.graph !== undefined) groupLabels.set(id, label ?? labelOf(attributes) ?? id);
    inputs.push({
      id,
      attributes,
      ...(alias ? { identifiers: alias.identifiers, synonyms: alias.synonyms } : {}),
      ...(label ? { label } : {}),
      ...(position ? { position } : {}),
      where,
    });
  });
  const tickE = every(ctx.progress, edges.length, 0.7, 0.75);
  const pairKeys = edgeIdsArePairKeys(edges);
  const read = edges.map((e, i) => {
    tickE(i);
    // Edges of nested graphs are read graph by graph, not in the order of the text: no line then.
    const where = { ...(nested ? {} : lineOf(edgeLines, i)), field: 'edge' };
    const { attributes: raw, graphics } = readData(e, 'edge', keys, problems, where, cytoscape);
    const attributes = canonicalEdgeAttributes(raw);
    const directed = attr(e, 'directed');
    if (directed !== undefined) setAttribute(attributes, 'directed', directed === 'true');
    // yEd keeps an edge's words only in its drawn label: kept as "label", read as the interaction
    // when no attribute names one.
    if (graphics.label && !hasOwn(attributes, 'label')) setAttribute(attributes, 'label', graphics.label);
    // Gephi writes an edge's label under "Edge Label": it is the edge's word, read as its interaction.
    if (hasOwn(attributes, 'Edge Label') && !hasOwn(attributes, 'label')) {
      setAttribute(attributes, 'label', attributes['Edge Label']!);
      delete attributes['Edge Label'];
    }
    // networkx writes a multigraph's edge key (0, 1… for each pair of nodes) as the edge id: kept
    // as the "key" attribute, and the edges numbered anew instead of warning on every repeat.
    const ownId = attr(e, 'id');
    if (pairKeys && ownId !== undefined && !hasOwn(attributes, 'key')) setAttribute(attributes, 'key', ownId);
    // yEd draws a relation's direction with its arrow heads, whatever edgedefault says: none at
    // either end is no direction; a head only at the source end points the other way.
    const { source: fromArrow = 'none', target: toArrow = 'none' } = graphics.arrows ?? {};
    const reversed = graphics.arrows !== undefined && toArrow === 'none' && fromArrow !== 'none';
    if (graphics.arrows) {
      if (fromArrow === 'none' && toArrow === 'none' && !hasOwn(attributes, 'directed'))
        setAttribute(attributes, 'directed', false);
      else if (reversed) setAttribute(attributes, 'arrow', fromArrow);
      else if (toArrow !== 'standard' && toArrow !== 'none') setAttribute(attributes, 'arrow', toArrow);
    }
    return { e, attributes, where, id: pairKeys ? '' : (ownId ?? ''), reversed };
  });
  // Cytoscape's "-" on every edge is the placeholder its GraphML reader gives (desktopConventions.ts).
  if (
    cytoscape &&
    cytoscapePlaceholderDash(
      problems,
      read.map(({ attributes }) => attributes.interaction),
    )
  )
    for (const { attributes } of read) delete attributes.interaction;
  const edgeInputs = read.map(({ e, attributes, where, id, reversed }): EdgeInput => {
    const [source, target] = [attr(e, 'source') ?? '', attr(e, 'target') ?? ''];
    return {
      id,
      source: reversed ? target : source,
      target: reversed ? source : target,
      attributes,
      where,
    };
  });
  const { attributes: graphAttrs } = readData(graph, 'graph', keys, problems, { field: 'graph' });
  // GraphML's own <desc> element describes the graph (or the whole file).
  const desc = [graph.desc, root.desc].map((d) => textOf(d)?.trim()).find((d) => d);
  if (desc && !hasOwn(graphAttrs, 'description')) setAttribute(graphAttrs, 'description', desc);
  const name = [graphAttrs.name, graphAttrs.title, attr(graph, 'id')].find(
    (v): v is string => typeof v === 'string' && v.trim() !== '' && v !== 'G',
  );
  return {
    ...(name !== undefined ? { name } : {}),
    ...(edgedefault === 'undirected' ? { directed: false } : {}),
    attributes: withoutEnvelope(graphAttrs, ENVELOPE_NAMES.graphml),
    nodes: inputs,
    edges: edgeInputs,
  };
}

export const GRAPHML_SPEC: FormatSpec<GraphmlDocument> = {
  format: 'graphml',
  validate: validateGraphml,
  extract: extractGraphml,
};

export const parseGraphml: FormatParser = readerOf(GRAPHML_SPEC);

const LABEL_KEYS = ['name', 'label', 'Label', 'Name'];
const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
/** The first non-empty label attribute: yEd writes an empty `<data key="d4"/>` for an unnamed node. */
const labelOf = (a: Attributes) =>
  LABEL_KEYS.map((k) => a[k]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
const hasLabel = (a: Attributes) => labelOf(a) !== undefined;

/**
 * True when edge ids repeat but never for the same pair of nodes: they are per-pair keys (networkx's
 * MultiGraph and MultiDiGraph), not ids of the file.
 */
function edgeIdsArePairKeys(edges: readonly unknown[]): boolean {
  const ids = new Set<string>();
  const triples = new Set<string>();
  let repeated = false;
  for (const e of edges) {
    const id = attr(e, 'id');
    if (id === undefined) continue;
    if (ids.has(id)) repeated = true;
    ids.add(id);
    const triple = JSON.stringify([attr(e, 'source'), attr(e, 'target'), id]);
    if (triples.has(triple)) return false;
    triples.add(triple);
  }
  return repeated;
}

/** Nodes and edges of a graph and of every graph nested in its nodes, nodes in the order of the text. */
function flatten(graph: Record<string, unknown>): {
  nodes: { el: unknown; group?: string }[];
  edges: unknown[];
  nested: boolean;
} {
  const nodes: { el: unknown; group?: string }[] = [];
  const edges: unknown[] = [];
  let nested = false;
  const walk = (g: Record<string, unknown>, group: string | undefined, depth: number) => {
    for (const n of Array.isArray(g.node) ? g.node : []) {
      nodes.push({ el: n, ...(group !== undefined ? { group } : {}) });
      const inner = isRecord(n) && Array.isArray(n.graph) ? n.graph[0] : undefined;
      const id = attr(n, 'id');
      // A depth bound keeps a hostile file from exhausting the stack.
      if (isRecord(inner) && id !== undefined && depth < 50) {
        nested = true;
        walk(inner, id, depth + 1);
      }
    }
    edges.push(...(Array.isArray(g.edge) ? g.edge : []));
  };
  walk(graph, undefined, 0);
  return { nodes, edges, nested };
}

function readKeys(
  list: unknown,
  problems: ProblemList,
  at: (offset: number) => { line: number },
  tags: string,
): Map<string, Key> {
  const keys = new Map<string, Key>();
  const keyLines = tagLines(tags, 'key');
  (Array.isArray(list) ? list : []).forEach((k, i) => {
    const id = attr(k, 'id');
    const where = {
      ...(keyLines[i] !== undefined ? { line: at(keyLines[i]!).line } : {}),
      field: 'key',
    };
    if (!id) {
      problems.warning('a <key> has no id; data cannot refer to it', 'Give every <key> an id.', where);
      return;
    }
    const yfiles = attr(k, 'yfiles.type');
    const declared = attr(k, 'attr.type');
    const type = declared ?? (yfiles ? `yfiles:${yfiles}` : 'string');
    const graphicsKey = type.startsWith('yfiles:');
    if (declared !== undefined && !GRAPHML_TYPES.includes(declared) && !GRAPH_TOOL_TYPES.includes(declared)) {
      problems.warning(
        `key ${quote(id)} has the type ${quote(declared)}, which GraphML does not define`,
        `Use one of ${GRAPHML_TYPES.join(', ')}; its values are read as text.`,
        where,
      );
    }
    const name = attr(k, 'attr.name') ?? id;
    const dText = isRecord(k) && Array.isArray(k.default) ? textOf(k.default[0]) : undefined;
    // yEd's graphics keys may hold a default drawing: graphics, not a value, so nothing to read or check.
    const dflt = dText !== undefined && !graphicsKey ? typed(dText, type) : undefined;
    if (dText !== undefined && dflt === undefined && !graphicsKey) {
      problems.warning(
        `the default ${quote(dText)} of key ${quote(id)} is not a ${type}`,
        'Correct the default; it is ignored meanwhile.',
        where,
      );
    }
    keys.set(id, {
      name,
      for: attr(k, 'for') ?? 'all',
      type,
      ...(dflt !== undefined ? { default: dflt } : {}),
    });
  });
  return keys;
}

/** An element's <data>, typed by their keys, with the defaults of keys it leaves out. */
function readData(
  el: unknown,
  scope: 'node' | 'edge' | 'graph',
  keys: Map<string, Key>,
  problems: ProblemList,
  where: { line?: number; field: string },
  javaLists = false,
): { attributes: Attributes; graphics: Graphics } {
  const attributes: Attributes = {};
  const graphics: Graphics = {};
  const seen = new Set<string>();
  const data = isRecord(el) && Array.isArray(el.data) ? el.data : [];
  for (const d of data) {
    const keyId = attr(d, 'key');
    const key = keyId !== undefined ? keys.get(keyId) : undefined;
    if (!key) {
      problems.warning(
        `a <data> refers to a key ${quote(keyId ?? '')} that is not declared`,
        'Declare a <key> for it; its value is kept as text.',
        where,
      );
      const t = textOf(d);
      if (keyId && t !== undefined) setAttribute(attributes, keyId, t);
      continue;
    }
    if (key.type.startsWith('yfiles:')) {
      readYedGraphics(d, graphics);
      continue;
    }
    const t = textOf(d) ?? '';
    seen.add(keyId!);
    const nested = t.trim() === '' && isRecord(d) ? nestedTexts({ ...d, '#text': undefined }) : [];
    if (nested.length > 0) {
      setAttribute(attributes, key.name, nested);
      continue;
    }
    // Text with markup inside it ("see <i>this</i> too"): the parser gives the text apart from the
    // markup's words, and in no order, so only the text is kept; the reader is told what was left.
    const markup = isRecord(d) ? Object.keys(d).filter((k) => !k.startsWith('@_') && k !== '#text') : [];
    if (t.trim() !== '' && markup.length > 0 && nestedTexts(markup.map((k) => d[k])).length > 0) {
      problems.warning(
        `${quote(key.name)} holds markup (<${markup.join('>, <')}>) inside its text; only the text around it is kept`,
        'Write the markup escaped (&lt;i&gt;) or inside <![CDATA[ … ]]> to keep it as text.',
        { ...where, field: key.name },
      );
    }
    // networkx ("nan") and igraph ("NaN") write a missing number as NaN: no value, as in JSON files.
    if ((key.type === 'float' || key.type === 'double') && /^[+-]?nan$/i.test(t.trim())) continue;
    // Names are never lists: a name such as "[Ca2+]" stays as it is.
    const list = javaLists && key.type === 'string' && !CYTOSCAPE_TEXT_COLUMNS.includes(key.name);
    const value = list ? javaList(t) : typed(t, key.type);
    if (value === undefined) {
      problems.warning(
        `${quote(key.name)} is ${quote(t)}, which is not a ${key.type}`,
        `Write a ${key.type} value; it is kept as text meanwhile.`,
        { ...where, field: key.name },
      );
      setAttribute(attributes, key.name, t);
    } else setAttribute(attributes, key.name, value);
  }
  for (const [id, key] of keys) {
    if (seen.has(id) || key.default === undefined) continue;
    if (key.for !== scope && key.for !== 'all') continue;
    if (!Object.prototype.hasOwnProperty.call(attributes, key.name))
      setAttribute(attributes, key.name, key.default);
  }
  return { attributes, graphics };
}

/** What yEd's graphics say of a node or edge. */
interface Graphics {
  label?: string;
  position?: ImportedPosition;
  /** An edge's arrow heads at each end ("none", "standard", "delta", "t_shape"…). */
  arrows?: { source?: string; target?: string };
}

/**
 * yEd's ShapeNode/GenericNode: Geometry gives the top-left corner and size; the centre is the position.
 * A group (ProxyAutoBoundsNode) holds one realizer per state, open and closed; the active one is read.
 * An edge's PolyLineEdge gives its EdgeLabel and its Arrows.
 */
function readYedGraphics(d: unknown, out: Graphics) {
  if (!isRecord(d)) return;
  for (const value of Object.values(d)) {
    let shape = value;
    if (isRecord(shape) && isRecord(shape.Realizers)) {
      const active = Number(attr(shape.Realizers, 'active') ?? 0);
      const realizers = Object.entries(shape.Realizers)
        .filter(([k]) => !k.startsWith('@_'))
        .flatMap(([, v]) => (Array.isArray(v) ? v : [v]));
      shape = realizers[Number.isInteger(active) ? active : 0] ?? realizers[0];
    }
    if (!isRecord(shape)) continue;
    const g = shape.Geometry;
    if (isRecord(g)) {
      const x = Number(attr(g, 'x'));
      const y = Number(attr(g, 'y'));
      const w = Number(attr(g, 'width') ?? 0);
      const h = Number(attr(g, 'height') ?? 0);
      if ([x, y, w, h].every(Number.isFinite)) out.position = { x: x + w / 2, y: y + h / 2 };
    }
    const arrows = Array.isArray(shape.Arrows) ? shape.Arrows[0] : shape.Arrows;
    if (isRecord(arrows)) out.arrows = { source: attr(arrows, 'source'), target: attr(arrows, 'target') };
    const labels = shape.NodeLabel ?? shape.EdgeLabel;
    const label = Array.isArray(labels) ? labels[0] : labels;
    const t = textOf(label)?.trim();
    if (t) out.label = t;
  }
}
