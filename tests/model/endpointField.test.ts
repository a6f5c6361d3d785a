// The `endpoint:` field: curators mark which conditions and processes a therapy's paths are read
// against. The validator takes the good marks and names each mistake at its line.
import { describe, expect, it } from 'vitest';
import { painEndpoints, riskEndpoints } from '../../src/model/pathways/endpoints';
import { formatProblem } from '../../src/model/problems';
import { kb } from './helpers';

const entity = (id: string, kind: string, endpoint: string, extra = '') =>
  `  - id: ${id}\n    kind: ${kind}\n    label: ${id}\n    description: A test entity called ${id}.\n${extra}    endpoint: ${endpoint}\n`;

const relation = (id: string, source: string, verb: string, target: string) =>
  `  - id: ${id}\n    source: ${source}\n    relation: ${verb}\n    target: ${target}\n    evidence:\n      - {source: marchand2005, kind: review, note: Stated in the test review.}\n`;

/** Load one entity file (and relations, so no entity is an orphan); problems as "file:line:col: message". */
const load = (nodes: string, relations = '') => {
  const r = kb({
    'entities/test.yaml': `nodes:\n${nodes}`,
    'relations/test.yaml': `title: Test\nrelations:${relations ? `\n${relations}` : ' []\n'}`,
  });
  return { r, problems: r.ok ? [] : r.problems.map(formatProblem) };
};

describe('the endpoint field', () => {
  it('marks pain endpoints with the way that is worse, and harms and safety reports apart', () => {
    const { r, problems } = load(
      entity('nerve_pain', 'condition', '{ role: pain, more_means: more-pain }') +
        entity('relief', 'process', '{ role: pain, more_means: less-pain }') +
        entity('numbness', 'process', '{ role: harm }') +
        entity('blood_test', 'process', '{ role: safety-report }'),
      relation('r1', 'relief', 'inhibits', 'nerve_pain') +
        relation('r2', 'numbness', 'promotes', 'blood_test'),
    );
    expect(problems).toEqual([]);
    if (!r.ok) return;
    expect(painEndpoints(r.graph)).toEqual([
      { id: 'nerve_pain', sense: 1 },
      { id: 'relief', sense: -1 },
    ]);
    expect(riskEndpoints(r.graph)).toEqual([
      { id: 'numbness', kind: 'harm' },
      { id: 'blood_test', kind: 'safety-report' },
    ]);
  });

  it('rejects an unknown role at its line, with the allowed ones and the closest', () => {
    const { problems } = load(entity('numbness', 'process', '{ role: harms }'));
    expect(problems).toEqual([
      'graph-data/entities/test.yaml:6:23: role: "harms" is not allowed here; use one of: pain, harm, safety-report; did you mean "harm"?',
    ]);
  });

  it('rejects an unknown direction of pain, and a pain endpoint without one', () => {
    const bad = load(entity('nerve_pain', 'condition', '{ role: pain, more_means: more_pain }')).problems;
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatch(
      /^graph-data\/entities\/test\.yaml:6:\d+: more_means: "more_pain" is not allowed here; use one of: more-pain, less-pain; did you mean "more-pain"/,
    );
    const missing = load(entity('nerve_pain', 'condition', '{ role: pain }')).problems;
    expect(missing).toEqual([
      'graph-data/entities/test.yaml:6:15: more_means: a pain endpoint must say more_means: more-pain or less-pain (which way is worse)',
    ]);
    const extra = load(entity('numbness', 'process', '{ role: harm, more_means: more-pain }')).problems;
    expect(extra).toHaveLength(1);
    expect(extra[0]).toMatch(
      /:6:\d+: more_means: only a pain endpoint says more_means; leave it out for role harm$/,
    );
  });

  it('belongs on conditions and processes only, and says so for any other kind', () => {
    const { problems } = load(
      entity('nk', 'cell', '{ role: harm }') +
        entity(
          't',
          'therapy',
          '{ role: pain, more_means: less-pain }',
          '    modality: biologic\n    status: proposed\n',
        ),
    );
    expect(problems).toEqual([
      'graph-data/entities/test.yaml:6:5: "endpoint" does not belong on a cell; only process and condition entries take it',
      'graph-data/entities/test.yaml:13:5: "endpoint" does not belong on a therapy; only process and condition entries take it',
    ]);
  });
});
