// Nociscope's own CSV tables (src/export/csv.ts), as the CSV/TSV reader (csv.ts) reads them back: the
// network table (`-network.csv`: the network's name and metadata, and the types of the other tables'
// extra columns), the version columns on every row, and the apostrophe the export puts before text
// a spreadsheet would run as a formula.
import { listOf, setAttribute } from '../build';
import type { Attributes, AttributeValue } from '../types';
import { NETWORK_TABLE_HEADER } from '../../export/csv';
import { typedCell, type ColumnType, type Table } from './tableConventions';

/** Columns Nociscope writes into every row for the export's version: its envelope, not the network's. */
export const VERSION_COLUMNS = ['format_version', 'data_version'];

/** One of Nociscope's own tables: a format_version column, or the network table's header. */
export const isOwnTable = (header: readonly string[]) =>
  header.includes('format_version') || header.join(',') === NETWORK_TABLE_HEADER.join(',');

/**
 * Nociscope's CSV export puts an apostrophe before text that a spreadsheet would run as a formula
 * (=, +, -, @, tab, CR), and one more before text that already starts with apostrophes and then one of
 * those (src/export/csv.ts). In its own tables (a format_version column, or its network table) exactly one is
 * taken off again, so a label such as "-ve feedback" comes back as it was. Other tools' files are
 * read as they are.
 */
const NEUTRALISED = /^'+[=+\-@\t\r]/;
export const unneutralise = (cell: string) => (NEUTRALISED.test(cell) ? cell.slice(1) : cell);

export const isNetworkTable = (t: Table) => t.header.join(',') === NETWORK_TABLE_HEADER.join(',');

/** What Nociscope's network table says: the network's name and metadata, each table's column types. */
export interface NetworkTable {
  readonly name?: string;
  readonly attributes: Attributes;
  readonly nodes: ReadonlyMap<string, string>;
  readonly edges: ReadonlyMap<string, string>;
}

/** A cell of the network table read as its stated type (int, double, boolean, list, string). */
function asType(value: string, type: string): AttributeValue {
  if (type === 'list') return listOf(value);
  if (type === 'int' || type === 'double') return typedCell(value, 'number');
  if (type === 'boolean') return typedCell(value, 'boolean');
  return value;
}

/** Stage 1 of the network table: the network's name and metadata, and the type of each table's extra columns. */
export function readNetworkTable(t: Table): NetworkTable {
  const attributes: Attributes = {};
  const nodes = new Map<string, string>();
  const edges = new Map<string, string>();
  let name: string | undefined;
  for (const [scope = '', key = '', type = 'string', value = ''] of t.rows) {
    // The network's name is also a network attribute, as in CX2 and cyjs.
    if (scope === 'network' && key === 'name') name = value;
    if (scope === 'network' && key !== '' && value !== '') setAttribute(attributes, key, asType(value, type));
    else if (scope === 'nodes') nodes.set(key, type);
    else if (scope === 'edges') edges.set(key, type);
  }
  return { ...(name?.trim() ? { name } : {}), attributes, nodes, edges };
}

/** The types a network table gives the columns of one of Nociscope's own tables (text otherwise). */
export function declaredTypes(
  header: readonly string[],
  declared: ReadonlyMap<string, string> | undefined,
): { types: ColumnType[]; lists: Set<number> } {
  const lists = new Set<number>();
  const types = header.map((h, i): ColumnType => {
    const type = declared?.get(h);
    if (type === 'list') lists.add(i);
    return type === 'int' || type === 'double' ? 'number' : type === 'boolean' ? 'boolean' : undefined;
  });
  return { types, lists };
}
