// One pathway question, one answer: the Pathways panel, the canvas highlight, the stories and the
// diagram all derive from this function of (graph, question), so they cannot disagree.
import type { Graph } from '../graph';
import type { NodeId, RelationId } from '../schema';
import { compareTherapies, type TherapyComparison } from './compare';
import { compareDiagram, impactDiagram, pathsDiagram, type PathwayDiagramInput } from './diagram';
import { impactPaths, isTherapy, therapyImpact, type TherapyImpact } from './impact';
import { findPaths, pathBrokenBy, pathElements, type SignedPath } from './paths';
import { whatIf, type WhatIf } from './whatIf';

/** The three questions of the Pathways panel. */
export const PATHWAY_MODES = ['paths', 'impact', 'compare'] as const;
export type PathwayMode = (typeof PATHWAY_MODES)[number];

/** A pathway question: only the active mode's fields are asked (and written to the URL). */
export interface PathQuery {
  readonly mode: PathwayMode;
  /** paths: from one entity to another, up to maxLength steps. */
  readonly from: NodeId | null;
  readonly to: NodeId | null;
  readonly maxLength: number;
  /** impact: a therapy and the entities knocked out (what-if). */
  readonly therapy: NodeId | null;
  readonly knockouts: readonly NodeId[];
  /** compare: two or more therapies. */
  readonly compare: readonly NodeId[];
}

export type PathwayAnswer =
  | {
      readonly mode: 'paths';
      readonly from: NodeId;
      readonly to: NodeId;
      readonly maxLength: number;
      readonly paths: readonly SignedPath[];
      /** With knock-outs: the paths they break (present without them, gone with them). */
      readonly broken: readonly SignedPath[];
      readonly knockedOut: readonly NodeId[];
      readonly truncated: boolean;
    }
  | { readonly mode: 'impact'; readonly impact: TherapyImpact; readonly whatIf?: WhatIf }
  | { readonly mode: 'compare'; readonly comparison: TherapyComparison };

/** The answer, or null while the question is incomplete (an end missing, fewer than two therapies). */
export function answerPathway(graph: Graph, q: PathQuery): PathwayAnswer | null {
  if (q.mode === 'paths') {
    if (!q.from || !q.to || q.from === q.to) return null;
    const knockedOut = q.knockouts.filter((k) => k !== q.from && k !== q.to);
    const { paths, truncated } = findPaths(graph, q.from, q.to, { maxLength: q.maxLength, knockedOut });
    const before = knockedOut.length ? findPaths(graph, q.from, q.to, { maxLength: q.maxLength }).paths : [];
    const broken = before.filter((p) => pathBrokenBy(graph, p, knockedOut));
    return {
      mode: 'paths',
      from: q.from,
      to: q.to,
      maxLength: q.maxLength,
      paths,
      broken,
      knockedOut,
      truncated,
    };
  }
  if (q.mode === 'impact') {
    if (!q.therapy || !isTherapy(graph, q.therapy)) return null;
    if (q.knockouts.length) {
      const w = whatIf(graph, q.therapy, q.knockouts, { maxLength: q.maxLength });
      return { mode: 'impact', impact: w.after, whatIf: w };
    }
    return { mode: 'impact', impact: therapyImpact(graph, q.therapy, { maxLength: q.maxLength }) };
  }
  const therapies = q.compare.filter((t) => isTherapy(graph, t));
  if (therapies.length < 2) return null;
  return { mode: 'compare', comparison: compareTherapies(graph, therapies, { maxLength: q.maxLength }) };
}

/** What the diagram draws for an answer (relation ids, ends, knock-outs, groups). */
export function answerDiagram(graph: Graph, a: PathwayAnswer): PathwayDiagramInput {
  if (a.mode === 'paths')
    return { ...pathsDiagram([...a.paths, ...a.broken], a.from, a.to), knockedOut: a.knockedOut };
  if (a.mode === 'impact') return impactDiagram(a.impact, a.whatIf);
  return compareDiagram(graph, a.comparison);
}

/** What the map highlights: the answer's entities and relations; broken routes and knock-outs apart. */
export interface PathwayFocus {
  readonly nodes: ReadonlySet<NodeId>;
  readonly edges: ReadonlySet<RelationId>;
  readonly knockedOut: ReadonlySet<NodeId>;
  /** Relations only on paths a knock-out broke. */
  readonly broken: ReadonlySet<RelationId>;
}

export function answerFocus(a: PathwayAnswer): PathwayFocus {
  if (a.mode === 'paths') {
    const { nodes, relations } = pathElements([...a.paths, ...a.broken]);
    const kept = pathElements(a.paths).relations;
    return {
      nodes: new Set([a.from, a.to, ...nodes]),
      edges: new Set(relations),
      knockedOut: new Set(a.knockedOut),
      broken: new Set(relations.filter((r) => !kept.includes(r))),
    };
  }
  if (a.mode === 'compare') {
    const all = a.comparison.therapies.flatMap((t) => impactPaths(t.impact));
    const { nodes, relations } = pathElements(all);
    return {
      nodes: new Set([...a.comparison.therapies.map((t) => t.therapy), ...nodes]),
      edges: new Set(relations),
      knockedOut: new Set(),
      broken: new Set(),
    };
  }
  const before = pathElements(impactPaths(a.whatIf?.before ?? a.impact));
  const after = pathElements(impactPaths(a.impact));
  return {
    nodes: new Set([a.impact.therapy, ...before.nodes]),
    edges: new Set(before.relations),
    knockedOut: new Set(a.impact.knockedOut),
    broken: new Set(before.relations.filter((r) => !after.relations.includes(r))),
  };
}

/**
 * A predict-then-reveal story step: before the reveal, the therapy's relieving paths and the entity
 * to be knocked out; after it, the same paths with the ones the knock-out breaks marked as broken.
 */
export function predictFocus(w: WhatIf, revealed: boolean): PathwayFocus {
  const kept = [...w.after.observed, ...w.remainingRelief];
  const before = pathElements([...w.brokenObserved, ...w.brokenRelief, ...kept]);
  const remaining = pathElements(kept);
  return {
    nodes: new Set([w.therapy, ...w.knockedOut, ...before.nodes]),
    edges: new Set(before.relations),
    knockedOut: new Set(w.knockedOut),
    broken: revealed ? new Set(before.relations.filter((r) => !remaining.relations.includes(r))) : new Set(),
  };
}

/**
 * A predict-then-reveal story step: the therapy's routes to relief; once revealed, with the entity
 * knocked out (crossed out) and the routes it breaks marked. Before the reveal nothing gives the
 * answer away: the diagram is the routes alone.
 */
export function predictDiagram(w: WhatIf, revealed: boolean): PathwayDiagramInput {
  return {
    relationIds: [...predictFocus(w, revealed).edges],
    from: w.therapy,
    knockedOut: revealed ? w.knockedOut : [],
  };
}

/** A title for the answer's diagram and its exported picture. */
export function answerTitle(graph: Graph, a: PathwayAnswer): string {
  const label = (id: NodeId) => graph.nodeById.get(id)?.label ?? id;
  const without = (ids: readonly NodeId[]) => (ids.length ? ` without ${ids.map(label).join(', ')}` : '');
  if (a.mode === 'paths') return `Paths from ${label(a.from)} to ${label(a.to)}${without(a.knockedOut)}`;
  if (a.mode === 'compare')
    return `Comparing ${a.comparison.therapies.map((t) => label(t.therapy)).join(', ')}`;
  return `${label(a.impact.therapy)}: impact on pain${without(a.impact.knockedOut)}`;
}
