// Export formats as data (STYLE.md habit 5): the CLI, the app's Export menu and the tests all list
// formats from this one table.
import { toCyjs } from './cyjs';
import type { ExportView } from './view';

export interface DataFormat {
  readonly id: string;
  readonly label: string;
  readonly extension: string;
  readonly mime: string;
  /** One file per format; CSV writes two tables into one file separated by a blank line? No: see csv.ts. */
  readonly write: (view: ExportView) => string;
}

export const DATA_FORMATS: readonly DataFormat[] = [
  { id: 'cyjs', label: 'Cytoscape.js JSON', extension: 'cyjs.json', mime: 'application/json', write: toCyjs },
];

export const dataFormat = (id: string) => DATA_FORMATS.find((f) => f.id === id);
