// Directed, signed paths: every simple chain of effect-carrying relations from one entity to
// another, up to a chosen length, each with its net effect and the evidence behind it.
import type { Edge, Graph } from '../graph';
import type { NodeId, RelationId, SourceId } from '../schema';
import { EVIDENCE_KINDS, SPECIES, type EvidenceKind, type Species } from '../vocabulary';
import { authorityCaveat } from '../authority';
import {
  brokenBy,
  effectiveKind,
  holdsFrom,
  kindRank,
  stepStrength,
  testedBy,
  type Intervention,
} from './context';
import { composeSigns, stepSign, type NetSign } from './sign';

export { stepStrength } from './context';

/** The evidence behind a path as a whole. */
export interface PathEvidence {
  /** The weakest step's best evidence: a chain is only as strong as its weakest link. */
  readonly weakest: EvidenceKind;
  /** Every evidence kind cited along the path, strongest first. */
  readonly kinds: readonly EvidenceKind[];
  /** Every source cited along the path, in step order. */
  readonly sources: readonly SourceId[];
  /** The species the steps were observed in (empty when no step names one). */
  readonly species: readonly Species[];
  /** The steps that rest only on news, web or opinion sources. */
  readonly lowAuthoritySteps: readonly RelationId[];
  /** 'all' when every step rests only on such sources, 'some' when at least one does. */
  readonly lowAuthority: 'none' | 'some' | 'all';
}

/** A limit the sources put on one step of a path (the relation's curated caveat). */
export interface StepCaveat {
  /** 1-based step number. */
  readonly step: number;
  readonly relation: RelationId;
  readonly text: string;
}

/** A simple directed path with its net effect on its last entity. */
export interface SignedPath {
  /** The relations walked, in order: what a pathway diagram draws. */
  readonly steps: readonly RelationId[];
  /** The entities visited, from the start to the end (one more than the steps). */
  readonly nodes: readonly NodeId[];
  readonly net: NetSign;
  readonly evidence: PathEvidence;
  /** Every step's curated caveat, in step order: they travel with the path into every answer. */
  readonly caveats: readonly StepCaveat[];
  /**
   * The finding the path restates: its first step that is not a therapy delivering its agent. Paths
   * that share it argue for one finding ("BMSCs secrete TGF-β1 …"), however many routes follow.
   */
  readonly finding: RelationId | undefined;
  /** The experiment that tested this route's mechanism by taking a mediator out, if any. */
  readonly tested?: Intervention;
  /** A step lowers the risk of its target: the path is about prevention, not relief. */
  readonly preventive: boolean;
}

export interface WalkOptions {
  /** Longest path, in steps. */
  readonly maxLength?: number;
  /** Entities taken out of the graph (what-if): no path enters or leaves them. */
  readonly knockedOut?: readonly NodeId[];
  /** Stop collecting after this many paths (the answer then says it was cut short). */
  readonly limit?: number;
}

export const DEFAULT_MAX_LENGTH = 6;
export const MAX_MAX_LENGTH = 10;
const DEFAULT_LIMIT = 2000;

export interface PathSet {
  readonly paths: readonly SignedPath[];
  /** True when the limit cut the search short. */
  readonly truncated: boolean;
}

export function pathEvidence(graph: Graph, edges: readonly Edge[]): PathEvidence {
  const weakest =
    edges.map((e) => stepStrength(graph, e)).sort((a, b) => kindRank(b) - kindRank(a))[0] ??
    EVIDENCE_KINDS[0];
  const kinds = new Set<EvidenceKind>();
  const sources: SourceId[] = [];
  const species = new Set<Species>();
  for (const e of edges) {
    for (const ev of e.evidence) {
      kinds.add(effectiveKind(graph, ev));
      if (!sources.includes(ev.source)) sources.push(ev.source);
    }
    for (const s of e.context?.species ?? []) species.add(s);
  }
  // The caveat rule of src/model/authority.ts, derived from source kinds in that one place.
  const lowAuthoritySteps = edges
    .filter((e) => authorityCaveat(e, graph.sourceById) !== undefined)
    .map((e) => e.id);
  return {
    weakest,
    kinds: [...kinds].sort((a, b) => kindRank(a) - kindRank(b)),
    sources,
    species: SPECIES.filter((s) => species.has(s)),
    lowAuthoritySteps,
    lowAuthority:
      lowAuthoritySteps.length === 0 ? 'none' : lowAuthoritySteps.length === edges.length ? 'all' : 'some',
  };
}

/** A path record from its relations (which must join end to end). */
export function signedPath(graph: Graph, edges: readonly Edge[]): SignedPath {
  const nodes = edges.length ? [edges[0]!.source, ...edges.map((e) => e.target)] : [];
  const tested = testedBy(graph, nodes);
  return {
    steps: edges.map((e) => e.id),
    nodes,
    net: composeSigns(edges.map((e) => stepSign(e) ?? '?')),
    evidence: pathEvidence(graph, edges),
    caveats: edges.flatMap((e, i) => (e.caveat ? [{ step: i + 1, relation: e.id, text: e.caveat }] : [])),
    finding: edges.find((e) => e.relation !== 'delivers')?.id,
    ...(tested ? { tested } : {}),
    preventive: edges.some((e) => e.relation === 'lowers-risk-of'),
  };
}

/**
 * Findings before path counts: a route whose mechanism an experiment tested (a mediator taken out)
 * first, then the strongest evidence by the weakest step, then shorter, then a stable order.
 */
export function comparePaths(a: SignedPath, b: SignedPath): number {
  return (
    Number(!a.tested) - Number(!b.tested) ||
    kindRank(a.evidence.weakest) - kindRank(b.evidence.weakest) ||
    a.steps.length - b.steps.length ||
    a.steps.join(' ').localeCompare(b.steps.join(' '))
  );
}

export const clampLength = (n: number | undefined): number =>
  Math.min(MAX_MAX_LENGTH, Math.max(1, Math.floor(n ?? DEFAULT_MAX_LENGTH)));

/**
 * Every simple path from `from` that ends at the first entity `isEnd` accepts, walking only
 * relations whose verb carries an effect and only through entities `canPass` allows. Parallel
 * relations give distinct paths; cycles are cut because no entity is visited twice.
 */
export function walkPaths(
  graph: Graph,
  from: NodeId,
  isEnd: (id: NodeId) => boolean,
  canPass: (id: NodeId) => boolean,
  options: WalkOptions = {},
): PathSet {
  const maxLength = clampLength(options.maxLength);
  const limit = options.limit ?? DEFAULT_LIMIT;
  const out = new Set(options.knockedOut ?? []);
  const found: Edge[][] = [];
  let truncated = false;
  if (!graph.nodeById.has(from) || out.has(from)) return { paths: [], truncated };
  const visited = new Set<NodeId>([from]);
  const trail: Edge[] = [];
  const walk = (at: NodeId) => {
    for (const e of graph.outgoing.get(at) ?? []) {
      if (truncated) return;
      if (out.has(e.target) || visited.has(e.target)) continue;
      // A verb that carries no effect ends no path, except an observed null result at an endpoint
      // ("COX inhibitors show no effect on neuropathic pain"), which is an answer in itself.
      if (stepSign(e) === null && !(e.observed && isEnd(e.target))) continue;
      // Context: a relation that holds only under an intervention is walked only from it, and a
      // relation whose required mediator is knocked out no longer holds.
      if (!holdsFrom(e, from) || brokenBy(e, out)) continue;
      trail.push(e);
      if (isEnd(e.target)) {
        if (found.length >= limit) truncated = true;
        else found.push([...trail]);
      } else if (trail.length < maxLength && canPass(e.target)) {
        visited.add(e.target);
        walk(e.target);
        visited.delete(e.target);
      }
      trail.pop();
    }
  };
  walk(from);
  return { paths: found.map((edges) => signedPath(graph, edges)).sort(comparePaths), truncated };
}

/** Every simple signed path from one entity to another, up to `maxLength` steps. */
export function findPaths(graph: Graph, from: NodeId, to: NodeId, options: WalkOptions = {}): PathSet {
  if (from === to) return { paths: [], truncated: false };
  return walkPaths(
    graph,
    from,
    (id) => id === to,
    () => true,
    options,
  );
}

/** The relations and entities of a set of paths, each once, in first-seen order. */
export function pathElements(paths: readonly SignedPath[]): { relations: RelationId[]; nodes: NodeId[] } {
  const relations = new Set<RelationId>();
  const nodes = new Set<NodeId>();
  for (const p of paths) {
    p.steps.forEach((r) => relations.add(r));
    p.nodes.forEach((n) => nodes.add(n));
  }
  return { relations: [...relations], nodes: [...nodes] };
}

/**
 * Whether knocking out these entities breaks the path: it passes through one of them, or one of its
 * relations works through one of them (`mediated_by`), as a summary relation can.
 */
export function pathBrokenBy(graph: Graph, path: SignedPath, ids: readonly NodeId[]): boolean {
  const out = new Set(ids);
  return path.nodes.some((n) => out.has(n)) || path.steps.some((r) => brokenBy(graph.edgeById.get(r)!, out));
}
