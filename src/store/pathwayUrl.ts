// A pathway question in the URL, in the style of the other parameters: only the active mode's
// fields are written, so the mode is read from which of them a link carries:
//   ?from=bmsc&to=neuropathic_pain&len=4     signed paths (len only when not the default; knockout too)
//   ?impact=bmsc_therapy&knockout=tgfb1      a therapy's impact, with knock-outs (what-if)
//   ?compare=nk_cell_therapy,bmsc_therapy    two or more therapies side by side
// Unknown ids are dropped with one notice each, as everywhere else in the link.
import type { Graph } from '../model/graph';
import { DEFAULT_MAX_LENGTH, MAX_MAX_LENGTH } from '../model/pathways/paths';
import type { NodeId } from '../model/schema';
import type { PathQuery } from './types';

export const NO_PATH_QUERY: PathQuery = {
  mode: 'impact',
  from: null,
  to: null,
  maxLength: DEFAULT_MAX_LENGTH,
  therapy: null,
  knockouts: [],
  compare: [],
};

/** True when the query asks something (and so belongs in the URL). */
export function isPathQueryAsked(q: PathQuery): boolean {
  if (q.mode === 'paths') return q.from !== null || q.to !== null;
  if (q.mode === 'impact') return q.therapy !== null;
  return q.compare.length > 0;
}

export function writePathQuery(q: PathQuery, p: URLSearchParams): void {
  if (!isPathQueryAsked(q)) return;
  if (q.mode === 'paths') {
    if (q.from) p.set('from', q.from);
    if (q.to) p.set('to', q.to);
    if (q.maxLength !== DEFAULT_MAX_LENGTH) p.set('len', String(q.maxLength));
    if (q.knockouts.length) p.set('knockout', q.knockouts.join(','));
  } else if (q.mode === 'impact') {
    p.set('impact', q.therapy!);
    if (q.knockouts.length) p.set('knockout', q.knockouts.join(','));
  } else p.set('compare', q.compare.join(','));
}

const MAX_QUOTED = 60;
const quote = (raw: string) => `"${raw.length > MAX_QUOTED ? `${raw.slice(0, MAX_QUOTED - 1)}…` : raw}"`;

/** The parameters each kind of question reads, for the notice when a link asks several at once. */
const MODE_PARAMS = { compare: ['compare'], impact: ['impact'], paths: ['from', 'to'] } as const;
const MODE_WORDS = { compare: 'the comparison', impact: 'the impact question', paths: 'the paths question' };

export function readPathQuery(p: URLSearchParams, graph: Graph, notices: string[]): PathQuery {
  // A list may come in pieces (?knockout=a&knockout=b): every piece is read, none dropped.
  const values = (param: string) =>
    p
      .getAll(param)
      .join(',')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const given = (param: string) => values(param).length > 0;
  const ids = (param: string, therapiesOnly = false): NodeId[] => {
    const out: NodeId[] = [];
    const bad: string[] = [];
    for (const raw of values(param)) {
      const node = graph.nodes.find((n) => n.id === raw);
      if (node && (!therapiesOnly || node.kind === 'therapy')) {
        if (!out.includes(node.id)) out.push(node.id);
      } else bad.push(raw);
    }
    if (bad.length)
      notices.push(
        `The link names ${bad.length === 1 ? `an unknown ${param} ${quote(bad[0]!)}` : `${bad.length} unknown ${param} values (${bad.slice(0, 5).map(quote).join(', ')})`}; ${bad.length === 1 ? 'it was' : 'they were'} ignored.`,
      );
    return out;
  };
  /** A parameter that takes one id: the first is used, the others are named in a notice. */
  const one = (param: string, therapiesOnly = false): NodeId | null => {
    const [first = null, ...extra] = ids(param, therapiesOnly);
    if (first && extra.length)
      notices.push(
        `The link names ${extra.length + 1} ${param} entities (${[first, ...extra].slice(0, 5).map(quote).join(', ')}); only the first, ${quote(first)}, is used.`,
      );
    return first;
  };

  // One question at a time: compare, else impact, else paths; the others a link carries are named.
  const asked = (Object.keys(MODE_PARAMS) as (keyof typeof MODE_PARAMS)[]).filter((m) =>
    MODE_PARAMS[m].some(given),
  );
  const mode = asked[0];
  if (asked.length > 1) {
    const ignored = asked.slice(1).flatMap((m) => MODE_PARAMS[m].filter(given));
    notices.push(
      `The link asks more than one pathway question; ${MODE_WORDS[mode!]} is shown and ${ignored.map((x) => `"${x}"`).join(', ')} ${ignored.length === 1 ? 'was' : 'were'} ignored.`,
    );
  }
  let query: PathQuery = NO_PATH_QUERY;
  if (mode === 'compare') query = { ...NO_PATH_QUERY, mode: 'compare', compare: ids('compare', true) };
  else if (mode === 'impact') query = { ...NO_PATH_QUERY, mode: 'impact', therapy: one('impact', true) };
  else if (mode === 'paths')
    query = {
      ...NO_PATH_QUERY,
      mode: 'paths',
      from: one('from'),
      to: one('to'),
      maxLength: pathLength(p, notices),
    };

  // Knock-outs belong to a paths or impact question that was kept; anywhere else they are named.
  const usesKnockouts = mode === 'paths' || (mode === 'impact' && query.therapy !== null);
  if (usesKnockouts) query = { ...query, knockouts: ids('knockout') };
  else if (given('knockout'))
    notices.push(
      `The link knocks out ${values('knockout').slice(0, 5).map(quote).join(', ')} without a paths or impact question to apply it to; it was ignored.`,
    );
  if (mode !== 'paths' && given('len'))
    notices.push(
      `The link gives a path length ${quote(values('len').join(','))} without a paths question (from, to); it was ignored.`,
    );
  return query;
}

/** The paths question's length limit: the default unless the link gives a valid one. */
function pathLength(p: URLSearchParams, notices: string[]): number {
  const all = p.getAll('len').filter((v) => v !== '');
  if (new Set(all).size > 1)
    notices.push(
      `The link gives the path length ${all.length} times (${all.slice(0, 5).map(quote).join(', ')}); only the first is used.`,
    );
  const raw = all[0] ?? p.get('len');
  if (raw === null) return DEFAULT_MAX_LENGTH;
  const n = /^[0-9]{1,2}$/.test(raw) ? Number(raw) : NaN;
  if (n >= 1 && n <= MAX_MAX_LENGTH) return n;
  notices.push(
    `The link asks for paths of length ${quote(raw)}; up to ${DEFAULT_MAX_LENGTH} steps are shown.`,
  );
  return DEFAULT_MAX_LENGTH;
}
