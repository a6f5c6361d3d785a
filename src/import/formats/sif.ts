// SIF, the simple interaction format of Cytoscape desktop: one line per interaction,
// `source <interaction> target [target…]`, fields separated by tabs — or, in a file without tabs,
// by spaces (as Cytoscape reads it). A line with a single name is a node without edges.
// Names are the node ids and labels; the interaction word is kept (and signed only when unambiguous).
// Pathway Commons' extended SIF (a header PARTICIPANT_A, INTERACTION_TYPE, PARTICIPANT_B, …, then
// after a blank line a participants table) is read by its columns: see extendedSif.ts. A table with
// an edge-table header (a STRING, BioGRID or MITAB download saved as .txt) goes to the CSV/TSV reader.
import type { EdgeInput, NodeInput } from '../build';
import { quote } from '../problems';
import { every, type FormatContext, type FormatParser } from './common';
import { cytoscapePlaceholderDash } from './desktopConventions';
import { isEdgeTableHeader, parseCsvFiles } from './csv';
import { isExtendedHeader, readExtendedSif } from './extendedSif';
import { readerOf, type Extracted, type FormatSpec } from './stages';

/** What validation hands on: the file's lines, and whether tabs separate the fields. */
export interface SifDocument {
  readonly lines: readonly string[];
  readonly tabs: boolean;
}

/** Stage 1 of plain SIF: its lines (extended SIF and edge tables go to their readers first). */
export function validateSif(_ctx: FormatContext, text: string): SifDocument {
  // As Cytoscape reads SIF: a file with any tab is tab-separated throughout (names may hold spaces);
  // otherwise fields are separated by spaces.
  return { lines: text.split(/\r\n|\n|\r/), tabs: text.includes('\t') };
}

/** Stage 2: a node per name (first seen first), an edge per target of each line. */
export function extractSif(ctx: FormatContext, { lines, tabs }: SifDocument): Extracted {
  const { problems } = ctx;
  const nodes: NodeInput[] = [];
  const named = new Set<string>();
  const node = (name: string, line: number) => {
    if (named.has(name)) return;
    named.add(name);
    nodes.push({ id: name, attributes: {}, label: name, where: { line } });
  };
  const tick = every(ctx.progress, lines.length, 0.3, 0.75);
  const pending: { source: string; target: string; interaction?: string; line: number }[] = [];
  lines.forEach((raw, i) => {
    tick(i);
    const line = i + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const fields = (tabs ? raw.split('\t') : raw.trim().split(/ +/)).map((f) => f.trim());
    const [source, interaction, ...targets] = fields;
    // A header some tools write ("source interaction target") is not an edge.
    if (
      i === 0 &&
      /^(source|from|node1)$/i.test(source ?? '') &&
      /^(target|to|node2)$/i.test(targets[0] ?? '')
    )
      return;
    if (!source) {
      problems.error('the line starts with an empty name', 'Each line is: source, interaction, target(s).', {
        line,
        row: line,
      });
      return;
    }
    if (fields.length === 1) {
      node(source, line);
      return;
    }
    if (fields.length === 2 || targets.every((t) => t === '')) {
      problems.error(
        `the line ${quote(raw, 50)} has an interaction but no target`,
        'Each line is: source, interaction, target (separated by tabs), or a single node name.',
        { line, row: line },
      );
      return;
    }
    node(source, line);
    for (const target of targets) {
      if (target === '') continue;
      node(target, line);
      pending.push({ source, target, interaction, line });
    }
  });
  // Cytoscape writes "-" for every edge it read from GraphML (desktopConventions.ts): then no edge is
  // signed by it.
  const dash = cytoscapePlaceholderDash(
    problems,
    pending.map((e) => e.interaction),
  );
  const edges: EdgeInput[] = pending.map(({ source, target, interaction, line }) => ({
    id: '',
    source,
    target,
    attributes: {},
    ...(interaction && !dash ? { interaction } : {}),
    where: { line, row: line },
  }));
  return { nodes, edges };
}

export const SIF_SPEC: FormatSpec<SifDocument> = {
  format: 'sif',
  validate: validateSif,
  extract: extractSif,
};

const readPlainSif = readerOf(SIF_SPEC);

/** SIF, or what is saved as .sif/.txt but is another table: extended SIF, an edge table. */
export const parseSif: FormatParser = (ctx, text) => {
  const lines = text.split(/\r\n|\n|\r/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first >= 0 && isExtendedHeader(lines[first]!)) return readExtendedSif(ctx, lines, first);
  if (first >= 0 && isEdgeTableHeader(lines[first]!)) return readAsTable(ctx, text);
  return readPlainSif(ctx, text);
};

/**
 * A tab-separated table with a header (a BioGRID or STRING download saved as .txt) is not SIF: it is
 * read by the CSV/TSV reader, whose problems are reported here as they are.
 */
function readAsTable(ctx: FormatContext, text: string) {
  const r = parseCsvFiles([{ name: ctx.fileName, text }], ctx.progress);
  for (const list of r.problems)
    for (const p of list.list()) {
      const where = { line: p.line, col: p.col, row: p.row, field: p.field };
      ctx.problems[p.severity](p.message, p.hint, where);
    }
  return ctx.problems.hasErrors ? undefined : r.network;
}
