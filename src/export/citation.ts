// Citations of a Source as plain text (APA 7, Vancouver), short in-text labels, and the two files
// reference managers import (BibTeX, RIS). Pure functions: the details panel, "Cite this" and every
// data exporter format sources the same way.
import type { Source } from '../model/schema';
import type { SourceKind } from '../model/vocabulary';
import { webUrl } from '../model/webLink';

export type CitationStyle = 'apa' | 'vancouver';

export const doiUrl = (doi: string) => `https://doi.org/${doi}`;
export const pubmedUrl = (pmid: string) => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;
export const pmcUrl = (pmcid: string) => `https://pmc.ncbi.nlm.nih.gov/articles/${pmcid}/`;

/** Journal articles; news items and web pages are cited as online documents instead. */
const isPaper = (kind: SourceKind) => kind === 'review' || kind === 'opinion' || kind === 'primary-research';

const UNTITLED: Record<SourceKind, string> = {
  review: 'review article',
  opinion: 'opinion article',
  'primary-research': 'research article',
  news: 'news item',
  'web-article': 'web article',
};

/**
 * The title, or for a record whose title is unknown a bracketed description, as APA does for
 * untitled works: "[Untitled opinion article]". Never invent a title.
 */
export const titleOf = (s: Source): string => s.title?.trim() || `[Untitled ${UNTITLED[s.kind]}]`;

/** "Chen G" -> { family: "Chen", initials: ["G"] }; names are stored as "Family Initials" (PubMed style). */
function splitName(name: string): { family: string; initials: string[] } {
  const parts = name.trim().split(/\s+/);
  const last = parts[parts.length - 1] ?? '';
  if (parts.length > 1 && /^[A-Z]{1,4}$/.test(last)) {
    return { family: parts.slice(0, -1).join(' '), initials: [...last] };
  }
  return { family: name.trim(), initials: [] };
}

const familyName = (name: string) => splitName(name).family;

/** "Chen et al. 2015", "Chen & Park 2015", "Medical News Today 2023": for tables, lists and CSV. */
export function shortCitation(s: Source): string {
  const year = s.year ?? 'n.d.';
  const [first, second] = s.authors;
  let who: string;
  if (first && (s.moreAuthors || s.authors.length > 2)) who = `${familyName(first)} et al.`;
  else if (first && second) who = `${familyName(first)} & ${familyName(second)}`;
  else if (first) who = familyName(first);
  else who = s.container?.trim() || titleOf(s);
  return `${who} ${year}`;
}

const endWithPeriod = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);
const enDash = (pages: string) => pages.replace(/-/g, '–');

function apaAuthor(name: string): string {
  const { family, initials } = splitName(name);
  return initials.length ? `${family}, ${initials.map((i) => `${i}.`).join(' ')}` : family;
}

function apaAuthors(s: Source): string {
  const names = s.authors.map(apaAuthor);
  if (s.moreAuthors) return `${names.join(', ')}, et al.`;
  // APA 7: up to 20 authors are listed; beyond that, the first 19, an ellipsis, and the last.
  if (names.length > 20) return `${names.slice(0, 19).join(', ')}, . . . ${names[names.length - 1]}`;
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
}

function links(s: Source): string[] {
  const out: string[] = [];
  const url = webUrl(s.url);
  if (s.doi) out.push(doiUrl(s.doi));
  else if (url) out.push(url);
  if (s.pmid) out.push(`PMID: ${s.pmid}`);
  if (s.pmcid) out.push(`PMCID: ${s.pmcid}`);
  return out;
}

function apa(s: Source): string {
  const year = `(${s.year ?? 'n.d.'})`;
  const title = titleOf(s);
  const parts: string[] = [];
  // APA puts the title in the author position when there is no author.
  if (s.authors.length) parts.push(endWithPeriod(apaAuthors(s)), `${year}.`, endWithPeriod(title));
  else parts.push(endWithPeriod(title), `${year}.`);
  if (s.container) {
    let where = s.container;
    if (isPaper(s.kind)) {
      if (s.volume) where += `, ${s.volume}${s.issue ? `(${s.issue})` : ''}`;
      if (s.pages) where += `, ${enDash(s.pages)}`;
      else if (s.articleNumber) where += `, Article ${s.articleNumber}`;
    }
    parts.push(endWithPeriod(where));
  }
  return [...parts, ...links(s)].join(' ');
}

function vancouverAuthors(s: Source): string {
  // Vancouver (ICMJE/NLM): list up to six authors, then "et al.".
  const names = s.authors.map((n) => {
    const { family, initials } = splitName(n);
    return initials.length ? `${family} ${initials.join('')}` : family;
  });
  const shown = names.slice(0, 6);
  return `${shown.join(', ')}${s.moreAuthors || names.length > 6 ? ', et al' : ''}.`;
}

function vancouver(s: Source): string {
  const parts: string[] = [];
  if (s.authors.length) parts.push(vancouverAuthors(s));
  if (isPaper(s.kind)) {
    parts.push(endWithPeriod(titleOf(s)));
    let where = `${s.container ?? '[Unknown journal]'}.`;
    if (s.year) where += ` ${s.year}`;
    if (s.volume) where += `;${s.volume}${s.issue ? `(${s.issue})` : ''}`;
    if (s.pages) where += `:${s.pages}`;
    else if (s.articleNumber) where += `:${s.articleNumber}`;
    parts.push(endWithPeriod(where));
  } else {
    parts.push(`${titleOf(s).replace(/\.$/, '')} [Internet].`);
    const publisher = [s.container, s.year].filter(Boolean).join('; ');
    if (publisher) parts.push(`${publisher}.`);
    const url = webUrl(s.url);
    if (url && !s.doi) parts.push(`Available from: ${url}`);
  }
  if (s.doi) parts.push(doiUrl(s.doi));
  if (s.pmid) parts.push(`PMID: ${s.pmid}.`);
  if (s.pmcid) parts.push(`PMCID: ${s.pmcid}.`);
  return parts.join(' ');
}

/**
 * The full reference as plain text. DOI, PMID and PMCID are given when known. Unverified author
 * names get no mark here (the reference reads as usual); BibTeX and RIS carry the flag instead.
 */
export function formatCitation(source: Source, style: CitationStyle): string {
  return style === 'apa' ? apa(source) : vancouver(source);
}

// ---- BibTeX ----

/** Escape LaTeX specials; UTF-8 letters (é, β) are left as they are, as biber and modern BibTeX read them. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\textbackslash{}';
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      default:
        return `\\${c}`;
    }
  });
}

function bibtexAuthors(s: Source): string {
  const names = s.authors.map((n) => {
    const { family, initials } = splitName(n);
    // An organisation ("World Health Organization") is one name: braces keep BibTeX from splitting
    // it into first and last names, so they go around the escaped text, never through the escaper.
    return initials.length
      ? bibtexEscape(`${family}, ${initials.map((i) => `${i}.`).join(' ')}`)
      : `{${bibtexEscape(family)}}`;
  });
  if (s.moreAuthors) names.push('others');
  return names.join(' and ');
}

/** URLs and DOIs go in verbatim (the url package reads them raw); only braces would break the entry. */
const verbatim = (text: string) => text.replace(/[{}]/g, '');

/** One entry per source, keyed by the source id; @article for papers, @misc for news and web pages. */
export function toBibtex(sources: readonly Source[]): string {
  return sources
    .map((s) => {
      const fields: [string, string | null | undefined][] = [];
      if (s.authors.length) fields.push(['author', bibtexAuthors(s)]);
      fields.push(['title', bibtexEscape(titleOf(s))]);
      if (isPaper(s.kind)) {
        fields.push(['journal', s.container && bibtexEscape(s.container)]);
        fields.push(['year', s.year?.toString()]);
        fields.push(['volume', s.volume && bibtexEscape(s.volume)]);
        fields.push(['number', s.issue && bibtexEscape(s.issue)]);
        fields.push(['pages', s.pages && bibtexEscape(s.pages).replace(/-+/g, '--')]);
        fields.push(['eid', s.articleNumber && bibtexEscape(s.articleNumber)]);
      } else {
        fields.push(['howpublished', s.container && bibtexEscape(s.container)]);
        fields.push(['year', s.year?.toString()]);
      }
      fields.push(['doi', s.doi && verbatim(s.doi)]);
      const url = webUrl(s.url);
      fields.push(['url', url && verbatim(url)]);
      fields.push(['pmid', s.pmid]);
      fields.push(['pmcid', s.pmcid]);
      // Standard styles print `note` but ignore `pmid`: keep both so the PMID reaches the reader.
      fields.push(['note', s.pmid ? `PMID: ${s.pmid}` : undefined]);
      if (!s.authorsVerified) fields.push(['authorsverified', 'false']);
      if (s.identified === 'partial') fields.push(['identified', 'partial']);
      const body = fields
        .filter((f): f is [string, string] => typeof f[1] === 'string' && f[1] !== '')
        .map(([k, v]) => `  ${k} = {${v}}`)
        .join(',\n');
      return `@${isPaper(s.kind) ? 'article' : 'misc'}{${s.id},\n${body}\n}\n`;
    })
    .join('\n');
}

// ---- RIS ----

const RIS_TYPE: Record<SourceKind, string> = {
  review: 'JOUR',
  opinion: 'JOUR',
  'primary-research': 'JOUR',
  news: 'NEWS',
  'web-article': 'ELEC',
};

/** RIS records (TY … ER), LF line ends, one tag per line: Zotero, EndNote and Mendeley read them. */
export function toRis(sources: readonly Source[]): string {
  const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');
  return sources
    .map((s) => {
      const tags: [string, string | null | undefined][] = [['TY', RIS_TYPE[s.kind]]];
      for (const a of s.authors) {
        const { family, initials } = splitName(a);
        tags.push(['AU', initials.length ? `${family}, ${initials.map((i) => `${i}.`).join(' ')}` : family]);
      }
      tags.push(['TI', titleOf(s)]);
      tags.push(['T2', s.container]);
      if (isPaper(s.kind)) tags.push(['JO', s.container]);
      tags.push(['PY', s.year?.toString()]);
      tags.push(['DA', s.date?.replace(/-/g, '/')]);
      tags.push(['VL', s.volume]);
      tags.push(['IS', s.issue]);
      const [sp, ep] = (s.pages ?? s.articleNumber ?? '').split(/-+/);
      tags.push(['SP', sp]);
      tags.push(['EP', ep]);
      tags.push(['DO', s.doi]);
      tags.push(['UR', webUrl(s.url) ?? (s.doi ? doiUrl(s.doi) : undefined)]);
      tags.push(['AN', s.pmid]);
      tags.push(['C2', s.pmcid]);
      if (s.moreAuthors) tags.push(['N1', 'Only the first authors are known (et al.).']);
      if (!s.authorsVerified) tags.push(['N1', 'Author names not verified against a bibliographic record.']);
      if (s.identified === 'partial') tags.push(['N1', 'Only partly identified.']);
      tags.push(['ID', s.id]);
      const lines = tags
        .filter((t): t is [string, string] => typeof t[1] === 'string' && t[1].trim() !== '')
        .map(([tag, value]) => `${tag}  - ${oneLine(value)}`);
      return [...lines, 'ER  - ', ''].join('\n');
    })
    .join('\n');
}
