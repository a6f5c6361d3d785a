// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  bibtexEscape,
  doiUrl,
  formatCitation,
  pmcUrl,
  pubmedUrl,
  shortCitation,
  titleOf,
  toBibtex,
  toRis,
} from '../../src/export/citation';
import { CITATION_FORMATS } from '../../src/export/formats';
import type { Source, SourceId } from '../../src/model/schema';
import { checkBibtex, parseRis } from './consumers';
import { fixtureGraph } from './helpers';

const graph = fixtureGraph();
const source = (id: string) => graph.sourceById.get(id as SourceId)!;
const sources: readonly Source[] = graph.sources;

describe('links', () => {
  it('builds DOI, PubMed and PMC addresses', () => {
    expect(doiUrl('10.1038/nrn1700')).toBe('https://doi.org/10.1038/nrn1700');
    expect(pubmedUrl('15995723')).toBe('https://pubmed.ncbi.nlm.nih.gov/15995723/');
    expect(pmcUrl('PMC7785341')).toBe('https://pmc.ncbi.nlm.nih.gov/articles/PMC7785341/');
  });
});

describe('shortCitation', () => {
  it('names the first author, "et al." for more than two, the container when there is none', () => {
    expect(shortCitation(source('chen2015'))).toBe('Chen et al. 2015');
    expect(shortCitation(source('liu2020'))).toBe('Liu et al. 2020');
    expect(shortCitation(source('mnt2023'))).toBe('Medical News Today 2023');
    expect(shortCitation(source('tins2023'))).toBe('Trends in Neurosciences 2023');
    expect(shortCitation(source('lifecell_news'))).toBe('LifeCell blog (blog.lifecell.in) n.d.');
    expect(shortCitation({ ...source('chen2015'), authors: ['Chen G', 'Park CK'] })).toBe('Chen & Park 2015');
  });
});

describe('formatCitation', () => {
  it('APA: authors, year, title, journal, volume(issue), pages, DOI link and PMID', () => {
    expect(formatCitation(source('marchand2005'), 'apa')).toBe(
      'Marchand, F., Perretti, M., & McMahon, S. B. (2005). Role of the immune system in chronic pain. ' +
        'Nature Reviews Neuroscience, 6(7), 521–532. https://doi.org/10.1038/nrn1700 PMID: 15995723',
    );
    expect(formatCitation(source('liu2020'), 'apa')).toContain('Liu, M., et al. (2020).');
    expect(formatCitation(source('liu2020'), 'apa')).toContain(
      'Stem Cells International, 2020, Article 8861251.',
    );
  });

  it('Vancouver: up to six authors, journal. year;vol(issue):pages, DOI link and PMID', () => {
    expect(formatCitation(source('marchand2005'), 'vancouver')).toBe(
      'Marchand F, Perretti M, McMahon SB. Role of the immune system in chronic pain. ' +
        'Nature Reviews Neuroscience. 2005;6(7):521-532. https://doi.org/10.1038/nrn1700 PMID: 15995723.',
    );
    const many = { ...source('chen2015'), authors: ['A A', 'B B', 'C C', 'D D', 'E E', 'F F', 'G G'] };
    expect(formatCitation(many, 'vancouver')).toMatch(/^A A, B B, C C, D D, E E, F F, et al\. /);
    expect(formatCitation(source('mnt2023'), 'vancouver')).toBe(
      'How natural killer cells may be a new approach to treating neuropathic pain [Internet]. ' +
        'Medical News Today; 2023. Available from: https://www.medicalnewstoday.com/articles/natural-killer-cells-pain',
    );
  });

  it('a null title becomes a bracketed description, never an invented title', () => {
    expect(titleOf(source('tins2023'))).toBe('[Untitled opinion article]');
    expect(formatCitation(source('tins2023'), 'apa')).toBe(
      '[Untitled opinion article]. (2023). Trends in Neurosciences.',
    );
  });

  it('unverified authors read as usual in text', () => {
    expect(formatCitation(source('marchand2005'), 'apa')).not.toMatch(/verif|\?|\*/i);
  });
});

describe('BibTeX', () => {
  const bib = toBibtex(sources);

  it('one entry per source keyed by its id: @article for papers, @misc for news and web', () => {
    const { keys } = checkBibtex(bib);
    expect(keys).toEqual(sources.map((s) => s.id));
    expect(bib).toContain('@article{chen2015,');
    expect(bib).toContain('@misc{mnt2023,');
    expect(bib).toContain('howpublished = {Medical News Today}');
  });

  it('carries every DOI and PMID, and flags unverified authors', () => {
    for (const s of sources) if (s.doi) expect(bib).toContain(`doi = {${s.doi}}`);
    expect(bib).toContain('note = {PMID: 15995723}');
    expect(bib).toMatch(/@article\{marchand2005,[^@]*authorsverified = \{false\}/);
    expect(bib).toContain('author = {Liu, M. and others}');
  });

  it('escapes LaTeX specials so braces stay balanced', () => {
    expect(bibtexEscape('{50% of cases} #1 $5 a_b & ~ ^ \\')).toBe(
      '\\{50\\% of cases\\} \\#1 \\$5 a\\_b \\& \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    expect(bib).toContain('title = {Stem cells \\& pain: 6 "key" mechanisms \\{50\\% of cases\\}');
  });

  it('keeps an organisation author as one name inside real braces', () => {
    const org = {
      ...sources[0]!,
      id: 'who2024' as SourceId,
      authors: ['World Health Organization', 'R&D Unit'],
    };
    const entry = toBibtex([org]);
    expect(entry).toContain('author = {{World Health Organization} and {R\\&D Unit}}');
    expect(checkBibtex(entry).keys).toEqual(['who2024']);
  });
});

describe('RIS', () => {
  const records = parseRis(toRis(sources));

  it('one record per source with the right type, from TY to ER', () => {
    expect(records).toHaveLength(sources.length);
    expect(records.map((r) => r.TY![0])).toEqual(['JOUR', 'JOUR', 'JOUR', 'JOUR', 'NEWS', 'NEWS', 'ELEC']);
    for (const r of records) expect(r.ER).toEqual(['']);
  });

  it('authors one per AU line, pages split, DOI, PMID as AN', () => {
    const chen = records.find((r) => r.ID?.[0] === 'chen2015')!;
    expect(chen.AU).toEqual(['Chen, G.', 'Park, C. K.', 'Xie, R. G.', 'Ji, R. R.']);
    expect([chen.SP?.[0], chen.EP?.[0]]).toEqual(['3226', '3240']);
    expect(chen.DO).toEqual(['10.1172/JCI80883']);
    expect(records.find((r) => r.ID?.[0] === 'marchand2005')!.AN).toEqual(['15995723']);
    for (const s of sources) if (s.doi) expect(records.some((r) => r.DO?.[0] === s.doi)).toBe(true);
  });
});

describe('citation format table', () => {
  it('offers BibTeX, RIS, APA and Vancouver for "Cite this"', () => {
    expect(CITATION_FORMATS.map((f) => f.id)).toEqual(['bibtex', 'ris', 'apa', 'vancouver']);
    for (const f of CITATION_FORMATS) expect(f.write(sources)).toContain('10.1038/nrn1700');
  });
});
