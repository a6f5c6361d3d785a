// @vitest-environment node
// Every data format parsed back by its consumer, with the tricky fixture values round-tripping.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { csvField, toEdgesCsv, toNodesCsv } from '../../src/export/csv';
import { toCx2 } from '../../src/export/cx2';
import { CX2_NODE_SHAPE, type Cx2DiscreteMapping, type Cx2VisualProperties } from '../../src/export/cx2Style';
import { toCyjs } from '../../src/export/cyjs';
import { companionPath, DATA_FORMATS, dataFormat } from '../../src/export/formats';
import { toGraphml } from '../../src/export/graphml';
import { xmlEscape } from '../../src/export/xml';
import { EXPORT_FORMAT_VERSION, selectView } from '../../src/export/view';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { loadGraph } from '../../src/model/load';
import { painEndpoints } from '../../src/model/pathways/endpoints';
import { lanePositions } from '../../src/model/lanes';
import { KIND_STYLES, POLARITY_STYLES } from '../../src/model/palette';
import { NODE_KINDS } from '../../src/model/vocabulary';
import { cx2Problems, loadCyjs, parseCsv, parseGraphml } from './consumers';
import { fixtureGraph, fixtureView, TRICKY } from './helpers';

const view = fixtureView();
/** The app's default picture of the fixture: what every export's positions must be. */
const lanes = lanePositions(fixtureGraph());
const lane = (id: string) => lanes.get(id as never)!;

/** What `evidence_json` holds for the fixture's tnf_binds_tnfr1: each item, with its source's ids. */
const BINDS_EVIDENCE = [
  {
    source: 'marchand2005',
    kind: 'review',
    note: 'TNF acts through its receptor TNFR1.',
    pmid: '15995723',
    doi: '10.1038/nrn1700',
  },
  {
    source: 'mnt2023',
    kind: 'news-report',
    note: 'The news item describes immune signals acting on nerve receptors.',
  },
];

/** "#D3EAF7" -> "rgb(211,234,247)", as Cytoscape.js reports colours. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(',')})`;

describe('cyjs', () => {
  it('leaves out the endpoint marks: the app reasons with them, the format does not carry them', () => {
    const loaded = loadGraph(readGraphFiles('graph-data'));
    if (!loaded.ok) throw new Error('graph-data does not load');
    expect(painEndpoints(loaded.graph).length).toBeGreaterThan(0);
    const out = JSON.parse(toCyjs(selectView(loaded.graph, { title: 'curated' }))) as {
      elements: { nodes: { data: Record<string, unknown> }[] };
    };
    const np = out.elements.nodes.find((n) => n.data.id === 'neuropathic_pain')!;
    expect(np.data.kind).toBe('condition');
    expect(out.elements.nodes.filter((n) => 'endpoint' in n.data)).toEqual([]);
  });

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

  it('every node loads at its place in the curated lanes layout', () => {
    const cy = loadCyjs(toCyjs(view));
    for (const n of view.nodes) expect(cy.getElementById(n.id).position()).toEqual(lane(n.id));
    // Not a hairball at the origin: the lanes run left to right.
    expect(cy.getElementById('anti_tnf').position('x')).toBeLessThan(
      cy.getElementById('neuropathic_pain').position('x'),
    );
    cy.destroy();
  });

  it('its style hint draws each kind and polarity as the app does when Cytoscape.js styles it', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    cy.json(JSON.parse(toCyjs(view)));
    for (const kind of NODE_KINDS) {
      const node = cy.nodes(`[kind = "${kind}"]`).first();
      expect(node.nonempty(), kind).toBe(true);
      expect(node.style('shape')).toBe(KIND_STYLES[kind].shape);
      expect(node.style('background-color')).toBe(rgb(KIND_STYLES[kind].fill));
      expect(node.style('border-color')).toBe(rgb(KIND_STYLES[kind].color));
    }
    expect(cy.getElementById('tnf').style('label')).toBe(TRICKY.mediatorLabel);
    for (const [p, style] of Object.entries(POLARITY_STYLES)) {
      const edge = cy.edges(`[polarity = ${p}]`).first();
      expect(edge.nonempty(), p).toBe(true);
      expect(edge.style('target-arrow-shape')).toBe(style.arrow);
      expect(edge.style('line-color')).toBe(rgb(style.color));
    }
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

  it('carries every evidence item in a string key, evidence_json, that a plain XML reader gets as JSON text', () => {
    expect(keyById.get('e_evidence_json')).toMatchObject({
      '@_for': 'edge',
      '@_attr.name': 'evidence_json',
      '@_attr.type': 'string',
    });
    expect(JSON.parse(value(edge('tnf_binds_tnfr1'), 'evidence_json')!)).toEqual(BINDS_EVIDENCE);
  });

  it('carries the version envelope in graph data', () => {
    expect(value(graph, 'nociscope_format_version')).toBe(String(EXPORT_FORMAT_VERSION));
    expect(value(graph, 'data_version')).toBe(view.meta.dataVersion);
    expect(value(graph, 'title')).toBe('Nociscope test fixture & <friends>');
    expect(value(graph, 'references')).toContain('[Untitled opinion article]');
  });

  it("carries each node's lanes position as x and y doubles that parse as numbers", () => {
    expect(keyById.get('n_x')).toMatchObject({
      '@_for': 'node',
      '@_attr.name': 'x',
      '@_attr.type': 'double',
    });
    expect(keyById.get('n_y')).toMatchObject({
      '@_for': 'node',
      '@_attr.name': 'y',
      '@_attr.type': 'double',
    });
    for (const n of view.nodes) {
      const x = Number(value(node(n.id), 'x'));
      const y = Number(value(node(n.id), 'y'));
      expect(Number.isFinite(x) && Number.isFinite(y), n.id).toBe(true);
      expect({ x, y }).toEqual(lane(n.id));
    }
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
    // Every evidence item as JSON, in one cell just before the version columns.
    expect(header.slice(-3)).toEqual(['evidence_json', 'format_version', 'data_version']);
    expect(JSON.parse(binds.evidence_json!)).toEqual(BINDS_EVIDENCE);
    expect(rows.find((r) => r.id === 'msc_relieves_np')!.duration).toBe('up to ~5 weeks, then fades');
  });

  it('nodes: one row per entity', () => {
    const { header, rows } = parseCsv(toNodesCsv(view));
    expect(header.slice(-4)).toEqual(['x', 'y', 'format_version', 'data_version']);
    expect(rows).toHaveLength(view.nodes.length);
    for (const r of rows) expect({ x: Number(r.x), y: Number(r.y) }).toEqual(lane(r.id!));
    expect(rows.find((r) => r.id === 'anti_tnf')!.label).toBe(TRICKY.therapyLabel);
    expect(rows.find((r) => r.id === 'microglia')!.synonyms).toBe(
      'microglial cells, spinal; cellules microgliales é',
    );
  });

  it('names the nodes table beside the edges table', () => {
    expect(dataFormat('csv')!.companions!.map((c) => companionPath('/tmp/out.csv', c.suffix))).toEqual([
      '/tmp/out-nodes.csv',
      '/tmp/out-network.csv',
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
      'visualProperties',
      'visualEditorProperties',
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
    const declared = aspect<Record<string, Record<string, { d: string }>>>('attributeDeclarations')[0]!;
    expect(declared.edges!.evidence_json).toEqual({ d: 'string' });
    expect(typeof e.v.evidence_json).toBe('string');
    expect(JSON.parse(e.v.evidence_json as string)).toEqual(BINDS_EVIDENCE);
    const [net] = aspect<Record<string, unknown>>('networkAttributes');
    expect(net).toMatchObject({
      nociscope_format_version: EXPORT_FORMAT_VERSION,
      data_version: view.meta.dataVersion,
    });
    expect(net!.references).toHaveLength(view.sources.length);
  });
});

describe('CX2 layout and style', () => {
  const text = toCx2(view);
  const doc = JSON.parse(text) as Record<string, unknown[]>[];
  // An aspect missing fails the tests that need it, not the whole file.
  const aspect = <T>(name: string) => (doc.find((a) => name in a)?.[name] ?? []) as T[];
  const nodes = aspect<{ id: number; x: number; y: number; v: Record<string, unknown> }>('nodes');
  const [style] = aspect<Cx2VisualProperties>('visualProperties');
  const [decls] = aspect<Record<string, Record<string, { d: string }>>>('attributeDeclarations');
  const discrete = (m: unknown) => (m as Cx2DiscreteMapping).definition;
  const mapped = (m: unknown) => new Map(discrete(m).map.map((e) => [e.v, e.vp]));

  it('places every node at its lanes position, on the node element itself', () => {
    for (const n of nodes) expect({ x: n.x, y: n.y }).toEqual(lane(n.v.nociscope_id as string));
    expect(doc.some((a) => 'cartesianLayout' in a)).toBe(false);
  });

  it("maps node kind to the app's shape, fill and border colour", () => {
    expect(decls!.nodes!.kind!.d).toBe('string');
    const { nodeMapping } = style!;
    // Since format version 5 nodes are labelled by `label`; `name` is the file's own name (issue 22).
    expect(nodeMapping.NODE_LABEL).toEqual({ type: 'PASSTHROUGH', definition: { attribute: 'label' } });
    for (const vp of ['NODE_SHAPE', 'NODE_BACKGROUND_COLOR', 'NODE_BORDER_COLOR']) {
      expect(nodeMapping[vp]!.type, vp).toBe('DISCRETE');
      expect(discrete(nodeMapping[vp]).attribute, vp).toBe('kind');
      expect([...mapped(nodeMapping[vp]).keys()].sort(), vp).toEqual([...NODE_KINDS].sort());
    }
    for (const kind of NODE_KINDS) {
      expect(mapped(nodeMapping.NODE_SHAPE).get(kind)).toBe(CX2_NODE_SHAPE[kind]);
      expect(mapped(nodeMapping.NODE_BACKGROUND_COLOR).get(kind)).toBe(KIND_STYLES[kind].fill);
      expect(mapped(nodeMapping.NODE_BORDER_COLOR).get(kind)).toBe(KIND_STYLES[kind].color);
    }
    // The app's shapes, rounding dropped; only the tag (no CX2 equivalent) differs.
    for (const kind of NODE_KINDS.filter((k) => k !== 'receptor'))
      expect(CX2_NODE_SHAPE[kind]).toBe(KIND_STYLES[kind].shape.replace(/^round-(?!rectangle)/, ''));
    expect(new Set(Object.values(CX2_NODE_SHAPE)).size).toBe(NODE_KINDS.length);
  });

  it("maps relation polarity (an integer) to the app's arrow head and colours", () => {
    expect(decls!.edges!.polarity!.d).toBe('integer');
    const { edgeMapping } = style!;
    for (const vp of ['EDGE_TARGET_ARROW_SHAPE', 'EDGE_TARGET_ARROW_COLOR', 'EDGE_LINE_COLOR']) {
      expect(edgeMapping[vp]!.type, vp).toBe('DISCRETE');
      expect(discrete(edgeMapping[vp]).attribute, vp).toBe('polarity');
    }
    for (const [p, s] of Object.entries(POLARITY_STYLES)) {
      expect(mapped(edgeMapping.EDGE_TARGET_ARROW_SHAPE).get(Number(p))).toBe(s.arrow);
      expect(mapped(edgeMapping.EDGE_TARGET_ARROW_COLOR).get(Number(p))).toBe(s.color);
      expect(mapped(edgeMapping.EDGE_LINE_COLOR).get(Number(p))).toBe(s.color);
    }
  });

  it('unlocks node size for the editors, its settings wrapped in `properties`', () => {
    expect(aspect('visualEditorProperties')).toEqual([
      { properties: { nodeSizeLocked: false, arrowColorMatchesEdge: false } },
    ]);
  });

  /** The export with one change made to it, then checked. */
  const problemsAfter = (change: (d: Record<string, unknown[]>[]) => void) => {
    const copy = JSON.parse(text) as Record<string, unknown[]>[];
    change(copy);
    return cx2Problems(JSON.stringify(copy)).join('\n');
  };
  const block = (d: Record<string, unknown[]>[], name: string) => d.find((a) => name in a)![name]!;
  const nodesOf = (d: Record<string, unknown[]>[]) => block(d, 'nodes') as Record<string, unknown>[];
  const styleOf = (d: Record<string, unknown[]>[]) =>
    block(d, 'visualProperties')[0] as {
      default: Record<string, Record<string, unknown>>;
      nodeMapping: Record<string, { definition: { attribute: string; map: { v: unknown; vp: unknown }[] } }>;
      edgeMapping: Record<string, { definition: { attribute: string; map: { v: unknown; vp: unknown }[] } }>;
    };

  it('the checker catches coordinates and styles the spec does not allow', () => {
    expect(problemsAfter(() => {})).toBe('');
    expect(problemsAfter((d) => delete nodesOf(d)[0]!.y)).toMatch('x and y come together');
    expect(
      problemsAfter((d) => {
        delete nodesOf(d)[1]!.x;
        delete nodesOf(d)[1]!.y;
      }),
    ).toMatch('all or none');
    expect(problemsAfter((d) => (nodesOf(d)[2]!.x = '224'))).toMatch('x is not a number');
    expect(problemsAfter((d) => d.splice(-1, 0, { cartesianLayout: [{ node: 0, x: 0, y: 0 }] }))).toMatch(
      'not in a cartesianLayout aspect',
    );
    expect(
      problemsAfter((d) => (styleOf(d).nodeMapping.NODE_SHAPE!.definition.map[3]!.vp = 'round-tag')),
    ).toMatch('"round-tag" is not a valid NODE_SHAPE');
    expect(
      problemsAfter((d) => (styleOf(d).edgeMapping.EDGE_TARGET_ARROW_SHAPE!.definition.map[0]!.v = '1')),
    ).toMatch('v "1" is not of type integer');
    expect(problemsAfter((d) => (styleOf(d).default.node!.NODE_BACKGROUND_COLOR = 'white'))).toMatch(
      '"white" is not a valid NODE_BACKGROUND_COLOR',
    );
    expect(problemsAfter((d) => (styleOf(d).default.node!.EDGE_WIDTH = 2))).toMatch(
      '"EDGE_WIDTH" is not a node property',
    );
    expect(problemsAfter((d) => (styleOf(d).default.node!.NODE_GLOW = 2))).toMatch(
      '"NODE_GLOW" is not a portable CX2 visual property',
    );
    expect(problemsAfter((d) => (styleOf(d).nodeMapping.NODE_SHAPE!.definition.attribute = 'type'))).toMatch(
      '"type" is not declared',
    );
    expect(problemsAfter((d) => block(d, 'visualProperties').push({}))).toMatch(
      'visualProperties has exactly one element',
    );
    expect(
      problemsAfter((d) => {
        d.find((a) => 'visualEditorProperties' in a)!.visualEditorProperties = [{ nodeSizeLocked: false }];
      }),
    ).toMatch('{ properties: { ... } }');
    expect(
      problemsAfter((d) => {
        const i = d.findIndex((a) => 'visualProperties' in a);
        d.splice(2, 0, d.splice(i, 1)[0]!);
      }),
    ).toMatch('attributeDeclarations must come before visualProperties');
  });
});

describe('format table', () => {
  it('lists cyjs, graphml, csv and cx2, each writing text', () => {
    expect(DATA_FORMATS.map((f) => f.id)).toEqual(['cyjs', 'graphml', 'csv', 'cx2']);
    for (const f of DATA_FORMATS) expect(f.write(view).length).toBeGreaterThan(0);
  });
});
