// CSV per RFC 4180: CRLF line ends, a header row, fields quoted when they hold a comma, quote, CR or
// LF, inner quotes doubled. Two tables, nodes and edges; the edges table (one row per relation, with
// its citations) is the one a spreadsheet user wants, so it is the single-file format.
//
// Version envelope: a comment line before the header would break spreadsheets and strict parsers,
// so the version travels as the last two columns of every row instead (`format_version`, the
// Nociscope export format, and `data_version`, the hash of graph-data). Every row stays a plain,
// valid record and the header stays the first line.
import { shortCitation } from './citation';
import {
  asText,
  edgeContexts,
  ENVELOPE_NAMES,
  metadataColumns,
  metadataValue,
  EVIDENCE_JSON,
  evidenceJson,
  extraColumns,
  extraValue,
  NODE_COLUMNS,
  type AttributeValue,
} from './records';
import { withUniqueIds } from './uniqueIds';
import { EXPORT_FORMAT_VERSION, positionOf, type ExportView } from './view';

const CRLF = '\r\n';

/**
 * CSV injection (OWASP): a spreadsheet runs a cell starting with =, +, - or @ (or tab or CR before
 * one) as a formula, which can fetch URLs or run commands. Text cells starting with any of these get
 * a leading apostrophe, which spreadsheets show as plain text. Numbers are written as numbers, so a
 * polarity of -1 or a negative x/y coordinate keeps its sign; only text is neutralised.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * Text that starts with apostrophes and then a formula character gets one more apostrophe too, so
 * Nociscope's importer can take exactly one off every cell that starts like this and get the text
 * back as it was (src/import/formats/csv.ts, unneutralise).
 */
const NEUTRALISED_LOOK = /^'+[=+\-@\t\r]/;

/** One field, neutralised when it is text that would start a formula, quoted only when RFC 4180 requires it. */
export function csvField(value: AttributeValue): string {
  const raw = asText(value);
  const text =
    typeof value !== 'number' && (FORMULA_START.test(raw) || NEUTRALISED_LOOK.test(raw)) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const table = (header: readonly string[], rows: readonly AttributeValue[][]) =>
  [header, ...rows].map((row) => row.map(csvField).join(',')).join(CRLF) + CRLF;

const version = (view: ExportView): AttributeValue[] => [EXPORT_FORMAT_VERSION, view.meta.dataVersion];

/**
 * Nodes: id, the node columns shared with GraphML and CX2, the node's `x` and `y` in the curated
 * lanes layout (as in the app, +y down), then the version columns.
 */
export function toNodesCsv(view: ExportView): string {
  const base = ['id', ...NODE_COLUMNS.map((c) => c.name), 'x', 'y'];
  // Extra attributes (imported layers) go before the version columns, which stay last.
  const extras = extraColumns(view.extra?.nodes, new Set([...base, 'format_version', 'data_version']));
  return table(
    [...base, ...extras.map((c) => c.name), 'format_version', 'data_version'],
    view.nodes.map((n) => {
      const { x, y } = positionOf(view, n.id);
      return [
        n.id,
        ...NODE_COLUMNS.map((c) => c.get(n)),
        x,
        y,
        ...extras.map((c) => extraValue(view.extra?.nodes, n.id, c)),
        ...version(view),
      ];
    }),
  );
}

const EDGE_HEADER = [
  'id',
  'source',
  'source_label',
  'relation',
  'target',
  'target_label',
  'sentence',
  'polarity',
  'mechanism',
  'location',
  'phase',
  'species',
  'duration',
  'evidence_kinds',
  'sources',
  'citations',
  'dois',
  'caveat',
  'authority_caveat',
  // Every evidence item as JSON (see EVIDENCE_JSON in records.ts); it starts with "[", never a formula.
  EVIDENCE_JSON,
  'format_version',
  'data_version',
] as const;

/** Edges: one row per relation, with the ids, short citations and DOIs of the sources it rests on. */
export function toEdgesCsv(input: ExportView): string {
  const view = withUniqueIds(input);
  const label = new Map(view.nodes.map((n) => [n.id, n.label]));
  const extras = extraColumns(view.extra?.edges, new Set<string>(EDGE_HEADER));
  const header = [...EDGE_HEADER.slice(0, -2), ...extras.map((c) => c.name), ...EDGE_HEADER.slice(-2)];
  return table(
    header,
    edgeContexts(view).map((ctx) => {
      const { edge: e, cited, sentence, authorityCaveat } = ctx;
      return [
        e.id,
        e.source,
        label.get(e.source),
        e.relation,
        e.target,
        label.get(e.target),
        sentence,
        e.polarity,
        e.group,
        e.context?.location,
        e.context?.phase,
        e.context?.species,
        e.context?.duration,
        [...new Set(e.evidence.map((ev) => ev.kind))],
        cited.map((s) => s.id),
        cited.map(shortCitation),
        cited.flatMap((s) => (s.doi ? [s.doi] : [])),
        e.caveat,
        authorityCaveat,
        evidenceJson(ctx),
        ...extras.map((c) => extraValue(view.extra?.edges, e.id, c)),
        ...version(view),
      ];
    }),
  );
}

/** The header of the network table, the CSV export's third file. */
export const NETWORK_TABLE_HEADER = ['scope', 'name', 'type', 'value'] as const;

/**
 * The network table (`-network.csv`), what CSV has no place for in the other two: one row per fact,
 * `scope,name,type,value`. Scope "network": the network's name and its own metadata (author, licence,
 * description…), each with its type; scope "nodes" or "edges": the type of each extra column of that
 * table (int, double, boolean, list, string), so an imported network's columns come back typed.
 * Chosen over typed headers ("score::double"), which would rename every column for spreadsheets,
 * pandas and Cytoscape's table import; this table is itself plain CSV they all read.
 */
export function toNetworkCsv(input: ExportView): string {
  const view = withUniqueIds(input);
  const nodeBase = new Set([
    'id',
    ...NODE_COLUMNS.map((c) => c.name),
    'x',
    'y',
    'format_version',
    'data_version',
  ]);
  const rows: AttributeValue[][] = [
    ['network', 'name', 'string', view.meta.title],
    ...metadataColumns(view, new Set(['name', ...ENVELOPE_NAMES.csv])).map((c) => [
      'network',
      c.name,
      c.type,
      asText(metadataValue(view, c)),
    ]),
    ...extraColumns(view.extra?.nodes, nodeBase).map((c) => ['nodes', c.name, c.type, '']),
    ...extraColumns(view.extra?.edges, new Set<string>(EDGE_HEADER)).map((c) => [
      'edges',
      c.name,
      c.type,
      '',
    ]),
  ];
  return table(NETWORK_TABLE_HEADER, rows);
}

/** The single-file CSV format: the edges table (the CLI writes the nodes table beside it). */
export const toCsv = toEdgesCsv;
