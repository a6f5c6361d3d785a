// The contract with the pathway diagram: a result is drawn from relation ids, its ends, the
// knocked-out entities and, for a comparison, one group (one colour) per therapy.
import type { Graph } from '../graph';
import type { NodeId } from '../schema';
import type { TherapyComparison } from './compare';
import { impactPaths, type TherapyImpact } from './impact';
import { pathElements, type SignedPath } from './paths';
import type { WhatIf } from './whatIf';
import type { DiagramGroupInput, DiagramInput } from '../diagramInput';

/** One colour and letter of a pathway diagram (the diagram's own input type). */
export type PathwayDiagramGroup = DiagramGroupInput;
/** What a pathway diagram draws: the diagram's own input type, so the two cannot drift apart. */
export type PathwayDiagramInput = DiagramInput;

export function pathsDiagram(paths: readonly SignedPath[], from: NodeId, to: NodeId): PathwayDiagramInput {
  return { relationIds: pathElements(paths).relations, from, to };
}

/** A therapy's impact; with knock-outs, the paths before them, so the broken routes still show. */
export function impactDiagram(impact: TherapyImpact, what?: WhatIf): PathwayDiagramInput {
  const shown = what ? what.before : impact;
  return {
    relationIds: pathElements(impactPaths(shown)).relations,
    from: impact.therapy,
    knockedOut: impact.knockedOut,
  };
}

export function compareDiagram(graph: Graph, comparison: TherapyComparison): PathwayDiagramInput {
  const groups = comparison.therapies.map((t) => ({
    id: t.therapy,
    label: graph.nodeById.get(t.therapy)?.label ?? t.therapy,
    relationIds: t.relations,
  }));
  return { relationIds: [...new Set(groups.flatMap((g) => g.relationIds))], groups };
}
