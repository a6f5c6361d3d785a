// Pathway Commons' extended SIF (Paxtools' EXTENDED_BINARY_SIF): an edge table whose header is
// PARTICIPANT_A, INTERACTION_TYPE, PARTICIPANT_B, INTERACTION_DATA_SOURCE, INTERACTION_PUBMED_ID,
// PATHWAY_NAMES, MEDIATOR_IDS, then after a blank line a participants table. Read by the SIF reader
// and, for a copy saved as .tsv or .csv, by the CSV/TSV reader.
import { setAttribute, type EdgeInput, type NodeInput } from '../build';
import { isPmid } from '../evidence';
import type { Attributes } from '../types';
import { every, type FormatContext } from './common';
import { convert, type Extracted } from './stages';

const norm = (h: string) => h.trim().toUpperCase();
export const isExtendedHeader = (line: string) => {
  const cells = line.split('\t').map(norm);
  return cells[0] === 'PARTICIPANT_A' && cells[1] === 'INTERACTION_TYPE' && cells[2] === 'PARTICIPANT_B';
};

/** Cells of a list column ("reactome;kegg"), without empties. */
const items = (cell: string | undefined) =>
  (cell ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * Database names Pathway Commons writes before an xref's id, as the prefixes match.ts knows;
 * others are kept as written.
 */
const XREF_PREFIXES: Readonly<Record<string, string>> = {
  'uniprot knowledgebase': 'uniprot',
  uniprot: 'uniprot',
  'ncbi gene': 'ncbigene',
  'entrez gene': 'ncbigene',
  hgnc: 'hgnc',
  'hgnc symbol': 'hgnc.symbol',
  chebi: 'chebi',
};
function xref(raw: string): string {
  const colon = raw.indexOf(':');
  if (colon <= 0) return raw;
  const db = raw.slice(0, colon).trim().toLowerCase();
  const id = raw.slice(colon + 1).trim();
  const prefix = Object.prototype.hasOwnProperty.call(XREF_PREFIXES, db) ? XREF_PREFIXES[db] : undefined;
  if (!prefix) return raw;
  // Some ids carry their own prefix ("chebi:CHEBI:15551", "hgnc:HGNC:11766").
  return id.toLowerCase().startsWith(`${prefix}:`) ? id : `${prefix}:${id}`;
}

/**
 * Pathway Commons' extended SIF (EXTENDED_BINARY_SIF): a tab-separated edge table whose header is
 * PARTICIPANT_A, INTERACTION_TYPE, PARTICIPANT_B, INTERACTION_DATA_SOURCE, INTERACTION_PUBMED_ID,
 * PATHWAY_NAMES, MEDIATOR_IDS; then, after a blank line, a participants table (PARTICIPANT,
 * PARTICIPANT_TYPE, PARTICIPANT_NAME, UNIFICATION_XREF, RELATIONSHIP_XREF). Lists are joined by ";".
 * PubMed ids become evidence, xrefs identifiers, names synonyms (or the label of a ChEBI participant);
 * the other edge columns are kept as lists.
 */
export function readExtendedSif(ctx: FormatContext, lines: string[], first: number) {
  return convert(ctx, 'sif', extractExtendedSif(ctx, validateExtendedSif(lines, first)));
}

/** What validation hands on: the two tables, each row with its line. */
export interface ExtendedSifDocument {
  readonly edgeHeader: string[];
  readonly edgeRows: readonly { cells: string[]; line: number }[];
  readonly nodeHeader?: string[];
  readonly nodeRows: readonly { cells: string[]; line: number }[];
}

/** Stage 1: the interactions table from its header line, and the participants table after a blank line. */
export function validateExtendedSif(lines: readonly string[], first: number): ExtendedSifDocument {
  const edgeHeader = lines[first]!.split('\t').map((h) => h.trim());
  const edgeRows: { cells: string[]; line: number }[] = [];
  const nodeRows: { cells: string[]; line: number }[] = [];
  let nodeHeader: string[] | undefined;
  let section: 'edges' | 'gap' | 'nodes' = 'edges';
  for (let i = first + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') {
      if (section === 'edges') section = 'gap';
      continue;
    }
    const cells = raw.split('\t').map((c) => c.trim());
    if (section === 'gap' && !nodeHeader && norm(cells[0] ?? '') === 'PARTICIPANT') {
      nodeHeader = cells.map(norm);
      section = 'nodes';
    } else if (section === 'nodes') nodeRows.push({ cells, line: i + 1 });
    else edgeRows.push({ cells, line: i + 1 });
  }
  return { edgeHeader, edgeRows, ...(nodeHeader ? { nodeHeader } : {}), nodeRows };
}

/** Stage 2: participants (then any end not listed among them) and interactions with their PubMed ids. */
export function extractExtendedSif(ctx: FormatContext, doc: ExtendedSifDocument): Extracted {
  const { problems } = ctx;
  const { edgeHeader, edgeRows, nodeHeader, nodeRows } = doc;
  const nodes: NodeInput[] = [];
  const edges: EdgeInput[] = [];
  const named = new Set<string>();
  const addNode = (n: NodeInput) => {
    named.add(n.id);
    nodes.push(n);
  };
  const col = (header: string[], name: string) => header.findIndex((h) => norm(h) === name);
  // Participants first: the edges refer to them.
  if (nodeHeader) {
    const [id, type, name, uni, rel] = [
      'PARTICIPANT',
      'PARTICIPANT_TYPE',
      'PARTICIPANT_NAME',
      'UNIFICATION_XREF',
      'RELATIONSHIP_XREF',
    ].map((c) => col(nodeHeader!, c));
    for (const { cells, line } of nodeRows) {
      const pid = cells[id!] ?? '';
      const pname = name! >= 0 ? (cells[name!] ?? '') : '';
      // Paxtools writes the class names, "ProteinReference", several joined by ";".
      const kind = items(type! >= 0 ? cells[type!] : '')
        .map((t) => t.replace(/Reference$/, ''))
        .join(';');
      const attributes: Attributes = {};
      if (kind) setAttribute(attributes, 'type', kind);
      nodeHeader.forEach((h, j) => {
        if (![id, type, name, uni, rel].includes(j) && cells[j]) setAttribute(attributes, h, cells[j]!);
      });
      // A small molecule's participant is its ChEBI id; its name is what a reader knows it by.
      const byName = /^CHEBI:/i.test(pid) && pname !== '';
      addNode({
        id: pid,
        attributes,
        label: byName ? pname : pid,
        identifiers: [
          ...(byName ? [pid.toUpperCase()] : []),
          ...[uni!, rel!].flatMap((c) => items(cells[c]).map(xref)),
        ],
        synonyms: byName || !pname ? [] : [pname],
        where: { line, row: line },
      });
    }
  }

  const [a, it, bb, pmid] = [
    'PARTICIPANT_A',
    'INTERACTION_TYPE',
    'PARTICIPANT_B',
    'INTERACTION_PUBMED_ID',
  ].map((c) => col(edgeHeader, c));
  const tick = every(ctx.progress, edgeRows.length, 0.3, 0.75);
  edgeRows.forEach(({ cells, line }, i) => {
    tick(i);
    const source = cells[a!] ?? '';
    const target = cells[bb!] ?? '';
    if (!source || !target) {
      problems.error(
        `the line has no ${source ? 'PARTICIPANT_B' : 'PARTICIPANT_A'}`,
        'Each line of an extended SIF is: PARTICIPANT_A, INTERACTION_TYPE, PARTICIPANT_B, then the other columns, separated by tabs.',
        { line, row: line, field: source ? 'PARTICIPANT_B' : 'PARTICIPANT_A' },
      );
      return;
    }
    for (const end of [source, target])
      if (!named.has(end)) addNode({ id: end, attributes: {}, label: end, where: { line, row: line } });
    const attributes: Attributes = {};
    edgeHeader.forEach((h, j) => {
      if (j === a || j === it || j === bb || !cells[j]) return;
      setAttribute(attributes, h, items(cells[j]));
    });
    const interaction = cells[it!] ?? '';
    edges.push({
      id: '',
      source,
      target,
      attributes,
      ...(interaction ? { interaction } : {}),
      evidence: items(cells[pmid!])
        .filter(isPmid)
        .map((p) => ({ pmid: p })),
      where: { line, row: line },
    });
  });
  return { nodes, edges };
}
