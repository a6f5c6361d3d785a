// File names that say what they hold: nociscope-<what>-<YYYY-MM-DD>.<ext>, where <what> is the
// slug of the filtered therapies, or "whole-graph", "current-view" or "filtered-view".
import { isFiltered, type Filters } from '../../model/filter';
import type { Graph } from '../../model/graph';
import { spellGreek } from '../../model/greek';

/** "Anti-TNFα antibodies" -> "anti-tnfalpha-antibodies". */
export function slugify(text: string): string {
  return spellGreek(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Local calendar date as YYYY-MM-DD (the day the user sees, not UTC). */
export function isoDate(d: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** What an export holds, in a few words for its file name. */
export function exportSubject(graph: Graph, filters: Filters, region: 'view' | 'full' | 'data'): string {
  if (filters.therapies.length) {
    return filters.therapies.map((id) => slugify(graph.nodeById.get(id)?.label ?? id)).join('-and-');
  }
  if (region === 'view') return 'current-view';
  return isFiltered(filters) ? 'filtered-view' : 'whole-graph';
}

export function exportFileName(subject: string, date: Date | string, extension: string): string {
  const day = typeof date === 'string' ? date : isoDate(date);
  return `nociscope-${subject}-${day}.${extension}`;
}

/** The title on a picture and in a data file: "Nociscope — Intrathecal BMSC therapy mechanism". */
export function exportTitle(graph: Graph, filters: Filters): string {
  if (filters.therapies.length) {
    const names = filters.therapies.map((id) => graph.nodeById.get(id)?.label ?? id);
    return `Nociscope — ${names.join(' + ')} mechanism`;
  }
  return isFiltered(filters)
    ? 'Nociscope — filtered view'
    : 'Nociscope — immune cells, stem-cell therapies and neuropathic pain';
}
