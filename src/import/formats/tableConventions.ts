// The conventions of the tables researchers open, as tools write them, for the CSV/TSV reader
// (csv.ts): which columns name the ends of an edge, which describe one end (STRING's node1_string_id,
// BioGRID's "… Interactor A"), Cytoscape's edge table export, Reactome FI's direction marks, the
// names the network builder reads whatever their case, and each column's type. Pure helpers.
import { setAttribute } from '../build';
import type { ProblemList } from '../problems';
import type { Attributes, AttributeScalar } from '../types';

/** A file of the CSV/TSV reader. */
export interface CsvFile {
  readonly name: string;
  readonly text: string;
}

/** A column name for comparison: lower case, without spaces, underscores, hyphens or dots. */
export const norm = (h: string) => h.toLowerCase().replace(/[\s_\-.]+/g, '');
/** Column names (normalised) of an edge's source and target, first found wins. */
export const SOURCE_COLUMNS = [
  'source',
  'entitya',
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
export const TARGET_COLUMNS = [
  'target',
  'entityb',
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
/** A table as read: its header (trimmed) and rows, and where its problems go. */
export interface Table {
  readonly file: CsvFile;
  readonly header: string[];
  readonly rows: string[][];
  readonly problems: ProblemList;
  /** The file has no header row (MITAB from PSICQUIC): its first row is data, row 1. */
  readonly headerless?: boolean;
}

/** The index of the first of `names` (normalised) the header has, or -1. */
export const findColumn = (header: string[], names: readonly string[]) => {
  const n = header.map(norm);
  for (const name of names) {
    const i = n.indexOf(name);
    if (i >= 0) return i;
  }
  return -1;
};

/**
 * Columns the network builder reads by their exact name (build.ts), as spreadsheets capitalise or
 * space them ("Relation", "Interaction Type", "Sign", "Synonyms"): normalised name → the builder's.
 */
export const EDGE_COLUMNS: Readonly<Record<string, string>> = {
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
export const NODE_COLUMNS: Readonly<Record<string, string>> = {
  label: 'label',
  name: 'name',
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
export function canonicalNames(t: Table, names: Readonly<Record<string, string>>): string[] {
  const signor = names === EDGE_COLUMNS && isSignor(t);
  return t.header.map((h) => {
    const key = norm(h);
    // SIGNOR's EFFECT is its relation word ("up-regulates quantity by expression", "form complex"):
    // read as the interaction, signed only when the word is unambiguous.
    if (signor && key === 'effect') return 'interaction';
    const canonical = Object.prototype.hasOwnProperty.call(names, key) ? names[key]! : undefined;
    if (!canonical || canonical === h || t.header.includes(canonical)) return h;
    if (names === EDGE_COLUMNS && canonical === 'type' && gephiEdgeType(t, t.header.indexOf(h))) return h;
    return canonical;
  });
}

/** SIGNOR's causal table (ENTITYA, ENTITYB, EFFECT, MECHANISM…). */
const isSignor = (t: Table) => {
  const n = t.header.map(norm);
  return ['entitya', 'entityb', 'effect', 'mechanism'].every((c) => n.includes(c));
};

const gephiEdgeType = (t: Table, col: number) =>
  t.rows.every((cells) => /^(?:directed|undirected|mixed|)$/i.test((cells[col] ?? '').trim()));

/** STRING's interactions export (node1, node2, combined_score) or BioGRID's tab2/tab3. */
export function undirectedTable(t: Table): boolean {
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
export function reactomeFiDirection(t: Table): number {
  const n = t.header.map(norm);
  return n[0] === 'gene1' && n[1] === 'gene2' ? n.indexOf('direction') : -1;
}

/**
 * Reactome FI's direction marks, read from Gene1 to Gene2: "->" activates or catalyses, "-|"
 * inhibits, "<-" and "|-" the same from Gene2 to Gene1 (the edge is turned round), two-way marks
 * kept as they are. "-" (no direction: complexes, predictions) and anything else give no relation
 * word; the Direction column is kept either way.
 */
export const FI_DIRECTIONS: Readonly<Record<string, { interaction: string; reversed?: true }>> =
  Object.assign(Object.create(null) as Record<string, { interaction: string; reversed?: true }>, {
    '->': { interaction: '->' },
    '-|': { interaction: '-|' },
    '<-': { interaction: '->', reversed: true },
    '|-': { interaction: '-|', reversed: true },
    '<->': { interaction: '<->' },
    '|-|': { interaction: '|-|' },
    '<-|': { interaction: '<-|' },
    '|->': { interaction: '|->' },
  });

export type ColumnType = 'number' | 'boolean' | undefined;
const SIGN_COLUMNS = ['polarity', 'sign', 'effect', 'directionsign'];

/** A decimal number as spreadsheets write it; no leading zeros, so ids such as "007" stay text. */
const NUMBER = /^[+-]?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$|^[+-]?0?\.\d+$/;
const BOOLEAN = /^(?:true|false)$/i;

/**
 * Each column's type, as Cytoscape infers it when it imports a table: a column whose every filled cell
 * is a number (or "-", BioGRID's missing value) is numbers (STRING's scores, Cytoscape's SUID), one of only true/false is booleans
 * (Cytoscape's "selected"); any other stays text. Nociscope's own tables are read as text, as written.
 */
export function columnTypes(t: Table): ColumnType[] {
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

export const typedCell = (v: string, type: ColumnType): AttributeScalar => {
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
export function cytoscapeEdgeTable(t: Table): { name: number; interaction: number } | undefined {
  if (findColumn(t.header, SOURCE_COLUMNS) >= 0 && findColumn(t.header, TARGET_COLUMNS) >= 0)
    return undefined;
  const name = t.header.indexOf('name');
  const interaction = findColumn(t.header, ['interaction', 'sharedinteraction']);
  if (name < 0 || interaction < 0) return undefined;
  const first = t.rows.find((cells) => (cells[name] ?? '').trim() !== '');
  return first && splitEdgeName(first[name]!, first[interaction] ?? '') ? { name, interaction } : undefined;
}

/** "A (pp) B" with the interaction "pp" → ["A", "B"]; undefined when the name is not of that shape. */
export function splitEdgeName(name: string, interaction: string): [string, string] | undefined {
  const n = name.trim();
  const i = interaction.trim();
  const at = i !== '' ? n.indexOf(` (${i}) `) : -1;
  const m = at >= 0 ? undefined : /^(.+?) \(([^()]*)\) (.+)$/.exec(n);
  const [a, b] = at >= 0 ? [n.slice(0, at), n.slice(at + i.length + 4)] : m ? [m[1]!, m[3]!] : ['', ''];
  return a.trim() && b.trim() ? [a.trim(), b.trim()] : undefined;
}

/** A column that describes one end of each edge ("node1_string_id", "Entrez Gene Interactor A"). */
export interface SideColumn {
  readonly index: number;
  /** The header without its side ("string_id", "Entrez Gene"). */
  readonly name: string;
  /** SIGNOR gives an end's id and its database in two columns (IDA "P01137", DATABASEA "UNIPROT"). */
  readonly role: 'attribute' | 'synonyms' | 'identifier' | 'id' | 'database';
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
  // SIGNOR: ENTITYA / ENTITYB, TYPEA, IDA, DATABASEA… (tried last: a bare letter).
  ['a', 'b'],
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
export function sideColumns(
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
    if (id) return { index, name, role: 'identifier', prefix: id[1] };
    const role = /^(?:synonyms?|aliases?)$/.test(rest)
      ? 'synonyms'
      : rest === 'id'
        ? 'id'
        : rest === 'database' || rest === 'db'
          ? 'database'
          : 'attribute';
    // An end's "TYPE" is the node's type, as the builder reads it (kind).
    const canonical = Object.prototype.hasOwnProperty.call(NODE_COLUMNS, rest) ? NODE_COLUMNS[rest]! : name;
    return { index, name: role === 'attribute' ? canonical : name, role };
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
export function nodeFromSide(side: readonly SideColumn[], cells: string[], types: readonly ColumnType[]) {
  const attributes: Attributes = {};
  const identifiers: string[] = [];
  const synonyms: string[] = [];
  const db = side.find((c) => c.role === 'database');
  const database = db ? (cells[db.index] ?? '').trim() : '';
  for (const c of side) {
    const v = (cells[c.index] ?? '').trim();
    if (v === '' || v === '-' || c.role === 'database') continue;
    if (c.role === 'id') {
      if (database) identifiers.push(v.includes(':') ? v : `${database.toLowerCase()}:${v}`);
      else setAttribute(attributes, c.name, v);
      continue;
    }
    // BioGRID's tab3 lists several accessions in one cell, joined by "|".
    if (c.role === 'identifier')
      identifiers.push(...split(v).map((id) => (id.includes(':') ? id : `${c.prefix}:${id}`)));
    else if (c.role === 'synonyms') synonyms.push(...split(v));
    else setAttribute(attributes, c.name, typedCell(v, types[c.index]));
  }
  return { attributes, identifiers, synonyms };
}
