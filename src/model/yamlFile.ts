// Parse one YAML text into plain data while keeping a way back from a data path to line and column,
// so every later check can point at the exact place in the file.
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './problems';
import { NODE_KINDS } from './vocabulary';

export type DataPath = readonly PropertyKey[];

/** A data file as read: its parsed value and a locator back into the text. */
export interface ParsedFile<T> {
  readonly path: string;
  readonly data: T;
  /** Line and column of the value at `dataPath`, or of its nearest ancestor that exists. */
  locate(dataPath: DataPath): { line: number; col: number };
}

/** The raw text of a data file, named by its path relative to the project root. */
export interface TextFile {
  readonly path: string;
  readonly text: string;
}

function locator(doc: Document, lines: LineCounter) {
  return (dataPath: DataPath) => {
    for (let n = dataPath.length; n >= 0; n--) {
      const prefix = dataPath.slice(0, n) as unknown[];
      const node = (n === 0 ? doc.contents : doc.getIn(prefix, true)) as YamlNode | null | undefined;
      const start = node?.range?.[0];
      if (start !== undefined) {
        // Point at a mapping's first key rather than at its leading "- ".
        const pos = lines.linePos(start);
        return { line: pos.line, col: pos.col };
      }
    }
    return { line: 1, col: 1 };
  };
}

/** Find where a key of the mapping at `dataPath` is written (for "unknown key" messages). */
function locateKey(doc: Document, lines: LineCounter, dataPath: DataPath, key: string) {
  const parent = dataPath.length === 0 ? doc.contents : doc.getIn(dataPath as unknown[], true);
  if (isMap(parent)) {
    for (const pair of parent.items) {
      const k = pair.key as YamlNode | null;
      if (k && 'value' in k && k.value === key && k.range) return lines.linePos(k.range[0]);
    }
  }
  return undefined;
}

/**
 * Parse `file` and validate it against `schema`. Returns the typed data, or the problems found,
 * each with the line and column of the offending value.
 */
export function parseYamlFile<S extends z.ZodType>(
  file: TextFile,
  schema: S,
): { ok: true; file: ParsedFile<z.infer<S>> } | { ok: false; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
        return {
          file: file.path,
          line: pos.line,
          col: pos.col,
          message: `YAML syntax: ${firstLine(e.message)}`,
        };
      }),
    };
  }
  const locate = locator(doc, lines);
  const raw: unknown = doc.toJS();
  if (raw === null || raw === undefined || (!isMap(doc.contents) && !isSeq(doc.contents))) {
    return { ok: false, problems: [{ file: file.path, line: 1, col: 1, message: 'the file is empty' }] };
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => {
        let pos = locate(issue.path);
        const message = describeIssue(issue, raw);
        if (issue.code === 'unrecognized_keys') {
          const keyPos = locateKey(doc, lines, issue.path, issue.keys[0] ?? '');
          if (keyPos) pos = keyPos;
          const names = issue.keys.map((k) => `"${k}"`).join(', ');
          return { file: file.path, ...pos, message: `unknown field ${names} (check the spelling)` };
        }
        return { file: file.path, line: pos.line, col: pos.col, message: withPath(issue.path, message) };
      }),
    };
  }
  return { ok: true, file: { path: file.path, data: result.data, locate } };
}

const firstLine = (s: string) => (s.split('\n')[0] ?? s).replace(/ at line \d+, column \d+:?$/, '');

function withPath(path: DataPath, message: string): string {
  const field = [...path].reverse().find((p) => typeof p === 'string');
  return field ? `${String(field)}: ${message}` : message;
}

function valueAt(raw: unknown, path: DataPath): unknown {
  let v = raw;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  if (
    (issue.code === 'invalid_type' || issue.code === 'invalid_value') &&
    valueAt(raw, issue.path) === undefined
  ) {
    return 'expected' in issue ? `this field is required (${issue.expected})` : 'this field is required';
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const got = valueAt(raw, issue.path);
    return `"${String(got)}" is not allowed here; use one of: ${issue.values.map(String).join(', ')}`;
  }
  if (issue.code === 'invalid_union' && issue.path[issue.path.length - 1] === 'kind') {
    return `unknown node kind "${String(valueAt(raw, issue.path))}"; use one of: ${NODE_KINDS.join(', ')}`;
  }
  return issue.message;
}
