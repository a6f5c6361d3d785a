// The verified records the trust rules check graph-data against, in the form the test reads. The
// originals live in ../shared (sources/identifiers.yaml, sources/sources.yaml, seeds/); a copy of
// only what the rules need is kept in tests/fixtures/trust/records.json so the rules run in any
// clone. The seed texts themselves are not copied (they are other people's writing): only a hash of
// each 12-word run, enough to tell whether graph-data repeats one.
//   npx tsx scripts/trustRecords.ts      rewrites the copy from ../shared
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const RECORDS_FILE = 'tests/fixtures/trust/records.json';
export const SHINGLE = 12;

export interface TrustRecords {
  readonly note: string;
  /** Verified ontology and database ids, written as graph-data writes them. */
  readonly identifiers: readonly string[];
  /** The verified bibliography: each source's article ids and whether it was identified. */
  readonly sources: readonly {
    id: string;
    doi: string | null;
    pmid: string | null;
    pmcid: string | null;
    identified: string | null;
  }[];
  /** SHA-256 (first 16 hex digits) of every run of 12 words in the seed documents. */
  readonly seedShingles: readonly string[];
}

export const words = (t: string) => t.toLowerCase().match(/[a-z0-9α-ω]+/g) ?? [];
export const shingleHash = (run: string) => createHash('sha256').update(run).digest('hex').slice(0, 16);

/** Every run of 12 words of a text, joined by single spaces. */
export function shingles(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= w.length; i++) out.push(w.slice(i, i + SHINGLE).join(' '));
  return out;
}

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** The records as read from a ../shared folder. */
export function readShared(shared: string): TrustRecords {
  const ids = parse(readFileSync(join(shared, 'sources/identifiers.yaml'), 'utf8')) as {
    namespace: string;
    id: string | null;
  }[];
  const identifiers = [
    ...new Set(
      ids
        .filter((e) => e.id)
        .map((e) => (e.namespace === 'UniProt' || e.namespace === 'MeSH' ? `${e.namespace}:${e.id}` : e.id!)),
    ),
  ].sort();
  const bib = (
    parse(readFileSync(join(shared, 'sources/sources.yaml'), 'utf8')) as {
      sources: Record<string, unknown>[];
    }
  ).sources;
  const sources = bib
    .map((r) => ({
      id: String(r.id),
      doi: str(r.doi),
      pmid: str(r.pmid),
      pmcid: str(r.pmcid),
      identified: str(r.identified),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const seeds = join(shared, 'seeds');
  const hashes = new Set<string>();
  for (const f of readdirSync(seeds).sort())
    for (const run of shingles(readFileSync(join(seeds, f), 'utf8'))) hashes.add(shingleHash(run));
  return {
    note:
      'Copied from ../shared by scripts/trustRecords.ts (npx tsx scripts/trustRecords.ts); do not edit by hand. ' +
      'tests/data/trust.test.ts checks graph-data against it, and that it still equals ../shared where present.',
    identifiers,
    sources,
    seedShingles: [...hashes].sort(),
  };
}

if (process.argv[1]?.replace(/\\/g, '/').endsWith('scripts/trustRecords.ts')) {
  const records = readShared(process.argv[2] ?? '../shared');
  writeFileSync(RECORDS_FILE, JSON.stringify(records, null, 1) + '\n');
  process.stdout.write(
    `wrote ${RECORDS_FILE}: ${records.identifiers.length} identifiers, ${records.sources.length} sources, ` +
      `${records.seedShingles.length} seed runs\n`,
  );
}
