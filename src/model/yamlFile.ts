// Parse one YAML text into plain data while keeping a way back from a data path to line and column,
// so every later check can point at the exact place in the file. Nothing here throws on bad input:
// hostile text (alias bombs, deep nesting, binary bytes, unknown tags) comes back as problems.
import {
  isAlias,
  isCollection,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import { z } from 'zod';
import type { Problem } from './problems';
import { suggest } from './suggest';
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

/** The YAML of a file, before any schema: its plain value and the ways back into the text. */
interface YamlData {
  readonly raw: unknown;
  locate(dataPath: DataPath): { line: number; col: number };
  locateKey(dataPath: DataPath, key: string): { line: number; col: number } | undefined;
}

type ReadResult = { ok: true; yaml: YamlData } | { ok: false; problems: Problem[]; partial?: unknown };

/** The tags of the YAML core schema: the only ones a data file may spell out (`!!str 12`). */
const CORE_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

/** Far above any real data file (the largest is ~15 KB), far below what would stall the parser. */
const MAX_FILE_CHARS = 1_000_000;

/** Aliases may be used, but a file whose aliases expand past this many nodes is an attack, not data. */
const MAX_ALIAS_COUNT = 100;

/** 1-based line and column of a character offset. */
function position(text: string, offset: number) {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
}

/**
 * How deep a file may nest. The YAML parser recurses once per level, and a few thousand levels
 * exhaust the stack or even kill the process (not an exception a catch could stop), so deeper
 * files are refused before parsing. Data files use four or five levels.
 */
const MAX_DEPTH = 64;

/** Offset where the text nests deeper than MAX_DEPTH: flow brackets, or block indentation. */
function tooDeep(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      // [ or {
      if (++depth > MAX_DEPTH) return i;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  // Block nesting shows as indentation: spaces, and "- " / "? " / ": " that open a level on the line.
  const indent = /^(?:[ \t]|[-?:][ \t])*/gm;
  for (const m of text.matchAll(indent)) {
    if (m[0].length > MAX_DEPTH * 4) return m.index;
  }
  return undefined;
}

const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Characters no YAML data file holds: C0 controls other than tab, LF and CR (YAML 1.2 allows only
 * printable characters), DEL, U+FFFD (what a UTF-8 decoder puts in place of invalid bytes) and the
 * non-characters U+FFFE/U+FFFF. The first of each kind is reported with its place.
 */
// eslint-disable-next-line no-control-regex
const BAD_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd\ufffe\uffff]/g;

function textProblems(file: TextFile): Problem[] {
  const { path, text } = file;
  const found: { offset: number; message: string }[] = [];
  const seen = new Map<string, { offset: number; count: number; char: string }>();
  for (const m of text.matchAll(BAD_CHAR)) {
    const kind = m[0] === '\u0000' ? 'nul' : m[0] === '\ufffd' ? 'utf8' : 'control';
    const entry = seen.get(kind);
    if (entry) entry.count++;
    else seen.set(kind, { offset: m.index, count: 1, char: m[0] });
  }
  for (const [kind, { offset, count, char }] of seen) {
    const more = count > 1 ? ` (${count} in this file)` : '';
    found.push({
      offset,
      message:
        kind === 'nul'
          ? `a NUL byte (U+0000) cannot be in a data file${more}; was it saved as UTF-16 or by a word processor? Save it as UTF-8 text`
          : kind === 'utf8'
            ? `this file is not valid UTF-8: these bytes cannot be read as text${more} (or it holds the replacement character U+FFFD); save it as UTF-8`
            : `the control character ${hex(char)} cannot be in a data file${more}; delete it`,
    });
  }
  const deep = tooDeep(text);
  if (deep !== undefined) {
    found.push({
      offset: deep,
      message: `nested more than ${MAX_DEPTH} levels deep; graph-data needs only a few levels, so flatten this`,
    });
  }
  const cr = /\r(?!\n)/.exec(text);
  if (cr) {
    found.push({
      offset: cr.index,
      message: text.includes('\n')
        ? 'a lone CR (carriage return) line end; save the file with LF (or CRLF) line ends throughout'
        : 'the line ends are CR only (classic Mac style), so YAML reads the file as one line; save it with LF (or CRLF) line ends',
    });
  }
  return found
    .sort((a, b) => a.offset - b.offset)
    .map((p) => ({ file: path, ...position(text, p.offset), message: p.message }));
}

const showTag = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, '!!');

/** Read the YAML of a file; `partial` is whatever data could still be read when there are problems. */
function readYaml(file: TextFile): ReadResult {
  if (file.text.length > MAX_FILE_CHARS) {
    const mb = (file.text.length / 1e6).toFixed(1);
    const message = `this file holds ${mb} million characters; a graph-data file is a small text file (at most ${MAX_FILE_CHARS / 1e6} million): split it`;
    return { ok: false, problems: [{ file: file.path, line: 1, col: 1, message }] };
  }
  const badText = textProblems(file);
  if (badText.length > 0) return { ok: false, problems: badText };

  let doc: Document;
  const lines = new LineCounter();
  // After parsing, the line counter finds a line by binary search (many problems stay cheap).
  const at = (offset: number | undefined, message: string): Problem => ({
    file: file.path,
    ...(offset === undefined ? { line: 1, col: 1 } : lines.linePos(offset)),
    message,
  });
  try {
    doc = parseDocument(file.text, {
      lineCounter: lines,
      prettyErrors: true,
      // yaml's own check compares every key with every other (minutes for a 100,000-key mapping);
      // duplicates are found below with a set per mapping instead.
      uniqueKeys: false,
      schema: 'core',
      // Only the core schema's tags: no !!binary, !!set, !!timestamp, and no merge keys (<<).
      resolveKnownTags: false,
      merge: false,
    });
  } catch (e) {
    return { ok: false, problems: [at(undefined, unreadable(e))] };
  }

  const problems: Problem[] = [];
  if (doc.errors.length > 0) {
    // The first syntax error is the mistake; the rest usually follow from it.
    const first = doc.errors[0]!;
    const pos = first.linePos?.[0] ?? { line: 1, col: 1 };
    const rest = doc.errors.length - 1;
    const more =
      rest > 0 ? ` (${rest} more YAML error${rest === 1 ? '' : 's'} after it; fix this first)` : '';
    problems.push({
      file: file.path,
      line: pos.line,
      col: pos.col,
      message: `YAML syntax: ${firstLine(first.message)}${more}`,
    });
  }
  let complexKey = false;
  try {
    visit(doc, {
      Map(_, map) {
        const seen = new Set<unknown>();
        for (const { key } of map.items) {
          if (!isScalar(key)) continue;
          if (seen.has(key.value)) {
            problems.push(
              at(key.range?.[0], `the field "${String(key.value)}" is given twice here; keep one`),
            );
          } else seen.add(key.value);
        }
      },
      Pair(_, pair) {
        // A list or mapping used as a key ("? [a, b]: x") has no place in data and no JS form.
        if (isCollection(pair.key)) {
          complexKey = true;
          problems.push(at(pair.key.range?.[0], 'a key must be a plain name, not a list or mapping'));
        }
      },
      Node(_, node) {
        if (isNode(node) && !isAlias(node) && node.tag && !CORE_TAGS.has(node.tag)) {
          problems.push(
            at(
              node.range?.[0],
              `the YAML tag ${showTag(node.tag)} is not allowed: graph-data holds plain text, numbers and lists; remove the tag`,
            ),
          );
        }
      },
    });
  } catch (e) {
    problems.push(at(undefined, unreadable(e)));
  }
  for (const w of doc.warnings) {
    if (w.code === 'TAG_RESOLVE_FAILED') continue; // reported above, with a better message
    const pos = w.linePos?.[0] ?? { line: 1, col: 1 };
    problems.push({
      file: file.path,
      line: pos.line,
      col: pos.col,
      message: `YAML: ${firstLine(w.message)}`,
    });
  }

  if (complexKey) return { ok: false, problems };
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    let firstAlias: number | undefined;
    visit(doc, {
      Alias(_, node) {
        firstAlias = node.range?.[0];
        return visit.BREAK;
      },
    });
    const message = /alias/i.test(String((e as Error)?.message))
      ? 'YAML aliases (*name) here expand to far too much data (an "alias bomb"); write the values out instead of nesting aliases'
      : unreadable(e);
    problems.push(at(firstAlias, message));
    return { ok: false, problems };
  }
  if (problems.length > 0) return { ok: false, problems, partial: raw };

  if (raw === null || raw === undefined) {
    return { ok: false, problems: [at(undefined, 'the file is empty')] };
  }
  if (!isMap(doc.contents)) {
    const found = isSeq(doc.contents) ? 'a list' : `a single value ("${String(raw).slice(0, 40)}")`;
    return {
      ok: false,
      problems: [
        at(
          doc.contents?.range?.[0],
          `the top level must be a mapping of fields (such as "nodes:" or "sources:" followed by a list), but this file holds ${found}`,
        ),
      ],
    };
  }
  const locate = (dataPath: DataPath) => {
    for (let n = dataPath.length; n >= 0; n--) {
      const prefix = dataPath.slice(0, n) as unknown[];
      const node = (n === 0 ? doc.contents : doc.getIn(prefix, true)) as YamlNode | null | undefined;
      const start = node?.range?.[0];
      if (start !== undefined) {
        const pos = lines.linePos(start);
        return { line: pos.line, col: pos.col };
      }
    }
    return { line: 1, col: 1 };
  };
  const locateKey = (dataPath: DataPath, key: string) => {
    const parent = dataPath.length === 0 ? doc.contents : doc.getIn(dataPath as unknown[], true);
    if (isMap(parent)) {
      for (const pair of parent.items) {
        const k = pair.key as YamlNode | null;
        if (k && 'value' in k && k.value === key && k.range) return lines.linePos(k.range[0]);
      }
    }
    return undefined;
  };
  return { ok: true, yaml: { raw, locate, locateKey } };
}

/** Problems reported per file; the rest are counted in one last line (they usually repeat one mistake). */
const MAX_PROBLEMS_PER_FILE = 200;

function capped(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS_PER_FILE) return problems;
  const rest = problems.length - MAX_PROBLEMS_PER_FILE;
  const last = problems[MAX_PROBLEMS_PER_FILE]!;
  return [
    ...problems.slice(0, MAX_PROBLEMS_PER_FILE),
    { ...last, message: `… and ${rest} more problem${rest === 1 ? '' : 's'} in this file, from here on` },
  ];
}

function unreadable(e: unknown): string {
  if (e instanceof RangeError)
    return 'this file is nested too deeply to read; flatten its lists and mappings';
  return `this file cannot be read as YAML: ${firstLine(String((e as Error)?.message ?? e))}`;
}

/** Schema issues as problems, their paths taken below `prefix` of the file's data. */
function issueProblems(
  file: TextFile,
  yaml: YamlData,
  issues: readonly z.core.$ZodIssue[],
  prefix: DataPath = [],
  /** Misspelt top-level fields and the field each was meant to be. */
  meant: ReadonlyMap<string, string> = new Map(),
  /** For items of a union on a field such as `kind`: which variants have each field. */
  variants?: Variants,
): Problem[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    let pos = yaml.locate(path);
    if (issue.code === 'unrecognized_keys') {
      const keyPos = yaml.locateKey(path, issue.keys[0] ?? '');
      if (keyPos) pos = keyPos;
      const more = issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : '';
      const names =
        issue.keys
          .slice(0, 5)
          .map((k) => `"${k}"`)
          .join(', ') + more;
      const misplaced =
        issue.keys.length === 1 ? misplacedField(variants, issue.keys[0]!, path, yaml.raw) : '';
      if (misplaced) return { file: file.path, ...pos, message: misplaced };
      const field = path.length === 0 && issue.keys.length === 1 ? meant.get(issue.keys[0]!) : undefined;
      const hint = field ? `; did you mean "${field}"?` : ' (check the spelling)';
      return { file: file.path, ...pos, message: `unknown field ${names}${hint}` };
    }
    const message = describeIssue(issue, path, yaml.raw);
    return { file: file.path, line: pos.line, col: pos.col, message: withPath(path, message) };
  });
}

/** The variants of a union on `key` (e.g. node kinds) and the fields each one has. */
interface Variants {
  readonly key: string;
  readonly fields: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The variants of `item` when it is a union of objects on one field; undefined otherwise. */
function variantsOf(item: z.ZodType): Variants | undefined {
  if (!(item instanceof z.ZodDiscriminatedUnion)) return undefined;
  const key = item._zod.def.discriminator;
  const fields = new Map<string, Set<string>>();
  for (const option of item.options) {
    if (!(option instanceof z.ZodObject)) return undefined;
    const tag = option.shape[key];
    if (!(tag instanceof z.ZodLiteral)) return undefined;
    fields.set(String(tag.value), new Set(Object.keys(option.shape)));
  }
  return { key, fields };
}

/**
 * A field that other variants have but this one does not ("endpoint" on a cell) is not a spelling
 * mistake: the message names the variants that take it. '' when that is not the case.
 */
function misplacedField(variants: Variants | undefined, field: string, path: DataPath, raw: unknown): string {
  if (!variants) return '';
  const variant = valueAt(raw, [...path, variants.key]);
  if (typeof variant !== 'string' || !variants.fields.has(variant)) return '';
  const takers = [...variants.fields].filter(([, f]) => f.has(field)).map(([v]) => v);
  if (!takers.length) return '';
  const list = takers.length === 1 ? takers[0]! : `${takers.slice(0, -1).join(', ')} and ${takers.at(-1)}`;
  return `"${field}" does not belong on a ${variant}; only ${list} entries take it`;
}

/**
 * Parse `file` and validate it against `schema`. Returns the typed data, or the problems found,
 * each with the line and column of the offending value.
 */
export function parseYamlFile<S extends z.ZodType>(
  file: TextFile,
  schema: S,
): { ok: true; file: ParsedFile<z.infer<S>> } | { ok: false; problems: Problem[] } {
  const read = readYaml(file);
  if (!read.ok) return { ok: false, problems: capped(read.problems) };
  const { yaml } = read;
  const result = schema.safeParse(yaml.raw);
  if (!result.success) return { ok: false, problems: capped(issueProblems(file, yaml, result.error.issues)) };
  return { ok: true, file: { path: file.path, data: result.data, locate: yaml.locate } };
}

/** What parseYamlList keeps of a file: every item that is valid, and the ids of all it declares. */
export interface ListFileResult<T> {
  /** The file with its invalid items left out; absent when the file itself is unusable. */
  readonly file?: ParsedFile<T>;
  readonly problems: Problem[];
  /**
   * The `id` of every item written in the file, valid or not, as far as it could be read. A
   * reference to an id whose item has a mistake is not a second mistake: the first is reported.
   */
  readonly ids: string[];
}

/**
 * Parse a file whose main content is a list under `key` (nodes, relations, sources) and validate
 * item by item: one bad field drops its item, not the file, so the rest can still be checked.
 */
export function parseYamlList<S extends z.ZodObject>(
  file: TextFile,
  schema: S,
  key: string & keyof S['shape'],
  item: z.ZodType,
): ListFileResult<z.infer<S>> {
  const read = readYaml(file);
  if (!read.ok) return { problems: capped(read.problems), ids: idsIn(read.partial, key) };
  const { yaml } = read;
  const raw = yaml.raw as Record<string, unknown>;
  // A misspelt top-level field ("node:" for "nodes:") is one mistake: it is named with the field
  // meant, that field is not reported missing as well, and the ids under it still count.
  const fields = Object.keys(schema.shape);
  const meant = new Map<string, string>();
  for (const k of Object.keys(raw)) {
    const field = fields.includes(k) ? undefined : fields.find((f) => suggest(k, [f]) !== '');
    if (field && raw[field] === undefined) meant.set(k, field);
  }
  const listKey = [...meant].find(([, f]) => f === key)?.[0] ?? key;
  const ids = idsIn(yaml.raw, listKey);
  // The file's own fields first, with the list only checked to be a list; then item by item.
  const shellResult = shellOf(schema, key).safeParse(yaml.raw);
  const list = raw[key];
  const issues = shellResult.success
    ? []
    : shellResult.error.issues.filter(
        (i) => !(i.path.length === 1 && [...meant.values()].includes(String(i.path[0]))),
      );
  const problems = issueProblems(file, yaml, issues, [], meant);
  const kept: unknown[] = [];
  const variants = variantsOf(item);
  if (Array.isArray(list)) {
    list.forEach((value, i) => {
      const r = item.safeParse(value);
      if (r.success) kept.push(r.data);
      else problems.push(...issueProblems(file, yaml, r.error.issues, [key, i], new Map(), variants));
    });
  }
  if (!shellResult.success) return { problems: capped(problems), ids };
  const data = { ...(shellResult.data as object), [key]: kept } as z.infer<S>;
  return { file: { path: file.path, data, locate: yaml.locate }, problems: capped(problems), ids };
}

/** The file schema with its list loosened to "any list"; built once per schema (zod compiles it). */
const shells = new WeakMap<z.ZodObject, Map<string, z.ZodType>>();
function shellOf(schema: z.ZodObject, key: string): z.ZodType {
  let byKey = shells.get(schema);
  if (!byKey) shells.set(schema, (byKey = new Map()));
  let shell = byKey.get(key);
  if (!shell) byKey.set(key, (shell = schema.extend({ [key]: z.array(z.unknown()) })));
  return shell;
}

function idsIn(raw: unknown, key: string): string[] {
  if (raw === null || typeof raw !== 'object') return [];
  const list = (raw as Record<string, unknown>)[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((v: unknown) => {
    const id = v !== null && typeof v === 'object' ? (v as Record<string, unknown>).id : undefined;
    return typeof id === 'string' ? [id] : [];
  });
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

function describeIssue(issue: z.core.$ZodIssue, path: DataPath, raw: unknown): string {
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && valueAt(raw, path) === undefined) {
    return 'expected' in issue ? `this field is required (${issue.expected})` : 'this field is required';
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const got = valueAt(raw, path);
    const allowed = issue.values.map(String);
    return `"${String(got)}" is not allowed here; use one of: ${allowed.join(', ')}${suggest(String(got), allowed)}`;
  }
  if (issue.code === 'invalid_union' && path[path.length - 1] === 'kind') {
    return `unknown node kind "${String(valueAt(raw, path))}"; use one of: ${NODE_KINDS.join(', ')}`;
  }
  return issue.message;
}
