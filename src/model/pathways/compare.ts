// Two or more therapies side by side: the mechanisms (entities and relations on their paths to pain
// and risk endpoints) they share, those unique to each, and each one's impact on the endpoints.
import type { Graph } from '../graph';
import type { NodeId, RelationId } from '../schema';
import { isEndpoint, painEndpoints } from './endpoints';
import { impactPaths, therapyImpact, type ImpactOptions, type TherapyImpact } from './impact';
import { pathElements } from './paths';

export interface TherapyMechanisms {
  readonly therapy: NodeId;
  readonly impact: TherapyImpact;
  /** Entities on its paths, other than the therapy itself and the endpoints. */
  readonly entities: readonly NodeId[];
  readonly relations: readonly RelationId[];
  readonly uniqueEntities: readonly NodeId[];
  readonly uniqueRelations: readonly RelationId[];
}

export interface TherapyComparison {
  readonly therapies: readonly TherapyMechanisms[];
  /** On the paths of every compared therapy. */
  readonly sharedEntities: readonly NodeId[];
  readonly sharedRelations: readonly RelationId[];
  /** Pain endpoints each therapy reaches, in the order of painEndpoints(graph). */
  readonly endpoints: readonly NodeId[];
}

export function compareTherapies(
  graph: Graph,
  therapies: readonly NodeId[],
  options: ImpactOptions = {},
): TherapyComparison {
  const ids = [...new Set(therapies)];
  const each = ids.map((therapy) => {
    const impact = therapyImpact(graph, therapy, options);
    const { relations, nodes } = pathElements(impactPaths(impact));
    return {
      therapy,
      impact,
      entities: nodes.filter((n) => !ids.includes(n) && !isEndpoint(graph, n)),
      relations,
    };
  });
  const inAll = <T>(pick: (t: (typeof each)[number]) => readonly T[]) =>
    each.length ? pick(each[0]!).filter((x) => each.every((t) => pick(t).includes(x))) : [];
  const inOnly = <T>(t: (typeof each)[number], pick: (t: (typeof each)[number]) => readonly T[]) =>
    pick(t).filter((x) => each.every((o) => o === t || !pick(o).includes(x)));
  return {
    therapies: each.map((t) => ({
      ...t,
      uniqueEntities: inOnly(t, (x) => x.entities),
      uniqueRelations: inOnly(t, (x) => x.relations),
    })),
    sharedEntities: inAll((t) => t.entities),
    sharedRelations: inAll((t) => t.relations),
    endpoints: painEndpoints(graph)
      .map((p) => p.id)
      .filter((id) => each.some((t) => t.impact.endpoints.some((e) => e.id === id))),
  };
}
