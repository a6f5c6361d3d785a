// What if an entity is taken out (a neutralising antibody, a depleted cell type)? Which of the
// therapy's relieving paths break, which remain, and its impact afterwards. All of it is computed
// from the graph: a knock-out only removes paths, it never adds one.
import type { Graph } from '../graph';
import type { NodeId } from '../schema';
import { therapyImpact, type ImpactOptions, type ImpactPath, type TherapyImpact } from './impact';
import { pathTouches } from './paths';

export interface WhatIf {
  readonly therapy: NodeId;
  readonly knockedOut: readonly NodeId[];
  readonly before: TherapyImpact;
  readonly after: TherapyImpact;
  /** Relieving paths that pass through a knocked-out entity. */
  readonly brokenRelief: readonly ImpactPath[];
  /** Relieving paths that survive the knock-out. */
  readonly remainingRelief: readonly ImpactPath[];
  /** Worsening paths the knock-out breaks (taking out a pain driver). */
  readonly brokenHarm: readonly ImpactPath[];
}

export function whatIf(
  graph: Graph,
  therapy: NodeId,
  knockedOut: readonly NodeId[],
  options: Omit<ImpactOptions, 'knockedOut'> = {},
): WhatIf {
  const before = therapyImpact(graph, therapy, options);
  const after = therapyImpact(graph, therapy, { ...options, knockedOut });
  return {
    therapy,
    knockedOut: after.knockedOut,
    before,
    after,
    brokenRelief: before.relieves.filter((p) => pathTouches(p, knockedOut)),
    remainingRelief: after.relieves,
    brokenHarm: before.worsens.filter((p) => pathTouches(p, knockedOut)),
  };
}
