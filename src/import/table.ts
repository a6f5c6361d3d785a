// An imported network as two tables, nodes and edges, with every attribute the file gives (as
// Cytoscape desktop's table panel shows them): the columns, each row's cells as text, and the
// filter and sort the table view applies. Pure, so 10,000 rows are sorted and filtered in a test
// as in the page; the text a row is filtered by is worked out once per network.
import type { AttributeValue, ImportedNetwork } from './types';

export interface TableColumn {
  readonly key: string;
  readonly label: string;
  /** Sorted as numbers (every non-empty value is one). */
  readonly numeric: boolean;
}

export interface TableRow {
  /** The node's or edge's id in its network. */
  readonly id: string;
  readonly cells: readonly string[];
  /** Lower-case text of every cell, for the filter. */
  readonly text: string;
}

export interface Table {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

export type SortDirection = 'ascending' | 'descending';

const SIGN_WORDS = { 1: '+ promotes', [-1]: '− counters', 0: 'unsigned' } as const;

const show = (v: AttributeValue | undefined): string =>
  v === undefined ? '' : Array.isArray(v) ? v.map(String).join(', ') : String(v);

/** The attribute names of these records, in the order they first appear. */
function attributeKeys(records: readonly { attributes: Record<string, AttributeValue> }[]): string[] {
  const keys = new Set<string>();
  for (const r of records) for (const k of Object.keys(r.attributes)) keys.add(k);
  return [...keys];
}

function build(
  fixed: readonly Omit<TableColumn, 'numeric'>[],
  rows: { id: string; cells: string[] }[],
): Table {
  const columns = fixed.map((c, i) => ({
    ...c,
    numeric:
      rows.some((r) => r.cells[i] !== '') && rows.every((r) => r.cells[i] === '' || isNumber(r.cells[i]!)),
  }));
  return { columns, rows: rows.map((r) => ({ ...r, text: r.cells.join('\u0000').toLowerCase() })) };
}

const isNumber = (s: string) => s.trim() !== '' && Number.isFinite(Number(s));

const nodeTables = new WeakMap<ImportedNetwork, Table>();
const edgeTables = new WeakMap<ImportedNetwork, Table>();

/** The nodes: label, id, type, identifiers, links, then the file's own columns. */
export function nodeTable(network: ImportedNetwork): Table {
  const cached = nodeTables.get(network);
  if (cached) return cached;
  const degree = new Map<string, number>();
  for (const e of network.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const keys = attributeKeys(network.nodes);
  const table = build(
    [
      { key: 'label', label: 'Label' },
      { key: 'id', label: 'Id' },
      { key: 'kind', label: 'Type' },
      { key: 'identifiers', label: 'Identifiers' },
      { key: 'degree', label: 'Edges' },
      ...keys.map((k) => ({ key: `attr:${k}`, label: k })),
    ],
    network.nodes.map((n) => ({
      id: n.id,
      cells: [
        n.label,
        n.id,
        n.kind ?? '',
        n.identifiers.join(', '),
        String(degree.get(n.id) ?? 0),
        ...keys.map((k) => show(n.attributes[k])),
      ],
    })),
  );
  nodeTables.set(network, table);
  return table;
}

/** The edges: source, target, interaction, sign, citations, id, then the file's own columns. */
export function edgeTable(network: ImportedNetwork): Table {
  const cached = edgeTables.get(network);
  if (cached) return cached;
  const label = new Map(network.nodes.map((n) => [n.id, n.label]));
  const keys = attributeKeys(network.edges);
  const table = build(
    [
      { key: 'source', label: 'Source' },
      { key: 'target', label: 'Target' },
      { key: 'interaction', label: 'Interaction' },
      { key: 'sign', label: 'Sign' },
      { key: 'citations', label: 'Citations' },
      { key: 'id', label: 'Id' },
      ...keys.map((k) => ({ key: `attr:${k}`, label: k })),
    ],
    network.edges.map((e) => ({
      id: e.id,
      cells: [
        label.get(e.source) ?? e.source,
        label.get(e.target) ?? e.target,
        e.interaction ?? '',
        SIGN_WORDS[e.polarity],
        String(e.evidence.length),
        e.id,
        ...keys.map((k) => show(e.attributes[k])),
      ],
    })),
  );
  edgeTables.set(network, table);
  return table;
}

/** Rows with `query` (any case) in some cell; every row for a blank query. */
export function filterRows(rows: readonly TableRow[], query: string): readonly TableRow[] {
  const q = query.trim().toLowerCase();
  return q ? rows.filter((r) => r.text.includes(q)) : rows;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Rows sorted by a column: numbers as numbers, text in natural order ("gene2" before "gene10"),
 * empty cells last either way, ties in the file's order (a stable sort).
 */
export function sortRows(
  rows: readonly TableRow[],
  column: number,
  numeric: boolean,
  direction: SortDirection,
): TableRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a.cells[column] ?? '';
    const y = b.cells[column] ?? '';
    if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
    return sign * (numeric ? Number(x) - Number(y) : collator.compare(x, y));
  });
}
