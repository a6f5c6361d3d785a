// Findings, not path counts: routes that begin with the same action of the therapy's agent restate
// one finding (BMSCs secrete TGF-β1, and TGF-β1 then reaches pain three ways), so an answer counts
// findings and sources, and says how many routes rest on news or web pages alone.
import type { Graph } from '../graph';
import type { RelationId, SourceId } from '../schema';
import { lowAuthorityKind } from '../authority';
import type { SignedPath } from './paths';

export interface Finding {
  /** The relation the routes share as their first mechanism step. */
  readonly relation: RelationId;
  /** How many routes restate it. */
  readonly routes: number;
  /** The sources its routes cite, in first-seen order. */
  readonly sources: readonly SourceId[];
  /** Whether an experiment tested its mechanism by taking a mediator out. */
  readonly tested: boolean;
  /** Whether every one of its routes has a step that rests only on news, web or opinion. */
  readonly lowAuthority: boolean;
}

export interface RouteCounts {
  readonly routes: number;
  readonly sources: number;
  readonly findings: number;
  /** Routes with at least one step that rests only on low-authority sources. */
  readonly lowAuthorityRoutes: number;
  /** The low-authority sources those steps rest on. */
  readonly lowAuthoritySources: readonly SourceId[];
}

export function findingsOf(paths: readonly SignedPath[]): Finding[] {
  const byRelation = new Map<RelationId, SignedPath[]>();
  for (const p of paths) {
    const key = p.finding ?? p.steps[0];
    if (!key) continue;
    byRelation.set(key, [...(byRelation.get(key) ?? []), p]);
  }
  return [...byRelation].map(([relation, routes]) => ({
    relation,
    routes: routes.length,
    sources: [...new Set(routes.flatMap((r) => r.evidence.sources))],
    tested: routes.some((r) => r.tested),
    lowAuthority: routes.every((r) => r.evidence.lowAuthority !== 'none'),
  }));
}

export function routeCounts(
  graph: Graph,
  paths: readonly SignedPath[],
  findings: readonly Finding[] = findingsOf(paths),
): RouteCounts {
  const low = paths.filter((p) => p.evidence.lowAuthority !== 'none');
  const lowSources = new Set<SourceId>();
  for (const p of low)
    for (const r of p.evidence.lowAuthoritySteps)
      for (const ev of graph.edgeById.get(r)?.evidence ?? []) {
        const s = graph.sourceById.get(ev.source);
        if (s && lowAuthorityKind(s)) lowSources.add(ev.source);
      }
  return {
    routes: paths.length,
    sources: new Set(paths.flatMap((p) => p.evidence.sources)).size,
    findings: findings.length,
    lowAuthorityRoutes: low.length,
    lowAuthoritySources: [...lowSources],
  };
}
