// @vitest-environment node
// Every data format parsed back by its consumer, with the tricky fixture values round-tripping.
import { describe, expect, it } from 'vitest';
import { csvField, toEdgesCsv, toNodesCsv } from '../../src/export/csv';
import { toCx2 } from '../../src/export/cx2';
import { toCyjs } from '../../src/export/cyjs';
import { companionPath, DATA_FORMATS, dataFormat } from '../../src/export/formats';
import { toGraphml, xmlEscape } from '../../src/export/graphml';
import { EXPORT_FORMAT_VERSION } from '../../src/export/view';
import { cx2Problems, loadCyjs, parseCsv, parseGraphml } from './consumers';
import { fixtureView, TRICKY } from './helpers';

const view = fixtureView();

describe('cyjs', () => {
  it('loads into headless cytoscape with every element and its data', () => {
    const cy = loadCyjs(toCyjs(view));
    expect(cy.nodes()).toHaveLength(view.nodes.length);
    expect(cy.edges()).toHaveLength(view.edges.length);
    expect(cy.getElementById('tnf').data('name')).toBe(TRICKY.mediatorLabel);
    const e = cy.getElementById('tgfb1_inhibits_microglia');
    expect(e.data('polarity')).toBe(-1);
    expect(e.data('caveat')).toBe(TRICKY.caveat);
    expect(e.source().id()).toBe('tgfb1');
    expect(cy.data('nociscope')).toEqual({
      formatVersion: EXPORT_FORMAT_VERSION,
      dataVersion: view.meta.dataVersion,
    });
    const sources = cy.data('sources') as { id: string; authorsVerified: boolean; citation: string }[];
    const marchand = sources.find((s) => s.id === 'marchand2005')!;
    expect(marchand.authorsVerified).toBe(false);
    expect(marchand.citation).toContain('https://doi.org/10.1038/nrn1700');
    cy.destroy();
  });
});

describe('GraphML', () => {
  const { doc, graph, keyById, value } = parseGraphml(toGraphml(view));
  const node = (id: string) => graph.node.find((n) => n['@_id'] === id)!;
  const edge = (id: string) => graph.edge.find((e) => e['@_id'] === id)!;

  it('is a namespaced, directed GraphML graph with typed keys', () => {
    expect(doc['@_xmlns']).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(graph['@_edgedefault']).toBe('directed');
    expect(keyById.get('e_polarity')?.['@_attr.type']).toBe('int');
    expect(keyById.get('e_evidence_count')?.['@_attr.type']).toBe('int');
    expect(graph.node).toHaveLength(view.nodes.length);
    expect(graph.edge).toHaveLength(view.edges.length);
  });

  it('round-trips escaped text, numbers and joined lists', () => {
    expect(value(node('tnf'), 'label')).toBe(TRICKY.mediatorLabel);
    expect(value(node('anti_tnf'), 'name')).toBe(TRICKY.therapyLabel);
    expect(value(node('tnf'), 'identifiers')).toBe('HGNC:11892; UniProt:P01375');
    expect(value(node('tnf'), 'class')).toBe('cytokine');
    expect(value(node('msc'), 'class')).toBeUndefined();
    expect(value(edge('tgfb1_inhibits_microglia'), 'caveat')).toBe(TRICKY.caveat);
    expect(value(edge('tgfb1_inhibits_microglia'), 'polarity')).toBe('-1');
    expect(value(edge('tnf_binds_tnfr1'), 'citations')).toBe('Marchand et al. 2005; Medical News Today 2023');
  });

  it('carries the version envelope in graph data', () => {
    expect(value(graph, 'nociscope_format_version')).toBe(String(EXPORT_FORMAT_VERSION));
    expect(value(graph, 'data_version')).toBe(view.meta.dataVersion);
    expect(value(graph, 'title')).toBe('Nociscope test fixture & <friends>');
    expect(value(graph, 'references')).toContain('[Untitled opinion article]');
  });

  it('escapes the XML specials and drops characters XML 1.0 cannot hold', () => {
    expect(xmlEscape(`a&b<c>d"e'f\u0001g`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;fg');
  });
});

describe('CSV', () => {
  it('writes RFC 4180: CRLF line ends, quoting only where needed, doubled quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(-1)).toBe('-1');
    expect(csvField(['a', 'b'])).toBe('a; b');
    const text = toEdgesCsv(view);
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside quoted fields every line break is CRLF.
    expect(text.replace(/"(?:[^"]|"")*"/g, '').match(/(?<!\r)\n/)).toBeNull();
  });

  it('edges: one row per relation, the tricky fields round-trip through papaparse', () => {
    const { header, rows } = parseCsv(toEdgesCsv(view));
    expect(header.slice(0, 3)).toEqual(['id', 'source', 'source_label']);
    expect(header).toContain('citations');
    expect(header.slice(-2)).toEqual(['format_version', 'data_version']);
    expect(rows).toHaveLength(view.edges.length);
    const row = rows.find((r) => r.id === 'tgfb1_inhibits_microglia')!;
    expect(row.caveat).toBe(TRICKY.caveat);
    expect(row.target_label).toBe(TRICKY.cellLabel);
    expect(row.polarity).toBe('-1');
    expect(row.species).toBe('rat; mouse');
    expect(row.format_version).toBe(String(EXPORT_FORMAT_VERSION));
    expect(row.data_version).toBe(view.meta.dataVersion);
    const binds = rows.find((r) => r.id === 'tnf_binds_tnfr1')!;
    expect(binds.source_label).toBe(TRICKY.mediatorLabel);
    expect(binds.sources).toBe('marchand2005; mnt2023');
    expect(binds.dois).toBe('10.1038/nrn1700');
    expect(rows.find((r) => r.id === 'msc_relieves_np')!.duration).toBe('up to ~5 weeks, then fades');
  });

  it('nodes: one row per entity', () => {
    const { rows } = parseCsv(toNodesCsv(view));
    expect(rows).toHaveLength(view.nodes.length);
    expect(rows.find((r) => r.id === 'anti_tnf')!.label).toBe(TRICKY.therapyLabel);
    expect(rows.find((r) => r.id === 'microglia')!.synonyms).toBe(
      'microglial cells, spinal; cellules microgliales é',
    );
  });

  it('names the nodes table beside the edges table', () => {
    expect(dataFormat('csv')!.companions!.map((c) => companionPath('/tmp/out.csv', c.suffix))).toEqual([
      '/tmp/out-nodes.csv',
    ]);
    expect(companionPath('dir.v2/export', '-nodes')).toBe('dir.v2/export-nodes');
  });
});

describe('CX2', () => {
  const text = toCx2(view);
  const doc = JSON.parse(text) as Record<string, unknown[]>[];
  const aspect = <T>(name: string) => doc.find((a) => name in a)![name] as T[];

  it('conforms to the CX2 specification', () => {
    expect(cx2Problems(text)).toEqual([]);
    expect(doc.map((a) => Object.keys(a)[0])).toEqual([
      'CXVersion',
      'metaData',
      'attributeDeclarations',
      'networkAttributes',
      'nodes',
      'edges',
      'status',
    ]);
  });

  it('the checker catches what the spec forbids', () => {
    const broken = JSON.parse(text) as Record<string, unknown[]>[];
    const edges = broken[5]!.edges as { s: number; v: Record<string, unknown> }[];
    edges[0]!.s = 999;
    edges[0]!.v.undeclared = 'x';
    edges[0]!.v.polarity = 'one';
    (broken[1]!.metaData as { elementCount: number }[])[2]!.elementCount = 1;
    expect(cx2Problems(JSON.stringify(broken))).toHaveLength(4);
  });

  it('keeps nodes, edges, attributes and the version envelope', () => {
    const nodes = aspect<{ id: number; v: Record<string, unknown> }>('nodes');
    const edges = aspect<{ id: number; s: number; t: number; v: Record<string, unknown> }>('edges');
    expect(nodes).toHaveLength(view.nodes.length);
    expect(edges).toHaveLength(view.edges.length);
    const tnf = nodes.find((n) => n.v.nociscope_id === 'tnf')!;
    expect(tnf.v).toMatchObject({
      name: TRICKY.mediatorLabel,
      represents: 'HGNC:11892',
      alias: ['UniProt:P01375'],
    });
    const e = edges.find((x) => x.v.nociscope_id === 'tnf_binds_tnfr1')!;
    expect(e.s).toBe(tnf.id);
    expect(e.v).toMatchObject({ polarity: 0, evidence_count: 2, evidence_kinds: ['review', 'news-report'] });
    const [net] = aspect<Record<string, unknown>>('networkAttributes');
    expect(net).toMatchObject({
      nociscope_format_version: EXPORT_FORMAT_VERSION,
      data_version: view.meta.dataVersion,
    });
    expect(net!.references).toHaveLength(view.sources.length);
  });
});

describe('format table', () => {
  it('lists cyjs, graphml, csv and cx2, each writing text', () => {
    expect(DATA_FORMATS.map((f) => f.id)).toEqual(['cyjs', 'graphml', 'csv', 'cx2']);
    for (const f of DATA_FORMATS) expect(f.write(view).length).toBeGreaterThan(0);
  });
});
