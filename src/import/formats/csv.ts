// CSV / TSV edge lists, as people write them in spreadsheets and as Nociscope exports them: a header
// row, then one row per relation. Columns (names matched without case, spaces or underscores):
//   source / from / node1 / interactor a   — required: the source node's name or id
//   target / to / node2 / interactor b     — required: the target node's name or id
//   relation / interaction / type          — the relation word, kept (signed only when unambiguous)
//   polarity / sign / effect               — an explicit sign: 1, -1, 0, +, -, positive, negative
//   citation / pmid / doi / reference      — PubMed ids and DOIs become evidence
//   source_label / target_label            — node labels (Nociscope's export)
//   evidence_json                          — every evidence item as JSON (Nociscope's export since
//                                            format version 4; read in build.ts, checked in evidence.ts)
// every other column is kept as an edge attribute. A table with an `id` column and no source/target
// is a nodes table (id, label/name, kind, synonyms, identifiers, x, y…): Nociscope's `-nodes.csv`.
// PSI-MITAB files (IntAct, BioGRID) are recognised by their header and read by mitab.ts; Nociscope's
// own tables (its network table, version columns) by nociscopeTables.ts.
// Read in stages as a set of files (stages.ts): validateCsv reads each file as a table and sorts
// the tables by kind, extractCsv gives each table's nodes and edges as a part reporting into its own
// file, and the shared convert builds the one network.
// The template is public/templates/edge-list-template.csv. Parsing is papaparse's (RFC 4180 quoting).
import Papa from 'papaparse';
import { listOf, setAttribute, type EdgeInput, type NodeInput } from '../build';
import { quote, type ProblemList } from '../problems';
import type { Attributes } from '../types';
import { every, splitAlias, type FormatContext } from './common';
import { cytoscapePlaceholderDash, stringAppLabel } from './desktopConventions';
import { isExtendedHeader, readExtendedSif } from './extendedSif';
import {
  declaredTypes,
  isNetworkTable,
  isOwnTable,
  readNetworkTable,
  unneutralise,
  VERSION_COLUMNS,
  type NetworkTable,
} from './nociscopeTables';
import {
  extractMitab,
  isMitabHeader,
  isMitabRow,
  MITAB_HEADER,
  validateMitab,
  type MitabDocument,
} from './mitab';
import {
  setContext,
  setReaderOf,
  type Extracted,
  type ExtractedPart,
  type SetContext,
  type SetResult,
  type SetSpec,
} from './stages';
import {
  canonicalNames,
  columnTypes,
  cytoscapeEdgeTable,
  EDGE_COLUMNS,
  FI_DIRECTIONS,
  findColumn,
  NODE_COLUMNS,
  nodeFromSide,
  reactomeFiDirection,
  sideColumns,
  SOURCE_COLUMNS,
  splitEdgeName,
  TARGET_COLUMNS,
  typedCell,
  undirectedTable,
  type ColumnType,
  type CsvFile,
  type SideColumn,
  type Table,
} from './tableConventions';

export type { CsvFile } from './tableConventions';

function readTable(file: CsvFile, problems: ProblemList): Table | undefined {
  const tsv = /\.(tsv|tab)$/i.test(file.name);
  const result = Papa.parse<string[]>(file.text, {
    skipEmptyLines: 'greedy',
    ...(tsv ? { delimiter: '\t' } : { delimitersToGuess: [',', '\t', ';', '|'] }),
  });
  for (const e of result.errors.slice(0, 20)) {
    // Papaparse numbers data rows from 0 with the header as row 0; a spreadsheet shows row + 1.
    const row = e.row !== undefined && e.row !== null ? e.row + 1 : undefined;
    if (e.code === 'UndetectableDelimiter') continue; // a one-column table; found below
    const fix =
      e.code === 'MissingQuotes' || e.code === 'InvalidQuotes'
        ? 'Close the quoted field with a second ", and write a " inside a field as "".'
        : 'Give this row as many fields as the header has.';
    problems.warning(`${e.message}`, fix, row !== undefined ? { row } : {});
  }
  const [header, ...rows] = result.data;
  if (!header || header.every((h) => h.trim() === '')) {
    problems.error(
      'the table is empty',
      'The first row names the columns (source, target, relation…); each next row is one relation.',
    );
    return undefined;
  }
  // MITAB as PSICQUIC services return it has no header: its first row is data.
  if (isMitabRow(header))
    return { file, header: [...MITAB_HEADER], rows: [header, ...rows], problems, headerless: true };
  // STRING ("#node1") and BioGRID ("#BioGRID Interaction ID") mark their header row as a comment.
  const trimmed = header.map((h, i) => (i === 0 ? h.trim().replace(/^#+\s*/, '') : h.trim()));
  const own = isOwnTable(trimmed);
  // R's write.table writes row names without a header cell of their own: every row is one cell
  // longer than the header. The first column is then the unnamed row names, and is left out.
  if (rows.length > 0 && rows.every((cells) => cells.length === trimmed.length + 1)) trimmed.unshift('');
  return {
    file,
    header: trimmed,
    rows: own ? rows.map((cells) => cells.map(unneutralise)) : rows,
    problems,
  };
}

/**
 * True when a tab-separated first line is the header of an edge table this reader knows (STRING,
 * BioGRID…), even behind a "#": such a download saved as .txt reaches the SIF reader, which hands it
 * over. Four columns at least, so SIF's own "source interaction target" header stays SIF's.
 */
export function isEdgeTableHeader(line: string): boolean {
  if (isMitabRow(line.split('\t'))) return true;
  const header = line
    .replace(/^#+\s*/, '')
    .split('\t')
    .map((h) => h.trim());
  return (
    header.length >= 4 &&
    (isMitabHeader(header) ||
      (findColumn(header, SOURCE_COLUMNS) >= 0 && findColumn(header, TARGET_COLUMNS) >= 0))
  );
}

/** What validation hands on: the tables by kind, in the order they are read, and the network table. */
export interface CsvDocument {
  /** Nodes tables (an id column, no source and target): Nociscope's `-nodes.csv`, Cytoscape's node table. */
  readonly nodeTables: readonly Table[];
  readonly mitabTables: readonly MitabDocument[];
  /** Edge tables: source and target columns, or Cytoscape's edge table ("A (pp) B" names). */
  readonly edgeTables: readonly Table[];
  /** Nociscope's network table: the network's name and metadata, and its columns' types. */
  readonly network?: NetworkTable;
}

/** Column names of a nodes table's id, first found wins. */
const NODE_ID_COLUMNS = ['id', 'name', 'node', 'label'];

type TableKind = 'network' | 'mitab' | 'edges' | 'nodes' | 'unknown';
const kindOf = (t: Table): TableKind =>
  isNetworkTable(t)
    ? 'network'
    : validateMitab(t)
      ? 'mitab'
      : (findColumn(t.header, SOURCE_COLUMNS) >= 0 && findColumn(t.header, TARGET_COLUMNS) >= 0) ||
          cytoscapeEdgeTable(t)
        ? 'edges'
        : findColumn(t.header, NODE_ID_COLUMNS) >= 0
          ? 'nodes'
          : 'unknown';

/**
 * Stage 1: each file as a table (papaparse's quoting problems as warnings with their row), sorted by
 * kind; a table that is none of them is an error. Nothing when no file holds a table.
 */
export function validateCsv(ctx: SetContext): CsvDocument | undefined {
  const tables = ctx.files.flatMap((f, i) => {
    const t = readTable(f, ctx.lists[i]!);
    return t ? [t] : [];
  });
  if (tables.length === 0) return undefined;
  const kinds = tables.map(kindOf);
  tables.forEach((t, i) => {
    if (kinds[i] !== 'unknown') return;
    t.problems.error(
      `no source and target columns were found (the header is ${quote(t.header.join(', '), 80)})`,
      'Name the columns "source" and "target" (and optionally "relation", "citation"); see the template edge-list-template.csv.',
      { row: 1 },
    );
  });
  const of = (kind: TableKind) => tables.filter((_, i) => kinds[i] === kind);
  const network = of('network').map(readNetworkTable)[0];
  return {
    nodeTables: of('nodes'),
    mitabTables: of('mitab').map((t) => validateMitab(t)!),
    edgeTables: of('edges'),
    ...(network ? { network } : {}),
  };
}

/**
 * Stage 2: nodes tables first (the edges refer to their ids), then MITAB and edge tables, each an
 * extracted part reporting into its own file's list. An edge's end that no table declared becomes a
 * node, described by the row it first appears in.
 */
export function extractCsv(ctx: SetContext, doc: CsvDocument): Extracted {
  const { nodeTables, mitabTables, edgeTables, network } = doc;
  const total = [...nodeTables, ...mitabTables, ...edgeTables].reduce((s, t) => s + t.rows.length, 0);
  let done = 0;
  const every2000 = every(ctx.progress, total, 0.3, 0.75);
  const tick = () => every2000(done++);
  const named = new Set<string>();
  const parts: ExtractedPart[] = [
    ...nodeTables.map((t) => extractNodeTable(t, network, named, tick)),
    ...mitabTables.map((t) => extractMitab(t, named, tick)),
    ...edgeTables.map((t) => extractEdgeTable(t, network, named, tick)),
  ];
  // STRING's associations, BioGRID's and MITAB's interactions have no direction: a network made only
  // of them is undirected (drawn without arrow heads).
  const undirected = edgeTables.length + mitabTables.length > 0 && edgeTables.every(undirectedTable);
  return {
    ...(network?.name ? { name: network.name } : {}),
    ...(undirected ? { directed: false } : {}),
    attributes: { ...network?.attributes },
    nodes: [],
    edges: [],
    parts,
  };
}

/** A nodes table's rows as nodes: id, label, kind, identifiers, x/y and the rest as attributes. */
export function extractNodeTable(
  t: Table,
  network: NetworkTable | undefined,
  named: Set<string> = new Set(),
  tick: () => void = () => {},
): ExtractedPart {
  const nodes: NodeInput[] = [];
  const idCol = findColumn(t.header, NODE_ID_COLUMNS);
  const own = t.header.includes('format_version');
  // Nociscope's nodes table is typed by the network table's node columns (not its edge columns).
  const typed = own ? declaredTypes(t.header, network?.nodes) : undefined;
  const types = typed ? typed.types : columnTypes(t);
  const cytoscape = t.header.includes('SUID') && t.header.includes('shared name');
  const nodeNames = canonicalNames(t, NODE_COLUMNS);
  t.rows.forEach((cells, r) => {
    tick();
    const row = r + 2;
    const id = (cells[idCol] ?? '').trim();
    if (!id) {
      t.problems.error('the row has no node id', `Fill in the ${quote(t.header[idCol])} column.`, {
        row,
        field: t.header[idCol],
      });
      return;
    }
    const attributes = rowAttributes(nodeNames, cells, [idCol], types, typed?.lists);
    // Cytoscape's node table: its alias list (joined by "|" or, in older versions, a carriage
    // return) holds other names and, for networks from NDEx, database ids.
    const alias =
      cytoscape && typeof attributes.alias === 'string'
        ? splitAlias(attributes.alias.split(/[|\r]/).map((a) => a.trim()))
        : undefined;
    if (alias) delete attributes.alias;
    // "display name" is read as display_name (tableConventions.ts NODE_COLUMNS).
    const shown = stringAppLabel({ name: id, 'display name': attributes.display_name });
    named.add(id);
    nodes.push({
      id,
      attributes,
      ...(shown ? { label: shown } : {}),
      ...(alias ? { identifiers: alias.identifiers, synonyms: alias.synonyms } : {}),
      positionFromAttributes: true,
      where: { row },
    });
  });
  return { problems: t.problems, nodes, edges: [] };
}

/**
 * An edge table's rows as edges, and each end not yet `named` as a node (its label and side columns
 * from the row it first appears in). The columns that describe one end (STRING's node1_string_id,
 * BioGRID's "… Interactor A") go to that end's node, never to the edge.
 */
export function extractEdgeTable(
  t: Table,
  network: NetworkTable | undefined,
  named: Set<string> = new Set(),
  tick: () => void = () => {},
): ExtractedPart {
  const nodes: NodeInput[] = [];
  const edges: EdgeInput[] = [];
  const cy = cytoscapeEdgeTable(t);
  const s = cy ? cy.name : findColumn(t.header, SOURCE_COLUMNS);
  const tg = cy ? cy.name : findColumn(t.header, TARGET_COLUMNS);
  const sl = findColumn(t.header, ['sourcelabel']);
  const tl = findColumn(t.header, ['targetlabel']);
  const idCol = findColumn(t.header, ['id']);
  const own = t.header.includes('format_version');
  const sides = own || cy ? { source: [], target: [], columns: [] } : sideColumns(t.header, s, tg);
  // Nociscope's edges table is typed by the network table's edge columns (not its node columns).
  const typed = own ? declaredTypes(t.header, network?.edges) : undefined;
  const types = typed ? typed.types : columnTypes(t);
  const edgeNames = own ? t.header : canonicalNames(t, EDGE_COLUMNS);
  const skip = [...(cy ? [] : [s, tg]), sl, tl, ...sides.columns, idCol].filter((i) => i >= 0);
  const fi = own || cy ? -1 : reactomeFiDirection(t);
  // Cytoscape's "-" on every edge is the placeholder its GraphML reader gives (desktopConventions.ts).
  const dash =
    cy !== undefined &&
    cytoscapePlaceholderDash(
      t.problems,
      t.rows.map((cells) => cells[cy.interaction] ?? ''),
    );
  const addEnd = (
    id: string,
    cells: string[],
    row: number,
    labelCol: number,
    side: readonly SideColumn[],
  ) => {
    if (named.has(id)) return;
    named.add(id);
    const label = labelCol >= 0 ? (cells[labelCol] ?? '').trim() : '';
    nodes.push({ id, ...nodeFromSide(side, cells, types), label: label || id, where: { row } });
  };
  t.rows.forEach((cells, r) => {
    tick();
    const row = r + 2;
    if (cells.length === 1 && cells[0]!.trim() === '') return;
    const ends = cy ? splitEdgeName(cells[cy.name] ?? '', cells[cy.interaction] ?? '') : undefined;
    if (cy && !ends) {
      t.problems.error(
        `the edge name ${quote(cells[cy.name] ?? '')} is not "source (interaction) target"`,
        'Export the edge table again from Cytoscape, or add "source" and "target" columns.',
        { row, field: t.header[cy.name] },
      );
      return;
    }
    const source = ends ? ends[0] : (cells[s] ?? '').trim();
    const target = ends ? ends[1] : (cells[tg] ?? '').trim();
    for (const [col, v] of [
      [s, source],
      [tg, target],
    ] as const) {
      if (!v) {
        t.problems.error(
          `the ${quote(t.header[col])} cell is empty`,
          'Every row needs a source and a target; fill it in or delete the row.',
          { row, field: t.header[col] },
        );
      }
    }
    if (!source || !target) return;
    addEnd(source, cells, row, sl, sides.source);
    addEnd(target, cells, row, tl, sides.target);
    const attributes = rowAttributes(edgeNames, cells, skip, types, typed?.lists);
    if (dash) delete attributes.interaction;
    // Nociscope's CSV lists the ids of the sources a relation cites in "sources".
    const evidence =
      own && typeof attributes.sources === 'string'
        ? listOf(attributes.sources).map((source) => ({ source }))
        : [];
    if (own) delete attributes.sources;
    const dir = fi >= 0 ? FI_DIRECTIONS[(cells[fi] ?? '').trim()] : undefined;
    // Reactome FI's "-": the pair interacts (a complex, an input, a prediction) in no direction.
    if (fi >= 0 && (cells[fi] ?? '').trim() === '-') attributes.directed = false;
    edges.push({
      id: idCol >= 0 ? (cells[idCol] ?? '').trim() : '',
      source: dir?.reversed ? target : source,
      target: dir?.reversed ? source : target,
      ...(dir ? { interaction: dir.interaction } : {}),
      attributes,
      evidence,
      where: { row },
    });
  });
  return { problems: t.problems, nodes, edges };
}

/** CSV/TSV tables as one network, in three stages (stages.ts). */
export const CSV_SPEC: SetSpec<CsvDocument> = {
  format: 'csv',
  validate: validateCsv,
  extract: extractCsv,
};

const readTables = setReaderOf(CSV_SPEC);

/**
 * Read one or more CSV/TSV files (edge tables and nodes tables) as one network; Pathway Commons'
 * extended SIF saved as .tsv (two tables in one file) goes to its own reader, extendedSif.ts.
 */
export function parseCsvFiles(files: readonly CsvFile[], progress: FormatContext['progress']): SetResult {
  const lines = files.length === 1 ? files[0]!.text.split(/\r\n|\n|\r/) : [];
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first >= 0 && isExtendedHeader(lines[first]!)) {
    const ctx = setContext(files, progress);
    const network = readExtendedSif(ctx, lines, first);
    return { ...(network ? { network } : {}), problems: [...ctx.lists] };
  }
  return readTables(files, progress);
}

/**
 * A row's non-empty cells as attributes, typed by their column (lists split where the network table
 * says a column is one); the version columns of Nociscope's tables are its export's, not the network's.
 */
function rowAttributes(
  header: string[],
  cells: string[],
  skip: number[],
  types: readonly ColumnType[] = [],
  lists?: ReadonlySet<number>,
): Attributes {
  const out: Attributes = {};
  header.forEach((h, i) => {
    if (skip.includes(i) || h === '') return;
    const v = cells[i];
    if (v === undefined || v.trim() === '') return;
    if (VERSION_COLUMNS.includes(h)) return;
    // BioGRID writes "-" for a missing score: in a column of numbers it is no value.
    if (types[i] === 'number' && v.trim() === '-') return;
    setAttribute(out, h, lists?.has(i) ? listOf(v) : typedCell(v, types[i]));
  });
  return out;
}
