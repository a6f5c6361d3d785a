// The derived view (src/model/view.ts) on the curated graph, and its memoised store selector.
import { beforeEach, describe, expect, it } from 'vitest';
import { viewInput } from './input';
import { applyFilters, NO_FILTERS } from '../../src/model/filter';
import type { NodeId, RelationId } from '../../src/model/schema';
import { deriveView, pictureSubgraph } from '../../src/model/view';
import { resetStore, useAppStore } from '../../src/store/store';
import { NO_PATH_QUERY } from '../../src/store/pathwayUrl';
import { viewSelector } from '../../src/store/view';
import { kb } from '../features/helpers';

const { graph, stories } = kb;
const base = viewInput(stories);
const bmsc = 'bmsc_therapy' as NodeId;

describe('deriveView', () => {
  it('keeps everything and emphasises nothing without filters or selection', () => {
    const v = deriveView(graph, base);
    expect(v.kept.nodes.size).toBe(graph.nodes.length);
    expect(v.kept.edges.size).toBe(graph.edges.length);
    expect(v.faded.nodes.size + v.hidden.nodes.size).toBe(0);
    expect(v.highlighted).toBeNull();
    expect(v.counts).toEqual({
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      totalNodes: graph.nodes.length,
      totalEdges: graph.edges.length,
    });
  });

  it('fades or hides what the filters leave out, by the hidden mode', () => {
    const filters = { ...NO_FILTERS, therapies: [bmsc] };
    const kept = applyFilters(graph, filters);
    const fade = deriveView(graph, { ...base, filters });
    const hide = deriveView(graph, { ...base, filters, hiddenMode: 'hide' });
    expect(fade.kept).toEqual(kept);
    expect(fade.faded.nodes.size).toBe(graph.nodes.length - kept.nodes.size);
    expect(fade.hidden.nodes.size).toBe(0);
    expect(hide.hidden).toEqual(fade.faded);
    expect(hide.faded.nodes.size).toBe(0);
  });

  it("a story step's own filter replaces the reader's, and its shown elements are emphasised", () => {
    const story = stories[0]!;
    const v = deriveView(graph, {
      ...base,
      filters: { ...NO_FILTERS, kinds: ['condition'] },
      story: { id: story.id, step: 0 },
      selection: { type: 'node', id: bmsc },
    });
    const step = story.steps[0]!;
    expect(v.filtersPaused).toBe(true);
    expect(v.filters.kinds).toEqual(step.filter?.kinds ?? []);
    expect([...v.highlighted!.nodes].sort()).toEqual([...step.show.nodes].sort());
    expect(v.frame).toEqual(step.zoom ?? step.show.nodes);
    expect(v.selected).toBeNull();
  });

  it('answers the pathway question once, and emphasises it only on the Pathways tab', () => {
    const path = {
      ...NO_PATH_QUERY,
      mode: 'paths' as const,
      from: 'bmsc' as NodeId,
      to: 'neuropathic_pain' as NodeId,
    };
    const off = deriveView(graph, { ...base, path });
    const on = deriveView(graph, { ...base, path, showPath: true });
    if (off.pathway?.mode !== 'paths' || on.pathway?.mode !== 'paths') throw new Error('no paths answer');
    expect(off.pathway.paths.length).toBeGreaterThan(0);
    expect(off.highlighted).toBeNull();
    for (const p of on.pathway.paths)
      for (const e of p.steps) expect(on.highlighted!.edges.has(e)).toBe(true);
  });

  it('marks a knock-out and the routes it breaks on the Pathways tab', () => {
    const path = {
      ...NO_PATH_QUERY,
      therapy: bmsc,
      knockouts: ['tgfb1' as NodeId],
    };
    const on = deriveView(graph, { ...base, path, showPath: true });
    expect([...on.knockedOut]).toEqual(['tgfb1']);
    expect(on.broken.has('bmsc_secretes_tgfb1' as RelationId)).toBe(true);
    expect(on.broken.has('bmsc_therapy_delivers_bmsc' as RelationId)).toBe(false);
    expect(on.highlighted!.nodes.has('tgfb1' as NodeId)).toBe(true);
    const off = deriveView(graph, { ...base, path });
    expect(off.knockedOut.size + off.broken.size).toBe(0);
  });

  it('an overlay removes entities with their relations and adds emphasis', () => {
    const gone = 'tgfb1' as NodeId;
    const v = deriveView(graph, {
      ...base,
      overlays: [{ id: 'what-if', remove: { nodes: new Set([gone]), edges: new Set<RelationId>() } }],
    });
    expect(v.kept.nodes.has(gone)).toBe(false);
    for (const id of v.kept.edges) {
      const e = graph.edgeById.get(id)!;
      expect(e.source !== gone && e.target !== gone).toBe(true);
    }
    expect(v.faded.nodes.has(gone)).toBe(true);
  });

  it('a picture draws what is kept, plus the faded context only when asked', () => {
    const v = deriveView(graph, { ...base, filters: { ...NO_FILTERS, therapies: [bmsc] } });
    expect(pictureSubgraph(v, false)).toBe(v.kept);
    expect(pictureSubgraph(v, true).nodes.size).toBe(graph.nodes.length);
  });
});

describe('viewSelector', () => {
  beforeEach(resetStore);

  it('returns the same view until an input changes, and keeps unchanged parts identical', () => {
    const select = viewSelector(graph, stories);
    expect(viewSelector(graph, stories)).toBe(select);
    const first = select(useAppStore.getState());
    useAppStore.getState().setPanel('sources');
    expect(select(useAppStore.getState())).toBe(first);
    useAppStore.getState().select({ type: 'node', id: bmsc });
    const selected = select(useAppStore.getState());
    expect(selected).not.toBe(first);
    expect(selected.kept).toBe(first.kept);
    useAppStore.getState().toggleFacet('therapies', bmsc);
    expect(select(useAppStore.getState()).kept).not.toBe(first.kept);
  });
});
