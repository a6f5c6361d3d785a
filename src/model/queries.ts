// Questions asked of the graph: a therapy's mechanism, paths between two entities, neighbourhoods.
import type { Edge, Graph } from './graph';
import type { NodeId, RelationId, SourceId } from './schema';
import { transmissionOf } from './vocabulary';

/** A set of nodes and the relations among them. */
export interface Subgraph {
  readonly nodes: ReadonlySet<NodeId>;
  readonly edges: ReadonlySet<RelationId>;
}

/**
 * A therapy's mechanism, computed and never hand-tagged:
 * - everything reachable from the therapy along relations in their direction, not passing beyond a
 *   condition (a condition is an outcome: "relieves neuropathic pain" ends the chain), nor beyond a
 *   relation that carries no effect (the class in "BMSCs are a kind of stem cell" is shown, but what
 *   a web page says of stem cells in general is not the BMSCs' mechanism; where injected cells go is
 *   shown, not everything the injury itself sets off);
 * - plus what acts directly on the therapy's own agents (one step upstream of the nodes the therapy
 *   touches), because how an agent is steered is part of how the therapy works: CXCL12 guiding
 *   injected BMSCs to the injury is not downstream of the cells but belongs to their mechanism.
 */
export function therapyMechanism(graph: Graph, therapy: NodeId): Subgraph {
  const nodes = new Set<NodeId>();
  const edges = new Set<RelationId>();
  if (!graph.nodeById.has(therapy)) return { nodes, edges };
  nodes.add(therapy);
  // Walked on from: a node reached by any relation that carries an effect, whichever relation
  // reached it first (a node first met through one that carries none is still walked on from once
  // an effect reaches it: the answer must not depend on the order relations are listed in).
  const walked = new Set<NodeId>([therapy]);
  const queue: NodeId[] = [therapy];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (id !== therapy && graph.nodeById.get(id)?.kind === 'condition') continue;
    for (const e of graph.outgoing.get(id) ?? []) {
      edges.add(e.id);
      nodes.add(e.target);
      if (transmissionOf(e.relation) !== 'none' && !walked.has(e.target)) {
        walked.add(e.target);
        queue.push(e.target);
      }
    }
  }
  for (const agentEdge of graph.outgoing.get(therapy) ?? []) {
    for (const e of graph.incoming.get(agentEdge.target) ?? []) {
      if (graph.nodeById.get(e.source)?.kind === 'therapy') continue;
      nodes.add(e.source);
      edges.add(e.id);
    }
  }
  // Relations among the chosen nodes that the walk did not take (e.g. a feedback loop) belong too.
  for (const e of graph.edges) if (nodes.has(e.source) && nodes.has(e.target)) edges.add(e.id);
  return { nodes, edges };
}

/** The union of several therapies' mechanisms. */
export function therapiesMechanism(graph: Graph, therapies: readonly NodeId[]): Subgraph {
  const nodes = new Set<NodeId>();
  const edges = new Set<RelationId>();
  for (const t of therapies) {
    const m = therapyMechanism(graph, t);
    m.nodes.forEach((n) => nodes.add(n));
    m.edges.forEach((e) => edges.add(e));
  }
  return { nodes, edges };
}

/** Relations with at least one piece of evidence citing this source directly. */
export const relationsCiting = (graph: Graph, source: SourceId): Edge[] =>
  graph.edges.filter((e) => e.evidence.some((ev) => ev.source === source));

/** The node, its direct neighbours and the relations that join them. */
export function neighbourhood(graph: Graph, id: NodeId): Subgraph {
  const nodes = new Set<NodeId>([id]);
  const edges = new Set<RelationId>();
  for (const e of [...(graph.outgoing.get(id) ?? []), ...(graph.incoming.get(id) ?? [])]) {
    edges.add(e.id);
    nodes.add(e.source);
    nodes.add(e.target);
  }
  return { nodes, edges };
}

/**
 * All shortest paths from `from` to `to` (breadth-first, as Cytoscape desktop's "shortest path"
 * does). `directed: false` also walks relations backwards, to ask "how are these two connected?".
 * Returns each path as its list of relations, at most `limit` of them.
 */
export function shortestPaths(
  graph: Graph,
  from: NodeId,
  to: NodeId,
  { directed = true, limit = 20 }: { directed?: boolean; limit?: number } = {},
): Edge[][] {
  if (!graph.nodeById.has(from) || !graph.nodeById.has(to) || from === to) return [];
  const steps = (id: NodeId): { edge: Edge; next: NodeId }[] => [
    ...(graph.outgoing.get(id) ?? []).map((edge) => ({ edge, next: edge.target })),
    ...(directed ? [] : (graph.incoming.get(id) ?? []).map((edge) => ({ edge, next: edge.source }))),
  ];
  // Distances from `from`, then walk back along every edge that keeps the distance shortest.
  const dist = new Map<NodeId, number>([[from, 0]]);
  const parents = new Map<NodeId, { edge: Edge; prev: NodeId }[]>();
  let frontier: NodeId[] = [from];
  while (frontier.length > 0 && !dist.has(to)) {
    const next: NodeId[] = [];
    for (const id of frontier) {
      for (const { edge, next: n } of steps(id)) {
        const d = dist.get(id)! + 1;
        if (!dist.has(n)) {
          dist.set(n, d);
          next.push(n);
        }
        if (dist.get(n) === d) {
          const list = parents.get(n) ?? [];
          list.push({ edge, prev: id });
          parents.set(n, list);
        }
      }
    }
    frontier = next;
  }
  if (!dist.has(to)) return [];
  const paths: Edge[][] = [];
  const walk = (id: NodeId, suffix: Edge[]) => {
    if (paths.length >= limit) return;
    if (id === from) {
      paths.push(suffix);
      return;
    }
    for (const { edge, prev } of parents.get(id) ?? []) walk(prev, [edge, ...suffix]);
  };
  walk(to, []);
  return paths;
}
