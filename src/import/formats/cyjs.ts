// Cytoscape.js JSON: what cy.json() writes ({ elements: { nodes, edges } } or { elements: [ … ] }
// with `group`), a bare array of elements, and Cytoscape desktop's "Export Network to File > cyjs"
// (node ids as strings, SUID, `name`, `shared_name`, edge `interaction`, `position` per node; its
// `alias` holds other names, and an interaction of "-" on every edge is its GraphML placeholder), and
// networkx's cytoscape_data() (graph data as [name, value] pairs, `directed`, ends given by node key).
// Nociscope's own cyjs export carries each edge's evidence as objects and the cited sources in the
// top-level `data.sources`; their PMIDs and DOIs are attached to the evidence that cites them.
import { positionFrom, setAttribute, type EdgeInput, type NodeInput } from '../build';
import { withCyjsStyle } from '../cyjsStyle';
import { EVIDENCE_KINDS } from '../../model/vocabulary';
import { isDoi, isPmid, MAX_EVIDENCE_ITEMS, readEvidenceItems, type EvidenceJsonProblem } from '../evidence';
import { isRecord } from '../json';
import { ENVELOPE_NAMES } from '../../export/records';
import { quote, type ProblemList } from '../problems';
import type { Attributes, ImportedEvidence } from '../types';
import { every, idText, jsonAttributes, splitAlias, type FormatContext, type FormatParser } from './common';
import { canonicalEdgeAttributes, cytoscapePlaceholderDash, stringAppLabel } from './desktopConventions';
import { readerOf, withoutName, type Extracted, type FormatSpec } from './stages';

interface RawElement {
  readonly element: Record<string, unknown>;
  readonly path: string;
}

/** What validation hands on: the file's root, its elements sorted into nodes and edges. */
export interface CyjsDocument {
  readonly root: unknown;
  readonly nodes: readonly RawElement[];
  readonly edges: readonly RawElement[];
}

/** Stage 1: `elements` (or the elements alone), each with a `data` object, sorted by group. */
export function validateCyjs(ctx: FormatContext, _text: string, json?: unknown): CyjsDocument {
  const { problems } = ctx;
  const root = json;
  // cy.json()'s { elements }, or the elements alone: a list, or { nodes, edges } (cytoscape.js's gal.json).
  const bare = isRecord(root) && root.elements === undefined && Array.isArray(root.nodes);
  const elements = isRecord(root) && !bare ? root.elements : root;
  const nodes: RawElement[] = [];
  const edges: RawElement[] = [];
  const sort = (list: unknown, path: string, group?: 'nodes' | 'edges') => {
    if (!Array.isArray(list)) {
      problems.error(
        `${path} is not a list of elements`,
        'A Cytoscape.js file has "elements": { "nodes": [ … ], "edges": [ … ] } or a list of elements.',
        { field: path },
      );
      return;
    }
    list.forEach((element, i) => {
      const p = `${path}[${i}]`;
      if (!isRecord(element) || !isRecord(element.data)) {
        problems.error(`${p} has no "data" object`, 'Every element needs "data": { "id": … }.', { field: p });
        return;
      }
      const g =
        group ??
        (element.group === 'edges' || (element.group !== 'nodes' && element.data.source !== undefined)
          ? 'edges'
          : 'nodes');
      (g === 'nodes' ? nodes : edges).push({ element, path: p });
    });
  };
  if (isRecord(elements)) {
    const at = bare ? '' : 'elements.';
    if (elements.nodes !== undefined) sort(elements.nodes, `${at}nodes`, 'nodes');
    if (elements.edges !== undefined) sort(elements.edges, `${at}edges`, 'edges');
  } else if (Array.isArray(elements)) {
    sort(elements, isRecord(root) ? 'elements' : '(list)');
  } else {
    problems.error(
      'the file has no "elements"',
      'A Cytoscape.js file has "elements": { "nodes": [ … ], "edges": [ … ] }; export it again from Cytoscape (File > Export > Network to File > cyjs).',
      { field: 'elements' },
    );
  }
  return { root, nodes, edges };
}

/** Stage 2: the network's `data`, each node's data and position, each edge's data and evidence. */
export function extractCyjs(ctx: FormatContext, { root, nodes: rawNodes, edges: rawEdges }: CyjsDocument) {
  const { problems } = ctx;
  const netData = isRecord(root) ? networkData(root.data) : {};
  const sourceIds = sourceTable(netData.sources);

  const byValue = new Map<string, string>();
  const ids = new Set<string>();
  const nodes: NodeInput[] = [];
  const tickN = every(ctx.progress, rawNodes.length, 0.3, 0.5);
  rawNodes.forEach(({ element, path }, i) => {
    tickN(i);
    const data = element.data as Record<string, unknown>;
    const id = idText(data.id) ?? `n${i + 1}`;
    if (idText(data.id) === undefined) {
      problems.warning(`${path} has no id; it was given ${quote(id)}`, 'Give every node an id.', {
        field: `${path}.data.id`,
      });
    }
    const pos = isRecord(element.position) ? positionFrom(element.position.x, element.position.y) : undefined;
    const attributes = withClasses(jsonAttributes(data, ['id', 'alias']), element.classes);
    const alias = splitAlias(data.alias);
    if (alias.rest !== undefined) setAttribute(attributes, 'alias', alias.rest);
    // networkx's cytoscape_data() writes each edge's ends as the node's key, kept in `value`, which
    // differs from the node's id when the node has an "id" attribute of its own.
    const value = idText(data.value);
    if (value !== undefined && value !== id && !byValue.has(value)) byValue.set(value, id);
    const shown = stringAppLabel(data);
    ids.add(id);
    nodes.push({
      id,
      attributes,
      ...(shown ? { label: shown } : {}),
      identifiers: alias.identifiers,
      synonyms: alias.synonyms,
      ...(pos ? { position: pos } : {}),
      where: { field: path },
    });
  });
  const end = (v: unknown) => {
    const text = idText(v) ?? '';
    return ids.has(text) ? text : (byValue.get(text) ?? text);
  };
  const tickE = every(ctx.progress, rawEdges.length, 0.5, 0.75);
  const fromCytoscape =
    (isRecord(root) && typeof root.generated_by === 'string' && /^cytoscape/i.test(root.generated_by)) ||
    rawEdges.some(
      ({ element }) => (element.data as Record<string, unknown>).shared_interaction !== undefined,
    );
  const dash =
    fromCytoscape &&
    cytoscapePlaceholderDash(
      problems,
      rawEdges.map(({ element }) => (element.data as Record<string, unknown>).interaction),
    );
  const edges: EdgeInput[] = [];
  rawEdges.forEach(({ element, path }, i) => {
    tickE(i);
    const data = element.data as Record<string, unknown>;
    const evidence = Array.isArray(data.evidence)
      ? evidenceObjects(data.evidence, sourceIds, problems, path)
      : undefined;
    edges.push({
      id: idText(data.id) ?? '',
      source: end(data.source),
      target: end(data.target),
      attributes: withClasses(
        canonicalEdgeAttributes(
          jsonAttributes(data, [
            'id',
            'source',
            'target',
            ...(evidence ? ['evidence'] : []),
            ...(dash ? ['interaction'] : []),
          ]),
        ),
        element.classes,
      ),
      ...(evidence ? { evidence, evidenceIsWhole: true } : {}),
      where: { field: path },
    });
  });

  const nociscopeExport = isRecord(root) && root.generated_by === 'nociscope';
  const name = idText(netData.name) ?? idText(netData.shared_name);
  return {
    ...(name !== undefined ? { name } : {}),
    // networkx writes "directed": false beside "elements" for an undirected graph.
    ...(isRecord(root) && root.directed === false ? { directed: false } : {}),
    // Nociscope's own export keeps its envelope (format and data version, bibliography) beside the
    // network's metadata: only the metadata is the network's.
    attributes: jsonAttributes(netData, nociscopeExport ? withoutName(ENVELOPE_NAMES.cyjs) : ['sources']),
    nodes,
    edges,
    styled: (network) => withCyjsStyle(network, root),
  } satisfies Extracted;
}

export const CYJS_SPEC: FormatSpec<CyjsDocument> = {
  format: 'cyjs',
  validate: validateCyjs,
  extract: extractCyjs,
};

export const parseCyjs: FormatParser = readerOf(CYJS_SPEC);

/**
 * The network's `data`: an object (Cytoscape desktop, cy.json()), or networkx's list of
 * [name, value] pairs (cytoscape_data() writes `list(G.graph.items())`).
 */
function networkData(data: unknown): Record<string, unknown> {
  if (isRecord(data)) return data;
  const out: Record<string, unknown> = {};
  if (!Array.isArray(data)) return out;
  for (const pair of data) {
    if (Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string')
      Object.defineProperty(out, pair[0], {
        value: pair[1],
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}

/** cy.json() keeps an element's classes beside its data; they often say what the element is. */
function withClasses(attributes: Attributes, classes: unknown): Attributes {
  const list = (Array.isArray(classes) ? classes : typeof classes === 'string' ? classes.split(/\s+/) : [])
    .filter((c): c is string => typeof c === 'string' && c.trim() !== '')
    .map((c) => c.trim());
  if (list.length > 0 && !Object.prototype.hasOwnProperty.call(attributes, 'classes'))
    setAttribute(attributes, 'classes', list);
  return attributes;
}

/** Nociscope's `data.sources`: id → its PMID and DOI, when well-formed. */
function sourceTable(sources: unknown): Map<string, { pmid?: string; doi?: string }> {
  const out = new Map<string, { pmid?: string; doi?: string }>();
  if (!Array.isArray(sources)) return out;
  for (const s of sources) {
    if (!isRecord(s) || typeof s.id !== 'string') continue;
    out.set(s.id, {
      ...(typeof s.pmid === 'string' && isPmid(s.pmid) ? { pmid: s.pmid } : {}),
      ...(typeof s.doi === 'string' && isDoi(s.doi) ? { doi: s.doi } : {}),
    });
  }
  return out;
}

/**
 * Evidence written as objects ({ source, kind, note, locator, pmid, doi }), Nociscope's shape, checked
 * item by item as `evidence_json` is (evidence.ts); a cited source's PMID and DOI fill in the item's.
 */
function evidenceObjects(
  items: readonly unknown[],
  sources: Map<string, { pmid?: string; doi?: string }>,
  problems: ProblemList,
  path: string,
): ImportedEvidence[] {
  const found: EvidenceJsonProblem[] = [];
  const field = `${path}.data.evidence`;
  if (items.length > MAX_EVIDENCE_ITEMS) {
    problems.warning(
      `${field} lists ${items.length} evidence items; only the first ${MAX_EVIDENCE_ITEMS} are read`,
      'Split the relation, or keep the evidence that matters most.',
      { field },
    );
  }
  const read = readEvidenceItems(items, EVIDENCE_KINDS, field, found);
  for (const p of found) problems.warning(p.message, p.hint, { field: p.field });
  return read.map((e) => {
    const known = e.source ? sources.get(e.source) : undefined;
    const pmid = e.pmid ?? known?.pmid;
    const doi = e.doi ?? known?.doi;
    return { ...e, ...(pmid ? { pmid } : {}), ...(doi ? { doi } : {}) };
  });
}
