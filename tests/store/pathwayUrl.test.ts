// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { NO_FILTERS } from '../../src/model/filter';
import { loadGraph } from '../../src/model/load';
import type { NodeId } from '../../src/model/schema';
import { NO_PATH_QUERY } from '../../src/store/pathwayUrl';
import { resetStore, useAppStore } from '../../src/store/store';
import { DEFAULT_LAYOUT, type PathQuery, type UrlState } from '../../src/store/types';
import { fromSearch, toSearch } from '../../src/store/url';
import { startUrlSync } from '../../src/store/urlSync';

const loaded = loadGraph(readGraphFiles('graph-data'));
if (!loaded.ok) throw new Error('graph-data must be valid for these tests');
const { graph, stories } = loaded;
const id = (s: string) => s as NodeId;

const state = (path: Partial<PathQuery>): UrlState => ({
  filters: NO_FILTERS,
  hiddenMode: 'fade',
  selection: null,
  layout: DEFAULT_LAYOUT,
  story: null,
  presenter: false,
  path: { ...NO_PATH_QUERY, ...path },
});

describe('pathway questions in the URL', () => {
  it('round-trips each mode, writing only the active mode’s fields', () => {
    const cases: [Partial<PathQuery>, string][] = [
      [
        { mode: 'paths', from: id('bmsc'), to: id('neuropathic_pain'), maxLength: 4 },
        '?from=bmsc&to=neuropathic_pain&len=4',
      ],
      [
        { mode: 'paths', from: id('bmsc'), to: id('neuropathic_pain'), knockouts: [id('tgfb1')] },
        '?from=bmsc&to=neuropathic_pain&knockout=tgfb1',
      ],
      [
        { mode: 'impact', therapy: id('bmsc_therapy'), knockouts: [id('tgfb1'), id('tgfbr1')] },
        '?impact=bmsc_therapy&knockout=tgfb1,tgfbr1',
      ],
      [
        { mode: 'compare', compare: [id('nk_cell_therapy'), id('bmsc_therapy')], therapy: id('anti_tnf') },
        '?compare=nk_cell_therapy,bmsc_therapy',
      ],
    ];
    for (const [path, search] of cases) {
      expect(toSearch(state(path))).toBe(search);
      const back = fromSearch(search, graph, stories);
      expect(back.notices).toEqual([]);
      expect(toSearch(back.state)).toBe(search);
    }
    expect(toSearch(state({ mode: 'impact' }))).toBe('');
  });

  it('drops unknown ids and bad lengths with a notice', () => {
    const r = fromSearch('?impact=bmsc&knockout=tgfb1', graph, stories);
    expect(r.state.path.therapy).toBeNull();
    expect(r.notices[0]).toMatch(/unknown impact "bmsc"/);
    const k = fromSearch('?impact=bmsc_therapy&knockout=tgfb1,nope', graph, stories);
    expect(k.state.path.knockouts).toEqual(['tgfb1']);
    expect(k.notices).toHaveLength(1);
    const l = fromSearch('?from=bmsc&to=tgfb1&len=2abc', graph, stories);
    expect(l.state.path.maxLength).toBe(NO_PATH_QUERY.maxLength);
    expect(l.notices[0]).toMatch(/length "2abc"/);
  });
});

describe('pathway URL sync', () => {
  beforeEach(() => {
    resetStore();
    window.history.replaceState(null, '', '/');
  });

  it('a link with a question opens the Pathways tab; every knock-out is a history entry', () => {
    window.history.replaceState(null, '', '/?impact=bmsc_therapy');
    const stop = startUrlSync(graph, stories);
    expect(useAppStore.getState().panel).toBe('paths');
    expect(useAppStore.getState().path).toMatchObject({ mode: 'impact', therapy: 'bmsc_therapy' });
    useAppStore.getState().setPath({ knockouts: [id('tgfb1')] });
    expect(window.location.search).toBe('?impact=bmsc_therapy&knockout=tgfb1');
    stop();
  });
});
