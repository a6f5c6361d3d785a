// @vitest-environment node
// Identical warnings folded (issue 22): one warning repeated on every row is listed once, with its
// count and first places, in the dialog and the convert CLI; different warnings stay apart.
import { describe, expect, it } from 'vitest';
import { foldedWhere, foldProblems, formatFoldedProblem } from '../../src/import/fold';
import { parseNetworkFile } from '../../src/import/parse';
import { formatImportProblem, type ImportProblem } from '../../src/import/types';
import { fixture } from './helpers';

const warning = (message: string, where: Partial<ImportProblem> = {}): ImportProblem => ({
  severity: 'warning',
  file: 'indra.csv',
  message,
  hint: 'Nothing to do.',
  ...where,
});

describe('foldProblems', () => {
  it('folds 165 warnings with one message into one: "in 165 rows: 3, 7, 12 and 162 more"', () => {
    const rows = [3, 7, 12, ...Array.from({ length: 162 }, (_, i) => 20 + i)];
    const folded = foldProblems(rows.map((row) => warning('the evidence text is empty', { row })));
    expect(folded).toHaveLength(1);
    expect(folded[0]!.count).toBe(165);
    expect(foldedWhere(folded[0]!)).toBe('in 165 rows: 3, 7, 12 and 162 more');
  });

  it('keeps different messages, hints, severities and files apart, in first-seen order', () => {
    const folded = foldProblems([
      warning('a', { row: 2 }),
      warning('b', { row: 3 }),
      warning('a', { row: 4 }),
      { ...warning('a', { row: 5 }), severity: 'error' },
      { ...warning('a', { row: 6 }), hint: 'Other.' },
      { ...warning('a', { row: 7 }), file: 'other.csv' },
    ]);
    expect(folded.map((f) => [f.problem.message, f.count])).toEqual([
      ['a', 2],
      ['b', 1],
      ['a', 1],
      ['a', 1],
      ['a', 1],
    ]);
    expect(foldedWhere(folded[0]!)).toBe('in 2 rows: 2 and 4');
    expect(foldedWhere(folded[1]!)).toBeUndefined();
  });

  it('lines, fields and no place at all', () => {
    const lines = foldProblems([warning('x', { line: 4, col: 2 }), warning('x', { line: 9 })]);
    expect(foldedWhere(lines[0]!)).toBe('on 2 lines: 4 and 9');
    const fields = foldProblems([warning('x', { field: 'nodes[1]' }), warning('x', { field: 'nodes[5]' })]);
    expect(foldedWhere(fields[0]!)).toBe('in 2 places: nodes[1] and nodes[5]');
    expect(foldedWhere(foldProblems([warning('x'), warning('x'), warning('x')])[0]!)).toBe('3 times');
  });

  it('a message naming its edge folds across edges, the ids becoming its places', () => {
    const folded = foldProblems(
      ['883', '881', '12', '40'].map((id) => warning(`edge "${id}" has no interaction`, { field: 'edges' })),
    );
    expect(folded).toHaveLength(1);
    expect(folded[0]!.problem.message).toBe('edge … has no interaction');
    expect(foldedWhere(folded[0]!)).toBe('for 4 edges: "883", "881", "12" and 1 more');
  });

  it('a real-shaped INDRA-style table with one unreadable sign on every row gives one folded warning', () => {
    const r = parseNetworkFile('indra.csv', fixture('repeated-warning.valid.csv'));
    expect(r.network!.edges).toHaveLength(12);
    expect(r.problems).toHaveLength(12);
    const folded = foldProblems(r.problems);
    expect(folded).toHaveLength(1);
    const line = formatFoldedProblem(folded[0]!, formatImportProblem);
    expect(line).toBe(
      'indra.csv [polarity]: warning: the polarity "mixed" of edge … is not a sign this app reads, in 12 rows: 2, 3, 4 and 9 more — Write 1, -1 or 0 (or +, -, positive, negative); the edge is drawn unsigned meanwhile.',
    );
  });

  it('a single problem prints as before', () => {
    const p = warning('only once', { row: 3 });
    expect(formatFoldedProblem(foldProblems([p])[0]!, formatImportProblem)).toBe(formatImportProblem(p));
  });
});
