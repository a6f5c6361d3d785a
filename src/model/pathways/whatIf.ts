// What if an entity is taken out (a neutralising antibody, a depleted cell type)? Where a study did
// exactly that, its result comes first: an experiment beats an inference. Then the inferred routes:
// which of the therapy's relieving routes break (they pass through the entity, or a relation of
// theirs works through it), which remain, and its impact afterwards. A knock-out only removes paths.
import type { Graph } from '../graph';
import type { NodeId } from '../schema';
import { interventionsOn, type Intervention } from './context';
import { isRelief, type CombinedVerdict } from './endpoints';
import { therapyImpact, type ImpactOptions, type ImpactPath, type TherapyImpact } from './impact';
import { pathBrokenBy } from './paths';

/** What the experiments that took these entities out found of the therapy's outcomes. */
export type ObservedAfter = 'lost' | 'kept';

export interface WhatIf {
  readonly therapy: NodeId;
  readonly knockedOut: readonly NodeId[];
  readonly before: TherapyImpact;
  readonly after: TherapyImpact;
  /**
   * Experiments that took a knocked-out entity out while watching one of the therapy's relations:
   * what they found is observed, and the answer shows it first.
   */
  readonly experiments: readonly Intervention[];
  /** lost: an experiment saw the relief go; kept: it saw the relief stay; undefined: none tested it. */
  readonly observedAfter?: ObservedAfter;
  /**
   * The answer after the knock-out: what the experiment saw where one tested it (relief lost is no
   * effect left), else what the remaining routes infer.
   */
  readonly overall: CombinedVerdict | 'none';
  /** The experiment and the remaining inferred routes point different ways. */
  readonly disagrees: boolean;
  /** Observed outcomes (relief seen in a study) that the knock-out breaks. */
  readonly brokenObserved: readonly ImpactPath[];
  /** Inferred relieving (or preventing) routes that pass through, or work through, a knocked-out entity. */
  readonly brokenRelief: readonly ImpactPath[];
  /** Inferred relieving (or preventing) routes that survive the knock-out. */
  readonly remainingRelief: readonly ImpactPath[];
  /** Worsening paths the knock-out breaks (taking out a pain driver). */
  readonly brokenHarm: readonly ImpactPath[];
}

const better = (i: TherapyImpact) => [...i.relieves, ...i.prevents];

export function whatIf(
  graph: Graph,
  therapy: NodeId,
  knockedOut: readonly NodeId[],
  options: Omit<ImpactOptions, 'knockedOut'> = {},
): WhatIf {
  const before = therapyImpact(graph, therapy, options);
  const after = therapyImpact(graph, therapy, { ...options, knockedOut });
  const out = after.knockedOut;
  const broken = (p: ImpactPath) => pathBrokenBy(graph, p, out);
  // The experiments: tested mediations of a knocked-out entity on any relation the therapy's paths use.
  const relations = new Set(
    [...before.observed, ...before.relieves, ...before.prevents].flatMap((p) => p.steps),
  );
  const experiments = interventionsOn(graph, relations).filter((x) => out.includes(x.entity));
  const observedRelief = new Set(before.observed.filter((p) => isRelief(p.verdict)).flatMap((p) => p.steps));
  const onRelief = experiments.filter((x) => observedRelief.has(x.relation));
  const observedAfter: ObservedAfter | undefined = onRelief.some((x) => x.finding === 'required')
    ? 'lost'
    : onRelief.length
      ? 'kept'
      : undefined;
  // Relief seen lost is no effect left. Relief seen kept is still among the observed outcomes after
  // the knock-out (a not-required mediator breaks nothing), so the answer after it holds it, and also
  // drops an observed worsening another experiment saw go (the verdict before would still count it).
  const overall = observedAfter === 'lost' ? 'no-effect' : after.overall;
  return {
    therapy,
    knockedOut: out,
    before,
    after,
    experiments,
    ...(observedAfter ? { observedAfter } : {}),
    overall,
    disagrees: observedAfter === 'lost' ? isRelief(after.inferredOverall) : after.disagrees,
    brokenObserved: before.observed.filter((p) => isRelief(p.verdict) && broken(p)),
    brokenRelief: better(before).filter(broken),
    remainingRelief: better(after),
    brokenHarm: before.worsens.filter(broken),
  };
}
