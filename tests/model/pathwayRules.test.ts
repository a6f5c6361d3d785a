// @vitest-environment node
// The rules of the pathway reasoning that the mutation run (README "Mutation testing") found no test
// holding: each test states one rule in the domain's terms, on a small hand-made graph, so that a
// change to src/model/pathways/{context,findings,whatIf}.ts that breaks the rule fails here.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/model/graph';
import type { Evidence, NodeId, RelationId, Source, SourceId } from '../../src/model/schema';
import {
  brokenBy,
  effectiveKind,
  interventionsOn,
  kindRank,
  stepStrength,
  testedBy,
} from '../../src/model/pathways/context';
import { findingsOf, routeCounts } from '../../src/model/pathways/findings';
import type { SignedPath } from '../../src/model/pathways/paths';
import { whatIf } from '../../src/model/pathways/whatIf';
import { EVIDENCE_KINDS } from '../../src/model/vocabulary';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { loadGraph } from '../../src/model/load';
import { therapyImpact } from '../../src/model/pathways/impact';
import { okGraph } from './helpers';

const id = (s: string) => s as NodeId;
const rid = (s: string) => s as RelationId;
const sid = (s: string) => s as SourceId;

/** Just the parts of a graph the rule reads: sources, or relations with their mediations. */
const sourcesGraph = (sources: Partial<Source>[]) =>
  ({ sourceById: new Map(sources.map((s) => [s.id, s])) }) as unknown as Graph;
const ev = (source: string, kind: Evidence['kind']): Evidence =>
  ({ source: sid(source), kind, note: 'Stated in a test source.' }) as Evidence;

type Med = { entity: string; finding: 'required' | 'not-required' | 'described' };
interface Rel {
  id: string;
  source: string;
  target: string;
  mediated_by?: Med[];
}
function relationsGraph(rels: Rel[]): Graph {
  const edges = rels.map((r) => ({
    ...r,
    mediated_by: r.mediated_by?.map((m) => ({ ...m, method: 'antibody', evidence: ev('s', 'animal-model') })),
  }));
  const outgoing = new Map<string, typeof edges>();
  for (const e of edges) outgoing.set(e.source, [...(outgoing.get(e.source) ?? []), e]);
  return { edgeById: new Map(edges.map((e) => [e.id, e])), outgoing } as unknown as Graph;
}

describe('evidence as the ranking weighs it', () => {
  const g = sourcesGraph([
    { id: sid('op_doi'), kind: 'opinion', doi: '10.1/x' },
    { id: sid('op_hearsay'), kind: 'opinion' },
    { id: sid('study'), kind: 'journal-article' as Source['kind'], doi: '10.1/y' },
  ]);

  it('an opinion article we can read ourselves counts as an opinion', () => {
    expect(effectiveKind(g, ev('op_doi', 'opinion'))).toBe('opinion');
  });

  it('evidence from a source known only second-hand counts as a news report, not an opinion', () => {
    expect(effectiveKind(g, ev('op_hearsay', 'opinion'))).toBe('news-report');
  });

  it('an opinion citing a source the graph does not know is worth no more than a news report', () => {
    expect(effectiveKind(g, ev('missing', 'opinion'))).toBe('news-report');
  });

  it('other kinds are taken as written, even from a source known only second-hand', () => {
    expect(effectiveKind(g, ev('op_hearsay', 'review'))).toBe('review');
    expect(effectiveKind(g, ev('study', 'animal-model'))).toBe('animal-model');
  });

  it('orders evidence kinds from human studies down to news reports', () => {
    expect([...EVIDENCE_KINDS].sort((a, b) => kindRank(a) - kindRank(b))).toEqual([
      'human-clinical',
      'animal-model',
      'in-vitro',
      'review',
      'opinion',
      'news-report',
    ]);
  });

  it('a relation is as strong as its best evidence, wherever that is listed', () => {
    const edge = (kinds: Evidence['kind'][]) =>
      ({ evidence: kinds.map((k) => ev(k === 'opinion' ? 'op_hearsay' : 'study', k)) }) as never;
    expect(stepStrength(g, edge(['news-report', 'review', 'human-clinical', 'in-vitro']))).toBe(
      'human-clinical',
    );
    expect(stepStrength(g, edge(['review', 'animal-model']))).toBe('animal-model');
    expect(stepStrength(g, edge(['in-vitro', 'review', 'news-report']))).toBe('in-vitro');
    // An opinion known only second-hand ranks below a review, as a news report.
    expect(stepStrength(g, edge(['opinion', 'review']))).toBe('review');
    expect(stepStrength(g, edge(['opinion']))).toBe('news-report');
  });
});

describe('what a knock-out breaks and what an experiment tested', () => {
  it('a relation mediated by a knocked-out entity whose finding is not-required stays', () => {
    const edge = { mediated_by: [{ entity: id('il10'), finding: 'not-required' }] } as never;
    expect(brokenBy(edge, new Set([id('il10')]))).toBe(false);
    const needed = { mediated_by: [{ entity: id('tgfb1'), finding: 'required' }] } as never;
    expect(brokenBy(needed, new Set([id('tgfb1')]))).toBe(true);
    expect(brokenBy({}, new Set([id('tgfb1')]))).toBe(false);
  });

  const g = relationsGraph([
    { id: 'plain', source: 'a', target: 'b' },
    {
      id: 'relief',
      source: 'b',
      target: 'pain',
      mediated_by: [
        { entity: 'tgfb1', finding: 'required' },
        { entity: 'il10', finding: 'not-required' },
        { entity: 'opioid', finding: 'described' },
      ],
    },
  ]);

  it('lists the tested mediations (required or not) of the relations asked about, and no described one', () => {
    expect(interventionsOn(g, [rid('plain'), rid('relief')])).toEqual([
      expect.objectContaining({
        relation: 'relief',
        entity: 'tgfb1',
        finding: 'required',
        method: 'antibody',
      }),
      expect.objectContaining({ relation: 'relief', entity: 'il10', finding: 'not-required' }),
    ]);
  });

  it('a relation with no mediation, or one the graph does not hold, has no experiment', () => {
    expect(interventionsOn(g, [rid('plain')])).toEqual([]);
    expect(interventionsOn(g, [rid('gone')])).toEqual([]);
  });

  // Mediation requires a *later* node: the experiment took out an entity further along the route.
  const route = relationsGraph([
    { id: 'x_y', source: 'x', target: 'y' },
    { id: 'y_z', source: 'y', target: 'z', mediated_by: [{ entity: 'x', finding: 'required' }] },
    { id: 'x_to_z', source: 'x', target: 'w', mediated_by: [{ entity: 'z', finding: 'required' }] },
  ]);

  it('a route is tested by a relation out of one of its entities that needed an entity further along', () => {
    expect(testedBy(route, [id('x'), id('y'), id('z')])).toMatchObject({
      relation: 'x_to_z',
      entity: 'z',
      finding: 'required',
    });
  });

  it('an entity earlier on the route, or the relation’s own start, does not make the route tested', () => {
    expect(testedBy(route, [id('y'), id('z')])).toBeUndefined();
    const self = relationsGraph([
      { id: 'y_z', source: 'y', target: 'z', mediated_by: [{ entity: 'y', finding: 'required' }] },
    ]);
    expect(testedBy(self, [id('y'), id('z')])).toBeUndefined();
    // x is before y: y's relation needing x does not test the route y → z when it starts at x.
    const earlier = relationsGraph([
      { id: 'x_y', source: 'x', target: 'y' },
      { id: 'y_q', source: 'y', target: 'q', mediated_by: [{ entity: 'x', finding: 'required' }] },
    ]);
    expect(testedBy(earlier, [id('x'), id('y'), id('z')])).toBeUndefined();
  });

  it('only a mediator found required tests a route; not-required, or one off the route, does not', () => {
    const g2 = relationsGraph([
      { id: 'a_b', source: 'a', target: 'b', mediated_by: [{ entity: 'c', finding: 'not-required' }] },
      { id: 'a_d', source: 'a', target: 'd', mediated_by: [{ entity: 'elsewhere', finding: 'required' }] },
    ]);
    expect(testedBy(g2, [id('a'), id('b'), id('c')])).toBeUndefined();
  });
});

describe('findings, not path counts', () => {
  const path = (
    p: Partial<SignedPath> & { sources?: string[]; low?: SignedPath['evidence']['lowAuthority'] },
  ) =>
    ({
      steps: p.steps ?? [rid('deliver'), rid('secrete')],
      nodes: [],
      finding: p.finding,
      ...(p.tested ? { tested: p.tested } : {}),
      evidence: {
        sources: (p.sources ?? ['s1']).map(sid),
        lowAuthority: p.low ?? 'none',
        lowAuthoritySteps: p.evidence?.lowAuthoritySteps ?? [],
      },
    }) as unknown as SignedPath;
  const tested = { relation: rid('r'), entity: id('m') } as NonNullable<SignedPath['tested']>;

  it('routes sharing a first mechanism step are one finding, citing each source once in first-seen order', () => {
    const f = findingsOf([
      path({ finding: rid('secrete'), sources: ['b', 'a'] }),
      path({ finding: rid('secrete'), sources: ['a', 'c'] }),
      path({ finding: rid('other'), sources: ['d'] }),
    ]);
    expect(f.map((x) => [x.relation, x.routes, x.sources])).toEqual([
      ['secrete', 2, ['b', 'a', 'c']],
      ['other', 1, ['d']],
    ]);
  });

  it('a route with no step restates no finding', () => {
    expect(findingsOf([path({ steps: [], finding: undefined })])).toEqual([]);
    // Without a mechanism step, the first step stands for the finding.
    expect(findingsOf([path({ steps: [rid('deliver')], finding: undefined })])[0]!.relation).toBe('deliver');
  });

  it('a finding is tested if any of its routes was tested', () => {
    const [f] = findingsOf([path({ finding: rid('secrete') }), path({ finding: rid('secrete'), tested })]);
    expect(f!.tested).toBe(true);
    expect(findingsOf([path({ finding: rid('secrete') })])[0]!.tested).toBe(false);
  });

  it('low authority only when every route’s evidence is low-authority', () => {
    const low = (...levels: SignedPath['evidence']['lowAuthority'][]) =>
      findingsOf(levels.map((l) => path({ finding: rid('secrete'), low: l })))[0]!.lowAuthority;
    expect(low('some', 'none')).toBe(false);
    expect(low('none')).toBe(false);
    expect(low('all', 'some')).toBe(true);
  });

  it('counts routes, distinct sources and findings, and names only the low-authority sources', () => {
    const g = {
      edgeById: new Map([
        [rid('news_step'), { evidence: [ev('news', 'news-report'), ev('review', 'review')] }],
      ]),
      sourceById: new Map([
        [sid('news'), { id: sid('news'), kind: 'news', url: 'https://example.org' }],
        [sid('review'), { id: sid('review'), kind: 'review', doi: '10.1/r' }],
      ]),
    } as unknown as Graph;
    const paths = [
      path({
        finding: rid('secrete'),
        sources: ['news', 'review'],
        low: 'some',
        evidence: { lowAuthoritySteps: [rid('news_step')] } as never,
      }),
      path({ finding: rid('secrete'), sources: ['review'] }),
      path({ finding: rid('other'), sources: ['x'] }),
    ];
    expect(routeCounts(g, paths)).toEqual({
      routes: 3,
      sources: 3,
      findings: 2,
      lowAuthorityRoutes: 1,
      lowAuthoritySources: ['news'],
    });
  });
});

/** A small curated-style graph: relations may be observed outcomes and name what they work through. */
function yamlGraph(nodes: [string, string][], rels: (Rel & { relation: string; observed?: boolean })[]) {
  const extra: Record<string, string> = {
    mediator: '    class: cytokine\n',
    therapy: '    modality: biologic\n    status: proposed\n',
    condition: '    endpoint: { role: pain, more_means: more-pain }\n',
  };
  const entities =
    'nodes:\n' +
    nodes
      .map(
        ([n, k]) =>
          `  - id: ${n}\n    kind: ${k}\n    label: ${n}\n    description: A test entity called ${n}.\n${extra[k] ?? ''}`,
      )
      .join('');
  const evidence = '      - {source: marchand2005, kind: review, note: Stated in the test review.}\n';
  const relations =
    'title: Test\nrelations:\n' +
    rels
      .map(
        (r) =>
          `  - id: ${r.id}\n    source: ${r.source}\n    relation: ${r.relation}\n    target: ${r.target}\n` +
          (r.observed ? '    observed: true\n' : '') +
          (r.mediated_by
            ? '    mediated_by:\n' +
              r.mediated_by
                .map(
                  (m) =>
                    `      - entity: ${m.entity}\n        finding: ${m.finding}\n        evidence: {source: marchand2005, kind: review, note: Stated in the test review.}\n`,
                )
                .join('')
            : '') +
          `    evidence:\n${evidence}`,
      )
      .join('');
  return okGraph({ 'entities/all.yaml': entities, 'relations/test.yaml': relations });
}

describe('what if an entity is taken out', () => {
  const nodes: [string, string][] = [
    ['t', 'therapy'],
    ['cell', 'cell'],
    ['tgfb1', 'mediator'],
    ['il10', 'mediator'],
    ['other', 'mediator'],
    ['neuropathic_pain', 'condition'],
    ['hyperalgesia', 'condition'],
  ];
  // t's cells relieve pain (observed); the study found TGF-β1 required for it and IL-10 not.
  const observedRelief = {
    id: 'relief',
    source: 'cell',
    relation: 'relieves',
    target: 'neuropathic_pain',
    observed: true,
    mediated_by: [
      { entity: 'tgfb1', finding: 'required' as const },
      { entity: 'il10', finding: 'not-required' as const },
    ],
  };
  const g = yamlGraph(nodes, [
    { id: 'deliver', source: 't', relation: 'delivers', target: 'cell' },
    observedRelief,
    { id: 'secretes_tgf', source: 'cell', relation: 'secretes', target: 'tgfb1' },
    { id: 'tgf_relieves', source: 'tgfb1', relation: 'relieves', target: 'hyperalgesia' },
    { id: 'secretes_other', source: 'cell', relation: 'secretes', target: 'other' },
    { id: 'other_relieves', source: 'other', relation: 'relieves', target: 'hyperalgesia' },
    { id: 'secretes_il10', source: 'cell', relation: 'secretes', target: 'il10' },
    { id: 'il10_worsens', source: 'il10', relation: 'contributes-to', target: 'hyperalgesia' },
  ]);

  it('an observed outcome "lost" gives no effect', () => {
    const w = whatIf(g, id('t'), [id('tgfb1')]);
    expect(w.observedAfter).toBe('lost');
    expect(w.overall).toBe('no-effect');
    expect(w.experiments.map((x) => [x.relation, x.entity, x.finding])).toEqual([
      ['relief', 'tgfb1', 'required'],
    ]);
  });

  it('an observed outcome "kept" keeps the relief the study saw', () => {
    const w = whatIf(g, id('t'), [id('il10')]);
    expect(w.observedAfter).toBe('kept');
    expect(w.overall).toBe('relieves');
    expect(w.brokenObserved).toEqual([]);
    // The remaining routes infer relief too: nothing disagrees with what the study saw.
    expect(w.after.inferredOverall).toBe('relieves');
    expect(w.disagrees).toBe(false);
  });

  it('relief an experiment saw kept stays, and a worsening another experiment saw need the entity goes', () => {
    // Both outcomes observed: the relief did not need IL-10, the worsening did. Without IL-10 the
    // answer is relief, not the "mixed" of before (a bug found by the mutation run: it kept that).
    const g2 = yamlGraph(
      nodes.filter(([n]) => n !== 'other' && n !== 'tgfb1'),
      [
        { id: 'deliver', source: 't', relation: 'delivers', target: 'cell' },
        { ...observedRelief, mediated_by: [{ entity: 'il10', finding: 'not-required' }] },
        {
          id: 'worse',
          source: 'cell',
          relation: 'contributes-to',
          target: 'hyperalgesia',
          observed: true,
          mediated_by: [{ entity: 'il10', finding: 'required' }],
        },
        { id: 'secretes_il10', source: 'cell', relation: 'secretes', target: 'il10' },
      ],
    );
    const w = whatIf(g2, id('t'), [id('il10')]);
    expect(w.before.overall).toBe('mixed');
    expect(w.observedAfter).toBe('kept');
    expect(w.overall).toBe('relieves');
  });

  it('where no experiment took the entity out, the remaining routes decide, and nothing disagrees', () => {
    const w = whatIf(g, id('t'), [id('other')]);
    expect(w.observedAfter).toBeUndefined();
    expect(w.overall).toBe(w.after.overall);
    expect(w.disagrees).toBe(false);
  });

  it('lists as broken only the relieving and worsening routes the knock-out breaks', () => {
    const w = whatIf(g, id('t'), [id('il10')]);
    const chain = (ps: readonly { nodes: readonly string[] }[]) => ps.map((p) => p.nodes.join('>')).sort();
    expect(chain(w.brokenHarm)).toEqual(['t>cell>il10>hyperalgesia']);
    expect(chain(w.brokenRelief)).toEqual([]);
    const w2 = whatIf(g, id('t'), [id('other')]);
    expect(chain(w2.brokenRelief)).toEqual(['t>cell>other>hyperalgesia']);
    expect(chain(w2.remainingRelief)).toContain('t>cell>tgfb1>hyperalgesia');
    expect(w2.brokenHarm).toEqual([]);
  });

  it('a study that found one mediator required and another not: taking both out loses the relief', () => {
    const w = whatIf(g, id('t'), [id('il10'), id('tgfb1')]);
    expect(w.observedAfter).toBe('lost');
    expect(w.overall).toBe('no-effect');
  });

  it('an experiment on an inferred step, or on an observed outcome that is not relief, says nothing observed', () => {
    const g2 = yamlGraph(
      nodes.filter(([n]) => n !== 'other'),
      [
        { id: 'deliver', source: 't', relation: 'delivers', target: 'cell' },
        {
          id: 'secretes_tgf',
          source: 'cell',
          relation: 'secretes',
          target: 'tgfb1',
          mediated_by: [{ entity: 'il10', finding: 'required' }],
        },
        { id: 'tgf_relieves', source: 'tgfb1', relation: 'relieves', target: 'hyperalgesia' },
        {
          id: 'no_effect',
          source: 'cell',
          relation: 'shows-no-effect-on',
          target: 'neuropathic_pain',
          observed: true,
          mediated_by: [{ entity: 'il10', finding: 'required' }],
        },
      ],
    );
    const w = whatIf(g2, id('t'), [id('il10')]);
    expect(w.experiments.map((x) => x.relation).sort()).toEqual(['no_effect', 'secretes_tgf']);
    expect(w.observedAfter).toBeUndefined();
    expect(w.overall).toBe(w.after.overall);
  });

  it('the experiment and the remaining routes disagree only when relief was lost yet a route still infers it', () => {
    // TGF-β1 (and IL-10's worsening route) out: the observed relief is lost, but the route through
    // the other mediator still infers relief.
    const w = whatIf(g, id('t'), [id('il10'), id('tgfb1')]);
    expect(w.after.inferredOverall).toBe('relieves');
    expect(w.disagrees).toBe(true);
    // TGF-β1 alone out: the remaining routes are mixed (IL-10 still worsens), which is no claim of relief.
    expect(whatIf(g, id('t'), [id('tgfb1')]).disagrees).toBe(false);
  });
});

describe('the same rules on the curated map', () => {
  const loaded = loadGraph(readGraphFiles('graph-data'));
  if (!loaded.ok) throw new Error('graph-data does not load');
  const { graph } = loaded;

  // Medical News Today (seed 000) is how we know the Trends in Neurosciences piece: "according to a
  // report published today in the journal Trends in Neuroscience"; it has no DOI or PMID of its own.
  it('the NK-cell opinion article, known only through a news report, weighs as a news report', () => {
    const cites = graph.edges.flatMap((e) =>
      e.evidence.filter((x) => x.source === sid('tins2023_nk_neuropathic_pain')),
    );
    expect(cites.length).toBeGreaterThan(0);
    for (const x of cites) {
      expect(x.kind).toBe('opinion');
      expect(effectiveKind(graph, x)).toBe('news-report');
    }
  });

  // Seed 004 (LifeCell's report of Chen et al.): "TGF-β1 in particular was present in higher quantity
  // in the cerebrospinal fluid of BMSC treated mice"; Chen et al. took it out and the relief went.
  it('BMSC relief through secreted TGF-β1 is one finding, tested by taking TGF-β1 out', () => {
    const f = findingsOf(therapyImpact(graph, id('bmsc_therapy')).relieves).find(
      (x) => graph.edgeById.get(x.relation)?.target === id('tgfb1'),
    );
    expect(f).toMatchObject({ tested: true, lowAuthority: false });
    expect(f!.routes).toBeGreaterThan(1);
  });
});
