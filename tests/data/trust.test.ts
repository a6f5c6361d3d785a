// The three trust rules of ../shared/tools/trust_check.py, enforced in the test suite so CI keeps
// them: every relation cited, identifiers only from the verified records, no copied seed wording.
// One deliberate difference: bibliographic titles are quotations by necessity (the title of
// liu2020 is a 12-word run of its own PubMed page), so `title:` lines of sources.yaml are exempt.
//
// The rules run against the project's own copy of the verified records
// (tests/fixtures/trust/records.json, written by scripts/trustRecords.ts), so they hold in any clone
// and in CI without ../shared. Where ../shared is beside the project (every developer's machine),
// the copy must still equal it: ../shared stays the truth, and a copy that has drifted fails here
// instead of silently vouching for an identifier nobody verified.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { loadGraph } from '../../src/model/load';
import {
  readShared,
  RECORDS_FILE,
  shingleHash,
  shingles,
  type TrustRecords,
} from '../../scripts/trustRecords';

const SHARED = '../shared';
const records = JSON.parse(readFileSync(RECORDS_FILE, 'utf8')) as TrustRecords;
const files = readGraphFiles('graph-data');
const result = loadGraph(files);

describe('trust rules', () => {
  if (!result.ok) throw new Error('graph-data must validate');
  const { graph } = result;

  it('cites a source for every relation', () => {
    const uncited = graph.edges.filter(
      (e) => e.evidence.length === 0 || e.evidence.some((ev) => !graph.sourceById.has(ev.source)),
    );
    expect(uncited.map((e) => e.id)).toEqual([]);
  });

  it('uses only verified ontology and database identifiers', () => {
    const verified = new Set(records.identifiers);
    const unverified = graph.nodes.flatMap((n) =>
      n.identifiers.filter((c) => !verified.has(c)).map((c) => `${n.id}: ${c}`),
    );
    expect(unverified).toEqual([]);
  });

  it('uses only verified DOIs, PMIDs and PMCIDs', () => {
    for (const s of graph.sources) {
      const record = records.sources.find((r) => r.id === s.id);
      expect(record, `${s.id} is in the verified bibliography`).toBeDefined();
      for (const field of ['doi', 'pmid', 'pmcid'] as const) {
        if (s[field]) expect(String(s[field]), `${s.id}.${field}`).toBe(record![field]);
      }
      expect(record!.identified, `${s.id} is identified`).not.toBe('no');
    }
  });

  it('copies no run of 12 words from a seed document', () => {
    const seeds = new Set(records.seedShingles);
    const copied: string[] = [];
    for (const file of files) {
      const text = file.path.endsWith('sources.yaml') ? file.text.replace(/^\s*title:.*$/gm, '') : file.text;
      for (const run of shingles(text)) if (seeds.has(shingleHash(run))) copied.push(`${file.path}: ${run}`);
    }
    expect(copied).toEqual([]);
  });

  it.skipIf(!existsSync(`${SHARED}/sources/identifiers.yaml`))(
    'its copy of the verified records still equals ../shared (else: npx tsx scripts/trustRecords.ts)',
    () => {
      expect(readShared(SHARED)).toEqual(records);
    },
  );
});
