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

export function readPathQuery(p: URLSearchParams, graph: Graph, notices: string[]): PathQuery {
  const ids = (param: string, therapiesOnly = false): NodeId[] => {
    const out: NodeId[] = [];
    const bad: string[] = [];
    for (const raw of (p.get(param) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
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
  if (p.has('compare')) return { ...NO_PATH_QUERY, mode: 'compare', compare: ids('compare', true) };
  if (p.has('impact')) {
    const [therapy = null] = ids('impact', true);
    return { ...NO_PATH_QUERY, mode: 'impact', therapy, knockouts: therapy ? ids('knockout') : [] };
  }
  if (p.has('from') || p.has('to')) {
    const raw = p.get('len');
    let maxLength = DEFAULT_MAX_LENGTH;
    if (raw !== null) {
      const n = /^[0-9]{1,2}$/.test(raw) ? Number(raw) : NaN;
      if (n >= 1 && n <= MAX_MAX_LENGTH) maxLength = n;
      else
        notices.push(
          `The link asks for paths of length ${quote(raw)}; up to ${DEFAULT_MAX_LENGTH} steps are shown.`,
        );
    }
    const [from = null] = ids('from');
    const [to = null] = ids('to');
    return { ...NO_PATH_QUERY, mode: 'paths', from, to, maxLength, knockouts: ids('knockout') };
  }
  return NO_PATH_QUERY;
}
