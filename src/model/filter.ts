// Filters as plain data and the pure function that applies them. The store keeps a Filters value;
// the canvas and the panels both read `applyFilters`, so what is counted is what is drawn.
import type { Edge, Graph } from './graph';
import { therapiesMechanism, type Subgraph } from './queries';
import type { GraphNode, NodeId } from './schema';
import type { EvidenceKind, Location, NodeKind, Phase, Polarity } from './vocabulary';

/** The active filters. An empty list means "no restriction" for that facet. */
export interface Filters {
  readonly therapies: readonly NodeId[];
  readonly kinds: readonly NodeKind[];
  readonly evidence: readonly EvidenceKind[];
  readonly locations: readonly Location[];
  readonly phases: readonly Phase[];
  readonly polarities: readonly Polarity[];
}

export const NO_FILTERS: Filters = {
  therapies: [],
  kinds: [],
  evidence: [],
  locations: [],
  phases: [],
  polarities: [],
};

export const isFiltered = (f: Filters): boolean =>
  Object.values(f).some((v: readonly unknown[]) => v.length > 0);

/** Does a relation pass the relation-level facets (evidence kind, location, phase, polarity)? */
export function edgePasses(e: Edge, f: Filters): boolean {
  if (f.evidence.length && !e.evidence.some((ev) => f.evidence.includes(ev.kind))) return false;
  if (f.locations.length && !(e.context?.location ?? []).some((l) => f.locations.includes(l))) return false;
  if (f.phases.length && !(e.context?.phase ?? []).some((p) => f.phases.includes(p))) return false;
  if (f.polarities.length && !f.polarities.includes(e.polarity)) return false;
  return true;
}

const nodePasses = (n: GraphNode, f: Filters) => !f.kinds.length || f.kinds.includes(n.kind);

/**
 * What stays visible under the filters. A relation is visible when it passes the relation facets
 * and both ends are visible; with relation facets active, a node stays only if a visible relation
 * touches it (otherwise "animal-model evidence" would still show every node). Therapy filters keep
 * the union of the chosen therapies' mechanisms.
 */
export function applyFilters(graph: Graph, f: Filters): Subgraph {
  const scope = f.therapies.length ? therapiesMechanism(graph, f.therapies) : undefined;
  const candidates = new Set<NodeId>();
  for (const n of graph.nodes)
    if ((!scope || scope.nodes.has(n.id)) && nodePasses(n, f)) candidates.add(n.id);
  const edges = new Set<Edge['id']>();
  const touched = new Set<NodeId>();
  for (const e of graph.edges) {
    if (scope && !scope.edges.has(e.id)) continue;
    if (!candidates.has(e.source) || !candidates.has(e.target) || !edgePasses(e, f)) continue;
    edges.add(e.id);
    touched.add(e.source);
    touched.add(e.target);
  }
  const edgeFacets = f.evidence.length || f.locations.length || f.phases.length || f.polarities.length;
  const nodes = edgeFacets ? touched : candidates;
  return { nodes, edges };
}

/** How many items each option of a facet would show on its own, for the counts beside checkboxes. */
export function facetCounts<K extends keyof Filters>(
  graph: Graph,
  f: Filters,
  facet: K,
  options: readonly Filters[K][number][],
): Map<Filters[K][number], number> {
  const counts = new Map<Filters[K][number], number>();
  for (const option of options) {
    const view = applyFilters(graph, { ...f, [facet]: [option] });
    counts.set(option, facet === 'kinds' || facet === 'therapies' ? view.nodes.size : view.edges.size);
  }
  return counts;
}

/** Do two filter values select the same options (in any order)? */
export function sameFilters(a: Filters, b: Filters): boolean {
  if (a === b) return true;
  return (Object.keys(a) as (keyof Filters)[]).every((k) => {
    const x: readonly unknown[] = a[k];
    const y: readonly unknown[] = b[k];
    return x.length === y.length && x.every((v) => y.includes(v));
  });
}
