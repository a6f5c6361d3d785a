// The three trust rules of ../shared/tools/trust_check.py, enforced in the test suite so CI keeps
// them: every relation cited, identifiers only from the verified records, no copied seed wording.
// One deliberate difference: bibliographic titles are quotations by necessity (the title of
// liu2020 is a 12-word run of its own PubMed page), so `title:` lines of sources.yaml are exempt.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { loadGraph } from '../../src/model/load';

const SHARED = '../shared';
const hasShared = existsSync(join(SHARED, 'sources/identifiers.yaml'));
const files = readGraphFiles('graph-data');
const result = loadGraph(files);

const words = (t: string) => t.toLowerCase().match(/[a-z0-9α-ω]+/g) ?? [];

describe.skipIf(!hasShared)('trust rules (needs ../shared beside the project)', () => {
  if (!result.ok) throw new Error('graph-data must validate');
  const { graph } = result;

  it('uses only verified ontology and database identifiers', () => {
    const verified = (
      parse(readFileSync(join(SHARED, 'sources/identifiers.yaml'), 'utf8')) as {
        namespace: string;
        id: string | null;
      }[]
    )
      .filter((e) => e.id)
      .map((e) => (e.namespace === 'UniProt' || e.namespace === 'MeSH' ? `${e.namespace}:${e.id}` : e.id!));
    const unverified = graph.nodes.flatMap((n) =>
      n.identifiers.filter((c) => !verified.includes(c)).map((c) => `${n.id}: ${c}`),
    );
    expect(unverified).toEqual([]);
  });

  it('uses only verified DOIs, PMIDs and PMCIDs', () => {
    const records = (
      parse(readFileSync(join(SHARED, 'sources/sources.yaml'), 'utf8')) as {
        sources: Record<string, unknown>[];
      }
    ).sources;
    for (const s of graph.sources) {
      const record = records.find((r) => r.id === s.id);
      expect(record, `${s.id} is in the verified bibliography`).toBeDefined();
      for (const field of ['doi', 'pmid', 'pmcid'] as const) {
        if (s[field]) expect(s[field], `${s.id}.${field}`).toBe(record![field]);
      }
      expect(record!.identified, `${s.id} is identified`).not.toBe('no');
    }
  });

  it('copies no run of 12 words from a seed document', () => {
    const seeds = join(SHARED, 'seeds');
    const shingles = new Set<string>();
    for (const f of readdirSync(seeds)) {
      const w = words(readFileSync(join(seeds, f), 'utf8'));
      for (let i = 0; i + 12 <= w.length; i++) shingles.add(w.slice(i, i + 12).join(' '));
    }
    const copied: string[] = [];
    for (const file of files) {
      const text = file.path.endsWith('sources.yaml') ? file.text.replace(/^\s*title:.*$/gm, '') : file.text;
      const w = words(text);
      for (let i = 0; i + 12 <= w.length; i++) {
        const run = w.slice(i, i + 12).join(' ');
        if (shingles.has(run)) copied.push(`${file.path}: ${run}`);
      }
    }
    expect(copied).toEqual([]);
  });
});
