// CX version 1, what NDEx serves for most networks: a JSON list of aspect fragments —
// `numberVerification` and `metaData` first, then `@context` (namespace prefixes), `nodes`
// ({ "@id", n: name, r: represents }), `edges` ({ "@id", s, t, i: interaction }), `nodeAttributes`
// and `edgeAttributes` ({ po: element id or ids, n: name, v: value, d: type }), `networkAttributes`
// ({ n, v, d }), `cartesianLayout` ({ node, x, y }), `citations` ({ "@id", "dc:identifier":
// "pmid:…", "dc:title" }) with `edgeCitations` ({ po, citations }), `supports` with `edgeSupports`,
// and `status`.
// In CX1 a typed value is often written as text ("2.5" with d "double"); it is read by its type.
// Cytoscape desktop's export adds its own aspects: `cySubNetworks` (a file may hold a whole
// collection), network attributes scoped to a subnetwork (`s`), `cyGroups`, and `cyVisualProperties`
// (whose label mapping says which column the nodes were labelled with). See cxConventions.ts for what
// both CX readers take from NDEx's and others' habits.
import {
  listOf,
  positionFrom,
  setAttribute,
  toAttributeValue,
  type EdgeInput,
  type NodeInput,
} from '../build';
import { evidenceFromAttribute, isDoi, readCitationToken } from '../evidence';
import { isRecord } from '../json';
import { withCxStyle } from '../cxStyle';
import { quote, type ProblemList } from '../problems';
import type {
  Attributes,
  AttributeScalar,
  AttributeValue,
  ImportedEvidence,
  ImportedPosition,
} from '../types';
import { every, idText, type FormatContext, type FormatParser } from './common';
import { checkStatus, collectAspects } from './cx2';
import {
  gpmlXref,
  interactionFromMarkup,
  labelText,
  readContext,
  relationFromOntology,
  resolvedIdentifiers,
} from './cxConventions';
import { cytoscapePlaceholderDash } from './desktopConventions';
import { readerOf, type Extracted, type FormatSpec } from './stages';

/** A CX1 value read by its declared type; text that does not parse as the type stays text. */
function typed(v: unknown, d: unknown): AttributeValue | undefined {
  const type = typeof d === 'string' ? d : 'string';
  const one = (x: unknown, t: string): AttributeScalar | undefined => {
    if (t === 'boolean')
      return typeof x === 'boolean' ? x : x === 'true' ? true : x === 'false' ? false : toScalar(x);
    if (t === 'double' || t === 'float' || t === 'integer' || t === 'long' || t === 'short' || t === 'byte') {
      const n = typeof x === 'number' ? x : typeof x === 'string' && x.trim() !== '' ? Number(x) : NaN;
      return Number.isFinite(n) ? n : toScalar(x);
    }
    return toScalar(x);
  };
  if (type.startsWith('list_of_') || Array.isArray(v)) {
    if (!Array.isArray(v)) return undefined;
    return v
      .map((x) => one(x, type.replace(/^list_of_/, '')))
      .filter((x): x is AttributeScalar => x !== undefined);
  }
  return one(v, type);
}

const toScalar = (x: unknown): AttributeScalar | undefined => {
  const v = toAttributeValue(x);
  return v === undefined || Array.isArray(v) ? undefined : (v as AttributeScalar);
};

const ids = (po: unknown): string[] =>
  (Array.isArray(po) ? po : [po]).map(idText).filter((s): s is string => s !== undefined);

function attributeAspect(list: unknown[], aspect: string, problems: ProblemList): Map<string, Attributes> {
  const out = new Map<string, Attributes>();
  list.forEach((a, i) => {
    if (!isRecord(a) || typeof a.n !== 'string' || a.po === undefined) {
      problems.warning(
        `entry ${i + 1} of ${aspect} has no "po" or "n"; it was left out`,
        'Export the network again.',
        {
          field: `${aspect}[${i}]`,
        },
      );
      return;
    }
    // Attributes of a subnetwork ("s") other than the first are views of the same data; keep the first value.
    const value = typed(a.v, a.d);
    if (value === undefined) return;
    for (const id of ids(a.po)) {
      const attrs = out.get(id) ?? {};
      if (!Object.prototype.hasOwnProperty.call(attrs, a.n)) setAttribute(attrs, a.n, value);
      out.set(id, attrs);
    }
  });
  return out;
}

/** What validation hands on: the aspects by name. */
export interface CxDocument {
  readonly aspects: Map<string, unknown[]>;
}

/** Stage 1: a JSON list of aspects with a `nodes` aspect and no failed status. */
export function validateCx(ctx: FormatContext, _text: string, json?: unknown): CxDocument | undefined {
  const { problems } = ctx;
  if (!Array.isArray(json)) {
    problems.error('a CX file is a JSON list of aspects', 'Download the network again from NDEx as CX.');
    return undefined;
  }
  const aspects = collectAspects(json, problems);
  checkStatus(aspects, problems);
  if (!aspects.has('nodes')) {
    problems.error(
      'the file has no "nodes" aspect',
      'Download the network again from NDEx as CX (version 1) or CX2.',
      {
        field: 'nodes',
      },
    );
  }
  return { aspects };
}

/** Stage 2: nodes and edges with their attribute aspects, positions, citations and supports. */
export function extractCx(ctx: FormatContext, { aspects }: CxDocument): Extracted {
  const { problems } = ctx;
  const nodes: NodeInput[] = [];
  const edges: EdgeInput[] = [];
  const nodeAttrs = attributeAspect(aspects.get('nodeAttributes') ?? [], 'nodeAttributes', problems);
  const edgeAttrs = attributeAspect(aspects.get('edgeAttributes') ?? [], 'edgeAttributes', problems);
  const subnetworks = subnetworkIds(aspects);
  const netAttrs = networkAttributes(aspects.get('networkAttributes') ?? [], subnetworks);
  if (subnetworks.length > 1) {
    problems.warning(
      `the file holds ${subnetworks.length} networks of a Cytoscape collection; they are opened together as one`,
      'To open one of them alone, select it in Cytoscape and export just that network (File > Export > Network to File).',
      { field: 'cySubNetworks' },
    );
  }
  const contextAspect = aspects.get('@context') ?? [];
  const context = readContext([
    ...contextAspect,
    ...(netAttrs['@context'] !== undefined ? [netAttrs['@context']] : []),
  ]);
  if (contextAspect.length && context.size && netAttrs['@context'] === undefined)
    setAttribute(netAttrs, '@context', JSON.stringify(Object.fromEntries(context)));

  const positions = new Map<string, ImportedPosition>();
  for (const p of aspects.get('cartesianLayout') ?? []) {
    if (!isRecord(p)) continue;
    const id = idText(p.node);
    const pos = positionFrom(p.x, p.y);
    if (id !== undefined && pos && !positions.has(id)) positions.set(id, pos);
  }

  const rawNodes = aspects.get('nodes') ?? [];
  const groups = cytoscapeGroups(aspects.get('cyGroups') ?? [], rawNodes);
  const styleLabels = cxStyleLabels([
    ...(aspects.get('cyVisualProperties') ?? []),
    ...(aspects.get('visualProperties') ?? []),
  ]);
  const tickN = every(ctx.progress, rawNodes.length, 0.3, 0.5);
  rawNodes.forEach((n, i) => {
    tickN(i);
    const field = `nodes[${i}]`;
    const id = isRecord(n) ? idText(n['@id']) : undefined;
    if (!isRecord(n) || id === undefined) {
      problems.error(`node ${i + 1} has no "@id"`, 'Every CX node is { "@id": 1, "n": "name" }.', { field });
      return;
    }
    const attrs = nodeAttrs.get(id) ?? {};
    const group = groups.get(id);
    if (group && group.members.length && !Object.prototype.hasOwnProperty.call(attrs, GROUP_MEMBERS))
      setAttribute(attrs, GROUP_MEMBERS, group.members);
    const shown = styleLabels.bypass.get(id) ?? labelText(styleLabels.column, attrs);
    const own = typeof n.n === 'string' && n.n.trim() ? n.n : undefined;
    // The style shows another column; the node's own name stays, as its "name" and as another name
    // to match by (NDEx's IQuery results show "GBE1 (s58%)" for the node named GBE1).
    const renamed = shown !== undefined && own !== undefined && own !== shown;
    if (renamed && !Object.prototype.hasOwnProperty.call(attrs, 'name')) setAttribute(attrs, 'name', own);
    const name = shown ?? own ?? group?.name;
    const position = positions.get(id);
    const stated = [
      ...(typeof n.r === 'string' && n.r.trim() ? [n.r] : []),
      ...listOf(attrs.represents),
      ...listOf(attrs.alias),
    ];
    const xref = gpmlXref(attrs);
    if (xref) stated.push(xref);
    nodes.push({
      id,
      attributes: attrs,
      ...(name ? { label: name } : {}),
      ...(renamed ? { synonyms: [own] } : {}),
      identifiers: [...stated, ...resolvedIdentifiers(stated, attrs, context)],
      ...(position ? { position } : {}),
      positionFromAttributes: false,
      where: { field },
    });
  });

  const citations = citationTable(aspects.get('citations') ?? []);
  const edgeEvidence = new Map<string, ImportedEvidence[]>();
  for (const ec of aspects.get('edgeCitations') ?? []) {
    if (!isRecord(ec)) continue;
    const cited = ids(ec.citations).flatMap((c) => (citations.has(c) ? [citations.get(c)!] : []));
    for (const e of ids(ec.po)) edgeEvidence.set(e, [...(edgeEvidence.get(e) ?? []), ...cited]);
  }

  // `supports` are passages of text backing an edge (NDEx's BEL-style networks); kept as notes, with
  // the PubMed id or DOI of the citation the passage is from when it names one (`citation`: its @id).
  const supports = new Map<string, ImportedEvidence>();
  for (const s of aspects.get('supports') ?? []) {
    if (!isRecord(s)) continue;
    const id = idText(s['@id']);
    if (id === undefined || typeof s.text !== 'string' || !s.text.trim()) continue;
    const from = citations.get(idText(s.citation) ?? '');
    supports.set(id, {
      ...(from?.pmid ? { pmid: from.pmid } : {}),
      ...(from?.doi ? { doi: from.doi } : {}),
      note: s.text.trim(),
    });
  }
  for (const es of aspects.get('edgeSupports') ?? []) {
    if (!isRecord(es)) continue;
    const backing = ids(es.supports).flatMap((s) => (supports.has(s) ? [supports.get(s)!] : []));
    for (const e of ids(es.po)) edgeEvidence.set(e, [...(edgeEvidence.get(e) ?? []), ...backing]);
  }

  const rawEdges = aspects.get('edges') ?? [];
  // Cytoscape's placeholder on every edge of a network it read from GraphML: no sign (desktopConventions.ts).
  const dash = cytoscapePlaceholderDash(
    problems,
    rawEdges.map((e) => (isRecord(e) ? e.i : undefined)),
  );
  const tickE = every(ctx.progress, rawEdges.length, 0.5, 0.75);
  rawEdges.forEach((e, i) => {
    tickE(i);
    const field = `edges[${i}]`;
    if (!isRecord(e)) {
      problems.error(`edge ${i + 1} is not an object`, 'Every CX edge is { "@id": 2, "s": 1, "t": 3 }.', {
        field,
      });
      return;
    }
    const id = idText(e['@id']) ?? '';
    const attributes = edgeAttrs.get(id) ?? {};
    const interaction =
      typeof e.i === 'string' && e.i.trim() && !dash
        ? e.i
        : (interactionFromMarkup(attributes) ?? relationFromOntology(attributes));
    edges.push({
      id,
      source: idText(e.s) ?? '',
      target: idText(e.t) ?? '',
      attributes,
      ...(interaction ? { interaction } : {}),
      evidence: [...(edgeEvidence.get(id) ?? []), ...ndexCitations(attributes)],
      where: { field },
    });
  });

  if (rawNodes.length > 0 && positions.size === 0 && aspects.has('cartesianLayout')) {
    problems.warning(
      'the layout aspect has no readable positions',
      'The network is laid out by the app instead.',
      {
        field: 'cartesianLayout',
      },
    );
  }
  return {
    ...(typeof netAttrs.name === 'string' ? { name: netAttrs.name } : {}),
    attributes: netAttrs,
    nodes,
    edges,
    styled: (network) => withCxStyle(network, aspects, nodeAttrs, edgeAttrs),
  };
}

export const CX_SPEC: FormatSpec<CxDocument> = { format: 'cx', validate: validateCx, extract: extractCx };

export const parseCx: FormatParser = readerOf(CX_SPEC);

/**
 * The label column of a CX1 style (`cyVisualProperties`, or `visualProperties` in NDEx's older
 * files): a passthrough NODE_LABEL mapping, "COL=display name,T=string" (Cytoscape doubles a comma
 * in a column name), under `mappings` or, before Cytoscape 3.3, as PASSTHROUGH_MAPPING_NODE_LABEL;
 * and labels set on single nodes (`properties_of` "nodes", `applies_to` the node).
 */
function cxStyleLabels(list: readonly unknown[]) {
  let column: string | undefined;
  const bypass = new Map<string, string>();
  const columnOf = (definition: unknown) =>
    typeof definition === 'string'
      ? /^COL=((?:[^,]|,,)+),T=/.exec(definition)?.[1]?.replace(/,,/g, ',')
      : undefined;
  for (const vp of list) {
    if (!isRecord(vp)) continue;
    const props = isRecord(vp.properties) ? vp.properties : {};
    if (vp.properties_of === 'nodes:default') {
      const mapping = isRecord(vp.mappings) ? vp.mappings.NODE_LABEL : undefined;
      if (isRecord(mapping) && mapping.type === 'PASSTHROUGH') column ??= columnOf(mapping.definition);
      column ??= columnOf(props.PASSTHROUGH_MAPPING_NODE_LABEL);
    } else if (vp.properties_of === 'nodes') {
      const id = idText(vp.applies_to);
      const label = props.NODE_LABEL;
      if (id !== undefined && typeof label === 'string' && label.trim() && !bypass.has(id))
        bypass.set(id, label.trim());
    }
  }
  return { column, bypass };
}

/** The attribute that lists a Cytoscape group's members on the group's node. */
const GROUP_MEMBERS = 'group members';

/**
 * Cytoscape's groups (`cyGroups`, Cytoscape desktop's CX export): a group is a node of its own with
 * no name in `nodes`; its name and members are in the aspect. By the group node's id: its name and
 * its members' names (ids where they have none).
 */
function cytoscapeGroups(
  list: readonly unknown[],
  nodes: readonly unknown[],
): Map<string, { name?: string; members: string[] }> {
  const out = new Map<string, { name?: string; members: string[] }>();
  if (list.length === 0) return out;
  const names = new Map<string, string>();
  for (const n of nodes) {
    const id = isRecord(n) ? idText(n['@id']) : undefined;
    if (id !== undefined && isRecord(n) && typeof n.n === 'string' && n.n.trim()) names.set(id, n.n);
  }
  for (const g of list) {
    const id = isRecord(g) ? idText(g['@id']) : undefined;
    if (!isRecord(g) || id === undefined) continue;
    const name = typeof g.n === 'string' && g.n.trim() ? g.n : undefined;
    out.set(id, { ...(name ? { name } : {}), members: ids(g.nodes).map((m) => names.get(m) ?? m) });
  }
  return out;
}

/**
 * NDEx's older networks (converted from BioPAX) cite PubMed in an `ndex:citation` edge attribute
 * ("pmid:10601038"), read like a `citation` column; the attribute itself is kept as it is.
 */
function ndexCitations(attrs: Attributes): ImportedEvidence[] {
  const value = attrs['ndex:citation'];
  return value === undefined ? [] : evidenceFromAttribute('citation', value).evidence;
}

/**
 * The Cytoscape subnetworks a file holds (Cytoscape desktop's CX export): from `cySubNetworks`, else
 * from the `s` of subnetwork-scoped network attributes. NDEx's own files have none.
 */
function subnetworkIds(aspects: Map<string, unknown[]>): string[] {
  const ids = new Set<string>();
  // "subNetworks" is the aspect's name in files from Cytoscape before 3.3.
  for (const s of [...(aspects.get('cySubNetworks') ?? []), ...(aspects.get('subNetworks') ?? [])]) {
    const id = isRecord(s) ? idText(s['@id']) : undefined;
    if (id !== undefined) ids.add(id);
  }
  if (ids.size === 0) {
    for (const a of aspects.get('networkAttributes') ?? []) {
      const id = isRecord(a) ? idText(a.s) : undefined;
      if (id !== undefined) ids.add(id);
    }
  }
  return [...ids];
}

/**
 * `networkAttributes`, first value of each name kept. Cytoscape desktop writes two scopes: the
 * collection's (no `s`) and each network's (`s`: its subnetwork). For a file of one network, that
 * network's own values (its name, above all) come first; the collection's name is kept beside it.
 */
function networkAttributes(list: readonly unknown[], subnetworks: readonly string[]): Attributes {
  const out: Attributes = {};
  const own = subnetworks.length === 1 ? subnetworks[0] : undefined;
  const scoped = (a: Record<string, unknown>) => (own !== undefined && idText(a.s) === own ? 0 : 1);
  const entries = list
    .filter((a): a is Record<string, unknown> => isRecord(a) && typeof a.n === 'string')
    .map((a, i) => ({ a, i }))
    .sort((x, y) => scoped(x.a) - scoped(y.a) || x.i - y.i);
  let collectionName: AttributeValue | undefined;
  for (const { a } of entries) {
    const v = typed(a.v, a.d);
    if (v === undefined) continue;
    const n = a.n as string;
    if (!Object.prototype.hasOwnProperty.call(out, n)) setAttribute(out, n, v);
    else if (n === 'name' && a.s === undefined && v !== out.name) collectionName ??= v;
  }
  if (collectionName !== undefined) setAttribute(out, 'collection name', collectionName);
  return out;
}

/** CX1 `citations`: "@id" → evidence, from `dc:identifier` ("pmid:123", "doi:10…") and `dc:title`. */
function citationTable(list: unknown[]): Map<string, ImportedEvidence> {
  const out = new Map<string, ImportedEvidence>();
  for (const c of list) {
    if (!isRecord(c)) continue;
    const id = idText(c['@id']);
    if (id === undefined) continue;
    const ident = typeof c['dc:identifier'] === 'string' ? c['dc:identifier'] : '';
    const read = ident ? readCitationToken(ident, 'any') : undefined;
    const title =
      typeof c['dc:title'] === 'string' && c['dc:title'].trim() ? c['dc:title'].trim() : undefined;
    const e: ImportedEvidence = {
      ...(read && 'pmid' in read ? { pmid: read.pmid } : {}),
      ...(read && 'doi' in read && isDoi(read.doi) ? { doi: read.doi } : {}),
      ...(title ? { note: title } : {}),
    };
    if (Object.keys(e).length) out.set(id, e);
    else if (ident) out.set(id, { note: quote(ident, 80).slice(1, -1) });
  }
  return out;
}
