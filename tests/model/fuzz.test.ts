// @vitest-environment node
// Property test: malformed graph-data files through the loader. For every generated file set,
// nothing throws; an input made invalid on purpose yields problems, each with file, line and column;
// and the curated graph-data loads exactly as before (no state leaks between loads).
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { loadGraph, type LoadResult, type TextFile } from '../../src/model/load';
import { SOURCES } from './helpers';

/** A small valid knowledge base with every role: sources, entities, relations and a story. */
const BASE: readonly TextFile[] = Object.freeze(
  [
    SOURCES,
    {
      path: 'graph-data/entities/cells.yaml',
      text: `nodes:
  - id: microglia
    kind: cell
    label: Microglia
    description: The resident immune cells of the spinal cord.
  - id: tnf
    kind: mediator
    class: cytokine
    label: TNF
    description: A cytokine that drives inflammation.
`,
    },
    {
      path: 'graph-data/relations/glia.yaml',
      text: `title: Glia
relations:
  - id: microglia_releases_tnf
    source: microglia
    relation: releases
    target: tnf
    evidence:
      - source: marchand2005
        kind: review
        note: Stated in the test review.
`,
    },
    {
      path: 'graph-data/stories/glia.yaml',
      text: `title: Glia
summary: How microglia release TNF after an injury.
steps:
  - title: Release
    narration: Microglia release TNF, which drives inflammation.
    show: { nodes: [microglia, tnf], relations: [microglia_releases_tnf] }
    sources: [marchand2005]
`,
    },
  ].map((f) => Object.freeze(f)),
);

/** Files whose content defines or links what the others need: replacing one always breaks the set. */
const LINKED = [0, 1, 2];

interface Case {
  files: TextFile[];
  /** True when the mutation makes the set invalid whatever the random values. */
  invalid: boolean;
}

const replaceFile = (index: number, text: string, invalid: boolean): Case => ({
  files: BASE.map((f, i) => (i === index ? { path: f.path, text } : f)),
  invalid,
});

const fileIndex = fc.integer({ min: 0, max: BASE.length - 1 });
const linkedIndex = fc.constantFrom(...LINKED);

/** A character no data file may hold, inserted anywhere. */
const badCharacter = fc
  .tuple(
    fileIndex,
    fc.nat(),
    fc.constantFrom('\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\ufffd', '\ufffe', '\r'),
  )
  .map(([i, at, c]) => {
    const text = BASE[i]!.text;
    const pos = at % (text.length + 1);
    // A CR before an LF is a CRLF line end, which is fine: put a lone CR only where no LF follows.
    const ch = c === '\r' && text[pos] === '\n' ? '\r\r' : c;
    return replaceFile(i, text.slice(0, pos) + ch + text.slice(pos), true);
  });

/** An unknown field in some item of some file. */
const unknownField = fc
  .tuple(fileIndex, fc.nat(), fc.stringMatching(/^[a-z]{1,12}$/), fc.string({ maxLength: 20 }))
  .map(([i, which, name, value]) => {
    const lines = BASE[i]!.text.split('\n');
    const items = lines.flatMap((l, n) => (/^ {2}- (id|title): /.test(l) ? [n] : []));
    const line = items[which % items.length]!;
    lines.splice(line + 1, 0, `    zz_${name}: ${JSON.stringify(value)}`);
    return replaceFile(i, lines.join('\n'), true);
  });

/** YAML punctuation and words that cannot spell a required key (no n, o, d, e, s: no nodes, sources…). */
const soupChar = fc.constantFrom(
  ...'[]{}:-?&*!|>\'"#%@`,. \t\n\n\n  0123456789abcfghijklmpqrtuvwxyz~\\/_=+'.split(''),
);
const yamlSoup = fc
  .tuple(linkedIndex, fc.array(soupChar, { maxLength: 300 }))
  .map(([i, chars]) => replaceFile(i, chars.join(''), true));

/** Any JSON value as YAML in place of a file that others depend on. */
const randomValue = fc
  .tuple(linkedIndex, fc.jsonValue({ maxDepth: 4 }))
  .map(([i, value]) => replaceFile(i, stringify(value), true));

/** Nested aliases: anything from a few repeats to a billion-laughs file. */
const aliasBomb = fc
  .tuple(fileIndex, fc.integer({ min: 2, max: 9 }), fc.integer({ min: 2, max: 12 }))
  .map(([i, depth, width]) => {
    const lines = ['l0: &l0 ["lol"]'];
    for (let d = 1; d <= depth; d++)
      lines.push(
        `l${d}: &l${d} [${Array(width)
          .fill(`*l${d - 1}`)
          .join(', ')}]`,
      );
    return replaceFile(i, lines.join('\n') + '\n', true);
  });

/** Deep nesting of flow or block collections (thousands of levels once crashed the parser). */
const deepNesting = fc
  .tuple(fileIndex, fc.integer({ min: 50, max: 20000 }), fc.constantFrom('[', '{', '- ', '? ', 'map'))
  .map(([i, depth, open]) => {
    const text =
      open === 'map'
        ? Array.from({ length: Math.min(depth, 400) }, (_, k) => `${' '.repeat(2 * k)}a${k}:`).join('\n')
        : open.repeat(depth);
    return replaceFile(i, text, true);
  });

/** Line edits that may or may not break the file: only "no throw, well-formed result" is checked. */
const lineEdit = fc
  .tuple(fileIndex, fc.nat(), fc.constantFrom('delete', 'duplicate', 'indent', 'dedent', 'swap'))
  .map(([i, at, edit]) => {
    const lines = BASE[i]!.text.split('\n');
    const n = at % lines.length;
    const line = lines[n]!;
    if (edit === 'delete') lines.splice(n, 1);
    else if (edit === 'duplicate') lines.splice(n, 0, line);
    else if (edit === 'indent') lines[n] = ` ${line}`;
    else if (edit === 'dedent') lines[n] = line.replace(/^ /, '');
    else if (n + 1 < lines.length) [lines[n], lines[n + 1]] = [lines[n + 1]!, line];
    return replaceFile(i, lines.join('\n'), false);
  });

const malformed = fc.oneof(
  badCharacter,
  unknownField,
  yamlSoup,
  randomValue,
  aliasBomb,
  deepNesting,
  lineEdit,
);

function checkResult(c: Case, r: LoadResult) {
  if (c.invalid) expect(r.ok).toBe(false);
  if (r.ok) {
    expect(r.graph.nodes.length).toBeGreaterThan(0);
    return;
  }
  expect(r.problems.length).toBeGreaterThan(0);
  const paths = new Set(c.files.map((f) => f.path));
  for (const p of r.problems) {
    expect(paths.has(p.file) || p.file.endsWith('/sources.yaml'), p.file).toBe(true);
    expect(Number.isInteger(p.line) && p.line >= 1, `${p.line}`).toBe(true);
    expect(Number.isInteger(p.col) && p.col >= 1, `${p.col}`).toBe(true);
    expect(p.message).not.toBe('');
    // The loader's last-resort catch must never be what handled a malformed file.
    expect(p.message).not.toMatch(/internal error/);
  }
}

describe('the loader under malformed graph-data', () => {
  const curated = () => {
    const r = loadGraph(readGraphFiles('graph-data'));
    if (!r.ok) throw new Error('graph-data must be valid for this test');
    return JSON.stringify({
      version: r.graph.version,
      nodes: r.graph.nodes,
      edges: r.graph.edges,
      stories: r.stories,
    });
  };
  const before = curated();

  it('the base file set is valid', () => {
    expect(loadGraph(BASE)).toMatchObject({ ok: true });
  });

  it('never throws, and reports every broken input with file, line and column (1,000 cases)', () => {
    fc.assert(
      fc.property(malformed, (c) => {
        checkResult(c, loadGraph(c.files));
      }),
      { numRuns: 1000 },
    );
    // About a millisecond a case on an idle machine; the budget is for a loaded one.
  }, 120_000);

  it('leaves the curated graph as it was', () => {
    expect(curated()).toBe(before);
    expect(loadGraph(BASE)).toMatchObject({ ok: true });
  });
});
