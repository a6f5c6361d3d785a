// A therapy's impact on pain: every signed path from it to a pain endpoint, grouped by what it does
// to pain, plus its paths to harms and safety reports. Knock-outs (what-if) remove entities first.
import type { Graph } from '../graph';
import type { NodeId } from '../schema';
import {
  combineVerdicts,
  isEndpoint,
  painEndpoint,
  painEndpoints,
  riskEndpoint,
  verdictOf,
  type RiskEndpoint,
  type Verdict,
} from './endpoints';
import { clampLength, walkPaths, type SignedPath } from './paths';

/** A path to a pain endpoint, with what it does to pain. */
export interface ImpactPath extends SignedPath {
  readonly endpoint: NodeId;
  readonly verdict: Verdict;
}

/** A path to a harm or a safety report. */
export interface RiskPath extends SignedPath {
  readonly endpoint: NodeId;
  readonly risk: RiskEndpoint['kind'];
}

export interface EndpointSummary {
  readonly id: NodeId;
  readonly verdict: Verdict | 'mixed';
  readonly relieves: number;
  readonly worsens: number;
  readonly unknown: number;
}

export interface TherapyImpact {
  readonly therapy: NodeId;
  readonly knockedOut: readonly NodeId[];
  readonly maxLength: number;
  readonly relieves: readonly ImpactPath[];
  readonly worsens: readonly ImpactPath[];
  readonly unknown: readonly ImpactPath[];
  readonly risks: readonly RiskPath[];
  /** One line per pain endpoint reached: mixed when some paths relieve it and others worsen it. */
  readonly endpoints: readonly EndpointSummary[];
  /** All the pain paths together. */
  readonly overall: Verdict | 'mixed' | 'none';
  readonly truncated: boolean;
}

export interface ImpactOptions {
  readonly maxLength?: number;
  readonly knockedOut?: readonly NodeId[];
}

export const isTherapy = (graph: Graph, id: NodeId) => graph.nodeById.get(id)?.kind === 'therapy';

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
    if (painEnd) pain.push({ ...p, endpoint, verdict: verdictOf(p.net, painEnd) });
    else risks.push({ ...p, endpoint, risk: riskEndpoint(graph, endpoint)!.kind });
  }
  const endpoints: EndpointSummary[] = painEndpoints(graph).flatMap(({ id }) => {
    const to = pain.filter((p) => p.endpoint === id);
    if (!to.length) return [];
    const count = (v: Verdict) => to.filter((p) => p.verdict === v).length;
    return [
      {
        id,
        verdict: combineVerdicts(to.map((p) => p.verdict)) as Verdict | 'mixed',
        relieves: count('relieves'),
        worsens: count('worsens'),
        unknown: count('unknown'),
      },
    ];
  });
  return {
    therapy,
    knockedOut,
    maxLength,
    relieves: pain.filter((p) => p.verdict === 'relieves'),
    worsens: pain.filter((p) => p.verdict === 'worsens'),
    unknown: pain.filter((p) => p.verdict === 'unknown'),
    risks,
    endpoints,
    overall: combineVerdicts(pain.map((p) => p.verdict)),
    truncated,
  };
}

/** Every path of an impact, pain and risks together. */
export const impactPaths = (impact: TherapyImpact): SignedPath[] => [
  ...impact.relieves,
  ...impact.worsens,
  ...impact.unknown,
  ...impact.risks,
];
