// What an imported file becomes, whatever its format: a plain network of nodes and edges that keeps
// the file's names, attributes, stored positions and interaction types, plus the problems found in it.
// Pure data: no DOM, React or Cytoscape, so it runs in a Web Worker, in node (the convert CLI) and in
// tests alike. Imported text is data, never markup: nothing here is ever rendered as HTML.
import type { Polarity } from '../model/vocabulary';
import type { FileStyle } from './styleTypes';

export type { Polarity } from '../model/vocabulary';

/** A scalar an attribute can hold. */
export type AttributeScalar = string | number | boolean;

/** An attribute's value as the file gave it: a scalar or a list of scalars (CX2 list types). */
export type AttributeValue = AttributeScalar | readonly AttributeScalar[];

/** A network's, node's or edge's attributes, by the name the file uses. */
export type Attributes = Record<string, AttributeValue>;

/** The formats `parseNetworkFile` reads. */
export const IMPORT_FORMATS = ['nociscope', 'cyjs', 'cx2', 'cx', 'graphml', 'sif', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A readable name for each format, for messages and the UI. */
export const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = {
  nociscope: 'Nociscope graph-data (YAML or JSON)',
  cyjs: 'Cytoscape.js JSON',
  cx2: 'CX2 (NDEx, Cytoscape)',
  cx: 'CX version 1 (NDEx)',
  graphml: 'GraphML',
  sif: 'SIF (simple interaction format)',
  csv: 'CSV / TSV edge list',
};

/** A stored position, in Cytoscape's model coordinates (+y down). */
export interface ImportedPosition {
  readonly x: number;
  readonly y: number;
}

/**
 * One citation behind an imported edge. Only what the file states: a PMID or DOI is kept only when
 * it is well-formed (see evidence.ts), and nothing is ever looked up or guessed.
 */
export interface ImportedEvidence {
  /** A source id or name the file gives (e.g. a Nociscope source id, or a database name). */
  readonly source?: string;
  /** PubMed id, digits only. */
  readonly pmid?: string;
  /** DOI, "10.xxxx/…", without a resolver prefix. */
  readonly doi?: string;
  /** Free text the file attaches to this citation. */
  readonly note?: string;
  /** The kind of study, when the file says (Nociscope's "animal-model", "review"…). */
  readonly kind?: string;
  /** Section, figure or page in the source. */
  readonly locator?: string;
}

/** An imported node. `id` is unique within its network. */
export interface ImportedNode {
  readonly id: string;
  /** What to show: the file's name/label, else the id. */
  readonly label: string;
  /** Node type when the file gives one (a Nociscope kind such as "mediator", or the file's own word). */
  readonly kind?: string;
  /** CURIE-like identifiers the file gives (`HGNC:11766`, `UniProt:P01137`, `uniprot:P01137`…). */
  readonly identifiers: readonly string[];
  /** Other names (CX2 aliases, synonyms columns…). */
  readonly synonyms: readonly string[];
  /** Every other attribute the file gives, by its own name. */
  readonly attributes: Attributes;
  /** Stored position (cyjs `position`, CX2 `x`/`y`, CX `cartesianLayout`, GraphML/CSV `x`/`y`). */
  readonly position?: ImportedPosition;
}

/** An imported edge, always directed from `source` to `target` (node ids of the same network). */
export interface ImportedEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** The file's word for the edge type ("activates", "pp", "controls-state-change-of"…). */
  readonly interaction?: string;
  /** +1 / -1 only where the file states it or the interaction word is unambiguous; else 0. */
  readonly polarity: Polarity;
  readonly evidence: readonly ImportedEvidence[];
  readonly attributes: Attributes;
}

/** A network read from one file (or one set of graph-data files). */
export interface ImportedNetwork {
  /** The network's name in the file, else the file name. */
  readonly name: string;
  readonly format: ImportFormat;
  /** The file(s) it came from. */
  readonly fileNames: readonly string[];
  /** False only when the file says its edges are undirected (GraphML edgedefault, SIF has none). */
  readonly directed: boolean;
  /** Network-level attributes (CX networkAttributes, GraphML graph data, cyjs `data`). */
  readonly attributes: Attributes;
  readonly nodes: readonly ImportedNode[];
  readonly edges: readonly ImportedEdge[];
  /** The file's own visual style (CX2 visualProperties, cy.json() style), when it sets one. */
  readonly style?: FileStyle;
}

/**
 * A problem with an imported file, in plain language: where it is and what to do.
 * Errors block the import; warnings are shown and may be accepted.
 */
export interface ImportProblem {
  readonly severity: 'error' | 'warning';
  readonly file: string;
  /** 1-based line in the file's text, when known. */
  readonly line?: number;
  /** 1-based column, when known. */
  readonly col?: number;
  /**
   * Row of a table, as a spreadsheet numbers it (the header is row 1, blank lines are skipped), for
   * CSV/TSV; for SIF, the line.
   */
  readonly row?: number;
  /** The field, column, attribute or aspect concerned. */
  readonly field?: string;
  /** What is wrong, for a researcher, not a programmer. */
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
}

/** What an import gives: a network when nothing blocks it, and every problem found either way. */
export interface ImportResult {
  /** Present when there is no error (warnings may remain). */
  readonly network?: ImportedNetwork;
  readonly problems: readonly ImportProblem[];
  /** The format the file was read as, when it was recognised (also when it has errors). */
  readonly format?: ImportFormat;
}

/** Options of `parseNetworkFile`. */
export interface ImportOptions {
  /** Read as this format instead of sniffing it from the name and content. */
  readonly format?: ImportFormat;
  /** Refuse larger files (bytes); defaults to MAX_IMPORT_BYTES. */
  readonly maxBytes?: number;
  /** Refuse more nodes than this; defaults to MAX_IMPORT_NODES (limits.ts). */
  readonly maxNodes?: number;
  /** Refuse more edges than this; defaults to MAX_IMPORT_EDGES (limits.ts). */
  readonly maxEdges?: number;
  /** Called now and then with the share done (0..1), for a progress bar in a worker. */
  readonly onProgress?: (fraction: number) => void;
}

/** Files above this size are refused with a message rather than freezing the tab: 50 MB. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** True when the import may go on: no problem is an error. */
export const hasErrors = (problems: readonly ImportProblem[]) => problems.some((p) => p.severity === 'error');

/** `file:line: message (hint)`, for terminals and logs; the UI lays the parts out itself. */
export function formatImportProblem(p: ImportProblem): string {
  const where = [
    p.file,
    p.line !== undefined ? `${p.line}` : undefined,
    p.line !== undefined && p.col !== undefined ? `${p.col}` : undefined,
  ]
    .filter((s) => s !== undefined)
    .join(':');
  const row = p.row !== undefined && p.line === undefined ? ` row ${p.row}` : '';
  const field = p.field ? ` [${p.field}]` : '';
  return `${where}${row}${field}: ${p.severity}: ${p.message} — ${p.hint}`;
}
