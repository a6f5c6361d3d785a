// Property tests of the derived view (src/model/view.ts) on generated graphs and states: what is
// kept obeys the rules the app states (README "Filter", filter.ts, queries.ts), and its readers
// (counts, the text view, pictures) read exactly it.
import { RELATION_TYPES } from '../../src/model/vocabulary';
import { answerFocus } from '../../src/model/pathways/answer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outline } from '../../src/features/textview/outline';
import { NO_FILTERS, type Filters } from '../../src/model/filter';
import type { Edge } from '../../src/model/graph';
import type { Graph } from '../../src/model/graph';
import type { NodeId, RelationId } from '../../src/model/schema';
import {
  deriveView,
  pictureSubgraph,
  type DerivedView,
  type ViewCache,
  type ViewInput,
} from '../../src/model/view';
import { arbGraph, arbState } from './arbitraries';

const RUNS = { numRuns: 150 };
const input = (state: Omit<ViewInput, 'stories' | 'story'>): ViewInput => ({
  ...state,
  stories: [],
  story: null,
});
const arbCase = arbGraph.chain((graph) => arbState(graph).map((state) => ({ graph, state: input(state) })));
const sorted = (s: Iterable<string>) => [...s].sort();
const relationFacets = (f: Filters) =>
  f.evidence.length + f.locations.length + f.phases.length + f.polarities.length > 0;

/**
 * The relation facets, stated as the filter panel states them and independently of filter.ts: a
 * relation passes when, for every facet with options ticked, it has one of them — one of its
 * evidence kinds, one of its locations, one of its phases, its polarity. A relation that says
 * nothing about a facet (no location, no phase) does not pass that facet once it is set.
 */
function facetRule(e: Edge, f: Filters): boolean {
  const ticked = <T>(options: readonly T[], has: readonly T[]) =>
    options.length === 0 || has.some((x) => options.includes(x));
  return (
    ticked(
      f.evidence,
      e.evidence.map((ev) => ev.kind),
    ) &&
    ticked(f.locations, e.context?.location ?? []) &&
    ticked(f.phases, e.context?.phase ?? []) &&
    ticked(f.polarities, [e.polarity])
  );
}

/**
 * The therapy rule, stated as the README and queries.ts state it: a therapy keeps what it reaches
 * along relations (not passing beyond a condition, nor beyond a relation whose verb the vocabulary
 * declares to carry no effect, such as "is a kind of"), plus whatever acts directly on its own
 * agents, except other therapies; the relations among those entities come along.
 */
function mechanismRule(graph: Graph, therapy: NodeId): { nodes: Set<NodeId>; edges: Set<RelationId> } {
  // Walked on from: the therapy and every node an effect-carrying relation reaches from a node
  // walked on from (a condition is reached but not walked on from), in any order.
  const walksOn = (id: NodeId) => id === therapy || graph.nodeById.get(id)!.kind !== 'condition';
  const walked = new Set<NodeId>([therapy]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const e of graph.edges)
      if (walked.has(e.source) && walksOn(e.source) && RELATION_TYPES[e.relation].transmits !== 'none')
        if (!walked.has(e.target)) {
          walked.add(e.target);
          grew = true;
        }
  }
  const reached = new Set<NodeId>(walked);
  for (const e of graph.edges) if (walked.has(e.source) && walksOn(e.source)) reached.add(e.target);
  const agents = new Set(graph.edges.filter((e) => e.source === therapy).map((e) => e.target));
  const nodes = new Set(reached);
  for (const e of graph.edges)
    if (agents.has(e.target) && graph.nodeById.get(e.source)!.kind !== 'therapy') nodes.add(e.source);
  const edges = new Set(
    graph.edges.filter((e) => nodes.has(e.source) && nodes.has(e.target)).map((e) => e.id),
  );
  return { nodes, edges };
}

describe('the derived view on generated graphs', () => {
  it('kept, faded and hidden partition the graph, as the hidden mode says', () => {
    fc.assert(
      fc.property(arbCase, ({ graph, state }) => {
        const v = deriveView(graph, state);
        for (const kind of ['nodes', 'edges'] as const) {
          const all = kind === 'nodes' ? graph.nodes.map((n) => n.id) : graph.edges.map((e) => e.id);
          const parts = [v.kept[kind], v.faded[kind], v.hidden[kind]] as ReadonlySet<string>[];
          for (const id of all) expect(parts.filter((p) => p.has(id))).toHaveLength(1);
          expect(parts.reduce((n, p) => n + p.size, 0)).toBe(all.length);
        }
        if (state.hiddenMode === 'fade') expect(v.hidden.nodes.size + v.hidden.edges.size).toBe(0);
        else expect(v.faded.nodes.size + v.faded.edges.size).toBe(0);
      }),
      RUNS,
    );
  });

  it('what is kept is closed under the filter rules', () => {
    fc.assert(
      fc.property(arbCase, ({ graph, state }) => {
        const v = deriveView(graph, state);
        const f = v.filters;
        for (const id of v.kept.edges) {
          const e = graph.edgeById.get(id)!;
          // A relation is drawn only with both its ends, and only if it passes the relation facets.
          expect(v.kept.nodes.has(e.source) && v.kept.nodes.has(e.target)).toBe(true);
          expect(facetRule(e, f)).toBe(true);
        }
        for (const id of v.kept.nodes) {
          const n = graph.nodeById.get(id)!;
          if (f.kinds.length) expect(f.kinds).toContain(n.kind);
          // With a relation facet on, an entity stays only if a kept relation touches it.
          if (relationFacets(f))
            expect(
              graph.edges.some((e) => v.kept.edges.has(e.id) && (e.source === id || e.target === id)),
            ).toBe(true);
        }
        // What an overlay removes is never kept.
        for (const o of state.overlays)
          for (const id of o.remove?.nodes ?? []) expect(v.kept.nodes.has(id)).toBe(false);
        // Without filters or removals, everything is kept.
        if (state.overlays.every((o) => !o.remove) && Object.values(f).every((x) => x.length === 0)) {
          expect(v.kept.nodes.size).toBe(graph.nodes.length);
          expect(v.kept.edges.size).toBe(graph.edges.length);
        }
      }),
      RUNS,
    );
  });

  it('without a therapy filter or overlays, what is kept is exactly what the facet rules state', () => {
    fc.assert(
      fc.property(arbCase, ({ graph, state }) => {
        const filters = { ...state.filters, therapies: [] };
        const v = deriveView(graph, { ...state, filters, overlays: [] });
        const ofKind = (id: NodeId) =>
          !filters.kinds.length || filters.kinds.includes(graph.nodeById.get(id)!.kind);
        const edges = graph.edges.filter(
          (e) => ofKind(e.source) && ofKind(e.target) && facetRule(e, filters),
        );
        const nodes = relationFacets(filters)
          ? edges.flatMap((e) => [e.source, e.target])
          : graph.nodes.map((n) => n.id).filter(ofKind);
        expect(sorted(v.kept.edges)).toEqual(sorted(edges.map((e) => e.id)));
        expect(sorted(v.kept.nodes)).toEqual(sorted(new Set(nodes)));
      }),
      { numRuns: 300 },
    );
  });

  it('a therapy filter keeps exactly the therapies’ mechanisms, and never another therapy acting on their agents', () => {
    fc.assert(
      fc.property(arbCase, ({ graph, state }) => {
        const filters = { ...NO_FILTERS, therapies: state.filters.therapies };
        fc.pre(filters.therapies.length > 0);
        const v = deriveView(graph, { ...state, filters, overlays: [] });
        const nodes = new Set<NodeId>();
        const edges = new Set<RelationId>();
        for (const t of filters.therapies) {
          const m = mechanismRule(graph, t);
          m.nodes.forEach((n) => nodes.add(n));
          m.edges.forEach((e) => edges.add(e));
        }
        expect(sorted(v.kept.nodes)).toEqual(sorted(nodes));
        expect(sorted(v.kept.edges)).toEqual(sorted(edges));
      }),
      { numRuns: 300 },
    );
  });

  it('its readers read exactly what is kept: the counts, the text view and the pictures', () => {
    fc.assert(
      fc.property(arbCase, ({ graph, state }) => {
        const v = deriveView(graph, state);
        expect(v.counts).toEqual({
          nodes: v.kept.nodes.size,
          edges: v.kept.edges.size,
          totalNodes: graph.nodes.length,
          totalEdges: graph.edges.length,
        });
        const text = outline(graph, v);
        const listed = text.groups.flatMap((g) => g.entities);
        expect(sorted(listed.map((e) => e.node.id))).toEqual(sorted(v.kept.nodes));
        expect(sorted(listed.flatMap((e) => e.relations.map((r) => r.id)))).toEqual(sorted(v.kept.edges));
        expect(pictureSubgraph(v, false)).toEqual(v.kept);
        const withContext = pictureSubgraph(v, true);
        for (const id of withContext.nodes) expect(v.hidden.nodes.has(id)).toBe(false);
        expect(withContext.nodes.size).toBe(v.kept.nodes.size + v.faded.nodes.size);
      }),
      RUNS,
    );
  });

  it('emphasis: the selection and its neighbours, or the pathway answer on the Pathways tab, plus overlays', () => {
    fc.assert(
      fc.property(arbCase, ({ graph, state }) => {
        const v = deriveView(graph, state);
        const sel = state.selection;
        expect(v.selected).toEqual(sel);
        const usesPath = state.showPath && v.pathway !== null;
        if (usesPath) {
          for (const e of answerFocus(v.pathway!).edges) expect(v.highlighted!.edges.has(e)).toBe(true);
        } else if (sel?.type === 'node') {
          expect(v.highlighted!.nodes.has(sel.id)).toBe(true);
          for (const e of graph.edges)
            if (e.source === sel.id || e.target === sel.id) expect(v.highlighted!.edges.has(e.id)).toBe(true);
        } else if (!sel && state.overlays.every((o) => !o.highlight)) expect(v.highlighted).toBeNull();
        for (const o of state.overlays)
          for (const id of o.highlight?.nodes ?? []) expect(v.highlighted!.nodes.has(id)).toBe(true);
      }),
      RUNS,
    );
  });

  it('the memoised parts never go stale: a cached derivation over a sequence of states equals a fresh one', () => {
    const flat = (v: DerivedView) =>
      JSON.stringify(v, (_k, x) => (x instanceof Set ? sorted(x as Set<string>) : x));
    fc.assert(
      fc.property(
        arbGraph.chain((graph) =>
          fc
            .array(fc.record({ state: arbState(graph), reuse: fc.boolean() }), { minLength: 2, maxLength: 5 })
            .map((states) => ({ graph, states })),
        ),
        ({ graph, states }) => {
          const cache: ViewCache = new Map();
          // Reuse the previous state's parts where they are equal, as the store does.
          let prev: ViewInput | null = null;
          for (const { state: s, reuse } of states) {
            const next: ViewInput = input(
              prev && reuse ? { ...s, filters: prev.filters, path: prev.path } : s,
            );
            expect(flat(deriveView(graph, next, cache))).toBe(flat(deriveView(graph, next)));
            prev = next;
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
