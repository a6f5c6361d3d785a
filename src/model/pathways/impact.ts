// A therapy's impact on pain. What studies observed of the therapy itself comes first (an observed
// outcome, including "no effect"); the routes inferred by chaining cited relations come after it,
// grouped by what they do to pain (relieves, prevents, worsens, sign unknown), with its paths to
// harms and safety reports apart. Where the observation and the inferred routes disagree, the answer
// says so. Knock-outs (what-if) remove entities, and the relations that work through them, first.
import type { Graph } from '../graph';
import type { NodeId } from '../schema';
import {
  combineVerdicts,
  isEndpoint,
  painEndpoint,
  painEndpoints,
  riskEndpoint,
  verdictOf,
  type CombinedVerdict,
  type RiskEndpoint,
  type Verdict,
} from './endpoints';
import { findingsOf, routeCounts, type Finding, type RouteCounts } from './findings';
import { clampLength, walkPaths, type SignedPath } from './paths';

/** A path to a pain endpoint, with what it does to pain and what it rests on. */
export interface ImpactPath extends SignedPath {
  readonly endpoint: NodeId;
  readonly verdict: Verdict;
  /**
   * observed: a study saw this outcome of the therapy itself (the therapy delivering its agent, then
   * an observed relation to the endpoint); inferred: a chain of cited relations, an inference.
   */
  readonly basis: 'observed' | 'inferred';
}

/** A path to a harm or a safety report. */
export interface RiskPath extends SignedPath {
  readonly endpoint: NodeId;
  readonly risk: RiskEndpoint['kind'];
}

export interface EndpointSummary {
  readonly id: NodeId;
  /** What the answer concludes: the observation where there is one, else the inferred routes. */
  readonly verdict: CombinedVerdict;
  /** Counts of inferred routes. */
  readonly relieves: number;
  readonly worsens: number;
  readonly unknown: number;
  readonly prevents: number;
  /** What studies observed of this therapy at this endpoint, if any did. */
  readonly observed?: CombinedVerdict;
  /** What the inferred routes together say. */
  readonly inferred: CombinedVerdict | 'none';
  /** The observation and the inferred routes point different ways. */
  readonly disagrees: boolean;
}

export interface TherapyImpact {
  readonly therapy: NodeId;
  readonly knockedOut: readonly NodeId[];
  readonly maxLength: number;
  /** Outcomes a study observed of the therapy itself, shown first. */
  readonly observed: readonly ImpactPath[];
  /** Inferred routes, by what they do to pain. */
  readonly relieves: readonly ImpactPath[];
  readonly prevents: readonly ImpactPath[];
  readonly worsens: readonly ImpactPath[];
  readonly unknown: readonly ImpactPath[];
  readonly risks: readonly RiskPath[];
  /** One line per pain endpoint reached. */
  readonly endpoints: readonly EndpointSummary[];
  /** The answer: observed outcomes where there are any, else the inferred routes together. */
  readonly overall: CombinedVerdict | 'none';
  /** What the inferred routes alone say. */
  readonly inferredOverall: CombinedVerdict | 'none';
  /** At some endpoint the observation and the inferred routes disagree. */
  readonly disagrees: boolean;
  /** The findings the inferred routes restate, tested ones first. */
  readonly findings: readonly Finding[];
  readonly counts: RouteCounts;
  readonly truncated: boolean;
}

export interface ImpactOptions {
  readonly maxLength?: number;
  readonly knockedOut?: readonly NodeId[];
}

export const isTherapy = (graph: Graph, id: NodeId) => graph.nodeById.get(id)?.kind === 'therapy';

/** Which way a verdict points on pain: -1 less, +1 more, 0 no effect, null unknown or mixed. */
const direction = (v: CombinedVerdict | 'none' | undefined): number | null =>
  v === 'relieves' || v === 'prevents' ? -1 : v === 'worsens' ? 1 : v === 'no-effect' ? 0 : null;

/** Whether an observation and the inferred routes disagree (no effect seen where routes predict one). */
export function disagree(observed: CombinedVerdict | undefined, inferred: CombinedVerdict | 'none'): boolean {
  if (!observed || inferred === 'none' || inferred === 'unknown') return false;
  if (observed === 'conflicting') return true;
  const o = direction(observed);
  if (inferred === 'mixed') return o === 0;
  const i = direction(inferred);
  return o !== null && i !== null && o !== i;
}

/** An observed outcome of the therapy itself: it delivers its agent, then a study saw the outcome. */
function isObservedOutcome(graph: Graph, p: SignedPath): boolean {
  const edges = p.steps.map((id) => graph.edgeById.get(id));
  const last = edges.at(-1);
  return !!last?.observed && edges.slice(0, -1).every((e) => e?.relation === 'delivers');
}

function painVerdict(graph: Graph, p: SignedPath, sense: Parameters<typeof verdictOf>[1]): Verdict {
  if (graph.edgeById.get(p.steps.at(-1)!)?.relation === 'shows-no-effect-on') return 'no-effect';
  const v = verdictOf(p.net, sense);
  // Fewer animals developing pain is prevention, not relief of pain that is there.
  return v === 'relieves' && p.preventive ? 'prevents' : v;
}

/**
 * Every path from the therapy to a pain endpoint or a risk. A path ends at the first endpoint it
 * reaches (neuropathic pain leading on to hyperalgesia is the pain itself, not a second effect of
 * the therapy) and never runs through another therapy.
 */
export function therapyImpact(graph: Graph, therapy: NodeId, options: ImpactOptions = {}): TherapyImpact {
  const maxLength = clampLength(options.maxLength);
  const knockedOut = [...new Set(options.knockedOut ?? [])];
  const { paths, truncated } = walkPaths(
    graph,
    therapy,
    (id) => isEndpoint(graph, id),
    (id) => !isTherapy(graph, id),
    { maxLength, knockedOut },
  );
  const pain: ImpactPath[] = [];
  const risks: RiskPath[] = [];
  for (const p of paths) {
    const endpoint = p.nodes.at(-1)!;
    const painEnd = painEndpoint(graph, endpoint);
    if (painEnd)
      pain.push({
        ...p,
        endpoint,
        verdict: painVerdict(graph, p, painEnd),
        basis: isObservedOutcome(graph, p) ? 'observed' : 'inferred',
      });
    else risks.push({ ...p, endpoint, risk: riskEndpoint(graph, endpoint)!.kind });
  }
  const observed = pain.filter((p) => p.basis === 'observed');
  const inferred = pain.filter((p) => p.basis === 'inferred');
  const endpoints: EndpointSummary[] = painEndpoints(graph).flatMap(({ id }) => {
    const to = inferred.filter((p) => p.endpoint === id);
    const seen = observed.filter((p) => p.endpoint === id);
    if (!to.length && !seen.length) return [];
    const count = (v: Verdict) => to.filter((p) => p.verdict === v).length;
    const inferredVerdict = combineVerdicts(to.map((p) => p.verdict));
    const observedVerdict = seen.length
      ? (combineVerdicts(seen.map((p) => p.verdict)) as CombinedVerdict)
      : undefined;
    return [
      {
        id,
        verdict: observedVerdict ?? (inferredVerdict as CombinedVerdict),
        relieves: count('relieves'),
        worsens: count('worsens'),
        unknown: count('unknown'),
        prevents: count('prevents'),
        ...(observedVerdict ? { observed: observedVerdict } : {}),
        inferred: inferredVerdict,
        disagrees: disagree(observedVerdict, inferredVerdict),
      },
    ];
  });
  const inferredOverall = combineVerdicts(inferred.map((p) => p.verdict));
  const observedOverall = overallOf(endpoints.flatMap((e) => (e.observed ? [e.observed] : [])));
  const findings = findingsOf(inferred).sort((a, b) => Number(b.tested) - Number(a.tested));
  return {
    therapy,
    knockedOut,
    maxLength,
    observed,
    relieves: inferred.filter((p) => p.verdict === 'relieves'),
    prevents: inferred.filter((p) => p.verdict === 'prevents'),
    worsens: inferred.filter((p) => p.verdict === 'worsens'),
    unknown: inferred.filter((p) => p.verdict === 'unknown'),
    risks,
    endpoints,
    overall: observedOverall ?? inferredOverall,
    inferredOverall,
    disagrees: endpoints.some((e) => e.disagrees),
    findings,
    counts: routeCounts(graph, inferred, findings),
    truncated,
  };
}

/**
 * The overall verdict of several endpoints' observations: one verdict when they agree; when they
 * differ by endpoint (no effect on one, relief of another), mixed; a conflict stays a conflict.
 */
function overallOf(verdicts: readonly CombinedVerdict[]): CombinedVerdict | undefined {
  const kinds = new Set(verdicts);
  if (kinds.size === 0) return undefined;
  if (kinds.size === 1) return verdicts[0];
  return kinds.has('conflicting') ? 'conflicting' : 'mixed';
}

/** Every path of an impact: observed outcomes, inferred routes and risks. */
export const impactPaths = (impact: TherapyImpact): SignedPath[] => [
  ...impact.observed,
  ...impact.relieves,
  ...impact.prevents,
  ...impact.worsens,
  ...impact.unknown,
  ...impact.risks,
];

/** The inferred pain routes of an impact. */
export const inferredRoutes = (impact: TherapyImpact): ImpactPath[] => [
  ...impact.relieves,
  ...impact.prevents,
  ...impact.worsens,
  ...impact.unknown,
];
