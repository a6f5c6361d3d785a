// Hostile or broken data files: each one becomes a problem with file:line that says what is wrong,
// and nothing throws (the app shows its data-error screen, the CLI prints the problem).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/model/load';
import { formatProblem, type Problem } from '../../src/model/problems';
import { EntityFileSchema, SourcesFileSchema } from '../../src/model/schema';
import { parseYamlFile } from '../../src/model/yamlFile';
import { SOURCES } from './helpers';

/** Read as the CLI and Vite do: UTF-8, with invalid bytes replaced by U+FFFD. */
const fixture = (name: string) => readFileSync(`tests/fixtures/hardening/${name}`, 'utf8');

function entityProblems(name: string): Problem[] {
  const r = loadGraph([SOURCES, { path: `graph-data/entities/${name}`, text: fixture(name) }]);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems;
}

/** The single problem found in the fixture file (other files may add their own). */
function problemIn(name: string, message: RegExp): Problem {
  const problems = entityProblems(name).filter((p) => p.file.endsWith(name));
  const p = problems.find((q) => message.test(q.message));
  expect(p, problems.map(formatProblem).join('\n')).toBeDefined();
  return p!;
}

describe('a YAML alias bomb', () => {
  it('is a problem with file and line, not an uncaught "Excessive alias count"', () => {
    const text = fixture('alias-bomb.invalid.yaml');
    const path = 'graph-data/entities/alias-bomb.invalid.yaml';
    expect(() => parseYamlFile({ path, text }, EntityFileSchema)).not.toThrow();
    expect(() => loadGraph([SOURCES, { path, text }])).not.toThrow();
    const p = problemIn('alias-bomb.invalid.yaml', /alias/);
    expect(p.line).toBeGreaterThanOrEqual(2);
    expect(p.message).not.toMatch(/Excessive alias count/);
  });
});

describe('deep nesting and complex keys', () => {
  // Found by the fuzz test: 5,000 "[" killed the process inside the YAML parser (out of memory).
  it.each(['[', '{', '- '])('%j nested 5,000 deep is a problem, not a crash', (open) => {
    const r = parseYamlFile(
      { path: 'graph-data/entities/deep.yaml', text: open.repeat(5000) },
      EntityFileSchema,
    );
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/nested more than 64 levels/),
    ]);
  });

  it('a list used as a mapping key is a problem', () => {
    const text = 'nodes: []\n? [a, b]\n: x\n';
    const r = parseYamlFile({ path: 'graph-data/entities/key.yaml', text }, EntityFileSchema);
    expect(r.ok ? [] : r.problems).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringMatching(/plain name/) }),
    ]);
  });
});

describe('duplicate fields and oversized files', () => {
  it('a field given twice in one item is named, with its line', () => {
    const text = 'nodes:\n  - id: a\n    kind: cell\n    id: b\n';
    const r = parseYamlFile({ path: 'graph-data/entities/dup.yaml', text }, EntityFileSchema);
    expect(r.ok ? [] : r.problems).toEqual([
      expect.objectContaining({ line: 4, col: 5, message: 'the field "id" is given twice here; keep one' }),
    ]);
  });

  it('a file with a thousand mistakes lists 200 and counts the rest in one line', () => {
    const r = parseYamlFile(
      { path: 'graph-data/entities/dups.yaml', text: 'a:\n'.repeat(1001) },
      EntityFileSchema,
    );
    const messages = r.ok ? [] : r.problems.map((p) => p.message);
    expect(messages).toHaveLength(201);
    expect(messages[0]).toBe('the field "a" is given twice here; keep one');
    expect(messages[200]).toBe('… and 800 more problems in this file, from here on');
  });

  it('a file of millions of characters is refused before parsing', () => {
    const text = `nodes:\n${'  - id: a\n'.repeat(200_000)}`;
    const r = parseYamlFile({ path: 'graph-data/entities/huge.yaml', text }, EntityFileSchema);
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/at most 1 million\): split it/),
    ]);
  });
});

describe('characters a text file must not hold', () => {
  it('rejects a NUL byte, naming its line', () => {
    const p = problemIn('nul-byte.invalid.yaml', /NUL/);
    expect([p.line, p.col]).toEqual([4, 14]);
  });

  it('rejects invalid UTF-8, naming its line', () => {
    expect(problemIn('invalid-utf8.invalid.yaml', /UTF-8/).line).toBe(5);
  });
});

describe('YAML tags', () => {
  it.each([
    ['js-function-tag.invalid.yaml', 4, /!!js\/function/],
    ['local-tag.invalid.yaml', 5, /!foo/],
  ])('%s is rejected at line %i', (name, line, tag) => {
    const p = problemIn(name, tag);
    expect(p.line).toBe(line);
    expect(p.message).toMatch(/tag/);
  });

  it('still accepts the plain tags of the core schema', () => {
    const text = 'sources:\n  - id: !!str web_item\n    kind: web-article\n    year: !!int 2023\n';
    expect(parseYamlFile({ path: 'graph-data/sources.yaml', text }, SourcesFileSchema).ok).toBe(true);
  });
});

describe('messages that say what is wrong', () => {
  it('a top-level text value is not called an empty file', () => {
    const p = problemIn('top-level-scalar.invalid.yaml', /mapping/);
    expect(p.message).not.toMatch(/empty/);
  });

  it('CR-only line endings are named as such', () => {
    const p = problemIn('cr-line-endings.invalid.yaml', /line end/);
    expect(p.message).not.toMatch(/empty/);
    expect(p.message).toMatch(/CR/);
  });

  it('a file with nothing in it is still called empty', () => {
    const r = parseYamlFile(
      { path: 'graph-data/entities/e.yaml', text: '# only a comment\n' },
      EntityFileSchema,
    );
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual(['the file is empty']);
  });

  it('a short description states the rule, not "must not be empty"', () => {
    const p = problemIn('short-description.invalid.yaml', /description/);
    expect(p.message).toMatch(/at least 20 characters/);
    expect(p.message).not.toMatch(/must not be empty/);
    expect(p.line).toBe(5);
  });
});
