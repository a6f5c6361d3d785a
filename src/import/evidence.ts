// Citations in imported attributes become evidence: PubMed ids and DOIs are recognised in the
// shapes people and tools write them ("PMID: 12345", "pubmed:12345", "doi:10.1/x",
// "https://doi.org/10.1/x", a bare number in a PMID column). Only well-formed ids are kept; a value
// that is neither stays an attribute and gets a warning. Nothing is looked up, completed or guessed.
import type { ImportedEvidence } from './types';

/** A PubMed id: a positive integer of at most 9 digits (PMIDs are 1 to 8 digits today). */
export const PMID_PATTERN = /^[1-9]\d{0,8}$/;
/** A DOI: "10.", a registrant code of 4–9 digits (dotted sub-codes allowed), "/", a suffix without spaces. */
export const DOI_PATTERN = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/;

export const isPmid = (s: string) => PMID_PATTERN.test(s);
export const isDoi = (s: string) => DOI_PATTERN.test(s);

/** Attribute names (lower case, without separators) that hold citations, and what they hold. */
const CITATION_FIELDS: Readonly<Record<string, 'pmid' | 'doi' | 'any'>> = {
  pmid: 'pmid',
  pmids: 'pmid',
  pubmed: 'pmid',
  pubmedid: 'pmid',
  pubmedids: 'pmid',
  doi: 'doi',
  dois: 'doi',
  citation: 'any',
  citations: 'any',
  reference: 'any',
  references: 'any',
  evidence: 'any',
  literature: 'any',
  publication: 'any',
  publications: 'any',
};

/** What an attribute name means for citations, or undefined when it is not a citation column. */
export function citationField(name: string): 'pmid' | 'doi' | 'any' | undefined {
  const key = name.toLowerCase().replace(/[\s_\-.]+/g, '');
  return Object.prototype.hasOwnProperty.call(CITATION_FIELDS, key) ? CITATION_FIELDS[key] : undefined;
}

/** One token of a citation list, read as a PMID or DOI, or `undefined` when it is neither. */
export function readCitationToken(
  token: string,
  field: 'pmid' | 'doi' | 'any',
): { pmid: string } | { doi: string } | undefined {
  const t = token.trim().replace(/[.,;]+$/, '');
  if (t === '') return undefined;
  const doi = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)(.+)$/i.exec(t)?.[1] ?? (field !== 'pmid' ? t : '');
  if (doi && isDoi(doi.trim())) return { doi: doi.trim() };
  const pmid =
    /^(?:pmid|pubmed|pubmed\s*id|medline)\s*[:=]?\s*(\d+)$/i.exec(t)?.[1] ??
    /^https?:\/\/(?:www\.)?(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov\/pubmed)\/(\d+)\/?$/i.exec(
      t,
    )?.[1] ??
    (field === 'pmid' ? t : undefined);
  if (pmid && isPmid(pmid)) return { pmid };
  return undefined;
}

/** Split a citation cell into tokens: lists are separated by ";", ",", "|" or new lines. */
export function citationTokens(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item) =>
    typeof item === 'string' || typeof item === 'number'
      ? String(item)
          .split(/[;,|\n]+/)
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
  );
}

/**
 * Evidence from one citation attribute. Returns the citations recognised and the tokens that were
 * not (for a warning when the column is a PMID/DOI column; free-text "source" columns stay quiet).
 */
export function evidenceFromAttribute(
  name: string,
  value: unknown,
): { evidence: ImportedEvidence[]; unread: string[] } {
  const field = citationField(name);
  if (!field) return { evidence: [], unread: [] };
  const evidence: ImportedEvidence[] = [];
  const unread: string[] = [];
  for (const token of citationTokens(value)) {
    const read = readCitationToken(token, field);
    if (read) evidence.push(read);
    else unread.push(token);
  }
  return { evidence, unread };
}

/** The same citation listed twice (e.g. in a "pmid" and a "citation" column) counts once. */
export function uniqueEvidence(items: readonly ImportedEvidence[]): ImportedEvidence[] {
  const seen = new Set<string>();
  const out: ImportedEvidence[] = [];
  for (const e of items) {
    const key = JSON.stringify([e.source, e.pmid, e.doi, e.note, e.kind, e.locator]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}
