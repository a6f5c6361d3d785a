// Generated knowledge graphs and view states for the derived view's property tests. The graphs are
// built with the app's own buildGraph from plain records (the loader's schema checks are not what
// is tested here, so records carry only the fields the view reads).
import { PATHWAY_MODES } from '../../src/model/pathways/answer';
import fc from 'fast-check';
import type { Filters } from '../../src/model/filter';
import { buildGraph, type Graph } from '../../src/model/graph';
import type { GraphNode, NodeId, Relation, RelationId, SourceId } from '../../src/model/schema';
import type { HiddenMode, PathQuery, Selection } from '../../src/model/view';
import { POLARITIES } from '../../src/model/palette';
import {
  EVIDENCE_KINDS,
  LOCATIONS,
  NODE_KINDS,
  PHASES,
  RELATION_TYPES,
  type RelationType,
} from '../../src/model/vocabulary';

const VERBS = Object.keys(RELATION_TYPES) as RelationType[];
const SOURCE = 'src1' as SourceId;

const subset = <T>(values: readonly T[], max = 2) =>
  fc.uniqueArray(fc.constantFrom(...values), { maxLength: max });

export const arbGraph: fc.Arbitrary<Graph> = fc
  .record({
    kinds: fc.array(fc.constantFrom(...NODE_KINDS), { minLength: 2, maxLength: 14 }),
    therapies: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ kinds, therapies }) => {
    // Always a few therapies, so mechanisms can overlap and share agents.
    const all = [...Array.from({ length: therapies }, () => 'therapy' as const), ...kinds];
    const n = all.length;
    const edge = fc.record({
      s: fc.integer({ min: 0, max: n - 1 }),
      t: fc.integer({ min: 0, max: n - 1 }),
      verb: fc.constantFrom(...VERBS),
      evidence: fc.uniqueArray(fc.constantFrom(...EVIDENCE_KINDS), { minLength: 1, maxLength: 2 }),
      location: subset(LOCATIONS),
      phase: subset(PHASES),
    });
    return fc.array(edge, { maxLength: 3 * n }).map((edges) => {
      const nodes = all.map(
        (kind, i) => ({ id: `n${i}`, kind, label: `N${i}`, description: 'x' }) as unknown as GraphNode,
      );
      const relations = edges
        .filter((e) => e.s !== e.t)
        .map((e, i) => ({
          relation: {
            id: `r${i}`,
            source: `n${e.s}`,
            target: `n${e.t}`,
            relation: e.verb,
            evidence: e.evidence.map((kind) => ({ source: SOURCE, kind, note: 'x' })),
            context: { location: e.location, phase: e.phase },
          } as unknown as Relation,
          group: 'test',
        }));
      return buildGraph({ nodes, relations, sources: [], mechanisms: [], version: 'test' });
    });
  });

/** Filters over a graph's own therapies and the vocabulary's facets. */
export const arbFilters = (graph: Graph): fc.Arbitrary<Filters> =>
  fc.record({
    therapies: subset(graph.nodes.filter((n) => n.kind === 'therapy').map((n) => n.id)),
    kinds: subset(NODE_KINDS, 3),
    evidence: subset(EVIDENCE_KINDS),
    locations: subset(LOCATIONS),
    phases: subset(PHASES),
    polarities: subset(POLARITIES),
  });

const arbSelection = (graph: Graph): fc.Arbitrary<Selection | null> =>
  fc.oneof(
    fc.constant(null),
    fc.constantFrom(...graph.nodes).map((n): Selection => ({ type: 'node', id: n.id })),
    ...(graph.edges.length
      ? [fc.constantFrom(...graph.edges).map((e): Selection => ({ type: 'edge', id: e.id }))]
      : []),
  );

const arbPath = (graph: Graph): fc.Arbitrary<PathQuery> => {
  const ids = graph.nodes.map((n) => n.id);
  const end = fc.option(fc.constantFrom(...ids), { nil: null });
  return fc.record({
    mode: fc.constantFrom(...PATHWAY_MODES),
    from: end,
    to: end,
    maxLength: fc.integer({ min: 1, max: 4 }),
    therapy: end,
    knockouts: fc.subarray(ids, { maxLength: 2 }),
    compare: fc.subarray(ids, { maxLength: 3 }),
  });
};

/** A subset of the graph's nodes and edges, for overlays. */
const arbSub = (graph: Graph) =>
  fc.record({
    nodes: fc.subarray(graph.nodes.map((n) => n.id)).map((a) => new Set<NodeId>(a)),
    edges: fc.subarray(graph.edges.map((e) => e.id)).map((a) => new Set<RelationId>(a)),
  });

/** The view state of the store, without a story (stories are checked on the curated graph). */
export const arbState = (graph: Graph) =>
  fc.record({
    filters: arbFilters(graph),
    hiddenMode: fc.constantFrom<HiddenMode>('fade', 'hide'),
    selection: arbSelection(graph),
    path: arbPath(graph),
    showPath: fc.boolean(),
    answerShown: fc.boolean(),
    overlays: fc.array(
      fc.record({
        id: fc.constantFrom('a', 'b'),
        remove: fc.option(arbSub(graph), { nil: undefined }),
        highlight: fc.option(arbSub(graph), { nil: undefined }),
      }),
      { maxLength: 2 },
    ),
  });
