// The view in the URL: ?therapy=…&kind=…&sel=node:tgfb1&layout=fcose&story=bmsc&step=3, and a
// pathway question (pathwayUrl.ts): ?from=…&to=…&len=4, ?impact=…&knockout=…, ?compare=…,….
// Parsing never throws: unknown ids and values are dropped and reported as notices.
import type { Filters } from '../model/filter';
import type { Graph } from '../model/graph';
import type { Story } from '../model/story';
import { selectionOf } from '../model/ids';
import { POLARITIES } from '../model/palette';
import { EVIDENCE_KINDS, LOCATIONS, NODE_KINDS, PHASES } from '../model/vocabulary';
import { readPathQuery, writePathQuery } from './pathwayUrl';
import { DEFAULT_LAYOUT, LAYOUTS, type CuratedSelection, type LayoutName, type UrlState } from './types';

const FACET_PARAMS = {
  therapies: 'therapy',
  kinds: 'kind',
  evidence: 'evidence',
  locations: 'location',
  phases: 'phase',
  polarities: 'polarity',
} as const satisfies Record<keyof Filters, string>;

export function toSearch(state: UrlState): string {
  const p = new URLSearchParams();
  for (const [facet, param] of Object.entries(FACET_PARAMS) as [keyof Filters, string][]) {
    const values = state.filters[facet];
    if (values.length) p.set(param, values.join(','));
  }
  if (state.hiddenMode === 'hide') p.set('hidden', 'hide');
  if (state.selection) p.set('sel', `${state.selection.type}:${state.selection.id}`);
  if (state.layout !== DEFAULT_LAYOUT) p.set('layout', state.layout);
  if (state.story) {
    p.set('story', state.story.id);
    p.set('step', String(state.story.step + 1));
  }
  if (state.presenter) p.set('present', '1');
  writePathQuery(state.path, p);
  const s = p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return s ? `?${s}` : '';
}

/** How many bad values of one parameter a notice lists by name. */
const MAX_LISTED = 5;
/** Longest piece of a link a notice repeats: a garbled link must not fill the screen. */
const MAX_QUOTED = 60;
const quote = (raw: string) => `"${raw.length > MAX_QUOTED ? `${raw.slice(0, MAX_QUOTED - 1)}…` : raw}"`;

export function fromSearch(
  search: string,
  graph: Graph,
  stories: readonly Story[],
): { state: UrlState; notices: string[] } {
  const p = new URLSearchParams(search);
  const notices: string[] = [];
  // A list may come in pieces (?kind=cell&kind=mediator): every piece is read, none dropped.
  const list = (param: string) =>
    p
      .getAll(param)
      .join(',')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  // A setting that takes one value: given twice with different values, the first is used and the
  // notice says so (URLSearchParams.get would drop the others without a word).
  const one = (param: string): string | null => {
    const all = p.getAll(param).filter((v) => v !== '');
    if (new Set(all).size > 1)
      notices.push(
        `The link gives ${param} ${all.length} times (${all.slice(0, MAX_LISTED).map(quote).join(', ')}); only the first, ${quote(all[0]!)}, was used.`,
      );
    return all[0] ?? p.get(param);
  };
  // Each allowed value is found by its exact spelling in a link (so "1.0" is no polarity and
  // "2abc" no step): the value kept is the allowed one itself, typed, never a cast string.
  const pick = <T extends string | number>(param: string, allowed: readonly T[]) => {
    const out: T[] = [];
    const unknown: string[] = [];
    for (const raw of list(param)) {
      const v = allowed.find((a) => String(a) === raw);
      if (v === undefined) unknown.push(raw);
      else if (!out.includes(v)) out.push(v);
    }
    // One notice per parameter, however many bad values a garbled link carries.
    if (unknown.length === 1)
      notices.push(`The link names an unknown ${param} ${quote(unknown[0]!)}; it was ignored.`);
    else if (unknown.length > 1) {
      const shown = unknown.slice(0, MAX_LISTED).map(quote).join(', ');
      const more = unknown.length > MAX_LISTED ? ` and ${unknown.length - MAX_LISTED} more` : '';
      notices.push(
        `The link names ${unknown.length} unknown ${param} values (${shown}${more}); they were ignored.`,
      );
    }
    return out;
  };
  const therapyIds = graph.nodes.filter((n) => n.kind === 'therapy').map((n) => n.id);
  const filters: Filters = {
    therapies: pick('therapy', therapyIds),
    kinds: pick('kind', NODE_KINDS),
    evidence: pick('evidence', EVIDENCE_KINDS),
    locations: pick('location', LOCATIONS),
    phases: pick('phase', PHASES),
    // Only the exact spellings toSearch writes: Number would also accept "1.0", "+1" or "0x1".
    polarities: pick('polarity', POLARITIES),
  };

  let selection: CuratedSelection | null = null;
  const sel = one('sel');
  if (sel) {
    const [type = '', ...rest] = sel.split(':');
    selection = selectionOf(graph, type, rest.join(':'));
    if (!selection)
      notices.push(
        `The link selects ${quote(sel)}, which is not in this version of the map; nothing is selected.`,
      );
  }

  let layout: LayoutName = DEFAULT_LAYOUT;
  const l = one('layout');
  if (l) {
    const known = LAYOUTS.find((name) => name === l);
    if (known) layout = known;
    else notices.push(`The link asks for an unknown layout ${quote(l)}; the curated layout is shown.`);
  }

  let story: UrlState['story'] = null;
  const storyId = one('story');
  if (storyId) {
    const found = stories.find((s) => s.id === storyId);
    if (!found) notices.push(`The link opens an unknown story ${quote(storyId)}; it was ignored.`);
    else {
      // Whole decimal digits only: parseInt would read "2abc" as 2 and Number "1e3" as 1000.
      const raw = one('step') ?? '1';
      const step = /^[0-9]{1,6}$/.test(raw) ? Number(raw) : NaN;
      const valid = step >= 1 && step <= found.steps.length;
      if (!valid) notices.push(`Story "${found.title}" has no step ${quote(raw)}; it opens at step 1.`);
      story = { id: storyId, step: valid ? step - 1 : 0 };
    }
  } else if (p.getAll('step').some((v) => v !== ''))
    // A step belongs to a story; with an unknown story its notice covers the step too.
    notices.push(`The link gives a story step ${quote(p.get('step')!)} but no story; it was ignored.`);

  const hidden = one('hidden');
  // An empty value (?hidden=) counts as absent, like ?sel= and ?story=.
  if (hidden && hidden !== 'hide' && hidden !== 'fade')
    notices.push(`The link asks to show the rest as ${quote(hidden)}; it is faded.`);
  const present = one('present');
  if (present && present !== '1' && present !== '0')
    notices.push(`The link has an unknown presenter setting ${quote(present)}; it was ignored.`);
  else if (present === '1' && !storyId)
    notices.push('The link asks for presenter mode without a story to present; it was ignored.');

  return {
    state: {
      filters,
      hiddenMode: hidden === 'hide' ? 'hide' : 'fade',
      selection,
      layout,
      story,
      presenter: present === '1' && story !== null,
      path: readPathQuery(p, graph, notices),
    },
    notices,
  };
}
