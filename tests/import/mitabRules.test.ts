// The rules of the PSI-MITAB reader (src/import/formats/mitab.ts), each on a table of a row or two.
// Written for the mutants a Stryker run left alive (README, "Mutation testing"). PSI-MITAB 2.5: the
// first fifteen columns fixed, cells of `db:value(label)` items joined by "|", "-" for none; a file is
// MITAB by its header (IntAct's "#ID(s) interactor A", BioGRID's "#ID Interactor A") or, without one,
// by its rows (PSICQUIC). Identifiers are the verified UniProt records of TGF-β1 and TNF and a
// verified PubMed id (../shared/sources); the others are placeholders ("example", "00"), not records.
import { describe, expect, it } from 'vitest';
import { isMitabHeader, isMitabRow, MITAB_HEADER } from '../../src/import/formats/mitab';
import { parseNetworkFile } from '../../src/import/parse';
import type { ImportedNetwork } from '../../src/import/types';

const A = 'uniprotkb:P01137';
const B = 'uniprotkb:P01375';
const TYPE = 'psi-mi:"MI:0915"(physical association)';

/** A 15-column row: the given cells by column number, "-" elsewhere. */
function row(cells: Record<number, string>): string {
  return Array.from({ length: 15 }, (_, i) => cells[i] ?? '-').join('\t');
}
const file = (...rows: string[]) => [`#${MITAB_HEADER.join('\t')}`, ...rows].join('\n') + '\n';
function network(text: string): ImportedNetwork {
  const r = parseNetworkFile('intact.txt', text);
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  // Read by the CSV/TSV reader, which finds the MITAB table by its header and hands it to mitab.ts.
  expect(r.network?.edges[0]?.attributes).not.toHaveProperty('ID(s) interactor A');
  return r.network!;
}

describe('MITAB is found by its header', () => {
  it("takes IntAct's and BioGRID's spellings, with any number of '#'", () => {
    expect(isMitabHeader(['#ID(s) interactor A', 'ID(s) interactor B'])).toBe(true);
    expect(isMitabHeader(['##ID(s) interactor A', 'ID(s) interactor B'])).toBe(true);
    expect(isMitabHeader(['#ID Interactor A', 'ID Interactor B'])).toBe(true);
    expect(isMitabHeader(['ID interactor A', 'ID interactor B'])).toBe(true);
    expect(isMitabHeader(['Unique identifier for interactor A', 'Unique identifier for interactor B'])).toBe(
      true,
    );
  });

  it('needs both columns, each a whole name', () => {
    expect(isMitabHeader(['#ID(s) interactor A', 'Alias'])).toBe(false);
    expect(isMitabHeader(['Alias', 'ID(s) interactor B'])).toBe(false);
    expect(isMitabHeader(['My ID(s) interactor A', 'ID(s) interactor B'])).toBe(false);
    expect(isMitabHeader(['ID(s) interactor AB', 'ID(s) interactor B'])).toBe(false);
    expect(isMitabHeader(['ID(s) interactor A', 'ID(s) interactor B count'])).toBe(false);
    expect(isMitabHeader(['ID(s) interactor A'])).toBe(false);
  });
});

describe('MITAB is found by its rows when it has no header', () => {
  const cells = (over: Record<number, string> = {}) => row({ 0: A, 1: B, 11: TYPE, ...over }).split('\t');

  it('fifteen columns or more, both ids "db:id", a PSI-MI type in the twelfth', () => {
    expect(isMitabRow(cells())).toBe(true);
    expect(isMitabRow([...cells(), 'extra'])).toBe(true);
    expect(isMitabRow(cells({ 11: 'PSI-MI:"MI:0915"' }))).toBe(true);
  });

  it('not with fourteen columns, a bare name, an id not starting with a letter, or another type', () => {
    expect(isMitabRow(cells().slice(0, 14))).toBe(false);
    expect(isMitabRow(cells({ 0: 'TGFB1' }))).toBe(false);
    expect(isMitabRow(cells({ 1: 'TNF' }))).toBe(false);
    expect(isMitabRow(cells({ 0: '1uniprotkb:P01137' }))).toBe(false);
    expect(isMitabRow(cells({ 11: 'physical association' }))).toBe(false);
    expect(isMitabRow(cells({ 11: 'x psi-mi:"MI:0915"' }))).toBe(false);
  });

  it('reads such a file', () => {
    const r = parseNetworkFile('psicquic.txt', `${row({ 0: A, 1: B, 11: TYPE })}\n`);
    expect(r.network?.edges).toHaveLength(1);
    expect(r.network?.edges[0]?.interaction).toBe('physical association');
  });
});

describe('MITAB cells', () => {
  it('"-", an empty cell or spaces mean none; an item whose value is "-" or empty is left out', () => {
    const n = network(file(row({ 0: A, 1: B, 4: ' - ', 5: '  ', 9: '-', 11: TYPE, 8: 'pubmed:-|pubmed:' })));
    for (const node of n.nodes) {
      expect(node.synonyms).toEqual([]);
      expect(node.attributes).toEqual({});
    }
    expect(n.edges[0]!.attributes).not.toHaveProperty('publications');
  });

  it('splits items on "|", trims each part, and reads a quoted value with brackets in it whole', () => {
    const n = network(
      file(
        row({
          0: A,
          1: B,
          4: ' uniprotkb:TGFB1 (gene name) | uniprotkb:TGF-beta-1(display_short) ',
          11: 'psi-mi:"MI:0407(x)"(direct interaction)',
        }),
      ),
    );
    const tgf = n.nodes.find((x) => x.identifiers.includes('uniprot:P01137'))!;
    expect(tgf.label).toBe('TGFB1');
    expect(tgf.synonyms).toEqual(['TGF-beta-1']);
    expect(n.edges[0]!.interaction).toBe('direct interaction');
  });

  it('gives an identifier its database as the prefix once', () => {
    const n = network(file(row({ 0: A, 1: 'chebi:"CHEBI:example"', 2: 'intact:EBI-example', 11: TYPE })));
    expect(n.nodes[0]!.identifiers).toEqual(['uniprot:P01137', 'intact:EBI-example']);
    expect(n.nodes[1]!.identifiers).toEqual(['CHEBI:example']);
  });
});

describe("an interactor's name", () => {
  const labelOf = (cells: Record<number, string>) =>
    network(file(row({ 0: A, 1: B, 11: TYPE, ...cells }))).nodes[0]!.label;

  it('its gene name, else its short display name, else its id without the database', () => {
    expect(labelOf({ 4: 'uniprotkb:TGF1(display_short)|uniprotkb:TGFB1(gene name)' })).toBe('TGFB1');
    expect(labelOf({ 4: 'uniprotkb:TGF1(display_short)|uniprotkb:x(gene name synonym)' })).toBe('TGF1');
    expect(labelOf({ 4: 'uniprotkb:x(orf gene name)' })).toBe('P01137');
    expect(labelOf({ 4: 'uniprotkb:x(display_short name)' })).toBe('P01137');
    expect(labelOf({ 4: 'uniprotkb:x(my display_short)' })).toBe('P01137');
    expect(labelOf({ 4: 'uniprotkb:x' })).toBe('P01137');
  });

  it("BioGRID's symbol among the alternative ids, not a numeric one, and not kept as an identifier", () => {
    const n = network(
      file(
        row({
          0: 'entrez gene/locuslink:00',
          1: 'entrez gene/locuslink:000',
          2: 'biogrid:example|entrez gene/locuslink:TGFB1',
          3: 'entrez gene/locuslink:000',
          11: TYPE,
        }),
      ),
    );
    expect(n.nodes.map((x) => x.label)).toEqual(['TGFB1', '000']);
    expect(n.nodes[0]!.identifiers).toEqual(['ncbigene:00', 'biogrid:example']);
    expect(labelOf({ 2: 'other entrez gene/locuslink:TGFB1' })).toBe('P01137');
    expect(labelOf({ 2: 'entrez gene/locuslink:TGFB1 extra' })).toBe('TGFB1 extra');
  });
});

describe("an interaction's columns", () => {
  it('one value is a word, several a list, none no attribute; publications as "db:id"', () => {
    const n = network(
      file(
        row({
          0: A,
          1: B,
          6: 'psi-mi:"MI:0018"(two hybrid)',
          7: 'author one|author two',
          8: 'pubmed:15995723|imex:IM-1',
          11: TYPE,
        }),
      ),
    );
    const e = n.edges[0]!;
    expect(e.attributes['detection method']).toBe('two hybrid');
    expect(e.attributes['first author']).toEqual(['author one', 'author two']);
    expect(e.attributes).not.toHaveProperty('confidence');
    expect(e.attributes.publications).toEqual(['pubmed:15995723', 'imex:IM-1']);
  });

  it('a row without interactor B says which one and what to do', () => {
    const r = parseNetworkFile('intact.txt', file(row({ 0: A, 11: TYPE })));
    const e = r.problems.find((p) => p.severity === 'error')!;
    expect(e).toMatchObject({ row: 2, field: 'ID(s) interactor B' });
    expect(e.message).toMatch(/no interactor B/);
    expect(e.hint).toMatch(/interactor A and interactor B/);
  });
});
