// The derived view's rules in the map's own terms, each stated here rather than computed with the
// function under test: what a relation, entity or source selection emphasises, what an overlay's
// removals and highlights do under a relation facet, what the camera frames, when the filters are
// paused. Written for the survivors of a mutation run over src/model/view.ts (README, "Mutation
// testing"): each test fails on a mutant the other view tests let through.
import { describe, expect, it } from 'vitest';
import { viewInput } from './input';
import { applyFilters, NO_FILTERS, type Filters } from '../../src/model/filter';
import type { Edge } from '../../src/model/graph';
import type { NodeId, RelationId, SourceId } from '../../src/model/schema';
import {
  curatedSelection,
  deriveView,
  pictureSubgraph,
  type ViewCache,
  type ViewOverlay,
} from '../../src/model/view';
import { NO_PATH_QUERY } from '../../src/store/pathwayUrl';
import { kb } from '../features/helpers';

const { graph, stories } = kb;
const base = viewInput(stories);
const sorted = (ids: Iterable<string>) => [...ids].sort();
const endsOf = (edges: Iterable<RelationId>) =>
  sorted(
    new Set(
      [...edges].flatMap((id) => {
        const e = graph.edgeById.get(id)!;
        return [e.source, e.target];
      }),
    ),
  );

describe('what a selection emphasises', () => {
  it('a relation: its two ends and itself, nothing more; the camera frames the two ends', () => {
    const e = graph.edges.find((x) => x.source !== x.target)!;
    const v = deriveView(graph, { ...base, selection: { type: 'edge', id: e.id } });
    expect(sorted(v.highlighted!.nodes)).toEqual(sorted([e.source, e.target]));
    expect([...v.highlighted!.edges]).toEqual([e.id]);
    expect(sorted(v.frame)).toEqual(sorted([e.source, e.target]));
    expect(v.selected).toEqual({ type: 'edge', id: e.id });
  });

  it('an id the map does not have emphasises nothing, and the camera frames what is kept', () => {
    for (const selection of [
      { type: 'edge', id: 'no_such_relation' as RelationId },
      { type: 'node', id: 'no_such_entity' as NodeId },
    ] as const) {
      const v = deriveView(graph, { ...base, selection });
      expect(v.highlighted, selection.type).toBeNull();
      expect(v.frame.length).toBe(graph.nodes.length);
    }
  });

  it('a source: every relation citing it and their ends; a source is not drawn as selected', () => {
    const source = graph.edges[0]!.evidence[0]!.source as SourceId;
    const citing = graph.edges.filter((e) => e.evidence.some((ev) => ev.source === source)).map((e) => e.id);
    const v = deriveView(graph, { ...base, selection: { type: 'source', id: source } });
    expect(sorted(v.highlighted!.edges)).toEqual(sorted(citing));
    expect(sorted(v.highlighted!.nodes)).toEqual(endsOf(citing));
    expect(v.selected).toBeNull();
  });

  it('an imported element is no curated selection', () => {
    const imported = { type: 'imported', layerId: 'l', element: 'node', id: 'x' } as const;
    expect(curatedSelection(imported)).toBeNull();
    expect(curatedSelection(null)).toBeNull();
    const node = { type: 'node', id: 'tgfb1' as NodeId } as const;
    expect(curatedSelection(node)).toBe(node);
  });
});

describe("an overlay's removals under the filters", () => {
  /** One value of each relation facet that keeps some relations of the curated map. */
  const first = <T>(pick: (e: Edge) => readonly T[] | undefined) =>
    graph.edges.map(pick).find((v) => v && v.length > 0)![0]!;
  const FACETS: [string, Partial<Filters>][] = [
    ['an evidence kind', { evidence: [first((e) => e.evidence.map((ev) => ev.kind))] }],
    ['a location', { locations: [first((e) => e.context?.location)] }],
    ['a phase', { phases: [first((e) => e.context?.phase)] }],
    ['a sign', { polarities: [first((e) => [e.polarity])] }],
    [
      'an evidence kind and a location',
      {
        evidence: [first((e) => e.evidence.map((ev) => ev.kind))],
        locations: [first((e) => e.context?.location)],
      },
    ],
  ];

  /** An entity the filters keep, and an overlay removing every kept relation that touches it. */
  function strand(filters: Filters) {
    const kept = applyFilters(graph, filters);
    const touching = (n: NodeId) =>
      [...kept.edges].filter((id) => {
        const e = graph.edgeById.get(id)!;
        return e.source === n || e.target === n;
      });
    // An entity whose relations can go without taking a neighbour's last one too: a leaf.
    const n = [...kept.nodes].find((id) => touching(id).length === 1)!;
    const overlay: ViewOverlay = { id: 'cut', remove: { nodes: new Set(), edges: new Set(touching(n)) } };
    return { n, overlay, kept };
  }

  for (const [name, facet] of FACETS)
    it(`with ${name} on, an entity whose kept relations an overlay removes goes too`, () => {
      const filters = { ...NO_FILTERS, ...facet };
      const { n, overlay, kept } = strand(filters);
      expect(kept.nodes.has(n)).toBe(true);
      const v = deriveView(graph, { ...base, filters, overlays: [overlay] });
      // With a relation facet on, an entity is shown through a kept relation only.
      expect(sorted(v.kept.nodes)).toEqual(endsOf(v.kept.edges));
      expect(v.kept.nodes.has(n)).toBe(false);
      expect(v.faded.nodes.has(n)).toBe(true);
    });

  it('with no relation facet, the entity stays when only its relations are removed', () => {
    const { n, overlay } = strand(NO_FILTERS);
    const v = deriveView(graph, { ...base, overlays: [overlay] });
    expect(v.kept.nodes.has(n)).toBe(true);
    expect(v.kept.nodes.size).toBe(graph.nodes.length);
    for (const id of overlay.remove!.edges) expect(v.kept.edges.has(id)).toBe(false);
    expect(v.kept.edges.size).toBe(graph.edges.length - overlay.remove!.edges.size);
  });

  it('a relation removed by one of two overlays is gone', () => {
    const e = graph.edges[0]!;
    const one: ViewOverlay = { id: 'one', remove: { nodes: new Set(), edges: new Set([e.id]) } };
    const other: ViewOverlay = { id: 'other', remove: { nodes: new Set(), edges: new Set() } };
    for (const overlays of [
      [one, other],
      [other, one],
    ]) {
      const v = deriveView(graph, { ...base, overlays });
      expect(v.kept.edges.has(e.id)).toBe(false);
      expect(v.kept.edges.size).toBe(graph.edges.length - 1);
    }
  });

  it('a removal by one of two overlays is enough; an entity removed by any overlay takes its relations', () => {
    const gone = 'tgfb1' as NodeId;
    const other: ViewOverlay = { id: 'other', remove: { nodes: new Set(), edges: new Set() } };
    const cut: ViewOverlay = { id: 'cut', remove: { nodes: new Set([gone]), edges: new Set() } };
    const v = deriveView(graph, { ...base, overlays: [other, cut] });
    expect(v.kept.nodes.has(gone)).toBe(false);
    const through = graph.edges.filter((e) => e.source === gone || e.target === gone);
    expect(through.length).toBeGreaterThan(0);
    for (const e of through) expect(v.kept.edges.has(e.id)).toBe(false);
    expect(v.kept.edges.size).toBe(graph.edges.length - through.length);
  });
});

describe("an overlay's highlights", () => {
  const extra = { nodes: new Set(['il10' as NodeId]), edges: new Set<RelationId>() };
  const shine: ViewOverlay = { id: 'shine', highlight: extra };

  it('alone: exactly what it names', () => {
    const v = deriveView(graph, { ...base, overlays: [shine] });
    expect(sorted(v.highlighted!.nodes)).toEqual(['il10']);
    expect(v.highlighted!.edges.size).toBe(0);
  });

  it("beside a selection: the selection's emphasis and the overlay's, together", () => {
    const far = (id: string) => id !== 'il10' && id !== 'tgfb1';
    const e = graph.edges.find((x) => far(x.source) && far(x.target))!;
    const lit: ViewOverlay = { id: 'lit', highlight: { nodes: new Set(), edges: new Set([e.id]) } };
    const v = deriveView(graph, {
      ...base,
      selection: { type: 'node', id: 'tgfb1' as NodeId },
      overlays: [shine, lit],
    });
    const alone = deriveView(graph, { ...base, selection: { type: 'node', id: 'tgfb1' as NodeId } });
    expect(sorted(v.highlighted!.nodes)).toEqual(sorted([...alone.highlighted!.nodes, 'il10']));
    expect(sorted(v.highlighted!.edges)).toEqual(sorted(new Set([...alone.highlighted!.edges, e.id])));
  });

  it('an emphasis of nothing leaves the camera on what is kept', () => {
    const empty: ViewOverlay = { id: 'empty', highlight: { nodes: new Set(), edges: new Set() } };
    const filters = { ...NO_FILTERS, therapies: ['bmsc_therapy' as NodeId] };
    const v = deriveView(graph, { ...base, filters, overlays: [empty] });
    expect(v.highlighted!.nodes.size).toBe(0);
    expect(sorted(v.frame)).toEqual(sorted(applyFilters(graph, filters).nodes));
  });
});

describe('what the camera frames and when the filters pause', () => {
  const filters = { ...NO_FILTERS, therapies: ['bmsc_therapy' as NodeId] };

  it('nothing emphasised: the kept entities, not the whole map', () => {
    const v = deriveView(graph, { ...base, filters });
    const kept = applyFilters(graph, filters);
    expect(kept.nodes.size).toBeLessThan(graph.nodes.length);
    expect(sorted(v.frame)).toEqual(sorted(kept.nodes));
  });

  it('a story step: its zoom when it names one, else the entities it shows; a predict step frames its emphasis', () => {
    for (const story of stories)
      story.steps.forEach((step, i) => {
        const v = deriveView(graph, { ...base, story: { id: story.id, step: i } });
        const expected = step.zoom ?? (step.predict ? [...v.highlighted!.nodes] : step.show.nodes);
        expect(sorted(v.frame), `${story.id} step ${i}`).toEqual(sorted(expected));
        // A step's emphasis: what it shows, and for a prediction the what-if's routes besides.
        if (step.predict) for (const r of step.show.relations) expect(v.highlighted!.edges.has(r)).toBe(true);
        else {
          expect(sorted(v.highlighted!.edges)).toEqual(sorted(new Set(step.show.relations)));
          expect(sorted(v.highlighted!.nodes)).toEqual(sorted(new Set(step.show.nodes)));
        }
      });
    expect(stories.some((s) => s.steps.some((st) => st.zoom))).toBe(true);
    expect(stories.some((s) => s.steps.some((st) => st.predict))).toBe(true);
  });

  it('a story that names no such step, or no such story, emphasises and marks nothing, whatever is selected or asked', () => {
    const selection = { type: 'node', id: 'tgfb1' as NodeId } as const;
    const path = { ...NO_PATH_QUERY, therapy: 'bmsc_therapy' as NodeId, knockouts: ['tgfb1' as NodeId] };
    for (const story of [
      { id: stories[0]!.id, step: 999 },
      { id: 'no_such_story', step: 0 },
    ]) {
      const v = deriveView(graph, { ...base, selection, story, path, showPath: true });
      expect(v.highlighted, story.id).toBeNull();
      expect(v.selected).toBeNull();
      expect(v.knockedOut.size + v.broken.size).toBe(0);
    }
  });

  it('a knock-out on the Pathways tab is marked when no story plays', () => {
    const path = { ...NO_PATH_QUERY, therapy: 'bmsc_therapy' as NodeId, knockouts: ['tgfb1' as NodeId] };
    const v = deriveView(graph, { ...base, path, showPath: true });
    expect([...v.knockedOut]).toEqual(['tgfb1']);
  });

  it('the filters are paused only while a story plays over them', () => {
    const story = { id: stories[0]!.id, step: 0 };
    expect(deriveView(graph, { ...base, filters }).filtersPaused).toBe(false);
    expect(deriveView(graph, { ...base, story }).filtersPaused).toBe(false);
    expect(deriveView(graph, { ...base, filters, story }).filtersPaused).toBe(true);
  });
});

describe('the cache', () => {
  it('a predict step derived through a cache emphasises what a fresh derivation does, before and after the reveal', () => {
    const story = stories.find((st) => st.steps.some((x) => x.predict))!;
    const at = { id: story.id, step: story.steps.findIndex((x) => x.predict) };
    const cache: ViewCache = new Map();
    for (const answerShown of [false, true, false]) {
      const input = { ...base, story: at, answerShown };
      const cached = deriveView(graph, input, cache);
      const fresh = deriveView(graph, input);
      expect(cached.highlighted, `answer shown: ${answerShown}`).toEqual(fresh.highlighted);
      expect(cached.broken).toEqual(fresh.broken);
    }
    // The reveal changes what is emphasised: the routes the knock-out breaks.
    const before = deriveView(graph, { ...base, story: at });
    const after = deriveView(graph, { ...base, story: at, answerShown: true });
    expect(after.broken.size).toBeGreaterThan(before.broken.size);
  });
});

describe('the picture of the view', () => {
  it('with the faded context: the kept and the faded entities and relations', () => {
    const v = deriveView(graph, {
      ...base,
      filters: { ...NO_FILTERS, therapies: ['bmsc_therapy' as NodeId] },
    });
    const all = pictureSubgraph(v, true);
    expect(all.nodes.size).toBe(graph.nodes.length);
    expect(all.edges.size).toBe(graph.edges.length);
    expect(pictureSubgraph(v, false)).toBe(v.kept);
  });
});
