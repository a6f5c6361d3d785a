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
// PSI-MITAB files (IntAct, BioGRID) are recognised by their header and read by mitab.ts.
// The template is public/templates/edge-list-template.csv. Parsing is papaparse's (RFC 4180 quoting).
import Papa from 'papaparse';
import { listOf, NetworkBuilder, setAttribute } from '../build';
import { ProblemList, quote } from '../problems';
import type { Attributes, AttributeScalar, ImportedNetwork } from '../types';
import { baseName, cytoscapePlaceholderDash, every, splitAlias, type FormatContext } from './common';
import { isMitabHeader, readMitab } from './mitab';

const norm = (h: string) => h.toLowerCase().replace(/[\s_\-.]+/g, '');
const SOURCE_COLUMNS = [
  'source',
  'from',
  'sourcenode',
  'node1',
  'interactora',
  'gene1',
  'protein1',
  'regulator',
  'sourcename',
  // BioGRID's tab2 export: the symbol names the node; the Entrez id becomes an identifier.
  'officialsymbolinteractora',
];
const TARGET_COLUMNS = [
  'target',
  'to',
  'targetnode',
  'node2',
  'interactorb',
  'gene2',
  'protein2',
  'regulated',
  'targetname',
  'officialsymbolinteractorb',
];
/** Columns Nociscope writes into every row for the file's version: kept once, as network attributes. */
const VERSION_COLUMNS = ['format_version', 'data_version'];

export interface CsvFile {
  readonly name: string;
  readonly text: string;
}

interface Table {
  readonly file: CsvFile;
  readonly header: string[];
  readonly rows: string[][];
  readonly problems: ProblemList;
}

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
  // STRING ("#node1") and BioGRID ("#BioGRID Interaction ID") mark their header row as a comment.
  const trimmed = header.map((h, i) => (i === 0 ? h.trim().replace(/^#+\s*/, '') : h.trim()));
  const own = trimmed.includes('format_version');
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
 * Nociscope's CSV export puts an apostrophe before text that a spreadsheet would run as a formula
 * (=, +, -, @, tab, CR), and one more before text that already starts with apostrophes and then one of
 * those (src/export/csv.ts). In its own tables (those with a format_version column) exactly one is
 * taken off again, so a label such as "-ve feedback" comes back as it was. Other tools' files are
 * read as they are.
 */
const NEUTRALISED = /^'+[=+\-@\t\r]/;
const unneutralise = (cell: string) => (NEUTRALISED.test(cell) ? cell.slice(1) : cell);

const findColumn = (header: string[], names: readonly string[]) => {
  const n = header.map(norm);
  for (const name of names) {
    const i = n.indexOf(name);
    if (i >= 0) return i;
  }
  return -1;
};

/**
 * True when a tab-separated first line is the header of an edge table this reader knows (STRING,
 * BioGRID…), even behind a "#": such a download saved as .txt reaches the SIF reader, which hands it
 * over. Four columns at least, so SIF's own "source interaction target" header stays SIF's.
 */
export function isEdgeTableHeader(line: string): boolean {
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

/** Read one or more CSV/TSV files (edge tables and nodes tables) as one network. */
export function parseCsvFiles(
  files: readonly CsvFile[],
  progress: FormatContext['progress'],
): { network?: ImportedNetwork; problems: ProblemList[] } {
  const lists = files.map((f) => new ProblemList(f.name));
  // Edge ends refer to nodes from every table, so one builder reports into the first file's list
  // and each table's own problems carry their own file name.
  const tables = files.flatMap((f, i) => {
    const t = readTable(f, lists[i]!);
    return t ? [t] : [];
  });
  const kind = (t: Table) =>
    isMitabHeader(t.header)
      ? 'mitab'
      : (findColumn(t.header, SOURCE_COLUMNS) >= 0 && findColumn(t.header, TARGET_COLUMNS) >= 0) ||
          cytoscapeEdgeTable(t)
        ? 'edges'
        : findColumn(t.header, ['id', 'name', 'node', 'label']) >= 0
          ? 'nodes'
          : 'unknown';
  const netAttrs: Attributes = {};
  // One network, one builder; its problems go to the list of the table being read.
  const shared = new NetworkBuilder(lists[0] ?? new ProblemList('(none)'), 'csv');
  const forTable = (t: Table) => {
    shared.problems = t.problems;
    return shared;
  };
  for (const t of tables) {
    if (kind(t) === 'unknown') {
      t.problems.error(
        `no source and target columns were found (the header is ${quote(t.header.join(', '), 80)})`,
        'Name the columns "source" and "target" (and optionally "relation", "citation"); see the template edge-list-template.csv.',
        { row: 1 },
      );
    }
  }
  const nodeTables = tables.filter((t) => kind(t) === 'nodes');
  const edgeTables = tables.filter((t) => kind(t) === 'edges');
  const mitabTables = tables.filter((t) => kind(t) === 'mitab');
  const total = tables.reduce((s, t) => s + t.rows.length, 0);
  let done = 0;
  const tick = every(progress, total, 0.3, 0.9);

  for (const t of nodeTables) {
    const b = forTable(t);
    const idCol = findColumn(t.header, ['id', 'name', 'node', 'label']);
    const types = t.header.includes('format_version') ? [] : columnTypes(t);
    const cytoscape = t.header.includes('SUID') && t.header.includes('shared name');
    const nodeNames = canonicalNames(t, NODE_COLUMNS);
    t.rows.forEach((cells, r) => {
      tick(done++);
      const row = r + 2;
      const id = (cells[idCol] ?? '').trim();
      if (!id) {
        t.problems.error('the row has no node id', `Fill in the ${quote(t.header[idCol])} column.`, {
          row,
          field: t.header[idCol],
        });
        return;
      }
      const attributes = rowAttributes(nodeNames, cells, [idCol], netAttrs, types);
      // Cytoscape's node table: its alias list (joined by "|" or, in older versions, a carriage
      // return) holds other names and, for networks from NDEx, database ids.
      const alias =
        cytoscape && typeof attributes.alias === 'string'
          ? splitAlias(attributes.alias.split(/[|\r]/).map((a) => a.trim()))
          : undefined;
      if (alias) delete attributes.alias;
      b.addNode({
        id,
        attributes,
        ...(alias ? { identifiers: alias.identifiers, synonyms: alias.synonyms } : {}),
        positionFromAttributes: true,
        where: { row },
      });
    });
  }

  for (const t of mitabTables) readMitab(t.rows, forTable(t), t.problems, () => tick(done++));

  for (const t of edgeTables) {
    const b = forTable(t);
    const cy = cytoscapeEdgeTable(t);
    const s = cy ? cy.name : findColumn(t.header, SOURCE_COLUMNS);
    const tg = cy ? cy.name : findColumn(t.header, TARGET_COLUMNS);
    const sl = findColumn(t.header, ['sourcelabel']);
    const tl = findColumn(t.header, ['targetlabel']);
    const own = t.header.includes('format_version');
    const sides = own || cy ? { source: [], target: [], columns: [] } : sideColumns(t.header, s, tg);
    const types = own ? [] : columnTypes(t);
    const edgeNames = own ? t.header : canonicalNames(t, EDGE_COLUMNS);
    const fi = own || cy ? -1 : reactomeFiDirection(t);
    // Cytoscape's "-" on every edge is the placeholder its GraphML reader gives (common.ts).
    const dash =
      cy !== undefined &&
      t.rows.length > 0 &&
      t.rows.every((cells) => (cells[cy.interaction] ?? '').trim() === '-');
    if (dash) cytoscapePlaceholderDash(t.problems, t.rows.length);
    t.rows.forEach((cells, r) => {
      tick(done++);
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
      const addEnd = (id: string, labelCol: number, side: readonly SideColumn[]) => {
        if (b.hasNode(id)) return;
        const label = labelCol >= 0 ? (cells[labelCol] ?? '').trim() : '';
        b.addNode({
          id,
          ...nodeFromSide(side, cells, types),
          ...(label ? { label } : { label: id }),
          where: { row },
        });
      };
      addEnd(source, sl, sides.source);
      addEnd(target, tl, sides.target);
      const skip = [...(cy ? [] : [s, tg]), sl, tl, ...sides.columns].filter((i) => i >= 0);
      const idCol = findColumn(t.header, ['id']);
      if (idCol >= 0) skip.push(idCol);
      const attributes = rowAttributes(edgeNames, cells, skip, netAttrs, types);
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
      b.addEdge({
        id: idCol >= 0 ? (cells[idCol] ?? '').trim() : '',
        source: dir?.reversed ? target : source,
        target: dir?.reversed ? source : target,
        ...(dir ? { interaction: dir.interaction } : {}),
        attributes,
        evidence,
        where: { row },
      });
    });
  }
  const problems = lists;
  if (tables.length === 0) return { problems };
  shared.problems = lists[0]!;
  // STRING's associations, BioGRID's and MITAB's interactions have no direction: a network made only
  // of them is undirected (drawn without arrow heads).
  const undirected = edgeTables.length + mitabTables.length > 0 && edgeTables.every(undirectedTable);
  const network = shared.finish({
    name: baseName(files[0]!.name),
    fileNames: files.map((f) => f.name),
    ...(undirected ? { directed: false } : {}),
    attributes: netAttrs,
  });
  // An error in any table blocks the whole network.
  if (lists.some((l) => l.hasErrors)) return { problems };
  return { ...(network ? { network } : {}), problems };
}

/**
 * Columns the network builder reads by their exact name (build.ts), as spreadsheets capitalise or
 * space them ("Relation", "Interaction Type", "Sign", "Synonyms"): normalised name → the builder's.
 */
const EDGE_COLUMNS: Readonly<Record<string, string>> = {
  interaction: 'interaction',
  relation: 'relation',
  interactiontype: 'interaction_type',
  relationship: 'relationship',
  type: 'type',
  label: 'label',
  polarity: 'polarity',
  sign: 'sign',
  effect: 'effect',
  directionsign: 'direction_sign',
};
const NODE_COLUMNS: Readonly<Record<string, string>> = {
  kind: 'kind',
  type: 'type',
  nodetype: 'node_type',
  represents: 'represents',
  identifiers: 'identifiers',
  identifier: 'identifier',
  xref: 'xref',
  xrefs: 'xrefs',
  curie: 'curie',
  synonyms: 'synonyms',
  synonym: 'synonym',
  aliases: 'aliases',
  othernames: 'other_names',
  displayname: 'display_name',
  x: 'x',
  y: 'y',
};

/**
 * The attribute name of each column: the builder's own name for a column it reads (when the table
 * has no column of exactly that name), the header as written otherwise. Gephi's edge "Type" column
 * (Directed / Undirected) says nothing about the relation and keeps its name.
 */
function canonicalNames(t: Table, names: Readonly<Record<string, string>>): string[] {
  return t.header.map((h) => {
    const key = norm(h);
    const canonical = Object.prototype.hasOwnProperty.call(names, key) ? names[key]! : undefined;
    if (!canonical || canonical === h || t.header.includes(canonical)) return h;
    if (names === EDGE_COLUMNS && canonical === 'type' && gephiEdgeType(t, t.header.indexOf(h))) return h;
    return canonical;
  });
}

const gephiEdgeType = (t: Table, col: number) =>
  t.rows.every((cells) => /^(?:directed|undirected|mixed|)$/i.test((cells[col] ?? '').trim()));

/** STRING's interactions export (node1, node2, combined_score) or BioGRID's tab2/tab3. */
function undirectedTable(t: Table): boolean {
  const n = t.header.map(norm);
  return (
    (n.includes('node1') && n.includes('node2') && n.includes('combinedscore')) ||
    (n.includes('officialsymbolinteractora') && n.includes('officialsymbolinteractorb'))
  );
}

/**
 * Reactome's functional interaction network (FIsInGene_…_with_annotations.txt: Gene1, Gene2,
 * Annotation, Direction, Score): the Direction column's index, or -1 for any other table.
 */
function reactomeFiDirection(t: Table): number {
  const n = t.header.map(norm);
  return n[0] === 'gene1' && n[1] === 'gene2' ? n.indexOf('direction') : -1;
}

/**
 * Reactome FI's direction marks, read from Gene1 to Gene2: "->" activates or catalyses, "-|"
 * inhibits, "<-" and "|-" the same from Gene2 to Gene1 (the edge is turned round), two-way marks
 * kept as they are. "-" (no direction: complexes, predictions) and anything else give no relation
 * word; the Direction column is kept either way.
 */
const FI_DIRECTIONS: Readonly<Record<string, { interaction: string; reversed?: true }>> = Object.assign(
  Object.create(null) as Record<string, { interaction: string; reversed?: true }>,
  {
    '->': { interaction: '->' },
    '-|': { interaction: '-|' },
    '<-': { interaction: '->', reversed: true },
    '|-': { interaction: '-|', reversed: true },
    '<->': { interaction: '<->' },
    '|-|': { interaction: '|-|' },
    '<-|': { interaction: '<-|' },
    '|->': { interaction: '|->' },
  },
);

/** A row's non-empty cells as attributes, typed by their column; version columns go to the network once. */
function rowAttributes(
  header: string[],
  cells: string[],
  skip: number[],
  netAttrs: Attributes,
  types: readonly ColumnType[] = [],
): Attributes {
  const out: Attributes = {};
  header.forEach((h, i) => {
    if (skip.includes(i) || h === '') return;
    const v = cells[i];
    if (v === undefined || v.trim() === '') return;
    if (VERSION_COLUMNS.includes(h)) {
      if (!Object.prototype.hasOwnProperty.call(netAttrs, h)) setAttribute(netAttrs, h, v);
      return;
    }
    // BioGRID writes "-" for a missing score: in a column of numbers it is no value.
    if (types[i] === 'number' && v.trim() === '-') return;
    setAttribute(out, h, typedCell(v, types[i]));
  });
  return out;
}

type ColumnType = 'number' | 'boolean' | undefined;
const SIGN_COLUMNS = ['polarity', 'sign', 'effect', 'directionsign'];

/** A decimal number as spreadsheets write it; no leading zeros, so ids such as "007" stay text. */
const NUMBER = /^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$|^[+-]?0?\.\d+$/;
const BOOLEAN = /^(?:true|false)$/i;

/**
 * Each column's type, as Cytoscape infers it when it imports a table: a column whose every filled cell
 * is a number (or "-", BioGRID's missing value) is numbers (STRING's scores, Cytoscape's SUID), one of only true/false is booleans
 * (Cytoscape's "selected"); any other stays text. Nociscope's own tables are read as text, as written.
 */
function columnTypes(t: Table): ColumnType[] {
  return t.header.map((h, i) => {
    // A sign column stays text: "-" is a sign there, and build.ts reads "1" and "-1" as written.
    if (SIGN_COLUMNS.includes(norm(h))) return undefined;
    let type: ColumnType;
    for (const cells of t.rows) {
      const v = (cells[i] ?? '').trim();
      if (v === '' || v === '-') continue;
      const here = NUMBER.test(v) ? 'number' : BOOLEAN.test(v) ? 'boolean' : undefined;
      if (here === undefined || (type !== undefined && here !== type)) return undefined;
      type = here;
    }
    return type;
  });
}

const typedCell = (v: string, type: ColumnType): AttributeScalar => {
  if (type === 'number') {
    const n = Number(v.trim());
    return Number.isFinite(n) ? n : v;
  }
  if (type === 'boolean') return v.trim().toLowerCase() === 'true';
  return v;
};

/**
 * Cytoscape desktop's edge table export (File > Export > Table to File): no source or target column,
 * but every edge's "name" is "source (interaction) target" beside its "interaction" column.
 */
function cytoscapeEdgeTable(t: Table): { name: number; interaction: number } | undefined {
  if (findColumn(t.header, SOURCE_COLUMNS) >= 0 && findColumn(t.header, TARGET_COLUMNS) >= 0)
    return undefined;
  const name = t.header.indexOf('name');
  const interaction = findColumn(t.header, ['interaction', 'sharedinteraction']);
  if (name < 0 || interaction < 0) return undefined;
  const first = t.rows.find((cells) => (cells[name] ?? '').trim() !== '');
  return first && splitEdgeName(first[name]!, first[interaction] ?? '') ? { name, interaction } : undefined;
}

/** "A (pp) B" with the interaction "pp" → ["A", "B"]; undefined when the name is not of that shape. */
function splitEdgeName(name: string, interaction: string): [string, string] | undefined {
  const n = name.trim();
  const i = interaction.trim();
  const at = i !== '' ? n.indexOf(` (${i}) `) : -1;
  const m = at >= 0 ? undefined : /^(.+?) \(([^()]*)\) (.+)$/.exec(n);
  const [a, b] = at >= 0 ? [n.slice(0, at), n.slice(at + i.length + 4)] : m ? [m[1]!, m[3]!] : ['', ''];
  return a.trim() && b.trim() ? [a.trim(), b.trim()] : undefined;
}

/** A column that describes one end of each edge ("node1_string_id", "Entrez Gene Interactor A"). */
interface SideColumn {
  readonly index: number;
  /** The header without its side ("string_id", "Entrez Gene"). */
  readonly name: string;
  readonly role: 'attribute' | 'synonyms' | 'identifier';
  readonly prefix?: string;
}

/** Words that tell a column's side, as source/target pairs (normalised). */
const SIDE_MARKERS: readonly (readonly [string, string])[] = [
  ['node1', 'node2'],
  ['interactora', 'interactorb'],
  ['participanta', 'participantb'],
  ['protein1', 'protein2'],
  ['gene1', 'gene2'],
  ['source', 'target'],
];

const IDENTIFIER_COLUMNS: readonly (readonly [RegExp, string])[] = [
  [/^(?:entrez(?:gene)?(?:id)?|ncbigene(?:id)?|geneid)$/, 'NCBIGene'],
  [/^uniprot(?:kb)?(?:id|ac|accessions?)?$|^swissprot(?:accessions?)?$/, 'UniProt'],
  [/^hgnc(?:id)?$/, 'HGNC'],
];

/** A marker as a pattern that allows separators between its letters ("interactor a", "node_1"). */
const markerPattern = (marker: string, where: 'start' | 'end') => {
  const letters = marker.split('').join('[\\s_\\-.]*');
  return new RegExp(where === 'start' ? `^${letters}[\\s_\\-.]*` : `[\\s_\\-.]*${letters}$`, 'i');
};

/**
 * Columns that come in pairs, one per end of the edge (STRING's node1_string_id / node2_string_id,
 * BioGRID's "Entrez Gene Interactor A" / "… B"): they describe the nodes, not the edge. Identifier
 * columns (Entrez, UniProt, HGNC) become identifiers, synonym columns synonyms, the rest node attributes.
 */
function sideColumns(
  header: string[],
  s: number,
  tg: number,
): { source: SideColumn[]; target: SideColumn[]; columns: number[] } {
  const n = header.map(norm);
  const source: SideColumn[] = [];
  const target: SideColumn[] = [];
  const columns: number[] = [];
  const describe = (index: number, marker: string, where: 'start' | 'end'): SideColumn => {
    const name = header[index]!.replace(markerPattern(marker, where), '').trim() || header[index]!;
    const rest = norm(name);
    const id = IDENTIFIER_COLUMNS.find(([re]) => re.test(rest));
    return id
      ? { index, name, role: 'identifier', prefix: id[1] }
      : { index, name, role: /^(?:synonyms?|aliases?)$/.test(rest) ? 'synonyms' : 'attribute' };
  };
  n.forEach((col, i) => {
    if (i === s || i === tg || columns.includes(i)) return;
    for (const [sm, tm] of SIDE_MARKERS) {
      for (const where of ['start', 'end'] as const) {
        const rest =
          where === 'start'
            ? col.startsWith(sm) && col.slice(sm.length)
            : col.endsWith(sm) && col.slice(0, -sm.length);
        if (!rest || rest === 'label') continue;
        const j = n.indexOf(where === 'start' ? tm + rest : rest + tm);
        if (j < 0 || j === s || j === tg) continue;
        source.push(describe(i, sm, where));
        target.push(describe(j, tm, where));
        columns.push(i, j);
        return;
      }
    }
  });
  return { source, target, columns };
}

/** A cell listing several values, joined by "|" (BioGRID) or ";". */
const split = (v: string) =>
  v
    .split(/[|;]/)
    .map((x) => x.trim())
    .filter((x) => x !== '' && x !== '-');

/** A node's attributes, identifiers and synonyms from the side columns of the row it first appears in. */
function nodeFromSide(side: readonly SideColumn[], cells: string[], types: readonly ColumnType[]) {
  const attributes: Attributes = {};
  const identifiers: string[] = [];
  const synonyms: string[] = [];
  for (const c of side) {
    const v = (cells[c.index] ?? '').trim();
    if (v === '' || v === '-') continue;
    // BioGRID's tab3 lists several accessions in one cell, joined by "|".
    if (c.role === 'identifier')
      identifiers.push(...split(v).map((id) => (id.includes(':') ? id : `${c.prefix}:${id}`)));
    else if (c.role === 'synonyms') synonyms.push(...split(v));
    else setAttribute(attributes, c.name, typedCell(v, types[c.index]));
  }
  return { attributes, identifiers, synonyms };
}
