import { describe, expect, it } from 'vitest';
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
