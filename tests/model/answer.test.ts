// @vitest-environment node
// One pathway question, one answer (src/model/pathways/answer.ts): which questions are complete, what
// the answer holds, what the map highlights and the diagram draws, and the one-line title. In Node, so
// the mutation run (README "Mutation testing") covers it; the React stories test it through the UI.
import { describe, expect, it } from 'vitest';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { loadGraph } from '../../src/model/load';
import {
  answerDiagram,
  answerFocus,
  answerPathway,
  answerTitle,
  predictDiagram,
  predictFocus,
  type PathQuery,
} from '../../src/model/pathways/answer';
import { whatIf } from '../../src/model/pathways/whatIf';
import type { NodeId } from '../../src/model/schema';
import { tinyGraph } from './helpers';

const id = (s: string) => s as NodeId;
const ids = (xs: Iterable<string>) => [...xs].sort();
const chains = (ps: readonly { nodes: readonly string[] }[]) => ps.map((p) => p.nodes.join('>')).sort();

// t's cells secrete two mediators that each relieve pain; u delivers the same cells.
const g = tinyGraph(
  [
    ['t', 'therapy'],
    ['u', 'therapy'],
    ['cell', 'cell'],
    ['factor', 'mediator'],
    ['other', 'mediator'],
    ['neuropathic_pain', 'condition'],
  ],
  [
    't delivers cell', // r0
    'cell secretes factor', // r1
    'factor relieves neuropathic_pain', // r2
    'cell secretes other', // r3
    'other relieves neuropathic_pain', // r4
    'u delivers cell', // r5
  ],
);
const ask = (q: Partial<PathQuery>): PathQuery => ({
  mode: 'paths',
  from: null,
  to: null,
  maxLength: 6,
  therapy: null,
  knockouts: [],
  compare: [],
  ...q,
});
const paths = (q: Partial<PathQuery>) => {
  const a = answerPathway(g, ask({ mode: 'paths', from: id('cell'), to: id('neuropathic_pain'), ...q }));
  if (a?.mode !== 'paths') throw new Error('expected a paths answer');
  return a;
};

describe('which questions have an answer', () => {
  it('paths need two different ends', () => {
    expect(answerPathway(g, ask({ from: id('cell') }))).toBeNull();
    expect(answerPathway(g, ask({ to: id('neuropathic_pain') }))).toBeNull();
    expect(answerPathway(g, ask({}))).toBeNull();
    expect(answerPathway(g, ask({ from: id('cell'), to: id('cell') }))).toBeNull();
    expect(answerPathway(g, ask({ from: id('cell'), to: id('neuropathic_pain') }))?.mode).toBe('paths');
  });

  it('impact needs a therapy', () => {
    expect(answerPathway(g, ask({ mode: 'impact' }))).toBeNull();
    expect(answerPathway(g, ask({ mode: 'impact', therapy: id('cell') }))).toBeNull();
    const a = answerPathway(g, ask({ mode: 'impact', therapy: id('t') }));
    expect(a?.mode).toBe('impact');
    expect(a?.mode === 'impact' && a.impact.overall).toBe('relieves');
  });

  it('compare needs two therapies; other entities named are left out', () => {
    expect(answerPathway(g, ask({ mode: 'compare', compare: [id('t')] }))).toBeNull();
    expect(answerPathway(g, ask({ mode: 'compare', compare: [id('t'), id('cell')] }))).toBeNull();
    const a = answerPathway(g, ask({ mode: 'compare', compare: [id('t'), id('cell'), id('u')] }));
    expect(a?.mode).toBe('compare');
    expect(a?.mode === 'compare' && a.comparison.therapies.map((x) => x.therapy)).toEqual(['t', 'u']);
  });
});

describe('the paths answer', () => {
  it('without knock-outs: every path, none broken', () => {
    const a = paths({});
    expect(chains(a.paths)).toEqual(['cell>factor>neuropathic_pain', 'cell>other>neuropathic_pain']);
    expect(a.broken).toEqual([]);
    expect(a.knockedOut).toEqual([]);
    expect(a.truncated).toBe(false);
    expect([a.from, a.to, a.maxLength]).toEqual(['cell', 'neuropathic_pain', 6]);
  });

  it('a knock-out removes the paths through it and lists them as broken; the ends cannot be knocked out', () => {
    const a = paths({ knockouts: [id('cell'), id('factor'), id('neuropathic_pain')] });
    expect(a.knockedOut).toEqual(['factor']);
    expect(chains(a.paths)).toEqual(['cell>other>neuropathic_pain']);
    expect(chains(a.broken)).toEqual(['cell>factor>neuropathic_pain']);
  });

  it('keeps to the longest path asked for, before and after the knock-out', () => {
    const a = paths({ maxLength: 1, knockouts: [id('factor')] });
    expect(a.paths).toEqual([]);
    expect(a.broken).toEqual([]);
  });

  it('draws the kept and the broken paths, with the knock-outs; highlights the broken relations apart', () => {
    const a = paths({ knockouts: [id('factor')] });
    expect(answerDiagram(g, a)).toEqual({
      relationIds: ['r3', 'r4', 'r1', 'r2'],
      from: 'cell',
      to: 'neuropathic_pain',
      knockedOut: ['factor'],
    });
    const f = answerFocus(a);
    expect(ids(f.nodes)).toEqual(['cell', 'factor', 'neuropathic_pain', 'other']);
    expect(ids(f.edges)).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(ids(f.knockedOut)).toEqual(['factor']);
    expect(ids(f.broken)).toEqual(['r1', 'r2']);
  });

  it('highlights both ends even when no path joins them', () => {
    const f = answerFocus(paths({ to: id('u') }));
    expect(ids(f.nodes)).toEqual(['cell', 'u']);
    expect(f.edges.size).toBe(0);
  });
});

describe('the impact and compare answers', () => {
  it('keeps to the longest path asked for, with and without a knock-out', () => {
    const short = answerPathway(g, ask({ mode: 'impact', therapy: id('t'), maxLength: 2 }));
    expect(short?.mode === 'impact' && short.impact.overall).toBe('none');
    const w = answerPathway(
      g,
      ask({ mode: 'impact', therapy: id('t'), maxLength: 2, knockouts: [id('factor')] }),
    );
    expect(w?.mode === 'impact' && w.whatIf?.before.overall).toBe('none');
    const c = answerPathway(g, ask({ mode: 'compare', compare: [id('t'), id('u')], maxLength: 2 }));
    expect(c?.mode === 'compare' && c.comparison.therapies.map((x) => x.impact.overall)).toEqual([
      'none',
      'none',
    ]);
  });

  it('a what-if highlights the routes before the knock-out and marks those it breaks', () => {
    const a = answerPathway(g, ask({ mode: 'impact', therapy: id('t'), knockouts: [id('factor')] }))!;
    expect(a.mode === 'impact' && a.whatIf?.knockedOut).toEqual(['factor']);
    const f = answerFocus(a);
    expect(ids(f.nodes)).toEqual(['cell', 'factor', 'neuropathic_pain', 'other', 't']);
    expect(ids(f.edges)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
    expect(ids(f.knockedOut)).toEqual(['factor']);
    expect(ids(f.broken)).toEqual(['r1', 'r2']);
  });

  it('an impact without a knock-out is no what-if, and breaks nothing', () => {
    const a = answerPathway(g, ask({ mode: 'impact', therapy: id('t') }))!;
    // The panel shows a what-if section whenever the answer has one.
    expect(a.mode).toBe('impact');
    expect(a.mode === 'impact' && a.whatIf).toBeUndefined();
    const f = answerFocus(a);
    expect(ids(f.edges)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
    expect(f.knockedOut.size).toBe(0);
    expect(f.broken.size).toBe(0);
  });

  it('a compared therapy with no route to pain is still highlighted', () => {
    const g2 = tinyGraph(
      [
        ['t', 'therapy'],
        ['v', 'therapy'],
        ['cell', 'cell'],
        ['stray', 'cell'],
        ['neuropathic_pain', 'condition'],
      ],
      ['t delivers cell', 'cell relieves neuropathic_pain', 'v delivers stray'],
    );
    const a = answerPathway(g2, ask({ mode: 'compare', compare: [id('t'), id('v')] }))!;
    expect(ids(answerFocus(a).nodes)).toEqual(['cell', 'neuropathic_pain', 't', 'v']);
  });

  it('a comparison highlights every therapy and all their routes, and breaks nothing', () => {
    const a = answerPathway(g, ask({ mode: 'compare', compare: [id('t'), id('u')] }))!;
    const f = answerFocus(a);
    expect(ids(f.nodes)).toEqual(['cell', 'factor', 'neuropathic_pain', 'other', 't', 'u']);
    expect(ids(f.edges)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5']);
    expect(f.knockedOut.size).toBe(0);
    expect(f.broken.size).toBe(0);
  });
});

describe('a predict-then-reveal step', () => {
  const w = whatIf(g, id('t'), [id('factor')]);

  it('before the reveal: the routes and the entity to knock out, nothing marked broken or crossed out', () => {
    const f = predictFocus(w, false);
    expect(ids(f.nodes)).toEqual(['cell', 'factor', 'neuropathic_pain', 'other', 't']);
    expect(ids(f.edges)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
    expect(ids(f.knockedOut)).toEqual(['factor']);
    expect(f.broken.size).toBe(0);
    expect(predictDiagram(w, false)).toEqual({
      relationIds: [...f.edges],
      from: 't',
      knockedOut: [],
    });
  });

  it('after it: the routes the knock-out breaks are marked, and the entity is crossed out', () => {
    const f = predictFocus(w, true);
    expect(ids(f.broken)).toEqual(['r1', 'r2']);
    expect(predictDiagram(w, true)).toMatchObject({ from: 't', knockedOut: ['factor'] });
    expect(ids(predictDiagram(w, true).relationIds)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
  });
});

describe('the one-line title of an answer', () => {
  const loaded = loadGraph(readGraphFiles('graph-data'));
  if (!loaded.ok) throw new Error('graph-data does not load');
  const curated = loaded.graph;
  const title = (q: Partial<PathQuery>) => answerTitle(curated, answerPathway(curated, ask(q))!);

  it('names entities by their labels, and every knock-out', () => {
    expect(title({ mode: 'impact', therapy: id('bmsc_therapy') })).toBe(
      'Intrathecal BMSC therapy: impact on pain',
    );
    expect(title({ mode: 'impact', therapy: id('bmsc_therapy'), knockouts: [id('tgfb1'), id('il10')] })).toBe(
      'Intrathecal BMSC therapy: impact on pain without TGF-β1, IL-10',
    );
    expect(title({ from: id('bmsc'), to: id('neuropathic_pain') })).toBe(
      'Paths from BMSC to Neuropathic pain',
    );
    expect(title({ mode: 'compare', compare: [id('bmsc_therapy'), id('nk_cell_therapy')] })).toMatch(
      /^Comparing Intrathecal BMSC therapy, /,
    );
  });

  it('names an entity the graph does not hold (a stale link) by its id', () => {
    expect(
      title({ from: id('bmsc'), to: id('neuropathic_pain'), knockouts: [id('tgfb1'), id('ghost')] }),
    ).toMatch(/ without TGF-β1, ghost$/);
  });
});
