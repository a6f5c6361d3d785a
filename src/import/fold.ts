// Problems that say the same thing, folded into one. A file can repeat one warning on every row (an
// INDRA network gave 165 identical ones): listed one by one they bury the rest and make a valid file
// look broken. Problems of one file, severity, message and hint are folded into the first, with how
// many there were and the first few places ("in 165 rows: 3, 7, 12 and 162 more"). A message that
// names its element (`edge "883" is signed …`) is the same message for every element, so the
// element's id is read as its place (`edge … is signed …, for 165 edges: "883", …`). Pure, shared
// by the import dialog and the convert CLI; the problem list itself stays whole for everything else.
import type { ImportProblem } from './types';

/** Places named before "and N more". */
export const PLACES_SHOWN = 3;

/** A problem standing for `count` identical ones (1 when it is alone). */
export interface FoldedProblem {
  /** The first of them; its message has the element's id as "…" when they name different elements. */
  readonly problem: ImportProblem;
  readonly count: number;
  /** Where each one is, in file order (all of them; a reader shows the first few). */
  readonly places: readonly Place[];
}

type Place = { readonly kind: 'row' | 'line' | 'edge' | 'node' | 'field'; readonly text: string };

/** `edge "883"` or `node "TNF"` in a message (quote() in problems.ts writes ids so). */
const ELEMENT = /\b(edge|node) "((?:[^"\\]|\\.)*)"/;

function placeOf(p: ImportProblem, element: RegExpExecArray | null): Place | undefined {
  if (p.row !== undefined && p.line === undefined) return { kind: 'row', text: String(p.row) };
  if (p.line !== undefined) return { kind: 'line', text: String(p.line) };
  if (element) return { kind: element[1] as 'edge' | 'node', text: `"${element[2]}"` };
  if (p.field !== undefined) return { kind: 'field', text: p.field };
  return undefined;
}

/** The problems with identical ones folded, in the order each first appears. */
export function foldProblems(problems: readonly ImportProblem[]): FoldedProblem[] {
  const byKey = new Map<string, { problem: ImportProblem; count: number; places: Place[] }>();
  for (const p of problems) {
    const element = ELEMENT.exec(p.message);
    const message = element ? p.message.replace(ELEMENT, `${element[1]} …`) : p.message;
    const key = JSON.stringify([p.file, p.severity, message, p.hint]);
    const place = placeOf(p, element);
    const seen = byKey.get(key);
    if (seen) {
      seen.count++;
      if (place) seen.places.push(place);
      // Different elements: the message names none of them, its places do.
      if (seen.problem.message !== p.message) seen.problem = { ...seen.problem, message };
    } else byKey.set(key, { problem: p, count: 1, places: place ? [place] : [] });
  }
  return [...byKey.values()];
}

const PLURAL: Record<Place['kind'], string> = {
  row: 'rows',
  line: 'lines',
  edge: 'edges',
  node: 'nodes',
  field: 'places',
};

/**
 * Where a folded problem is, in words: "in 165 rows: 3, 7, 12 and 162 more", "on 4 lines: …",
 * "in 5 places: nodes[1], …", or "5 times" when the file says nowhere. Undefined for a single one.
 */
export function foldedWhere(f: FoldedProblem): string | undefined {
  if (f.count < 2) return undefined;
  if (f.places.length === 0) return `${f.count} times`;
  const kinds = new Set(f.places.map((p) => p.kind));
  const kind = kinds.size === 1 ? f.places[0]!.kind : 'field';
  const shown = f.places
    .slice(0, PLACES_SHOWN)
    .map((p) => (kinds.size === 1 ? p.text : `${p.kind === 'field' ? '' : `${p.kind} `}${p.text}`));
  const more = f.count - shown.length;
  const list = more > 0 ? `${shown.join(', ')} and ${more} more` : joinAnd(shown);
  const preposition = kind === 'line' ? 'on' : kind === 'edge' || kind === 'node' ? 'for' : 'in';
  return `${preposition} ${f.count} ${PLURAL[kind]}: ${list}`;
}

const joinAnd = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** One line per folded problem for terminals: `file: warning: message (in 165 rows: …) — hint`. */
export function formatFoldedProblem(f: FoldedProblem, single: (p: ImportProblem) => string): string {
  const where = foldedWhere(f);
  if (!where) return single(f.problem);
  const p = f.problem;
  const field = p.field && f.places.every((x) => x.kind !== 'field') ? ` [${p.field}]` : '';
  return `${p.file}${field}: ${p.severity}: ${p.message}, ${where} — ${p.hint}`;
}
