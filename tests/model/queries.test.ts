import { describe, expect, it } from 'vitest';
import { applyFilters, NO_FILTERS } from '../../src/model/filter';
import { shortestPaths, therapyMechanism } from '../../src/model/queries';
import type { NodeId } from '../../src/model/schema';
import { searchNodes } from '../../src/model/search';
import { tinyGraph } from './helpers';

const id = (s: string) => s as NodeId;

// therapy → cell → mediator → process → condition → (beyond: must not be followed)
const g = tinyGraph(
  [
    ['therapy', 'therapy'],
    ['agent', 'cell'],
    ['guide', 'mediator'],
    ['factor', 'mediator'],
    ['effect', 'process'],
    ['pain', 'condition'],
    ['beyond', 'process'],
    ['unrelated', 'cell'],
    ['other', 'mediator'],
  ],
  [
    'therapy delivers agent',
    'guide recruits agent',
    'agent secretes factor',
    'factor inhibits effect',
    'effect contributes-to pain',
    'pain induces beyond',
    'unrelated secretes other',
    'other activates effect',
  ],
);

describe('polarity', () => {
  it('comes from the verb, never from the data file', () => {
    const byVerb = Object.fromEntries(g.edges.map((e) => [e.relation, e.polarity]));
    expect(byVerb).toMatchObject({
      delivers: 1,
      recruits: 1,
      secretes: 1,
      inhibits: -1,
      'contributes-to': 1,
    });
  });
});

describe('therapy mechanism', () => {
  const m = therapyMechanism(g, id('therapy'));

  it('follows relations forward to the condition it counters, and stops there', () => {
    expect([...m.nodes].sort()).toEqual(['agent', 'effect', 'factor', 'guide', 'pain', 'therapy']);
    expect(m.nodes.has(id('beyond'))).toBe(false);
  });

  it("includes what steers the therapy's agent (one step upstream)", () => {
    expect(m.nodes.has(id('guide'))).toBe(true);
    expect(m.nodes.has(id('unrelated'))).toBe(false);
  });

  it('is empty for an unknown therapy', () => {
    expect(therapyMechanism(g, id('nope')).nodes.size).toBe(0);
  });
});

describe('filters', () => {
  it('keep only the therapy mechanism', () => {
    const v = applyFilters(g, { ...NO_FILTERS, therapies: [id('therapy')] });
    expect(v.nodes.has(id('unrelated'))).toBe(false);
    expect(v.nodes.has(id('factor'))).toBe(true);
  });

  it('by polarity keep only matching relations and the nodes they touch', () => {
    const v = applyFilters(g, { ...NO_FILTERS, polarities: [-1] });
    expect([...v.nodes].sort()).toEqual(['effect', 'factor']);
    expect(v.edges.size).toBe(1);
  });

  it('by kind drop the other kinds and their relations', () => {
    const v = applyFilters(g, { ...NO_FILTERS, kinds: ['cell', 'mediator'] });
    expect([...v.nodes].every((n) => ['cell', 'mediator'].includes(g.nodeById.get(n)!.kind))).toBe(true);
    expect(v.edges.size).toBe(3);
  });
});

describe('paths', () => {
  it('finds the shortest directed path', () => {
    const [p] = shortestPaths(g, id('therapy'), id('pain'));
    expect(p!.map((e) => e.target)).toEqual(['agent', 'factor', 'effect', 'pain']);
  });

  it('finds connections against the arrows only when asked', () => {
    expect(shortestPaths(g, id('pain'), id('therapy'))).toEqual([]);
    expect(shortestPaths(g, id('pain'), id('therapy'), { directed: false })[0]).toHaveLength(4);
  });

  it('returns every shortest path', () => {
    expect(shortestPaths(g, id('agent'), id('effect'), { directed: false })).toHaveLength(1);
    expect(shortestPaths(g, id('guide'), id('effect'), { directed: false }).length).toBeGreaterThanOrEqual(1);
  });
});

describe('search', () => {
  it('ranks label matches before substring matches', () => {
    expect(searchNodes(g, 'fac')[0]!.node.id).toBe('factor');
  });
});
