// Link parameters that used to be dropped without the promised notice: a parameter given twice, a
// step or presenter mode without a story, several pathway questions in one link, knock-outs or a
// length with no question to apply them to, several ids where one is read. Each now either counts
// (list parameters in pieces) or gives a notice naming what was ignored.
import { describe, expect, it } from 'vitest';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { loadGraph } from '../../src/model/load';
import { fromSearch, toSearch } from '../../src/store/url';

const loaded = loadGraph(readGraphFiles('graph-data'));
if (!loaded.ok) throw new Error('graph-data must be valid for these tests');
const { graph, stories } = loaded;
const read = (search: string) => fromSearch(search, graph, stories);

describe('dropped link parameters', () => {
  it('reads a list given in pieces whole, and names a repeated single setting', () => {
    const r = read('?kind=cell&kind=mediator');
    expect(r.state.filters.kinds).toEqual(['cell', 'mediator']);
    expect(r.notices).toEqual([]);
    const twice = read('?layout=lanes&layout=concentric');
    expect(twice.state.layout).toBe('lanes');
    expect(twice.notices).toEqual([
      'The link gives layout 2 times ("lanes", "concentric"); only the first, "lanes", was used.',
    ]);
    // The same value twice loses nothing.
    expect(read('?layout=lanes&layout=lanes').notices).toEqual([]);
  });

  it('names a step or presenter mode given without a story', () => {
    expect(read('?step=3').notices).toEqual([
      'The link gives a story step "3" but no story; it was ignored.',
    ]);
    const present = read('?present=1');
    expect(present.state.presenter).toBe(false);
    expect(present.notices).toEqual([
      'The link asks for presenter mode without a story to present; it was ignored.',
    ]);
  });

  it('names the pathway questions a link asks beside the one shown', () => {
    const r = read('?compare=bmsc_therapy,cox_inhibitors&impact=bmsc_therapy&from=tgfb1&to=neuropathic_pain');
    expect(r.state.path.mode).toBe('compare');
    expect(r.notices).toEqual([
      'The link asks more than one pathway question; the comparison is shown and "impact", "from", "to" were ignored.',
    ]);
    // An empty compare no longer hides the impact question behind it.
    const empty = read('?compare=&impact=bmsc_therapy');
    expect(empty.state.path).toMatchObject({ mode: 'impact', therapy: 'bmsc_therapy' });
    expect(empty.notices).toEqual([]);
  });

  it('names knock-outs and a length with no question to apply them to', () => {
    expect(read('?knockout=tgfb1').notices).toEqual([
      'The link knocks out "tgfb1" without a paths or impact question to apply it to; it was ignored.',
    ]);
    expect(read('?compare=bmsc_therapy,cox_inhibitors&knockout=tgfb1').notices).toHaveLength(1);
    const unknown = read('?impact=nobody&knockout=tgfb1');
    expect(unknown.notices).toEqual([
      'The link names an unknown impact "nobody"; it was ignored.',
      'The link knocks out "tgfb1" without a paths or impact question to apply it to; it was ignored.',
    ]);
    expect(read('?impact=bmsc_therapy&len=3').notices).toEqual([
      'The link gives a path length "3" without a paths question (from, to); it was ignored.',
    ]);
    // Where they apply, they are kept, also in pieces.
    const kept = read('?impact=bmsc_therapy&knockout=tgfb1&knockout=il10');
    expect(kept.state.path.knockouts).toEqual(['tgfb1', 'il10']);
    expect(kept.notices).toEqual([]);
  });

  it('names the ids beyond the first where one is read', () => {
    const r = read('?from=tgfb1,il10&to=neuropathic_pain');
    expect(r.state.path).toMatchObject({ mode: 'paths', from: 'tgfb1', to: 'neuropathic_pain' });
    expect(r.notices).toEqual([
      'The link names 2 from entities ("tgfb1", "il10"); only the first, "tgfb1", is used.',
    ]);
    expect(read('?impact=bmsc_therapy,cox_inhibitors').notices).toHaveLength(1);
  });

  it('a clean pathway link round-trips without notices', () => {
    for (const search of [
      '?from=tgfb1&to=neuropathic_pain&len=3&knockout=il10',
      '?impact=bmsc_therapy&knockout=tgfb1',
      '?compare=bmsc_therapy,cox_inhibitors',
    ]) {
      const r = read(search);
      expect(r.notices, search).toEqual([]);
      expect(read(toSearch(r.state))).toEqual(r);
    }
  });
});
