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

/**
 * Python's json.dump writes a missing number (pandas' NaN, an infinite score) as a bare NaN,
 * Infinity or -Infinity, which JSON does not allow; networkx and ndex2 files from Python carry them.
 * The same text with each such value (outside strings) written as null, and where the first was.
 */
function withoutPythonNumbers(text: string): { text: string; first: number } | undefined {
  const out: string[] = [];
  let first = -1;
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) {
      inString = true;
      continue;
    }
    if (c !== 78 && c !== 73 && c !== 45) continue; // N, I, -
    const token = /^(?:-?Infinity|NaN)(?![\w$])/.exec(text.slice(i, i + 10))?.[0];
    if (!token) continue;
    if (first < 0) first = i;
    out.push(text.slice(from, i), 'null');
    from = i + token.length;
    i = from - 1;
  }
  if (first < 0) return undefined;
  out.push(text.slice(from));
  return { text: out.join(''), first };
}

/** Parse JSON; on a syntax error, report it with its place and return undefined. */
export function parseJson(text: string, problems: ProblemList): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    const python = withoutPythonNumbers(text);
    if (python) {
      try {
        const value = JSON.parse(python.text) as unknown;
        problems.warning(
          'the file writes missing or infinite numbers as NaN or Infinity (as Python does), which JSON does not allow; they are read as empty values',
          'Nothing to do if empty is what they mean; otherwise fill them in before exporting.',
          lineColAt(text, python.first),
        );
        return { value };
      } catch {
        // Broken for another reason too: report the original error below.
      }
    }
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
