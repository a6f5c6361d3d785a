// PSI-MITAB (2.5 and the wider 2.6/2.7), the tab-separated interaction format of IntAct, BioGRID
// ("…mitab.txt"), MINT and PSICQUIC services: one interaction per row, the first fifteen columns fixed
// (ids, alternative ids and aliases of A and B, detection method, first author, publication ids,
// taxa, interaction type, source database, interaction id, confidence). Cells hold "db:value(label)"
// items joined by "|", and "-" for none. Its stages are the CSV/TSV reader's (csv.ts), which finds a
// MITAB table by its header or first row: validateMitab and extractMitab here, the shared convert.
import type { EdgeInput, NodeInput } from '../build';
import type { ProblemList } from '../problems';
import type { Attributes } from '../types';
import type { ExtractedPart } from './stages';
import type { Table } from './tableConventions';

/** MITAB 2.5's first fifteen column names (IntAct's spelling), for a file written without them. */
export const MITAB_HEADER = [
  'ID(s) interactor A',
  'ID(s) interactor B',
  'Alt. ID(s) interactor A',
  'Alt. ID(s) interactor B',
  'Alias(es) interactor A',
  'Alias(es) interactor B',
  'Interaction detection method(s)',
  'Publication 1st author(s)',
  'Publication Identifier(s)',
  'Taxid interactor A',
  'Taxid interactor B',
  'Interaction type(s)',
  'Source database(s)',
  'Interaction identifier(s)',
  'Confidence value(s)',
];

/** The header of a MITAB file: "#ID(s) interactor A" (IntAct) or "#ID Interactor A" (BioGRID). */
export function isMitabHeader(header: readonly string[]): boolean {
  const first = (header[0] ?? '')
    .replace(/^#+/, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const second = (header[1] ?? '').toLowerCase().replace(/[^a-z]/g, '');
  return /^(?:uniqueidentifierfor|ids?)interactora$/.test(first) && /interactorb$/.test(second);
}

/**
 * A MITAB row without a header, as PSICQUIC services return them: fifteen columns or more, both
 * interactor ids as "db:id", and a PSI-MI interaction type in the twelfth.
 */
export function isMitabRow(cells: readonly string[]): boolean {
  const id = /^[A-Za-z][\w ./-]*:[^\s|]+/;
  return (
    cells.length >= 15 &&
    id.test(cells[0] ?? '') &&
    id.test(cells[1] ?? '') &&
    /^psi-mi:/i.test(cells[11] ?? '')
  );
}

interface Item {
  readonly db: string;
  readonly value: string;
  readonly label?: string;
}

/** `db:value(label)` items of a cell; quotes around a value ("MI:0915") are taken off. */
function items(cell: string | undefined): Item[] {
  const c = (cell ?? '').trim();
  if (c === '' || c === '-') return [];
  return c
    .split('|')
    .map((raw) => {
      const m = /^([^:]+):("(?:[^"]*)"|[^(]*)(?:\((.*)\))?$/.exec(raw.trim());
      if (!m) return { db: '', value: raw.trim() };
      const value = m[2]!.replace(/^"|"$/g, '').trim();
      return { db: m[1]!.trim(), value, ...(m[3] ? { label: m[3].trim() } : {}) };
    })
    .filter((i) => i.value !== '' && i.value !== '-');
}

/** Database names of MITAB as the identifier prefixes match.ts knows. */
const PREFIX: Readonly<Record<string, string>> = {
  uniprotkb: 'uniprot',
  'uniprot/swiss-prot': 'uniprot',
  'uniprot/trembl': 'uniprot',
  'entrez gene/locuslink': 'ncbigene',
  entrezgene: 'ncbigene',
  chebi: 'chebi',
  ensembl: 'ensembl',
};
const curie = (i: Item) => {
  const db = i.db.toLowerCase();
  const prefix = Object.prototype.hasOwnProperty.call(PREFIX, db) ? PREFIX[db]! : db;
  return i.value.toLowerCase().startsWith(`${prefix}:`) ? i.value : `${prefix}:${i.value}`;
};

/** A node's name: its gene name alias, else its short display name, else its id without the database. */
function nodeOf(id: Item, alt: Item[], aliases: Item[]) {
  const gene = aliases.find((a) => /^gene name$/i.test(a.label ?? ''));
  const short = aliases.find((a) => /^display_short$/i.test(a.label ?? ''));
  // BioGRID puts the official symbol among the alternative ids: "entrez gene/locuslink:TGFB1".
  const symbol = alt.find((a) => /^entrez gene\/locuslink$/i.test(a.db) && !/^\d+$/.test(a.value));
  const label = gene?.value ?? short?.value ?? symbol?.value ?? id.value;
  const identifiers = [id, ...alt.filter((a) => a !== symbol)].map(curie);
  const synonyms = aliases.map((a) => a.value).filter((v) => v !== label);
  return { label, identifiers, synonyms };
}

const NAMED_COLUMNS: readonly [number, string][] = [
  [6, 'detection method'],
  [7, 'first author'],
  [12, 'source database'],
  [13, 'interaction id'],
  [14, 'confidence'],
];

/** What validation hands on: a MITAB table's rows, the row a spreadsheet numbers its first, its file's list. */
export interface MitabDocument {
  readonly rows: readonly string[][];
  /** 2 below a header row, 1 in a file without one (PSICQUIC). */
  readonly firstRow: number;
  readonly problems: ProblemList;
}

/** Stage 1: a table is MITAB by its header, or by its rows when it has none (readTable in csv.ts). */
export function validateMitab(t: Table): MitabDocument | undefined {
  if (!t.headerless && !isMitabHeader(t.header)) return undefined;
  return { rows: t.rows, firstRow: t.headerless ? 1 : 2, problems: t.problems };
}

/**
 * Stage 2: an interactor per id not yet `named` (shared with the set's other tables), described by
 * its own columns (A: ids, alt. ids, aliases, taxon in 0, 2, 4, 9; B in 1, 3, 5, 10), and an
 * interaction per row from the interaction's columns. Problems go to the table's file with their
 * row as a spreadsheet numbers it.
 */
export function extractMitab(
  doc: MitabDocument,
  named: Set<string> = new Set(),
  tick: () => void = () => {},
): ExtractedPart {
  const { rows, firstRow, problems } = doc;
  const nodes: NodeInput[] = [];
  const edges: EdgeInput[] = [];
  rows.forEach((cells, r) => {
    tick();
    const row = r + firstRow;
    const [a] = items(cells[0]);
    const [bb] = items(cells[1]);
    if (!a || !bb) {
      problems.error(
        `the row has no ${a ? 'interactor B' : 'interactor A'}`,
        'Each MITAB row starts with the ids of interactor A and interactor B, such as uniprotkb:P01137.',
        { row, field: a ? 'ID(s) interactor B' : 'ID(s) interactor A' },
      );
      return;
    }
    const ends = [
      [a, 2, 4, 9],
      [bb, 3, 5, 10],
    ] as const;
    const [source, target] = ends.map(([id, alt, alias, taxid]) => {
      const key = curie(id);
      if (!named.has(key)) {
        named.add(key);
        const n = nodeOf(id, items(cells[alt]), items(cells[alias]));
        const taxon = items(cells[taxid])[0];
        const attributes: Attributes = taxon ? { taxon: taxon.label ?? taxon.value } : {};
        nodes.push({ id: key, attributes, ...n, where: { row } });
      }
      return key;
    });
    const type = items(cells[11])[0];
    const attributes: Attributes = {};
    for (const [col, name] of NAMED_COLUMNS) {
      const list = items(cells[col]);
      if (list.length === 0) continue;
      const values = list.map((i) => i.label ?? (i.db ? `${i.db}:${i.value}` : i.value));
      attributes[name] = values.length === 1 ? values[0]! : values;
    }
    // Publication ids ("pubmed:12345678|imex:IM-1") go to "publications", read as evidence.
    const pubs = items(cells[8]).map((i) => `${i.db}:${i.value}`);
    if (pubs.length > 0) attributes.publications = pubs;
    edges.push({
      id: '',
      source: source!,
      target: target!,
      attributes,
      ...(type ? { interaction: type.label ?? type.value } : {}),
      where: { row },
    });
  });
  return { problems, nodes, edges };
}
