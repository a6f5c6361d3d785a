import { describe, expect, it } from 'vitest';
import { answerDiagram, answerPathway, answerTitle } from '../../src/model/pathways/answer';
import { compareTherapies } from '../../src/model/pathways/compare';
import { combineVerdicts, painEndpoint, painEndpoints, verdictOf } from '../../src/model/pathways/endpoints';
import { netEffectRules } from '../../src/model/pathways/explain';
import { therapyImpact } from '../../src/model/pathways/impact';
import { findPaths, walkPaths } from '../../src/model/pathways/paths';
import { composeSigns, stepSign } from '../../src/model/pathways/sign';
import { whatIf } from '../../src/model/pathways/whatIf';
import type { NodeId } from '../../src/model/schema';
import { RELATION_TYPE_NAMES, RELATION_TYPES, transmissionOf } from '../../src/model/vocabulary';
import { tinyGraph } from './helpers';
import { buildGraph } from '../../src/model/graph';
import { NodeSchema, RelationSchema } from '../../src/model/schema';

const id = (s: string) => s as NodeId;
const chains = (paths: readonly { nodes: readonly NodeId[] }[]) => paths.map((p) => p.nodes.join('>'));

describe('transmission is declared in the vocabulary', () => {
  it('gives every verb a transmission consistent with its polarity', () => {
    for (const t of RELATION_TYPE_NAMES) {
      const how = transmissionOf(t);
      if (how === 'sign') expect(RELATION_TYPES[t].polarity, t).not.toBe(0);
      if (RELATION_TYPES[t].polarity === 0) expect(how, t).not.toBe('sign');
    }
    expect(transmissionOf('binds')).toBe('relay');
    expect(transmissionOf('is-a')).toBe('none');
    expect(transmissionOf('inhibits')).toBe('sign');
  });

  it('composes signs: counters cancel, an unknown step makes the path unknown', () => {
    expect(composeSigns(['+', '+'])).toBe('+');
    expect(composeSigns(['+', '-'])).toBe('-');
    expect(composeSigns(['-', '-'])).toBe('+');
    expect(composeSigns(['-', '?', '-'])).toBe('?');
    expect(stepSign({ relation: 'binds', polarity: 0 })).toBe('+');
    expect(stepSign({ relation: 'is-a', polarity: 0 })).toBeNull();
  });

  it('explains the rules from the same data', () => {
    const g = tinyGraph(
      [
        ['neuropathic_pain', 'condition'],
        ['hyperalgesia', 'process'],
        ['analgesia', 'process'],
        ['microglia', 'cell'],
      ],
      ['microglia promotes neuropathic_pain', 'analgesia decreases hyperalgesia'],
    );
    const text = netEffectRules(g).join('\n');
    // The graph's own pain endpoints, by label, on the side of pain they belong to.
    expect(text).toContain(
      'More neuropathic_pain and hyperalgesia means more pain; more analgesia means less.',
    );
    expect(text).not.toContain('microglia');
    expect(text).toContain('“binds”');
    expect(text).toMatch(/“is a kind of”.*carry no effect/);
    expect(text).toMatch(/“inhibits”.*turn it round/);
  });
});

describe('signed paths on small graphs', () => {
  it('walks a cycle without looping and returns simple paths only', () => {
    const g = tinyGraph(
      [
        ['a', 'cell'],
        ['b', 'cell'],
        ['c', 'cell'],
        ['d', 'process'],
      ],
      ['a activates b', 'b activates c', 'c activates a', 'c promotes d', 'b inhibits a'],
    );
    const { paths } = findPaths(g, id('a'), id('d'));
    expect(chains(paths)).toEqual(['a>b>c>d']);
    expect(paths[0]!.net).toBe('+');
    expect(findPaths(g, id('a'), id('a')).paths).toEqual([]);
  });

  it('keeps parallel relations as distinct paths with their own signs', () => {
    const g = tinyGraph(
      [
        ['a', 'cell'],
        ['b', 'cell'],
        ['c', 'process'],
      ],
      ['a activates b', 'a inhibits b', 'b promotes c'],
    );
    const { paths } = findPaths(g, id('a'), id('c'));
    expect(paths.map((p) => p.steps.join(' '))).toEqual(['r0 r2', 'r1 r2']);
    expect(paths.map((p) => p.net).sort()).toEqual(['+', '-']);
  });

  it('finds no path against the arrows, through a structural verb, or beyond the length', () => {
    const g = tinyGraph(
      [
        ['a', 'cell'],
        ['b', 'cell'],
        ['c', 'process'],
        ['d', 'process'],
      ],
      ['a activates b', 'b is-a c', 'b stores d', 'b migrates-to d'],
    );
    expect(findPaths(g, id('b'), id('a')).paths).toEqual([]);
    expect(findPaths(g, id('a'), id('c')).paths).toEqual([]);
    expect(findPaths(g, id('a'), id('d')).paths).toEqual([]);
    const long = tinyGraph(
      [
        ['a', 'cell'],
        ['b', 'cell'],
        ['c', 'cell'],
      ],
      ['a activates b', 'b activates c'],
    );
    expect(findPaths(long, id('a'), id('c'), { maxLength: 1 }).paths).toEqual([]);
    expect(findPaths(long, id('a'), id('c'), { maxLength: 2 }).paths).toHaveLength(1);
  });

  it('relays through binding and stops at the limit, saying so', () => {
    const g = tinyGraph(
      [
        ['l', 'mediator'],
        ['r', 'receptor'],
        ['x', 'process'],
      ],
      ['l binds r', 'r inhibits x', 'l inhibits x'],
    );
    const { paths } = findPaths(g, id('l'), id('x'));
    expect(paths.map((p) => p.net)).toEqual(['-', '-']);
    const cut = walkPaths(
      g,
      id('l'),
      (n) => n === id('x'),
      () => true,
      { limit: 1 },
    );
    expect(cut.paths).toHaveLength(1);
    expect(cut.truncated).toBe(true);
  });

  it('ranks by the weakest step first, then by length', () => {
    // Built directly: the loader would (rightly) refuse these kinds on a review source.
    const rel = (rid: string, source: string, target: string, kind: string) =>
      RelationSchema.parse({
        id: rid,
        source,
        relation: 'activates',
        target,
        evidence: [{ source: 'src', kind, note: 'Shown in the test source.' }],
      });
    const g = buildGraph({
      nodes: ['a', 'b', 'c', 'd'].map((n) =>
        NodeSchema.parse({ id: n, kind: 'cell', label: n, description: `A test entity called ${n}.` }),
      ),
      relations: [
        rel('a_b', 'a', 'b', 'animal-model'),
        rel('b_d', 'b', 'd', 'news-report'),
        rel('a_c', 'a', 'c', 'animal-model'),
        rel('c_b', 'c', 'b', 'review'),
        rel('c_d', 'c', 'd', 'human-clinical'),
      ].map((relation) => ({ relation, group: 'test' })),
      sources: [],
      mechanisms: [],
      version: 'test',
    });
    const { paths } = findPaths(g, id('a'), id('d'));
    expect(paths.map((p) => p.steps.join(' '))).toEqual(['a_c c_d', 'a_b b_d', 'a_c c_b b_d']);
    expect(paths.map((p) => p.evidence.weakest)).toEqual(['animal-model', 'news-report', 'news-report']);
  });
});

describe('therapy impact, what-if and comparison', () => {
  const g = tinyGraph(
    [
      ['t', 'therapy'],
      ['u', 'therapy'],
      ['cell', 'cell'],
      ['factor', 'mediator'],
      ['other', 'mediator'],
      ['neuropathic_pain', 'condition'],
      ['analgesia', 'process'],
      ['hyperalgesia', 'process'],
      ['attack_on_healthy_cells', 'process'],
    ],
    [
      't delivers cell',
      'cell secretes factor',
      'factor promotes analgesia',
      'factor relieves neuropathic_pain',
      'cell contributes-to neuropathic_pain',
      'analgesia decreases hyperalgesia',
      'cell contributes-to attack_on_healthy_cells',
      'u delivers other',
      'other inhibits factor',
      'u delivers cell',
    ],
  );

  it('reads analgesia raised and neuropathic pain lowered both as relief', () => {
    const np = painEndpoint(g, id('neuropathic_pain'))!;
    const an = painEndpoint(g, id('analgesia'))!;
    expect(np.sense).toBe(1);
    expect(an.sense).toBe(-1);
    expect(verdictOf('-', np)).toBe('relieves');
    expect(verdictOf('+', np)).toBe('worsens');
    expect(verdictOf('+', an)).toBe('relieves');
    expect(verdictOf('-', an)).toBe('worsens');
    expect(verdictOf('?', an)).toBe('unknown');
    expect(combineVerdicts(['relieves', 'worsens'])).toBe('mixed');
    expect(combineVerdicts([])).toBe('none');
  });

  it('takes its endpoints from the graph: only entities marked endpoint are read against', () => {
    expect(painEndpoints(g).map((p) => [p.id, p.sense])).toEqual([
      ['neuropathic_pain', 1],
      ['analgesia', -1],
      ['hyperalgesia', 1],
    ]);
    // The same shape of graph with an unmarked pain entity: no endpoint, so no answer about pain.
    const unmarked = tinyGraph(
      [
        ['t', 'therapy'],
        ['cell', 'cell'],
        ['nerve_pain', 'condition'],
      ],
      ['t delivers cell', 'cell contributes-to nerve_pain'],
    );
    expect(painEndpoints(unmarked)).toEqual([]);
    expect(therapyImpact(unmarked, id('t')).overall).toBe('none');
  });

  it('groups a therapy’s paths by what they do to pain, stops at the first endpoint, keeps risks apart', () => {
    const impact = therapyImpact(g, id('t'));
    expect(chains(impact.relieves)).toEqual(['t>cell>factor>analgesia', 't>cell>factor>neuropathic_pain']);
    expect(chains(impact.worsens)).toEqual(['t>cell>neuropathic_pain']);
    expect(chains(impact.risks)).toEqual(['t>cell>attack_on_healthy_cells']);
    expect(impact.endpoints.find((e) => e.id === 'neuropathic_pain')?.verdict).toBe('mixed');
    expect(impact.endpoints.find((e) => e.id === 'analgesia')?.verdict).toBe('relieves');
    expect(impact.overall).toBe('mixed');
    // Paths never run through another therapy.
    expect(chains(impact.relieves).some((c) => c.includes('>u>'))).toBe(false);
  });

  it('a knock-out breaks the paths through it and leaves the rest', () => {
    const w = whatIf(g, id('t'), [id('factor')]);
    expect(chains(w.brokenRelief)).toEqual(['t>cell>factor>analgesia', 't>cell>factor>neuropathic_pain']);
    expect(w.remainingRelief).toEqual([]);
    expect(w.after.overall).toBe('worsens');
    expect(therapyImpact(g, id('t'), { knockedOut: [id('t')] }).overall).toBe('none');
  });

  it('a counter-acting therapy reads its chain of signs correctly', () => {
    const impact = therapyImpact(g, id('u'));
    // u → other ⊣ factor → analgesia: lowers analgesia, worsens pain.
    expect(chains(impact.worsens)).toContain('u>other>factor>analgesia');
  });

  it('compares therapies: shared and unique mechanisms', () => {
    const c = compareTherapies(g, [id('t'), id('u')]);
    expect(c.sharedEntities).toEqual(expect.arrayContaining(['cell', 'factor']));
    expect(c.therapies[1]!.uniqueEntities).toEqual(['other']);
    expect(c.therapies[0]!.uniqueEntities).toEqual([]);
    expect(c.endpoints).toEqual(['neuropathic_pain', 'analgesia']);
  });
});

describe('the diagram contract', () => {
  const g = tinyGraph(
    [
      ['t', 'therapy'],
      ['u', 'therapy'],
      ['cell', 'cell'],
      ['factor', 'mediator'],
      ['neuropathic_pain', 'condition'],
    ],
    ['t delivers cell', 'u delivers cell', 'cell secretes factor', 'factor relieves neuropathic_pain'],
  );
  const q = {
    mode: 'impact' as const,
    from: null,
    to: null,
    maxLength: 6,
    therapy: id('t'),
    knockouts: [id('factor')],
    compare: [id('t'), id('u')],
  };

  it('draws a what-if from the paths before the knock-out, with the knocked-out entity', () => {
    const a = answerPathway(g, q)!;
    const d = answerDiagram(g, a);
    expect(d).toEqual({ relationIds: ['r0', 'r2', 'r3'], from: 't', knockedOut: ['factor'] });
    expect(answerTitle(g, a)).toBe('t: impact on pain without factor');
  });

  it('gives each compared therapy its own group of relation ids', () => {
    const d = answerDiagram(g, answerPathway(g, { ...q, mode: 'compare' })!);
    expect(d.groups).toEqual([
      { id: 't', label: 't', relationIds: ['r0', 'r2', 'r3'] },
      { id: 'u', label: 'u', relationIds: ['r1', 'r2', 'r3'] },
    ]);
    expect(d.relationIds).toEqual(['r0', 'r2', 'r3', 'r1']);
  });

  it('has no answer to an incomplete question', () => {
    expect(answerPathway(g, { ...q, mode: 'compare', compare: [id('t')] })).toBeNull();
    expect(answerPathway(g, { ...q, mode: 'paths' })).toBeNull();
    expect(answerPathway(g, { ...q, therapy: id('cell') })).toBeNull();
  });
});
