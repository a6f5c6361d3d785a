// Nodes and relations flattened to typed attribute columns, shared by the tabular formats (GraphML,
// CSV, CX2) so a column means the same thing in every file. Lists stay lists here; each format
// decides how to write them (CX2 has list types, GraphML and CSV join them with "; ").
import { authorityCaveat } from '../model/authority';
import type { Edge } from '../model/graph';
import type { GraphNode, NodeId, Source, SourceId } from '../model/schema';
import { sentenceWith } from '../model/sentence';
import { shortCitation } from './citation';
import type { ExportView, ExtraAttributes, ExtraValue } from './view';

export type AttributeType = 'string' | 'int' | 'double' | 'boolean' | 'list';
export type AttributeValue = string | number | boolean | readonly string[] | undefined;

/** A column: its name in the exported file, its type, and how to read it from the model. */
export interface Column<T> {
  readonly name: string;
  readonly type: AttributeType;
  readonly get: (item: T) => AttributeValue;
}

/** Separator for lists in formats without list types. Chosen because no id or vocabulary value contains it. */
export const LIST_SEPARATOR = '; ';

const opt = (v: string | null | undefined) => (v == null || v === '' ? undefined : v);
const nonEmpty = (v: readonly string[] | undefined) => (v && v.length ? v : undefined);
const unique = <T>(items: readonly T[]) => [...new Set(items)];

export const NODE_COLUMNS: readonly Column<GraphNode>[] = [
  { name: 'label', type: 'string', get: (n) => n.label },
  { name: 'kind', type: 'string', get: (n) => n.kind },
  { name: 'class', type: 'string', get: (n) => (n.kind === 'mediator' ? n.class : undefined) },
  { name: 'modality', type: 'string', get: (n) => (n.kind === 'therapy' ? n.modality : undefined) },
  { name: 'status', type: 'string', get: (n) => (n.kind === 'therapy' ? n.status : undefined) },
  { name: 'synonyms', type: 'list', get: (n) => nonEmpty(n.synonyms) },
  { name: 'description', type: 'string', get: (n) => n.description },
  { name: 'identifiers', type: 'list', get: (n) => nonEmpty(n.identifiers) },
];

/** What an edge column needs besides the edge: the sources its evidence cites, and what follows from them. */
export interface EdgeContext {
  readonly edge: Edge;
  readonly cited: readonly Source[];
  /** The relation as the app reads it, the verb agreeing with its subject. */
  readonly sentence: string;
  /** The derived low-authority caveat (src/model/authority.ts), when the evidence is all weak. */
  readonly authorityCaveat?: string;
}

/**
 * The column that carries every piece of evidence of a relation exactly (format version 4).
 *
 * Why one JSON text column rather than more list columns: a relation has any number of evidence
 * items, each with several fields (note text may hold "; " or any other separator), and GraphML and
 * CSV have no nested types, so parallel "; "-joined lists could not be split back reliably. JSON text
 * is a plain string to every consumer (a GraphML key of attr.type "string", a CX2 "string"
 * attribute, one CSV cell that starts with "[" and so is never read as a formula), so Cytoscape
 * desktop, NDEx, networkx and spreadsheets load it untouched, while Nociscope's importer reads it
 * back item by item (src/import/evidence.ts). The readable columns above stay as they were.
 */
export const EVIDENCE_JSON = 'evidence_json';

/** One evidence item as written in `evidence_json`: fixed key order, empty fields left out. */
export interface EvidenceJsonItem {
  readonly source: string;
  readonly kind?: string;
  readonly note?: string;
  readonly locator?: string;
  readonly pmid?: string;
  readonly doi?: string;
}

/**
 * A relation's evidence as JSON text: each item's source id, kind, note and locator, with the cited
 * source's PMID and DOI; undefined when the relation has none (so no empty attribute is written).
 */
export function evidenceJson({ edge, cited }: EdgeContext): string | undefined {
  if (edge.evidence.length === 0) return undefined;
  const items = edge.evidence.map((ev): EvidenceJsonItem => {
    const s = cited.find((c) => c.id === ev.source);
    return {
      source: ev.source,
      ...(ev.kind ? { kind: ev.kind } : {}),
      ...(ev.note ? { note: ev.note } : {}),
      ...(ev.locator ? { locator: ev.locator } : {}),
      ...(s?.pmid ? { pmid: s.pmid } : {}),
      ...(s?.doi ? { doi: s.doi } : {}),
    };
  });
  return JSON.stringify(items);
}

export const EDGE_COLUMNS: readonly Column<EdgeContext>[] = [
  { name: 'relation', type: 'string', get: ({ edge }) => edge.relation },
  // Cytoscape desktop names the edge type column "interaction"; written besides ours so it styles by it.
  { name: 'interaction', type: 'string', get: ({ edge }) => edge.relation },
  { name: 'sentence', type: 'string', get: ({ sentence }) => sentence },
  { name: 'polarity', type: 'int', get: ({ edge }) => edge.polarity },
  { name: 'mechanism', type: 'string', get: ({ edge }) => edge.group },
  { name: 'location', type: 'list', get: ({ edge }) => nonEmpty(edge.context?.location) },
  { name: 'phase', type: 'list', get: ({ edge }) => nonEmpty(edge.context?.phase) },
  { name: 'species', type: 'list', get: ({ edge }) => nonEmpty(edge.context?.species) },
  { name: 'duration', type: 'string', get: ({ edge }) => opt(edge.context?.duration) },
  { name: 'caveat', type: 'string', get: ({ edge }) => opt(edge.caveat) },
  { name: 'authority_caveat', type: 'string', get: (ctx) => ctx.authorityCaveat },
  { name: 'evidence_count', type: 'int', get: ({ edge }) => edge.evidence.length },
  { name: 'evidence_sources', type: 'list', get: ({ cited }) => cited.map((s) => s.id) },
  { name: 'evidence_kinds', type: 'list', get: ({ edge }) => unique(edge.evidence.map((e) => e.kind)) },
  { name: 'citations', type: 'list', get: ({ cited }) => cited.map(shortCitation) },
  { name: 'dois', type: 'list', get: ({ cited }) => nonEmpty(cited.flatMap((s) => (s.doi ? [s.doi] : []))) },
  { name: EVIDENCE_JSON, type: 'string', get: evidenceJson },
];

/** Each edge with the sources its evidence cites, in evidence order, each once. */
export function edgeContexts(view: ExportView): EdgeContext[] {
  const byId = new Map<SourceId, Source>(view.sources.map((s) => [s.id, s]));
  const nodes = new Map<NodeId, GraphNode>(view.nodes.map((n) => [n.id, n]));
  return view.edges.map((edge) => {
    const authority = authorityCaveat(edge, byId);
    return {
      edge,
      cited: unique(edge.evidence.map((e) => e.source)).flatMap((id) => {
        const s = byId.get(id);
        return s ? [s] : [];
      }),
      sentence: sentenceWith((id) => nodes.get(id), edge),
      ...(authority ? { authorityCaveat: authority } : {}),
    };
  });
}

/**
 * A node's `name` in an export: the file's own `name` when the node was imported with one (a yeast
 * network's "YDL194W", whose label is "SNF3"), else its label. Key columns stay as the file had them;
 * the label shown travels in its own `label` column (format version 5).
 */
export function nodeName(view: ExportView, node: GraphNode): string {
  const own = view.extra?.nodes.get(node.id)?.name;
  return typeof own === 'string' && own.trim() !== '' ? own : node.label;
}

/**
 * An edge's `name` in an export: the file's own when it had one; else, for an imported edge,
 * Cytoscape's "source (interaction) target" with the ends' names; else (the curated graph, whose ids
 * are readable) with the ends' ids, as before.
 */
export function edgeName(view: ExportView, edge: Edge, nodes: ReadonlyMap<string, GraphNode>): string {
  const extra = view.extra?.edges.get(edge.id);
  const own = extra?.name;
  if (typeof own === 'string' && own.trim() !== '') return own;
  if (extra?.imported === true) {
    const end = (id: string) => {
      const n = nodes.get(id);
      return n ? nodeName(view, n) : id;
    };
    return `${end(edge.source)} (${edge.relation}) ${end(edge.target)}`;
  }
  return `${edge.source} (${edge.relation}) ${edge.target}`;
}

/** A value as text for formats without types: lists joined, absent as empty. */
export function asText(value: AttributeValue): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  return String(value);
}

/** An extra column (see ExportView.extra): its name and the one type all its values fit. */
export interface ExtraColumn {
  readonly name: string;
  readonly type: AttributeType;
}

/**
 * The extra columns of one element type, in first-seen order, leaving out names a format already
 * writes (`reserved`). A column whose values mix types is text.
 */
export function extraColumns(
  byId: ExtraAttributes['nodes'] | undefined,
  reserved: ReadonlySet<string>,
): ExtraColumn[] {
  if (!byId) return [];
  const types = new Map<string, AttributeType>();
  for (const attrs of byId.values()) {
    for (const [name, value] of Object.entries(attrs)) {
      if (reserved.has(name)) continue;
      const t = typeOfExtra(value);
      const seen = types.get(name);
      types.set(
        name,
        seen === undefined || seen === t
          ? t
          : seen === 'int' && t === 'double'
            ? 'double'
            : seen === 'double' && t === 'int'
              ? 'double'
              : 'string',
      );
    }
  }
  return [...types].map(([name, type]) => ({ name, type }));
}

const typeOfExtra = (v: ExtraValue): AttributeType =>
  Array.isArray(v)
    ? 'list'
    : typeof v === 'boolean'
      ? 'boolean'
      : typeof v === 'number'
        ? Number.isInteger(v)
          ? 'int'
          : 'double'
        : 'string';

/** An element's value of an extra column, in the column's type (text when the column is text). */
export function extraValue(
  byId: ExtraAttributes['nodes'] | undefined,
  id: string,
  column: ExtraColumn,
): AttributeValue {
  const attrs = byId?.get(id);
  if (!attrs || !Object.prototype.hasOwnProperty.call(attrs, column.name)) return undefined;
  const v = attrs[column.name] as ExtraValue;
  if (column.type === 'list') return Array.isArray(v) ? v : [String(v)];
  if (column.type === 'string') return Array.isArray(v) ? v.join(LIST_SEPARATOR) : String(v);
  return v as AttributeValue;
}

/**
 * The network's own metadata as typed columns (ExportView.metadata), leaving out names a format
 * already writes for itself (`reserved`).
 */
export function metadataColumns(view: ExportView, reserved: ReadonlySet<string>): ExtraColumn[] {
  return view.metadata ? extraColumns(new Map([['', view.metadata]]), reserved) : [];
}

/** A metadata value in its column's type. */
export const metadataValue = (view: ExportView, column: ExtraColumn): AttributeValue =>
  extraValue(view.metadata ? new Map([['', view.metadata]]) : undefined, '', column);

/**
 * The network-level names each format's envelope uses for Nociscope's own facts (format and data
 * version, filters, export date, references): the network's own metadata never takes them, and the
 * importer leaves them out of a re-imported network's metadata when the file is Nociscope's.
 */
export const ENVELOPE_NAMES = {
  cyjs: ['name', 'nociscope', 'sources'],
  cx2: ['name', 'nociscope_format_version', 'data_version', 'filters', 'exported', 'references'],
  graphml: ['nociscope_format_version', 'data_version', 'title', 'filters', 'exported', 'references'],
  csv: ['format_version', 'data_version'],
} as const;
