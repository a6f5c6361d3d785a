// JSON text to a value, with a syntax error turned into a line and column a researcher can find.
import type { ProblemList } from './problems';

/** Line and column (1-based) of a character offset. */
export function lineColAt(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let last = -1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, col: end - last };
}

/** Parse JSON; on a syntax error, report it with its place and return undefined. */
export function parseJson(text: string, problems: ProblemList): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(message)?.[1];
    const lc = /line (\d+) column (\d+)/.exec(message);
    const where = lc
      ? { line: Number(lc[1]), col: Number(lc[2]) }
      : pos !== undefined
        ? lineColAt(text, Number(pos))
        : text.trim() === ''
          ? { line: 1, col: 1 }
          : lineColAt(text, text.length);
    problems.error(
      `the file is not valid JSON (${message
        .replace(/^JSON\.parse: /, '')
        .replace(/\s*\(line \d+ column \d+\)/, '')
        .slice(0, 120)})`,
      'Look at this line for a missing comma, quote or bracket, or export the file again from its tool.',
      where,
    );
    return undefined;
  }
}

/**
 * A fast line finder for one text: newline offsets are found once, then each lookup is a binary
 * search (a reader that needs the line of every element stays linear on large files).
 */
export function lineFinder(text: string): (offset: number) => { line: number; col: number } {
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines.push(i);
  return (offset) => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    const lineStart = lo === 0 ? 0 : newlines[lo - 1]! + 1;
    return { line: lo + 1, col: offset - lineStart + 1 };
  };
}

/** A plain object (not an array, not null). */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
