// Export formats as data (STYLE.md habit 5): the CLI, the app's Export menu and the tests all list
// formats from this one table.
import type { Source } from '../model/schema';
import { formatCitation, toBibtex, toRis } from './citation';
import { toCsv, toNetworkCsv, toNodesCsv } from './csv';
import { toCx2 } from './cx2';
import { toCyjs } from './cyjs';
import { toGraphml } from './graphml';
import type { ExportView } from './view';

/** A file written next to the main one, named `<stem><suffix>.<extension>` (out.csv -> out-nodes.csv). */
export interface CompanionFile {
  readonly suffix: string;
  readonly write: (view: ExportView) => string;
}

export interface DataFormat {
  readonly id: string;
  readonly label: string;
  /** Without the dot; may itself contain one ("cyjs.json"). */
  readonly extension: string;
  readonly mime: string;
  /** The main file: the one written to stdout, and the one a single download gives. */
  readonly write: (view: ExportView) => string;
  /** Further tables of the same export, for formats that cannot hold them in one file (CSV). */
  readonly companions?: readonly CompanionFile[];
}

export const DATA_FORMATS: readonly DataFormat[] = [
  { id: 'cyjs', label: 'Cytoscape.js JSON', extension: 'cyjs.json', mime: 'application/json', write: toCyjs },
  { id: 'graphml', label: 'GraphML', extension: 'graphml', mime: 'application/xml', write: toGraphml },
  {
    id: 'csv',
    label: 'CSV (relations with citations)',
    extension: 'csv',
    mime: 'text/csv',
    write: toCsv,
    companions: [
      { suffix: '-nodes', write: toNodesCsv },
      { suffix: '-network', write: toNetworkCsv },
    ],
  },
  { id: 'cx2', label: 'CX2 (Cytoscape, NDEx)', extension: 'cx2', mime: 'application/json', write: toCx2 },
];

export const dataFormat = (id: string) => DATA_FORMATS.find((f) => f.id === id);

/** A bibliography format for "Cite this": it writes a list of sources. */
export interface CitationFormat {
  readonly id: 'bibtex' | 'ris' | 'apa' | 'vancouver';
  readonly label: string;
  readonly extension: string;
  readonly mime: string;
  readonly write: (sources: readonly Source[]) => string;
}

export const CITATION_FORMATS: readonly CitationFormat[] = [
  { id: 'bibtex', label: 'BibTeX', extension: 'bib', mime: 'application/x-bibtex', write: toBibtex },
  {
    id: 'ris',
    label: 'RIS (Zotero, EndNote, Mendeley)',
    extension: 'ris',
    mime: 'application/x-research-info-systems',
    write: toRis,
  },
  {
    id: 'apa',
    label: 'APA 7 (text)',
    extension: 'txt',
    mime: 'text/plain',
    write: (sources) => sources.map((s) => formatCitation(s, 'apa') + '\n').join(''),
  },
  {
    id: 'vancouver',
    label: 'Vancouver (text)',
    extension: 'txt',
    mime: 'text/plain',
    write: (sources) => sources.map((s, i) => `${i + 1}. ${formatCitation(s, 'vancouver')}\n`).join(''),
  },
];

export const citationFormat = (id: string) => CITATION_FORMATS.find((f) => f.id === id);

/** The companion file's name: the suffix goes before the extension (out.csv -> out-nodes.csv). */
export function companionPath(path: string, suffix: string): string {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const dot = path.lastIndexOf('.');
  return dot > slash + 1 ? `${path.slice(0, dot)}${suffix}${path.slice(dot)}` : `${path}${suffix}`;
}
