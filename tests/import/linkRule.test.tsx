// @vitest-environment jsdom
// One link rule (src/model/webLink.ts) for the whole app: the importer drops what it refuses, the
// imported details panel links only what it accepts, and a citation's PubMed id or DOI in an imported
// file becomes a link to the record through it, as curated citations do. The "uses the rule" tests swap
// the rule for a stricter one and check that the importer and the panel follow it: a copy of the rule
// kept in either place would not.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportedDetails } from '../../src/features/details/ImportedDetails';
import { parseNetworkFile } from '../../src/import';
import { newLayer } from '../../src/import/layerStore';
import type { ImportedNetwork } from '../../src/import/types';
import * as rule from '../../src/model/webLink';

const swapped = vi.hoisted(() => ({ refuse: undefined as RegExp | undefined, noLinks: false }));
vi.mock('../../src/model/webLink', async (original) => {
  const real = await original<typeof import('../../src/model/webLink')>();
  return {
    ...real,
    webUrl: (t: string | null | undefined) => (swapped.noLinks ? undefined : real.webUrl(t)),
    refusedLink: (t: string) => (swapped.refuse?.test(t) ?? false) || real.refusedLink(t),
  };
});

beforeEach(() => {
  swapped.refuse = undefined;
  swapped.noLinks = false;
});
afterEach(cleanup);

describe('the rule', () => {
  it.each([
    'javascript:alert(1)',
    ' JavaScript : x',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://x.org/1',
    'view-source:https://x.org',
  ])('refuses %j', (v) => {
    expect(rule.refusedLink(v)).toBe(true);
    expect(rule.webUrl(v)).toBeUndefined();
  });

  it.each([
    'HGNC:11766',
    'GO:0008150',
    'PMID: 12345',
    'Note: see figure 2',
    'uniprot:P01137',
    'mailto:a@b.org',
  ])('leaves %j as text: an identifier or a word, not a link it runs', (v) => {
    expect(rule.refusedLink(v)).toBe(false);
    expect(rule.webUrl(v)).toBeUndefined();
  });

  it('an http(s) value is never refused, and is a link only when it is a clean address', () => {
    expect(rule.webUrl('https://www.ndexbio.org/')).toBe('https://www.ndexbio.org/');
    for (const v of ['https://exa mple.org/', 'http://', ' https://x.org'])
      expect([rule.refusedLink(v), rule.webUrl(v)]).toEqual([false, undefined]);
  });
});

const csv = (note: string) =>
  `source,target,relation,note,pmid,doi\nA,B,activates,"${note}",12345678,10.1038/nrn1700\n`;

describe('the importer uses the rule', () => {
  it('drops a refused link with a warning and keeps identifiers and words', () => {
    const bad = parseNetworkFile('bad.csv', csv('vbscript:msgbox(1)'));
    expect(bad.network!.edges[0]!.attributes.note).toBeUndefined();
    expect(bad.problems.some((p) => p.field === 'note' && /not http or https/.test(p.message))).toBe(true);
    const ok = parseNetworkFile('ok.csv', csv('HGNC:11766'));
    expect(ok.network!.edges[0]!.attributes.note).toBe('HGNC:11766');
  });

  it('follows the rule when it changes', () => {
    swapped.refuse = /^ftp:/;
    const r = parseNetworkFile('ftp.csv', csv('ftp://x.org/a'));
    expect(r.network!.edges[0]!.attributes.note).toBeUndefined();
  });
});

function network(note: string): ImportedNetwork {
  return {
    name: 'n',
    format: 'csv',
    fileNames: ['n.csv'],
    directed: true,
    attributes: {},
    nodes: [
      { id: 'A', label: 'A', identifiers: [], synonyms: [], attributes: {} },
      { id: 'B', label: 'B', identifiers: [], synonyms: [], attributes: {} },
    ],
    edges: [
      {
        id: 'e1',
        source: 'A',
        target: 'B',
        polarity: 1,
        evidence: [{ pmid: '12345678', doi: '10.1038/nrn1700', note: 'javascript:alert(1)' }],
        attributes: { note, page: 'https://example.org/x' },
      },
    ],
  };
}

const renderEdge = (note = 'text') =>
  render(
    <ImportedDetails
      layer={newLayer(network(note), 'own')}
      selection={{ type: 'imported', layerId: 'x', element: 'edge', id: 'e1' }}
      headingId="h"
    />,
  );

describe('the imported details panel uses the rule', () => {
  it('links a PubMed id and a DOI of the file to their records, and a web address; nothing else', () => {
    renderEdge('javascript:alert(1)');
    const cites = screen.getByRole('list', { name: 'Citations in the file' });
    expect(within(cites).getByRole('link', { name: /PubMed 12345678/ })).toHaveAttribute(
      'href',
      'https://pubmed.ncbi.nlm.nih.gov/12345678/',
    );
    expect(within(cites).getByRole('link', { name: /DOI 10\.1038\/nrn1700/ })).toHaveAttribute(
      'href',
      'https://doi.org/10.1038/nrn1700',
    );
    expect(screen.getByRole('link', { name: /example\.org/ })).toHaveAttribute(
      'href',
      'https://example.org/x',
    );
    expect(screen.getAllByRole('link')).toHaveLength(3);
    expect(screen.getAllByText(/javascript:alert\(1\)/).length).toBeGreaterThan(0);
  });

  it('follows the rule when it changes: no link at all when it accepts none', () => {
    swapped.noLinks = true;
    renderEdge();
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(screen.getByText(/PubMed 12345678/)).toBeInTheDocument();
  });
});
