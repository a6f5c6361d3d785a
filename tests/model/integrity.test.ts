import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/model/load';
import { formatProblem } from '../../src/model/problems';
import { kb, tinyGraph } from './helpers';

const entities = `nodes:
  - id: tgfb1
    kind: mediator
    class: cytokine
    label: TGF-β1
    description: An anti-inflammatory cytokine.
  - id: bmsc
    kind: cell
    label: BMSC
    description: Bone-marrow stromal cells.
`;
const relation = (target: string, source = 'marchand2005') => `title: T
relations:
  - id: bmsc_secretes_tgfb1
    source: bmsc
    relation: secretes
    target: ${target}
    evidence:
      - source: ${source}
        kind: review
        note: Stated in the test review.
`;

describe('integrity checks', () => {
  it('accepts a consistent knowledge base', () => {
    expect(kb({ 'entities/e.yaml': entities, 'relations/r.yaml': relation('tgfb1') }).ok).toBe(true);
  });

  it('names file, line and a close match for a mistyped node id', () => {
    const r = kb({ 'entities/e.yaml': entities, 'relations/r.yaml': relation('tgfb_1') });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map(formatProblem)).toContain(
        'graph-data/relations/r.yaml:6:13: unknown node id "tgfb_1"; did you mean "tgfb1"?',
      );
    }
  });

  it('reports evidence citing an unknown source', () => {
    const r = kb({ 'entities/e.yaml': entities, 'relations/r.yaml': relation('tgfb1', 'marchand2006') });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems[0]!.message).toMatch(/unknown source id "marchand2006"; did you mean "marchand2005"/);
  });

  it('reports duplicate ids with the place of the first definition', () => {
    const dup = entities + entities.replace('nodes:\n', '');
    const r = kb({ 'entities/e.yaml': dup, 'relations/r.yaml': relation('tgfb1') });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems[0]!.message).toMatch(
        /duplicate node id "tgfb1" \(first defined at graph-data\/entities\/e.yaml:2\)/,
      );
  });

  it('reports orphan nodes', () => {
    const extra =
      entities +
      '  - id: lonely\n    kind: cell\n    label: Lonely\n    description: Nobody relates to me.\n';
    const r = kb({ 'entities/e.yaml': extra, 'relations/r.yaml': relation('tgfb1') });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map(formatProblem)).toEqual([
        expect.stringMatching(/e.yaml:11:9: node "lonely" is an orphan/),
      ]);
  });

  it('rejects an identifier on a kind it cannot describe', () => {
    const wrong = entities.replace('label: BMSC', 'label: BMSC\n    identifiers: [HGNC:11766]');
    const r = kb({ 'entities/e.yaml': wrong, 'relations/r.yaml': relation('tgfb1') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/a HGNC id does not describe a cell/);
  });

  it('rejects a self-loop and a repeated claim', () => {
    expect(() =>
      tinyGraph(
        [
          ['a', 'cell'],
          ['b', 'cell'],
        ],
        ['a activates a', 'a activates b'],
      ),
    ).toThrow(/own source/);
    expect(() =>
      tinyGraph(
        [
          ['a', 'cell'],
          ['b', 'cell'],
        ],
        ['a activates b', 'a activates b'],
      ),
    ).toThrow(/already stated/);
  });
});

describe('rules that keep corrected mistakes from coming back', () => {
  const sources = (kind: string, extra = '') => `sources:
  - id: marchand2005
    kind: review
    title: A review
  - id: news2023
    kind: news
    title: A news item
  - id: op2023
    kind: opinion
    title: An opinion piece
  - id: study2019
    kind: ${kind}
    title: A study
${extra}`;
  const withEvidence = (source: string, kind: string, caveat = '', verb = 'secretes') => `title: T
relations:
  - id: r1
    source: bmsc
    relation: ${verb}
    target: tgfb1
${caveat ? `    caveat: ${caveat}\n` : ''}    evidence:
      - source: ${source}
        kind: ${kind}
        note: Stated in the test source.
`;
  const load = (rel: string, ents = entities) =>
    loadGraph([
      { path: 'graph-data/sources.yaml', text: sources('primary-research') },
      { path: 'graph-data/entities/e.yaml', text: ents },
      { path: 'graph-data/relations/r.yaml', text: rel },
    ]);
  const messages = (r: ReturnType<typeof load>) => (r.ok ? [] : r.problems.map((p) => p.message));

  it('accepts evidence kinds that fit their source', () => {
    for (const [source, kind] of [
      ['marchand2005', 'review'],
      ['news2023', 'news-report'],
      ['op2023', 'opinion'],
      ['study2019', 'animal-model'],
    ]) {
      expect(messages(load(withEvidence(source!, kind!))), `${source} ${kind}`).toEqual([]);
    }
  });

  it('rejects evidence labelled stronger than its source: news as a study, opinion as a review', () => {
    expect(messages(load(withEvidence('news2023', 'animal-model')))).toEqual([
      expect.stringMatching(/a news source cannot carry "animal-model" evidence \(use "news-report"/),
    ]);
    expect(messages(load(withEvidence('op2023', 'review')))).toEqual([
      expect.stringMatching(/an opinion source cannot carry "review" evidence \(use "opinion"/),
    ]);
    expect(messages(load(withEvidence('marchand2005', 'human-clinical')))).toEqual([
      expect.stringMatching(/a review source cannot carry "human-clinical"/),
    ]);
  });

  it('rejects a signed verb on a relation whose caveat says the source gives no sign', () => {
    for (const caveat of [
      'The review names no single sign.',
      'the direction is implied, not shown.',
      'The direction of the influence is implied, not shown.',
      'The source gives no direction.',
    ]) {
      expect(messages(load(withEvidence('marchand2005', 'review', caveat))), caveat).toEqual([
        expect.stringMatching(/gives no direction, but "secretes" is signed/),
      ]);
      expect(messages(load(withEvidence('marchand2005', 'review', caveat, 'modulates'))), caveat).toEqual([]);
    }
    // A caveat that merely mentions a sign or direction is not one that withholds it.
    expect(
      messages(load(withEvidence('marchand2005', 'review', 'A sign of damage in one direction.'))),
    ).toEqual([]);
  });

  it('rejects a synonym that names another entity (its id, label or a synonym)', () => {
    const clash = entities.replace('label: BMSC', 'label: BMSC\n    synonyms: [bone marrow cell, TGF-β1]');
    expect(messages(load(withEvidence('marchand2005', 'review'), clash))).toEqual([
      expect.stringMatching(/synonym "TGF-β1" already names "tgfb1"/),
    ]);
    const shared = entities
      .replace('label: BMSC', 'label: BMSC\n    synonyms: [MSC]')
      .replace('label: TGF-β1', 'label: TGF-β1\n    synonyms: [msc]');
    expect(messages(load(withEvidence('marchand2005', 'review'), shared))).toEqual([
      expect.stringMatching(/synonym "MSC" already names "tgfb1"/),
    ]);
  });
});

describe('the reasoning fields of a relation (observed, only_under, mediated_by)', () => {
  // The file's two entities, plus an endpoint and a therapy for the reasoning fields to name.
  const nodes = `${entities}  - id: pain
    kind: condition
    label: Pain
    endpoint: { role: pain, more_means: more-pain }
    description: The pain an answer is read against.
  - id: cox_inhibitors
    kind: therapy
    label: COX inhibitors
    modality: small-molecule-drug
    status: approved-other-indication
    description: Drugs that block cyclooxygenase enzymes.
`;
  const rel = (extra: string, head = 'source: bmsc\n    relation: relieves\n    target: pain') => `title: T
relations:
  - id: r1
    ${head}
${extra}    evidence:
      - source: marchand2005
        kind: review
        note: Stated in the test review.
`;
  const problems = (text: string) => {
    const r = kb({ 'entities/e.yaml': nodes, 'relations/r.yaml': text });
    // Nodes a one-relation file leaves unused are reported as orphans: not what these tests check.
    return r.ok ? [] : r.problems.map(formatProblem).filter((m) => !/is an orphan/.test(m));
  };
  const mediation = (entity: string) => `    mediated_by:
      - entity: ${entity}
        finding: required
        evidence: { source: marchand2005, kind: review, note: Stated in the test review. }
`;

  it('accepts an observed outcome, a context and a mediation that check out', () => {
    expect(
      problems(rel(`    observed: true\n    only_under: [cox_inhibitors]\n${mediation('tgfb1')}`)),
    ).toEqual([]);
  });

  it('names file and line for each mistake, with what to do', () => {
    expect(
      problems(rel('', 'source: cox_inhibitors\n    relation: shows-no-effect-on\n    target: pain')),
    ).toEqual([
      expect.stringMatching(
        /^graph-data\/relations\/r\.yaml:5:15: "shows no effect on" records an observed outcome; add observed: true$/,
      ),
    ]);
    expect(
      problems(rel('    observed: true\n', 'source: bmsc\n    relation: secretes\n    target: tgfb1')),
    ).toEqual([
      expect.stringMatching(
        /r\.yaml:7:15: an observed outcome ends at an endpoint; "tgfb1" has no endpoint mark/,
      ),
    ]);
    expect(problems(rel('    only_under: [bmsc]\n'))).toEqual([
      expect.stringMatching(/r\.yaml:7:18: only_under names therapies; "bmsc" is a cell/),
    ]);
    expect(problems(rel(mediation('tgfb_1')))).toEqual([
      expect.stringMatching(/r\.yaml:8:17: unknown node id "tgfb_1"; did you mean "tgfb1"/),
    ]);
    expect(problems(rel(mediation('bmsc')))).toEqual([
      expect.stringMatching(/a relation is not mediated by its own ends/),
    ]);
    expect(problems(rel(mediation('tgfb1').replace('finding: required', 'finding: essential')))).toEqual([
      expect.stringMatching(/r\.yaml:9:18: .*required.*described.*not-required/),
    ]);
  });
});
