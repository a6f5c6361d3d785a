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
import { NetworkBuilder, type EdgeInput, type NodeInput } from '../build';
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
  const tickN = every(ctx.progress, x.nodes.length, 0.75, 0.85);
  x.nodes.forEach((n, i) => {
    tickN(i);
    b.addNode(n);
  });
  const tickE = every(ctx.progress, x.edges.length, 0.85, 0.9);
  x.edges.forEach((e, i) => {
    tickE(i);
    b.addEdge(e);
  });
  if (x.partialPlacement) {
    const placed = x.nodes.filter((n) => n.position).length;
    if (placed > 0 && placed < x.nodes.length) {
      ctx.problems.warning(
        `${x.nodes.length - placed} of ${x.nodes.length} nodes have no x/y position; the app places them`,
        x.partialPlacement.hint,
        { field: x.partialPlacement.field ?? 'nodes' },
      );
    }
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
