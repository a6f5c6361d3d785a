// The ends a therapy's paths are read against. Curators mark them in graph-data (`endpoint:` on a
// condition or process, checked by the schema), so the app, the exports and the command line read one
// list. A pain endpoint says which way is worse: more neuropathic pain is worse (sense +1), more
// analgesia is better (sense -1). So a path that raises analgesia relieves pain, and a path that
// lowers neuropathic pain relieves it too; a path that raises neuropathic pain, or lowers analgesia,
// worsens it. Only types from the schema here: this module runs in the browser, which must not load
// zod (its code generation would trip the Content-Security-Policy, no eval, and swell the page).
import type { Graph } from '../graph';
import type { NodeId } from '../schema';
import type { EndpointRole } from '../vocabulary';
import type { NetSign } from './sign';

export interface PainEndpoint {
  readonly id: NodeId;
  /** +1 when more of it means more pain; -1 when more of it means less pain. */
  readonly sense: 1 | -1;
}

/** Harms and safety observations: a therapy's paths to them are shown as their own group. */
export interface RiskEndpoint {
  readonly id: NodeId;
  readonly kind: Exclude<EndpointRole, 'pain'>;
}

interface Endpoints {
  readonly pain: readonly PainEndpoint[];
  readonly risks: readonly RiskEndpoint[];
  readonly painById: ReadonlyMap<NodeId, PainEndpoint>;
  readonly riskById: ReadonlyMap<NodeId, RiskEndpoint>;
}

// A graph never changes once built, so its endpoints are read once per graph.
const cache = new WeakMap<Graph, Endpoints>();

function endpointsOf(graph: Graph): Endpoints {
  let e = cache.get(graph);
  if (e) return e;
  const pain: PainEndpoint[] = [];
  const risks: RiskEndpoint[] = [];
  for (const n of graph.nodes) {
    const end = 'endpoint' in n ? n.endpoint : undefined;
    if (!end) continue;
    if (end.role === 'pain') pain.push({ id: n.id, sense: end.more_means === 'less-pain' ? -1 : 1 });
    else risks.push({ id: n.id, kind: end.role });
  }
  e = {
    pain,
    risks,
    painById: new Map(pain.map((p) => [p.id, p])),
    riskById: new Map(risks.map((r) => [r.id, r])),
  };
  cache.set(graph, e);
  return e;
}

/** The pain endpoints of the graph, in the order the data lists them. */
export const painEndpoints = (graph: Graph): readonly PainEndpoint[] => endpointsOf(graph).pain;
/** The harms and safety reports of the graph, in the order the data lists them. */
export const riskEndpoints = (graph: Graph): readonly RiskEndpoint[] => endpointsOf(graph).risks;
export const painEndpoint = (graph: Graph, id: NodeId) => endpointsOf(graph).painById.get(id);
export const riskEndpoint = (graph: Graph, id: NodeId) => endpointsOf(graph).riskById.get(id);
/** Every endpoint, pain and risk: where a therapy's paths stop. */
export const isEndpoint = (graph: Graph, id: NodeId) =>
  endpointsOf(graph).painById.has(id) || endpointsOf(graph).riskById.has(id);

/**
 * What a path does to pain. `prevents`: it lowers the risk of developing pain (fewer animals develop
 * it), which is not relief of pain already there; `no-effect`: a study looked and saw none.
 */
export type Verdict = 'relieves' | 'worsens' | 'unknown' | 'prevents' | 'no-effect';
/** Several verdicts together: `mixed` relieving and worsening, `conflicting` observations disagree. */
export type CombinedVerdict = Verdict | 'mixed' | 'conflicting';

export const VERDICT_LABELS: Record<CombinedVerdict, string> = {
  relieves: 'relieves pain',
  worsens: 'worsens pain',
  mixed: 'mixed',
  unknown: 'sign unknown',
  prevents: 'lowers the risk of pain (prevention, not relief)',
  'no-effect': 'no effect observed',
  conflicting: 'conflicting observations',
};

/** Icons that carry the meaning alongside the word and the colour. */
export const VERDICT_ICONS: Record<CombinedVerdict, string> = {
  relieves: '↓',
  worsens: '↑',
  mixed: '↕',
  unknown: '?',
  prevents: '↧',
  'no-effect': '∅',
  conflicting: '≠',
};

/** Less pain: relief, or fewer developing it. What a knock-out can take away from a therapy. */
export const isRelief = (v: CombinedVerdict | 'none' | undefined): boolean =>
  v === 'relieves' || v === 'prevents';

/** A path's net effect on an endpoint, read as what it does to pain. */
export function verdictOf(net: NetSign, endpoint: PainEndpoint): 'relieves' | 'worsens' | 'unknown' {
  if (net === '?') return 'unknown';
  const onPain = (net === '+' ? 1 : -1) * endpoint.sense;
  return onPain < 0 ? 'relieves' : 'worsens';
}

/**
 * Several paths to one endpoint together: relieving (or preventing) and worsening ones make it mixed;
 * "no effect" beside an effect is a conflict between observations.
 */
export function combineVerdicts(verdicts: readonly Verdict[]): CombinedVerdict | 'none' {
  const has = new Set(verdicts);
  if (!has.size) return 'none';
  const better = verdicts.some(isRelief);
  if (better && has.has('worsens')) return 'mixed';
  if (has.has('no-effect')) return better || has.has('worsens') ? 'conflicting' : 'no-effect';
  if (has.has('relieves')) return 'relieves';
  if (has.has('prevents')) return 'prevents';
  if (has.has('worsens')) return 'worsens';
  return 'unknown';
}
