// Citations in imported attributes become evidence: PubMed ids and DOIs are recognised in the
// shapes people and tools write them ("PMID: 12345", "pubmed:12345", "doi:10.1/x",
// "https://doi.org/10.1/x", a bare number in a PMID column). Only well-formed ids are kept; a value
// that is neither stays an attribute and gets a warning. Nothing is looked up, completed or guessed.
import { refusedLink } from '../model/webLink';
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

/** At most this many evidence items are read from one relation's `evidence_json`; the rest are reported. */
export const MAX_EVIDENCE_ITEMS = 1000;

/** A problem found in `evidence_json`: what, what to do, and the item's field (`evidence_json[2].kind`). */
export interface EvidenceJsonProblem {
  readonly field: string;
  readonly message: string;
  readonly hint: string;
}

const EVIDENCE_JSON_FIELDS = ['source', 'kind', 'note', 'locator', 'pmid', 'doi'] as const;

/**
 * Nociscope's `evidence_json` (src/export/records.ts): a JSON list of { source, kind, note, locator,
 * pmid, doi }. Read item by item; a field that is wrong (not text, an unknown kind, a link that is not
 * http(s), a malformed PMID or DOI) is left out with a problem, an item that is not an object is
 * skipped. `evidence` is undefined when the text is not a JSON list at all: the caller then reads the
 * readable columns instead, as for a file from another tool. Never throws.
 */
export function readEvidenceJson(
  text: string,
  kinds: readonly string[],
  field: string,
): { evidence?: ImportedEvidence[]; problems: EvidenceJsonProblem[] } {
  const problems: EvidenceJsonProblem[] = [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    problems.push({
      field,
      message: `${field} is not valid JSON, so the relation's evidence was read from its other columns`,
      hint: `Leave ${field} as Nociscope wrote it (a list such as [{"source": "…", "kind": "review"}]) or delete the column.`,
    });
    return { problems };
  }
  if (!Array.isArray(parsed)) {
    problems.push({
      field,
      message: `${field} is not a list, so the relation's evidence was read from its other columns`,
      hint: `Write ${field} as a JSON list of evidence items, or delete the column.`,
    });
    return { problems };
  }
  if (parsed.length > MAX_EVIDENCE_ITEMS) {
    problems.push({
      field,
      message: `${field} lists ${parsed.length} evidence items; only the first ${MAX_EVIDENCE_ITEMS} are read`,
      hint: 'Split the relation, or keep the evidence that matters most.',
    });
  }
  return { evidence: readEvidenceItems(parsed, kinds, field, problems), problems };
}

/**
 * Evidence items written as objects ({ source, kind, note, locator, pmid, doi }), Nociscope's shape in
 * `evidence_json` and in cyjs `evidence`: each field checked, a wrong one left out with a problem in
 * `problems` (at `field[i].name`). At most MAX_EVIDENCE_ITEMS items are read (the caller says so).
 */
export function readEvidenceItems(
  items: readonly unknown[],
  kinds: readonly string[],
  field: string,
  problems: EvidenceJsonProblem[],
): ImportedEvidence[] {
  const evidence: ImportedEvidence[] = [];
  items.slice(0, MAX_EVIDENCE_ITEMS).forEach((item: unknown, i) => {
    const at = `${field}[${i}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push({
        field: at,
        message: `evidence item ${i + 1} is not an object; it was left out`,
        hint: 'Each item is an object such as {"source": "…", "kind": "review", "note": "…"}.',
      });
      return;
    }
    const raw = item as Record<string, unknown>;
    const out: { -readonly [K in keyof ImportedEvidence]: ImportedEvidence[K] } = {};
    for (const name of EVIDENCE_JSON_FIELDS) {
      if (!Object.prototype.hasOwnProperty.call(raw, name)) continue;
      const v = raw[name];
      const f = `${at}.${name}`;
      if (typeof v !== 'string') {
        problems.push({
          field: f,
          message: `the ${name} of evidence item ${i + 1} is not text; it was left out`,
          hint: `Write the ${name} as text in quotes.`,
        });
        continue;
      }
      if (v === '') continue;
      if (refusedLink(v)) {
        problems.push({
          field: f,
          message: `the ${name} of evidence item ${i + 1} is a link that is not http or https; it was left out`,
          hint: 'Only web links (http:// or https://) are kept from imported files.',
        });
        continue;
      }
      if (name === 'kind' && !kinds.includes(v)) {
        problems.push({
          field: f,
          message: `evidence item ${i + 1} has the kind "${v.slice(0, 40)}", which this app does not know; the kind was left out`,
          hint: `Use one of ${kinds.join(', ')}.`,
        });
        continue;
      }
      if (name === 'pmid' && !isPmid(v)) {
        problems.push({
          field: f,
          message: `the PMID of evidence item ${i + 1} is not a PubMed id; it was left out`,
          hint: 'A PubMed id is digits only, e.g. 12345678.',
        });
        continue;
      }
      if (name === 'doi' && !isDoi(v)) {
        problems.push({
          field: f,
          message: `the DOI of evidence item ${i + 1} is not a DOI; it was left out`,
          hint: 'Write the DOI itself, starting with 10. (e.g. 10.1234/abc), without https://doi.org/.',
        });
        continue;
      }
      out[name] = v;
    }
    if (Object.keys(out).length > 0) evidence.push(out);
  });
  return evidence;
}
