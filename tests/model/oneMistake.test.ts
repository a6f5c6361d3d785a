// One mistake, one message: a bad field drops its own item, never a whole file, so the ids it
// declares still resolve and no cascade of "unknown id" errors buries the real error.
import { describe, expect, it } from 'vitest';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { loadGraph } from '../../src/model/load';
import { formatProblem } from '../../src/model/problems';

const REAL = readGraphFiles('graph-data');

/** The real graph-data with one file edited (the edit must apply). */
function withEdit(path: string, edit: (text: string) => string) {
  const files = REAL.map((f) => {
    if (f.path !== path) return f;
    const text = edit(f.text);
    expect(text, `edit of ${path} did not apply`).not.toBe(f.text);
    return { ...f, text };
  });
  const r = loadGraph(files);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems.map(formatProblem);
}

const CELLS = 'graph-data/entities/cells.yaml';
const SOURCES = 'graph-data/sources.yaml';

describe('one mistake, one message', () => {
  it('the real graph-data is valid to start with', () => {
    const r = loadGraph(REAL);
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([]);
  });

  it('an unknown field in an entity file is the only problem', () => {
    const problems = withEdit(CELLS, (t) => t.replace(/^( {4}label: .*\n)/m, '$1    colour: red\n'));
    expect(problems).toEqual([expect.stringMatching(/cells\.yaml:\d+:5: unknown field "colour"/)]);
  });

  it('a misspelt list name ("node:" for "nodes:") is one problem naming the field meant', () => {
    const problems = withEdit(CELLS, (t) => t.replace(/^nodes:/m, 'node:'));
    expect(problems).toEqual([
      expect.stringMatching(/cells\.yaml:\d+:1: unknown field "node"; did you mean "nodes"\?/),
    ]);
  });

  it('a misspelt kind in an entity file is the only problem', () => {
    const problems = withEdit(CELLS, (t) => t.replace(/^ {4}kind: cell$/m, '    kind: cel'));
    expect(problems).toEqual([expect.stringMatching(/cells\.yaml:\d+:\d+: kind: unknown node kind "cel"/)]);
  });

  it('an unknown field in sources.yaml is the only problem', () => {
    const problems = withEdit(SOURCES, (t) => t.replace(/^( {4}kind: review\n)/m, '$1    publisher: x\n'));
    expect(problems).toEqual([expect.stringMatching(/sources\.yaml:\d+:5: unknown field "publisher"/)]);
  });

  it('a bad value in sources.yaml is the only problem', () => {
    const problems = withEdit(SOURCES, (t) => t.replace(/^ {4}year: \d+$/m, '    year: recent'));
    expect(problems).toEqual([expect.stringMatching(/sources\.yaml:\d+:\d+: year: /)]);
  });

  it('a bad verb in one relation is the only problem (stories showing it do not cascade)', () => {
    const path = 'graph-data/relations/nk_pruning.yaml';
    const problems = withEdit(path, (t) => t.replace(/relation: induces/, 'relation: inducess'));
    expect(problems).toEqual([expect.stringMatching(/nk_pruning\.yaml:\d+:\d+: relation: "inducess"/)]);
  });

  it('a renamed node gives one line per id, not one per use', () => {
    const problems = withEdit(CELLS, (t) => t.replace('  - id: nk_cell\n', '  - id: nk_cells\n'));
    const unknown = problems.filter((p) => p.includes('unknown node id "nk_cell"'));
    expect(unknown, problems.join('\n')).toHaveLength(1);
    expect(unknown[0]).toMatch(/did you mean "nk_cells".*also used at/);
    // The rest are other kinds of message (a story naming it, the orphan that nk_cells now is).
    expect(problems.length, problems.join('\n')).toBeLessThanOrEqual(3);
  });

  it('an invalid id in a definition is named where it is used, not confused with another id', () => {
    const problems = withEdit(CELLS, (t) => t.replace('  - id: nk_cell\n', '  - id: NK-cell\n'));
    expect(problems, problems.join('\n')).toEqual([
      expect.stringMatching(/cells\.yaml:\d+:\d+: id: node ids are lower-case/),
      expect.stringMatching(/unknown node id "nk_cell"; it is defined as "NK-cell", which is not a valid id/),
    ]);
  });

  it('a file that cannot be read at all folds every dependent reference into one line naming it', () => {
    const problems = withEdit(CELLS, (t) => t.replace('NK cell', 'NK\u0000cell'));
    expect(problems, problems.join('\n')).toHaveLength(2);
    expect(problems[0]).toMatch(/cells\.yaml:\d+:\d+: a NUL byte/);
    expect(problems[1]).toMatch(/references to ids not found .*graph-data\/entities\/cells\.yaml/);
  });

  it('a YAML syntax error is reported once, not with every error that follows from it', () => {
    const problems = withEdit(CELLS, (t) => t.replace('    kind: cell\n', '   kind: cell\n'));
    expect(
      problems.filter((p) => p.includes('YAML syntax')),
      problems.join('\n'),
    ).toHaveLength(1);
    expect(problems.length, problems.join('\n')).toBeLessThanOrEqual(2);
  });
});
