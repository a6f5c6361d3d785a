// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { loadGraph } from '../../src/model/load';
import { NO_FILTERS } from '../../src/model/filter';
import type { NodeId } from '../../src/model/schema';
import { resetStore, useAppStore } from '../../src/store/store';
import type { UrlState } from '../../src/store/types';
import { NO_PATH_QUERY } from '../../src/store/pathwayUrl';
import { fromSearch, toSearch } from '../../src/store/url';
import { startUrlSync } from '../../src/store/urlSync';

const loaded = loadGraph(readGraphFiles('graph-data'));
if (!loaded.ok) throw new Error('graph-data must be valid for these tests');
const { graph, stories } = loaded;

const base: UrlState = {
  filters: NO_FILTERS,
  hiddenMode: 'fade',
  selection: null,
  layout: 'layered',
  story: null,
  presenter: false,
  path: NO_PATH_QUERY,
};

describe('the view in the URL', () => {
  it('round-trips filters, selection and layout', () => {
    const state: UrlState = {
      ...base,
      filters: {
        ...NO_FILTERS,
        therapies: ['bmsc_therapy' as NodeId],
        evidence: ['animal-model'],
        polarities: [-1],
      },
      hiddenMode: 'hide',
      selection: { type: 'node', id: 'tgfb1' as NodeId },
      layout: 'fcose',
    };
    const search = toSearch(state);
    expect(search).toBe(
      '?therapy=bmsc_therapy&evidence=animal-model&polarity=-1&hidden=hide&sel=node:tgfb1&layout=fcose',
    );
    expect(fromSearch(search, graph, stories)).toEqual({ state, notices: [] });
  });

  it('writes nothing for the default view', () => {
    expect(toSearch(base)).toBe('');
  });

  it('the curated lanes stay one link away now that the layered picture is the default', () => {
    const state: UrlState = { ...base, layout: 'lanes' };
    expect(toSearch(state)).toBe('?layout=lanes');
    expect(fromSearch('?layout=lanes', graph, stories)).toEqual({ state, notices: [] });
  });

  it('ignores unknown ids and values with a notice, never throwing', () => {
    const { state, notices } = fromSearch(
      '?therapy=bmsc_therapy,unicorn&kind=cell,blob&sel=node:nothing&layout=spiral&polarity=7&story=nope',
      graph,
      stories,
    );
    expect(state.filters.therapies).toEqual(['bmsc_therapy']);
    expect(state.filters.kinds).toEqual(['cell']);
    expect(state.filters.polarities).toEqual([]);
    expect(state.selection).toBeNull();
    expect(state.layout).toBe('layered');
    expect(state.story).toBeNull();
    expect(notices).toHaveLength(6);
    expect(notices.join(' ')).toMatch(/unicorn/);
  });

  it('a garbled link gets one short notice per parameter, not one per bad value', () => {
    const kinds = Array.from({ length: 500 }, (_, i) => `x${i}`).join(',');
    const { state, notices } = fromSearch(`?kind=cell,${kinds}&sel=node:${'z'.repeat(4000)}`, graph, stories);
    expect(state.filters.kinds).toEqual(['cell']);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toBe(
      'The link names 500 unknown kind values ("x0", "x1", "x2", "x3", "x4" and 495 more); they were ignored.',
    );
    expect(notices[1]!.length).toBeLessThan(200);
    expect(notices[1]).toContain('…');
  });

  it('opens a story step only for a whole number in range, with a notice otherwise', () => {
    const story = stories[0]!;
    const open = (step: string) => fromSearch(`?story=${story.id}&step=${step}`, graph, stories);
    expect(open('2')).toEqual({ state: { ...base, story: { id: story.id, step: 1 } }, notices: [] });
    expect(open(String(story.steps.length)).notices).toEqual([]);
    for (const bad of [
      '2abc',
      '1.5',
      '1e3',
      '1e0',
      ' 2',
      '+2',
      '0x2',
      '0',
      '-1',
      '',
      String(story.steps.length + 1),
    ]) {
      const { state, notices } = open(encodeURIComponent(bad));
      expect(state.story, bad).toEqual({ id: story.id, step: 0 });
      expect(notices, bad).toHaveLength(1);
      expect(notices[0], bad).toContain('opens at step 1');
    }
  });

  it('reads a polarity only as the exact -1, 0 or 1 it writes', () => {
    expect(fromSearch('?polarity=-1,0,1', graph, stories).state.filters.polarities).toEqual([-1, 0, 1]);
    const { state, notices } = fromSearch('?polarity=1.0,%2B1,0x1,1e0,-0', graph, stories);
    expect(state.filters.polarities).toEqual([]);
    expect(notices).toHaveLength(1);
  });

  it('says so when the rest-of-map or presenter setting is unknown, and ignores empty values', () => {
    const { state, notices } = fromSearch('?hidden=blur&present=yes', graph, stories);
    expect(state.hiddenMode).toBe('fade');
    expect(state.presenter).toBe(false);
    expect(notices).toHaveLength(2);
    expect(fromSearch('?hidden=&present=&sel=&story=', graph, stories)).toEqual({ state: base, notices: [] });
  });

  it('survives garbage', () => {
    expect(() => fromSearch('?%E0%A4%A=&sel=::::&therapy=,,,', graph, stories)).not.toThrow();
  });
});

describe('URL sync', () => {
  beforeEach(() => {
    resetStore();
    window.history.replaceState(null, '', '/');
  });

  it('restores the store from a deep link and rewrites unknown parts away', () => {
    window.history.replaceState(null, '', '/?therapy=bmsc_therapy&sel=node:tgfb1&kind=nonsense');
    const stop = startUrlSync(graph, stories);
    const s = useAppStore.getState();
    expect(s.filters.therapies).toEqual(['bmsc_therapy']);
    expect(s.selection).toEqual({ type: 'node', id: 'tgfb1' });
    expect(s.notices).toHaveLength(1);
    expect(window.location.search).toBe('?therapy=bmsc_therapy&sel=node:tgfb1');
    stop();
  });

  it('pushes a history entry per change, and back restores the previous view', async () => {
    const stop = startUrlSync(graph, stories);
    useAppStore.getState().select({ type: 'node', id: 'cxcl12' as NodeId });
    expect(window.location.search).toBe('?sel=node:cxcl12');
    useAppStore.getState().toggleFacet('kinds', 'cell');
    expect(window.location.search).toBe('?kind=cell&sel=node:cxcl12');
    const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    window.history.back();
    await popped;
    expect(useAppStore.getState().filters.kinds).toEqual([]);
    expect(useAppStore.getState().selection).toEqual({ type: 'node', id: 'cxcl12' });
    stop();
  });
});
