// What a scientist knows about a relation beyond its verb, read from graph-data: where it holds
// (`only_under`: injected cells migrating hold only under the injection), what it works through
// (`mediated_by`: a knock-out of a required mediator breaks even a one-step summary relation), and
// whether it is an outcome a study observed (`observed`) rather than a step inferred from a mechanism.
import type { Edge, Graph } from '../graph';
import type { Evidence, Mediation, NodeId, RelationId } from '../schema';
import { knownOnlySecondHand } from '../authority';
import { EVIDENCE_KINDS, type EvidenceKind } from '../vocabulary';

/** Whether a path that started at `start` may walk this relation. */
export const holdsFrom = (edge: Pick<Edge, 'only_under'>, start: NodeId): boolean =>
  !edge.only_under || edge.only_under.includes(start);

/**
 * Whether knocking out these entities breaks the relation: a mediator or requirement of it is gone
 * (required, or described as needed; a mediator tested as not required leaves it in place).
 */
export const brokenBy = (edge: Pick<Edge, 'mediated_by'>, knockedOut: ReadonlySet<NodeId>): boolean =>
  (edge.mediated_by ?? []).some((m) => m.finding !== 'not-required' && knockedOut.has(m.entity));

/**
 * Evidence as the ranking weighs it: an opinion article known only through a news report (no DOI,
 * PMID or address of its own) is worth what the news report is worth, not more.
 */
export function effectiveKind(graph: Graph, ev: Evidence): EvidenceKind {
  if (ev.kind !== 'opinion') return ev.kind;
  const s = graph.sourceById.get(ev.source);
  return s && !knownOnlySecondHand(s) ? 'opinion' : 'news-report';
}

export const kindRank = (k: EvidenceKind) => EVIDENCE_KINDS.indexOf(k);

/** A relation's strength: the best evidence behind it, as the ranking weighs it. */
export function stepStrength(graph: Graph, edge: Edge): EvidenceKind {
  return edge.evidence.map((ev) => effectiveKind(graph, ev)).sort((a, b) => kindRank(a) - kindRank(b))[0]!;
}

/** An experiment behind a relation: it took an entity out and watched what became of the relation. */
export interface Intervention {
  /** The relation the experiment watched (often a one-step summary such as "BMSCs relieve pain"). */
  readonly relation: RelationId;
  readonly entity: NodeId;
  readonly finding: Mediation['finding'];
  readonly method?: string;
  readonly evidence: Evidence;
}

/** Every tested mediation (required or not-required) of the given relations. */
export function interventionsOn(graph: Graph, relations: Iterable<RelationId>): Intervention[] {
  const out: Intervention[] = [];
  for (const id of relations) {
    for (const m of graph.edgeById.get(id)?.mediated_by ?? []) {
      if (m.finding === 'described') continue;
      out.push({
        relation: id,
        entity: m.entity,
        finding: m.finding,
        method: m.method,
        evidence: m.evidence,
      });
    }
  }
  return out;
}

/**
 * The experiment that makes a route a tested mechanism: a relation out of an entity on the route
 * whose effect was lost when an entity further along the route was taken out (Chen's BMSC relief
 * was lost without TGF-β1, so the route BMSC → TGF-β1 → … is the tested one).
 */
export function testedBy(graph: Graph, nodes: readonly NodeId[]): Intervention | undefined {
  for (let i = 0; i < nodes.length; i++) {
    const later = new Set(nodes.slice(i + 1));
    for (const e of graph.outgoing.get(nodes[i]!) ?? []) {
      const m = e.mediated_by?.find((x) => x.finding === 'required' && later.has(x.entity));
      if (m)
        return {
          relation: e.id,
          entity: m.entity,
          finding: m.finding,
          method: m.method,
          evidence: m.evidence,
        };
    }
  }
  return undefined;
}
