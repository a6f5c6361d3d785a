// The in-memory knowledge graph: the parsed data plus the indexes every query needs.
import type { GraphNode, NodeId, Relation, RelationId, Source, SourceId } from './schema';
import { polarityOf, type Polarity } from './vocabulary';

/** A relation as the app uses it: its polarity (from the vocabulary) and mechanism group resolved. */
export interface Edge extends Relation {
  readonly polarity: Polarity;
  /** The relations file it comes from: one mechanism, one story the sources tell. */
  readonly group: string;
}

/** A mechanism group: one relations file. */
export interface Mechanism {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
}

/** The whole knowledge base, read-only, with lookup tables. */
export interface Graph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly Edge[];
  readonly sources: readonly Source[];
  readonly mechanisms: readonly Mechanism[];
  readonly nodeById: ReadonlyMap<NodeId, GraphNode>;
  readonly edgeById: ReadonlyMap<RelationId, Edge>;
  readonly sourceById: ReadonlyMap<SourceId, Source>;
  readonly outgoing: ReadonlyMap<NodeId, readonly Edge[]>;
  readonly incoming: ReadonlyMap<NodeId, readonly Edge[]>;
  /** A short hash of the data files: names the data version in exports and captions. */
  readonly version: string;
}

export interface GraphParts {
  nodes: GraphNode[];
  relations: { relation: Relation; group: string }[];
  sources: Source[];
  mechanisms: Mechanism[];
  version: string;
}

export function buildGraph(parts: GraphParts): Graph {
  const edges: Edge[] = parts.relations.map(({ relation, group }) => ({
    ...relation,
    polarity: polarityOf(relation.relation),
    group,
  }));
  const outgoing = new Map<NodeId, Edge[]>();
  const incoming = new Map<NodeId, Edge[]>();
  for (const n of parts.nodes) {
    outgoing.set(n.id, []);
    incoming.set(n.id, []);
  }
  for (const e of edges) {
    outgoing.get(e.source)?.push(e);
    incoming.get(e.target)?.push(e);
  }
  return {
    nodes: parts.nodes,
    edges,
    sources: parts.sources,
    mechanisms: parts.mechanisms,
    nodeById: new Map(parts.nodes.map((n) => [n.id, n])),
    edgeById: new Map(edges.map((e) => [e.id, e])),
    sourceById: new Map(parts.sources.map((s) => [s.id, s])),
    outgoing,
    incoming,
    version: parts.version,
  };
}

/** FNV-1a over the file texts: stable across machines, cheap, and enough to tell versions apart. */
export function contentHash(texts: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const t of texts) {
    for (let i = 0; i < t.length; i++) {
      h ^= t.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
