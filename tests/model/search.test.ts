import { describe, expect, it } from 'vitest';
import { buildSearchIndex, normalize, searchIndex, searchNodes } from '../../src/model/search';
import { okGraph } from './helpers';

interface Spec {
  id: string;
  label: string;
  synonyms?: string[];
  identifiers?: string[];
  /** A mediator unless said otherwise (identifiers must fit the kind). */
  cell?: boolean;
}

/**
 * Mediators with the given names; `links` are "a b" pairs, each a relation from a to b. An anchor
 * that no query here matches acts on each of them once (the loader refuses orphans), which adds the
 * same one to every degree.
 */
function graphOf(specs: Spec[], extraLinks: string[] = []) {
  const anchor: Spec = { id: 'anchor', label: 'Xyzw' };
  const links = [...specs.map((s) => `anchor ${s.id}`), ...extraLinks];
  const nodes = [...specs, anchor]
    .map(
      (s) =>
        `  - id: ${s.id}\n    ${s.cell ? 'kind: cell' : 'kind: mediator\n    class: cytokine'}\n` +
        `    label: "${s.label}"\n` +
        `    synonyms: ${JSON.stringify(s.synonyms ?? [])}\n` +
        `    identifiers: ${JSON.stringify(s.identifiers ?? [])}\n` +
        `    description: A test entity called ${s.id}.\n`,
    )
    .join('');
  const relations = links
    .map((l, i) => {
      const [a, b] = l.split(' ');
      return (
        `  - id: r${i}\n    source: ${a}\n    relation: activates\n    target: ${b}\n` +
        `    evidence:\n      - {source: marchand2005, kind: review, note: Stated in the test review.}\n`
      );
    })
    .join('');
  return okGraph({
    'entities/all.yaml': `nodes:\n${nodes}`,
    'relations/test.yaml': `title: Test\nrelations:\n${relations}`,
  });
}

const ids = (g: ReturnType<typeof graphOf>, q: string, limit?: number) =>
  searchNodes(g, q, limit).map((h) => h.node.id as string);

const tgf = [
  { id: 'tgfbr1', label: 'TGF-β receptor 1', synonyms: ['TGFBR1'] },
  { id: 'tgfb1', label: 'TGF-β1', synonyms: ['TGF-beta1'] },
  { id: 'hub', label: 'Hub' },
];

describe('searchNodes', () => {
  it('offers the shorter of two prefix matches first, even against a better-connected one', () => {
    // The receptor has three relations, TGF-β1 none: a shorter name is still the likelier meaning.
    const g = graphOf(tgf, ['tgfbr1 hub', 'hub tgfbr1', 'tgfbr1 anchor']);
    expect(ids(g, 'TGF')).toEqual(['tgfb1', 'tgfbr1']);
  });

  it('puts an exact match first, before shorter prefix matches', () => {
    const g = graphOf([
      { id: 'il10', label: 'IL-10' },
      { id: 'il1', label: 'IL-1' },
      { id: 'il', label: 'IL-17' },
    ]);
    expect(ids(g, 'IL-10')).toEqual(['il10']);
    expect(ids(g, 'il1')[0]).toBe('il1');
    expect(searchNodes(g, 'il1')[0]).toMatchObject({ field: 'label', matched: 'IL-1' });
  });

  it('ranks an exact synonym above a label that merely starts with the query', () => {
    const g = graphOf([
      { id: 'sdf_long', label: 'SDF-1 binding protein' },
      { id: 'cxcl12', label: 'CXCL12', synonyms: ['SDF-1'] },
    ]);
    expect(ids(g, 'SDF-1')).toEqual(['cxcl12', 'sdf_long']);
    expect(searchNodes(g, 'SDF-1')[0]).toMatchObject({ field: 'synonym', matched: 'SDF-1' });
  });

  it('ranks a label prefix above a synonym prefix, and both above matches inside a word', () => {
    const g = graphOf([
      { id: 'inside', label: 'Macrophage', synonyms: ['tissue macrocyte'] },
      { id: 'syn', label: 'Large eater', synonyms: ['Macro cell'] },
      { id: 'label', label: 'Macro cell type' },
    ]);
    expect(ids(g, 'macro')).toEqual(['inside', 'label', 'syn']);
    // "crop" only occurs inside words.
    expect(ids(g, 'crop')).toEqual(['inside']);
    const h = graphOf([
      { id: 'synprefix', label: 'Large eater', synonyms: ['Cytokine sink'] },
      { id: 'labelprefix', label: 'Cytokine source long name' },
      { id: 'inside', label: 'Procytokine' },
    ]);
    expect(ids(h, 'cytokine')).toEqual(['labelprefix', 'synprefix', 'inside']);
  });

  it('ranks a match at the start of a word above one inside a word, whatever the connections', () => {
    const g = graphOf(
      [
        { id: 'headache', label: 'Headache' },
        { id: 'sore_ache', label: 'Sore ache' },
      ],
      ['headache anchor', 'headache sore_ache'],
    );
    expect(ids(g, 'ache')).toEqual(['sore_ache', 'headache']);
  });

  it('breaks ties of equal length by connections, then by label, whatever the file order', () => {
    const specs = [
      { id: 'ccl3', label: 'CCL3' },
      { id: 'ccl2', label: 'CCL2' },
      { id: 'ccl5', label: 'CCL5' },
    ];
    // Equal length and no relations: alphabetical, in either file order.
    expect(ids(graphOf(specs), 'CCL')).toEqual(['ccl2', 'ccl3', 'ccl5']);
    expect(ids(graphOf([...specs].reverse()), 'CCL')).toEqual(['ccl2', 'ccl3', 'ccl5']);
    // The better connected comes first; swapping who is connected swaps the order.
    expect(ids(graphOf(specs, ['ccl5 ccl3', 'ccl5 ccl2']), 'CCL')).toEqual(['ccl5', 'ccl2', 'ccl3']);
    expect(ids(graphOf(specs, ['ccl3 ccl5', 'ccl3 ccl2']), 'CCL')).toEqual(['ccl3', 'ccl2', 'ccl5']);
    // Relations count at both ends: acted on twice more ranks as well as acting twice more.
    expect(ids(graphOf(specs, ['ccl2 ccl5', 'ccl3 ccl5']), 'CCL')).toEqual(['ccl5', 'ccl2', 'ccl3']);
  });

  it('gives the same order on every call (a stable, total order)', () => {
    const g = graphOf(tgf, ['tgfb1 hub']);
    const first = ids(g, 't');
    for (let i = 0; i < 3; i++) expect(ids(g, 't')).toEqual(first);
  });

  it('still finds entities by synonym and by identifier', () => {
    const g = graphOf([
      {
        id: 'nk_cell',
        label: 'NK cell',
        synonyms: ['natural killer cell'],
        identifiers: ['CL:0000623'],
        cell: true,
      },
      { id: 'other', label: 'Other cell', cell: true },
    ]);
    expect(searchNodes(g, 'CL:0000623')).toEqual([
      expect.objectContaining({ field: 'identifier', matched: 'CL:0000623' }),
    ]);
    expect(ids(g, '0000623')).toEqual(['nk_cell']);
    expect(searchNodes(g, 'killer')[0]).toMatchObject({ field: 'synonym', matched: 'natural killer cell' });
  });

  it('treats Greek letters and their spelled-out or Latin-initial forms as the same, both ways', () => {
    const g = graphOf([
      { id: 'tnf', label: 'TNFα' },
      { id: 'nfkb', label: 'NF-κB' },
      { id: 'spelled', label: 'IL-1beta' },
      { id: 'mu', label: 'μ-opioid receptor' },
    ]);
    for (const q of ['TNF-alpha', 'tnfa', 'TNFα', 'TNF-Α']) expect(ids(g, q)[0], q).toBe('tnf');
    for (const q of ['NF-kB', 'nf-kappa-b', 'nfκb']) expect(ids(g, q)[0], q).toBe('nfkb');
    // Data spelled out, query in Greek.
    expect(ids(g, 'IL-1β')).toEqual(['spelled']);
    // The micro sign a keyboard gives is the Greek mu.
    expect(ids(g, 'µ-opioid')).toEqual(['mu']);
    expect(normalize('TGF-β1')).toBe('tgfbeta1');
  });

  it('finds nothing for an empty or punctuation-only query, and keeps to the limit', () => {
    const g = graphOf(tgf);
    expect(searchNodes(g, '')).toEqual([]);
    expect(searchNodes(g, '  -/ ')).toEqual([]);
    expect(searchNodes(g, 'zzz')).toEqual([]);
    expect(ids(g, 't', 1)).toHaveLength(1);
  });
});

/** A searchable item with no relations, found by its own id. */
const item = (id: string, label: string, synonyms: string[] = [], identifiers: string[] = []) => ({
  item: id,
  id,
  label,
  synonyms,
  identifiers,
  degree: 0,
});
const found = (items: ReturnType<typeof item>[], q: string) => searchIndex(buildSearchIndex(items), q);

describe('searchIndex: how well a name matched (the tier a merge with imported layers reads)', () => {
  it('exact, prefix, word start, inside; for each a label before a synonym or an identifier', () => {
    const tier = (name: { label: string; synonyms?: string[]; identifiers?: string[] }, q: string) =>
      found([item('x', name.label, name.synonyms, name.identifiers)], q)[0]?.tier;
    expect(tier({ label: 'IL-10' }, 'il10')).toBe(0);
    expect(tier({ label: 'Other', synonyms: ['IL-10'] }, 'il10')).toBe(1);
    expect(tier({ label: 'IL-10 receptor' }, 'il10')).toBe(2);
    expect(tier({ label: 'Other', synonyms: ['IL-10 receptor'] }, 'il10')).toBe(3);
    expect(tier({ label: 'Soluble IL-10' }, 'il10')).toBe(4);
    expect(tier({ label: 'Other', identifiers: ['UniProt:P22301'] }, '2230')).toBe(7);
  });

  it('a word start later in a name counts, even after a match inside a word; a later inside one does not undo it', () => {
    // "abcd cd xcd": "cd" inside "abcd", then as a word, then inside "xcd".
    expect(found([item('x', 'abcd cd xcd')], 'cd')[0]).toMatchObject({ tier: 4, field: 'label' });
    expect(found([item('x', 'abcd xcd')], 'cd')[0]).toMatchObject({ tier: 6 });
  });

  it('a name that starts with the query comes before one where it starts a later word, however long', () => {
    expect(
      found([item('killer', 'Killer NK'), item('nk', 'NK cell receptor')], 'nk').map((f) => f.item),
    ).toEqual(['nk', 'killer']);
  });

  it('an entity is found by its best-matching name: an exact synonym over a label with the query inside', () => {
    expect(found([item('anti', 'Anti-TNF antibody', ['TNF'])], 'tnf')[0]).toMatchObject({
      field: 'synonym',
      matched: 'TNF',
      tier: 1,
    });
  });

  it('a Greek letter matches through its Latin initial exactly, and through its spelled name exactly', () => {
    expect(found([item('il1b', 'IL-1β')], 'il1b')[0]).toMatchObject({ tier: 0 });
    expect(found([item('il1b', 'IL-1β')], 'IL-1beta')[0]).toMatchObject({ tier: 0 });
  });

  it('of two prefix matches, the name with the shorter way of writing it comes first (TNFα as "tnfa")', () => {
    expect(found([item('tnfrsf', 'TNFRSF'), item('tnf', 'TNFα')], 'tnf').map((f) => f.item)).toEqual([
      'tnf',
      'tnfrsf',
    ]);
  });

  it('two entities of the same name, equally connected, come by id', () => {
    expect(found([item('b', 'CCL2'), item('a', 'CCL2')], 'ccl2').map((f) => f.item)).toEqual(['a', 'b']);
  });
});
