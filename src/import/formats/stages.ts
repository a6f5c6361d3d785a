// A format reader in three stages, as Cytoscape Web reads CX (its CxModel validator, extractor and
// converter), so a new format is a small spec and each stage can be tested on its own:
// 1. validate: is this text (or parsed JSON) the format's shape at all? It reports what is wrong with
//    the document as a whole and gives the document to read, or nothing when it cannot be read.
// 2. extract: the format's own walk. It gives the network's metadata and each node and edge as plain
//    inputs (ids, ends, raw attributes, positions), as the file states them, in the file's order. It
//    reports problems of single elements, but checks nothing that spans elements.
// 3. convert: shared by every format (NetworkBuilder in build.ts): labels, kinds, identifiers, signs
//    and evidence pulled out of the attributes, unique ids, edge ends that exist, the placement warning,
//    the network's name.
// A reader of several files that make one network (CSV tables, graph-data files) is a set spec: the
// same three stages over every file at once, each file's problems in its own list (setReaderOf).
import { NetworkBuilder, type EdgeInput, type NodeInput } from '../build';
import { ProblemList } from '../problems';
import type { Attributes, ImportedNetwork, ImportFormat } from '../types';
import { baseName, every, type FormatContext, type FormatParser } from './common';

/** What a format's extract stage gives: the network as the file states it, nothing cross-checked. */
export interface Extracted {
  /** The network's own name, when the file gives one (else the file name is used). */
  readonly name?: string;
  /** False when the file says its edges are undirected. */
  readonly directed?: boolean;
  /** The network's own metadata (name, author, licence, description…), by the file's names. */
  readonly attributes?: Attributes;
  readonly nodes: readonly NodeInput[];
  readonly edges: readonly EdgeInput[];
  /**
   * A reader of several files: more nodes and edges, converted after `nodes` and `edges` and part by
   * part (each part's nodes before its edges), each part's problems reported in its own file's list.
   */
  readonly parts?: readonly ExtractedPart[];
  /**
   * Where positions stand when only some nodes have one, for the warning that the app places the
   * rest (formats that expect all or none, as CX2); undefined when a partial layout is normal.
   */
  readonly partialPlacement?: { readonly hint: string; readonly field?: string };
  /**
   * The converted network with the file's own visual style (CX2 visualProperties, CX1
   * cyVisualProperties, a cy.json() style), for formats that carry one: a closure over what
   * extraction read, applied after conversion because a style's bypasses name converted elements.
   */
  readonly styled?: (network: ImportedNetwork) => ImportedNetwork | undefined;
}

/** Nodes and edges of one file of a set (a CSV table, a graph-data relation file). */
export interface ExtractedPart {
  /** The list of the file these elements come from: their problems are reported there. */
  readonly problems: ProblemList;
  readonly nodes: readonly NodeInput[];
  readonly edges: readonly EdgeInput[];
}

/** A format as three stages; `Doc` is what validation hands to extraction. */
export interface FormatSpec<Doc> {
  readonly format: ImportFormat;
  readonly validate: (ctx: FormatContext, text: string, json?: unknown) => Doc | undefined;
  readonly extract: (ctx: FormatContext, doc: Doc) => Extracted | undefined;
}

/** Stage 3, the same for every format: the extracted inputs through the builder. */
export function convert(
  ctx: FormatContext,
  format: ImportFormat,
  x: Extracted,
  fileNames: readonly string[] = [ctx.fileName],
): ImportedNetwork | undefined {
  const b = new NetworkBuilder(ctx.problems, format);
  const parts: readonly ExtractedPart[] = [
    { problems: ctx.problems, nodes: x.nodes, edges: x.edges },
    ...(x.parts ?? []),
  ];
  const nodeCount = parts.reduce((s, p) => s + p.nodes.length, 0);
  const tickN = every(ctx.progress, nodeCount, 0.75, 0.85);
  const tickE = every(
    ctx.progress,
    parts.reduce((s, p) => s + p.edges.length, 0),
    0.85,
    0.9,
  );
  let placed = 0;
  let n = 0;
  let e = 0;
  for (const part of parts) {
    b.problems = part.problems;
    for (const node of part.nodes) {
      tickN(n++);
      if (node.position) placed++;
      b.addNode(node);
    }
    for (const edge of part.edges) {
      tickE(e++);
      b.addEdge(edge);
    }
  }
  b.problems = ctx.problems;
  if (x.partialPlacement && placed > 0 && placed < nodeCount) {
    ctx.problems.warning(
      `${nodeCount - placed} of ${nodeCount} nodes have no x/y position; the app places them`,
      x.partialPlacement.hint,
      { field: x.partialPlacement.field ?? 'nodes' },
    );
  }
  const name = x.name?.trim() ? x.name : baseName(ctx.fileName);
  const network = b.finish({
    name,
    fileNames,
    ...(x.directed === false ? { directed: false } : {}),
    ...(x.attributes ? { attributes: x.attributes } : {}),
  });
  return network && x.styled ? x.styled(network) : network;
}

/** The reader of a spec: validate, extract, convert; it stops at the first stage that gives nothing. */
export function readerOf<Doc>(spec: FormatSpec<Doc>): FormatParser {
  return (ctx, text, json) => {
    const doc = spec.validate(ctx, text, json);
    if (doc === undefined) return undefined;
    const extracted = spec.extract(ctx, doc);
    return extracted && convert(ctx, spec.format, extracted);
  };
}

/** A file given to a reader of several files. */
export interface NamedText {
  readonly name: string;
  readonly text: string;
}

/** The context of a set reader: every file with its own problem list; `problems` is the first's. */
export interface SetContext extends FormatContext {
  readonly files: readonly NamedText[];
  readonly lists: readonly ProblemList[];
}

/** A format read from several files at once (edges and nodes tables; entity and relation files). */
export interface SetSpec<Doc> {
  readonly format: ImportFormat;
  readonly validate: (ctx: SetContext) => Doc | undefined;
  readonly extract: (ctx: SetContext, doc: Doc) => Extracted | undefined;
}

/** What a set reader gives: the network when no file has an error, and each file's problems. */
export interface SetResult {
  readonly network?: ImportedNetwork;
  readonly problems: ProblemList[];
}

/** A set reader's context: one problem list per file (one for "(none)" when no file is given). */
export function setContext(files: readonly NamedText[], progress: FormatContext['progress']): SetContext {
  const lists = files.map((f) => new ProblemList(f.name));
  const first = lists[0] ?? new ProblemList('(none)');
  return { fileName: files[0]?.name ?? '(none)', problems: first, progress, files, lists };
}

/**
 * The reader of a set spec: validate, extract, convert as readerOf does, named after the first file
 * and listing every file; an error in any file blocks the whole network.
 */
export function setReaderOf<Doc>(spec: SetSpec<Doc>) {
  return (files: readonly NamedText[], progress: FormatContext['progress'] = () => {}): SetResult => {
    const ctx = setContext(files, progress);
    const doc = spec.validate(ctx);
    const extracted = doc === undefined ? undefined : spec.extract(ctx, doc);
    const fileNames = files.map((f) => f.name);
    const network = extracted && convert(ctx, spec.format, extracted, fileNames);
    const blocked = ctx.lists.some((l) => l.hasErrors);
    return { ...(network && !blocked ? { network } : {}), problems: [...ctx.lists] };
  };
}

/**
 * "Own ids": Nociscope's exports write each element's id in an attribute (CX2's `nociscope_id`,
 * since CX2 ids are numbers). They are used only when every element has one and no two are the same;
 * else the file's ids stand. Returns the ids, or undefined.
 */
export function ownIds(values: readonly Attributes[], key: string): string[] | undefined {
  const own = values.map((v) => (typeof v[key] === 'string' ? v[key] : undefined));
  if (own.length === 0 || !own.every(Boolean) || new Set(own).size !== own.length) return undefined;
  return own as string[];
}

/** An envelope's names less `name`, which is the network's own name in every format. */
export const withoutName = (names: readonly string[]) => names.filter((n) => n !== 'name');

/**
 * The network's metadata without the envelope of Nociscope's own export, known by the
 * `nociscope_format_version` it writes (CX2, GraphML): those are its facts, not the network's.
 */
export function withoutEnvelope(attributes: Attributes, names: readonly string[]): Attributes {
  if (!Object.prototype.hasOwnProperty.call(attributes, 'nociscope_format_version')) return attributes;
  for (const n of withoutName(names)) delete attributes[n];
  return attributes;
}
