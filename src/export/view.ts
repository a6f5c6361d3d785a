// What an export contains: the whole graph or a subgraph, and exactly the sources its relations cite.
import type { Edge, Graph } from '../model/graph';
import { defaultPositions } from '../model/mapLayout';
import type { Subgraph } from '../model/queries';
import type { GraphNode, NodeId, Source, SourceId } from '../model/schema';

/** A node's place in the map's default layout, in Cytoscape's model coordinates (+y down). */
export interface Position {
  readonly x: number;
  readonly y: number;
}

/** The slice of the graph an exporter writes, with metadata for the file's version envelope. */
export interface ExportView {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly Edge[];
  /** Sources cited by the edges, plus the studies those news items report on. */
  readonly sources: readonly Source[];
  /**
   * Where each node of the view stands in the app's default picture of the whole graph (the stored
   * layered layout, or the lanes for a graph it was not made for), so a filtered export keeps every
   * node where the app draws it.
   */
  readonly positions: ReadonlyMap<NodeId, Position>;
  readonly meta: ExportMeta;
  /**
   * Attributes beyond the curated columns, by node or edge id: an imported layer's own attributes and
   * the mark that an element is imported (src/import/toExportView.ts). Every format writes them as
   * extra typed columns; absent for the curated graph, whose files stay as they were.
   */
  readonly extra?: ExtraAttributes;
  /**
   * The network's own metadata, by the names its file used (an imported network's name, author,
   * organism, licence, reference, version, description…): every format writes it as network-level
   * attributes, in place of Nociscope's description. Absent for the curated graph.
   */
  readonly metadata?: Readonly<Record<string, ExtraValue>>;
}

/** Extra attributes of nodes and edges, by element id. */
export interface ExtraAttributes {
  readonly nodes: ReadonlyMap<string, Readonly<Record<string, ExtraValue>>>;
  readonly edges: ReadonlyMap<string, Readonly<Record<string, ExtraValue>>>;
}

/** A value of an extra attribute. */
export type ExtraValue = string | number | boolean | readonly string[];

export interface ExportMeta {
  /** Title of the network in the target tool, e.g. "Nociscope — BMSC therapy". */
  readonly title: string;
  readonly dataVersion: string;
  /** ISO date; left out of golden-file tests so outputs are reproducible. */
  readonly exported?: string;
  /** Human-readable description of the filters, when the view is filtered. */
  readonly filters?: string;
}

/**
 * The format version written into every export's envelope; bump it when a format changes.
 * 1: attributes and citations. 2: adds the curated picture: node positions of the lanes layout in
 * every format, a Cytoscape.js stylesheet in cyjs and a portable visual style in CX2.
 * 3: every relation carries its sentence (the verb agreeing with a plural subject) and, when all its
 * evidence comes from news, web articles or an opinion known second-hand, the derived authority caveat;
 * nodes may carry a grammatical `number`; evidence may be of kind `opinion`.
 * 4: GraphML, CX2 and the edges CSV add `evidence_json`, every evidence item of a relation (source,
 * kind, note, locator, PMID, DOI) as JSON text, so those formats import back with nothing lost.
 * 5: ids are unique across nodes and edges (an edge whose id is taken gets another and keeps the
 * file's as `original_id`); node `name` is the imported file's own (else the label) and CX2 nodes add
 * a `label` attribute that the style and the cyjs stylesheet label by; an imported edge without a
 * name of its own is named by its ends' names; GraphML's edgedefault is "undirected" when every edge is.
 */
export const EXPORT_FORMAT_VERSION = 5;

export function selectView(graph: Graph, meta: Partial<ExportMeta> = {}, subgraph?: Subgraph): ExportView {
  const nodes = subgraph ? graph.nodes.filter((n) => subgraph.nodes.has(n.id)) : graph.nodes;
  const keep = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter(
    (e) => keep.has(e.source) && keep.has(e.target) && (!subgraph || subgraph.edges.has(e.id)),
  );
  const placed = defaultPositions(graph);
  return {
    nodes,
    edges,
    sources: citedSources(graph, edges),
    positions: new Map(nodes.map((n) => [n.id, placed.get(n.id)!])),
    meta: { title: 'Nociscope', dataVersion: graph.version, ...meta },
  };
}

/** The sources a set of relations rests on, in bibliography order, with reported-on studies added. */
export function citedSources(graph: Graph, edges: readonly Edge[]): Source[] {
  const ids = new Set<SourceId>();
  for (const e of edges) for (const ev of e.evidence) ids.add(ev.source);
  for (const id of [...ids]) {
    const reported = graph.sourceById.get(id)?.reportsOn;
    if (reported) ids.add(reported);
  }
  return graph.sources.filter((s) => ids.has(s.id));
}

/** A node's position in the view; selectView gives every node one, so a missing one is a bug. */
export function positionOf(view: ExportView, id: NodeId): Position {
  const p = view.positions.get(id);
  if (!p) throw new Error(`export view has no position for node "${id}"`);
  return p;
}
