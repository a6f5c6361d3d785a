// @vitest-environment node
// Each reader on fixtures written from its format's specification, valid and invalid.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { webUrl } from '../../src/model/webLink';
import { lineColAt, lineFinder } from '../../src/import/json';
import { parseNetworkFile, parseNetworkFiles } from '../../src/import/parse';
import { MAX_IMPORT_BYTES } from '../../src/import/types';
import { edgeBetween, errorsOf, fixture, networkOf, node } from './helpers';

describe('CX version 1 (NDEx)', () => {
  const { network, problems } = networkOf('ndex-pathway.valid.cx');

  it('reads names, represents and alias as identifiers, and the network name', () => {
    expect(network.format).toBe('cx');
    expect(network.name).toBe('Cytokines in nerve-injury pain (test)');
    expect(network.nodes).toHaveLength(4);
    const tgf = node(network, 'TGFB1');
    expect(tgf.identifiers).toEqual(['hgnc:11766', 'uniprot:P01137']);
    expect(tgf.kind).toBe('protein');
  });

  it('types nodeAttributes by their d, including numbers written as text', () => {
    expect(node(network, 'TGFB1').attributes.score).toBe(2.5);
    expect(node(network, 'TNF').attributes.essential).toBe(true);
    expect(edgeBetween(network, 'TGFB1', 'Neuropathic pain').attributes.weight).toBe(3);
  });

  it('places nodes at their cartesianLayout positions', () => {
    expect(node(network, 'TGFB1').position).toEqual({ x: -120.5, y: 40 });
    expect(node(network, 'TNF').position).toEqual({ x: 80, y: -60.25 });
  });

  it('signs only unambiguous interactions and turns citations into evidence', () => {
    const inhibits = edgeBetween(network, 'TGFB1', 'Neuropathic pain');
    expect(inhibits.interaction).toBe('inhibits');
    expect(inhibits.polarity).toBe(-1);
    expect(inhibits.evidence).toEqual([{ doi: '10.1172/JCI80883', note: 'Intrathecal BMSCs and TGF-beta' }]);
    const increases = edgeBetween(network, 'TNF', 'Neuropathic pain');
    expect(increases.polarity).toBe(1);
    expect(increases.evidence).toEqual([{ pmid: '15995723' }]);
    expect(edgeBetween(network, 'IL10', 'TNF').polarity).toBe(0);
  });

  it('keeps markup in text as plain text and keeps @context', () => {
    expect(edgeBetween(network, 'IL10', 'TNF').attributes.note).toBe('<b>not markup</b>');
    expect(String(network.attributes['@context'])).toContain('identifiers.org/hgnc');
    expect(problems).toEqual([]);
  });

  it('reads citations and supports (BEL-style networks) as evidence', () => {
    const { network: bel } = networkOf('bel-supports.valid.cx');
    expect(bel.edges[0]!.evidence).toEqual([
      { pmid: '33456473' },
      { note: 'A passage written for this test: the ligand binds its receptor.' },
    ]);
    expect(bel.edges[0]!.polarity).toBe(1); // BEL's "directlyIncreases"
  });

  it('refuses a file whose status aspect reports a failure, quoting it', () => {
    const [e] = errorsOf('failed-status.invalid.cx');
    expect(e!.message).toContain('Network export was interrupted');
    expect(e!.field).toBe('status');
  });

  it('refuses an edge to a node that is not in the file, naming the edge', () => {
    const errors = errorsOf('dangling-edge.invalid.cx');
    expect(errors[0]!.message).toContain('"9"');
    expect(errors[0]!.field).toBe('target');
  });
});

describe('CX2', () => {
  const { network, problems } = networkOf('aliases-defaults.valid.cx2');

  it('resolves attribute aliases to their declared names', () => {
    const tgf = node(network, 'TGFB1');
    expect(tgf.attributes.score).toBe(2.25);
    expect(tgf.identifiers).toEqual(['hgnc:11766', 'uniprot:P01137']);
    expect(edgeBetween(network, 'TGFB1', 'Neuropathic pain').interaction).toBe('inhibits');
  });

  it('fills declared defaults for elements that leave an attribute out', () => {
    expect(node(network, 'TNF').attributes.score).toBe(0.5);
    expect(node(network, 'TNF').kind).toBe('protein');
    expect(node(network, 'Neuropathic pain').kind).toBe('condition');
    expect(edgeBetween(network, 'TNF', 'Neuropathic pain').attributes.weight).toBe(1);
  });

  it('keeps x/y as positions and the network attributes', () => {
    expect(node(network, 'TGFB1').position).toEqual({ x: 12.5, y: -30 });
    expect(network.name).toBe('TGF-beta and TNF (test)');
    expect(network.attributes.description).toMatch(/CX2 specification/);
  });

  it('keeps http(s) links and drops links in other schemes with a warning', () => {
    expect(node(network, 'TGFB1').attributes.homepage).toBe('https://www.genenames.org/');
    expect(node(network, 'TNF').attributes.homepage).toBeUndefined();
    expect(problems.some((p) => p.severity === 'warning' && p.field === 'homepage')).toBe(true);
  });

  it('reads citations into evidence and leaves unknown words unsigned', () => {
    const e = edgeBetween(network, 'TNF', 'Neuropathic pain');
    expect(e.polarity).toBe(0);
    expect(e.evidence).toEqual([{ pmid: '15995723' }]);
    expect(edgeBetween(network, 'TGFB1', 'Neuropathic pain').evidence).toEqual([{ doi: '10.1172/JCI80883' }]);
  });

  it("reads the specification's own declaration example: text defaults, aliases and full names", () => {
    const { network, problems } = networkOf('spec-declarations.valid.cx2');
    expect(node(network, 'GeneA').attributes).toMatchObject({ gene_name: 'TGFB1', expression_level: 2.5 });
    expect(node(network, 'GeneB').attributes).toMatchObject({ gene_name: 'TNF', expression_level: 0 });
    expect(edgeBetween(network, 'GeneA', 'GeneB')).toMatchObject({ interaction: 'ppi', polarity: 0 });
    expect(edgeBetween(network, 'GeneB', 'GeneC')).toMatchObject({ interaction: 'inhibits', polarity: -1 });
    expect(network.attributes.is_drug_network).toBe(false);
    // No status at the end, and one node without a position: both said, neither blocks.
    expect(problems.map((p) => [p.severity, p.field])).toEqual([
      ['warning', 'status'],
      ['warning', 'nodes'],
    ]);
  });

  it('refuses an edge to a missing node', () => {
    expect(errorsOf('dangling-edge.invalid.cx2')[0]!.message).toMatch(/not in the file/);
  });

  it('says when a file lacks the CX2 descriptor', () => {
    const r = parseNetworkFile('x.cx2', '[{"nodes":[]}]');
    expect(r.network).toBeUndefined();
    expect(r.problems.some((p) => p.severity === 'error')).toBe(true);
  });
});

describe('Cytoscape.js JSON', () => {
  it("reads Cytoscape desktop's export: string ids, name, interaction, positions", () => {
    const { network, problems } = networkOf('cytoscape-desktop.valid.cyjs');
    expect(network.name).toBe('immune-pain');
    expect(network.nodes.map((n) => n.id)).toEqual(['126', '124', '122']);
    expect(node(network, 'TGFB1').position).toEqual({ x: -45.5, y: 12 });
    expect(node(network, 'TGFB1').attributes.HGNC).toBe('HGNC:11766');
    const e = edgeBetween(network, 'CXCL12', 'BMSC');
    expect(e.id).toBe('132');
    expect(e.interaction).toBe('recruits');
    expect(e.polarity).toBe(1); // Nociscope's vocabulary signs "recruits"
    expect(problems.map((p) => p.field)).toContain('pmid');
  });

  it('reads a bare list of elements with groups', () => {
    const { network } = networkOf('elements-array.valid.cyjs');
    expect(network.edges[0]).toMatchObject({ source: 'a', target: 'b', polarity: -1 });
    expect(node(network, 'IL-10').position).toEqual({ x: 1, y: 2 });
  });

  it('points at the line of a JSON syntax error', () => {
    const [e] = errorsOf('missing-comma.invalid.cyjs');
    expect(e!.line).toBe(7);
  });

  it("reads Python's NaN and Infinity (networkx, ndex2) as empty values, with a warning at the first", () => {
    // What json.dump writes for a pandas column with a missing score: not JSON, but common.
    const text = [
      '{"data": {"name": "from networkx"}, "elements": {',
      '  "nodes": [{"data": {"id": "a", "name": "TGFB1", "score": NaN, "note": "NaN in text stays"}},',
      '            {"data": {"id": "b", "name": "IL10", "score": -Infinity}}],',
      '  "edges": [{"data": {"id": "e", "source": "a", "target": "b", "weight": Infinity}}]}}',
    ].join('\n');
    const r = parseNetworkFile('nx.cyjs', text);
    expect(r.network).toBeDefined();
    expect(r.network!.nodes.map((n) => n.label)).toEqual(['TGFB1', 'IL10']);
    expect(node(r.network!, 'TGFB1').attributes.note).toBe('NaN in text stays');
    expect(node(r.network!, 'TGFB1').attributes.score).toBeUndefined();
    const [w] = r.problems.filter((p) => /NaN or Infinity/.test(p.message));
    expect(w).toMatchObject({ severity: 'warning', line: 2 });
    // Broken in another way as well: the JSON error is reported, as before.
    const broken = parseNetworkFile('nx.cyjs', text.replace('"edges"', '"edges" ['));
    expect(broken.network).toBeUndefined();
    expect(broken.problems[0]!.message).toMatch(/not valid JSON/);
  });

  it('keeps the first of two nodes with one id and refuses a dangling edge', () => {
    const r = parseNetworkFile('d.cyjs', fixture('duplicate-and-dangling.invalid.cyjs'));
    expect(r.problems.map((p) => p.severity).sort()).toEqual(['error', 'warning']);
    expect(r.network).toBeUndefined();
  });
});

describe('GraphML', () => {
  it('types data by keys of every type and applies defaults', () => {
    const { network, problems } = networkOf('every-key-type.valid.graphml');
    expect(problems).toEqual([]);
    expect(network.name).toBe('TGF-beta and TNF (GraphML test)');
    const tgf = node(network, 'TGFB1');
    expect(tgf.attributes).toMatchObject({
      degree: 2,
      count: 9007199254740991,
      weight: 1.5,
      score: 0.5,
      essential: true,
      comment: 'TGF-β1 & friends <i>',
    });
    expect(tgf.kind).toBe('protein');
    expect(tgf.identifiers).toEqual(['HGNC:11766']);
    expect(tgf.position).toEqual({ x: -10.5, y: 20 });
    expect(node(network, 'TNF').attributes).toMatchObject({ degree: 0, essential: false });
    expect(node(network, 'TNF').kind).toBe('cytokine');
  });

  it('reads edges with and without ids, their evidence and sign', () => {
    const { network } = networkOf('every-key-type.valid.graphml');
    const inhibits = edgeBetween(network, 'TGFB1', 'Neuropathic pain');
    expect(inhibits).toMatchObject({ id: 'e0', polarity: -1, evidence: [{ pmid: '33456473' }] });
    const activates = edgeBetween(network, 'TNF', 'Neuropathic pain');
    expect(activates.polarity).toBe(1);
    expect(activates.attributes.confidence).toBe(0.8);
    expect(inhibits.attributes.confidence).toBe(1);
    expect(network.directed).toBe(true);
  });

  it("reads networkx's undirected graphs", () => {
    const { network } = networkOf('networkx-undirected.valid.graphml');
    expect(network.directed).toBe(false);
    expect(network.edges[0]!.attributes.weight).toBe(2);
  });

  it("takes yEd's label and the centre of its geometry", () => {
    const { network } = networkOf('yed-graphics.valid.graphml');
    expect(network.nodes[0]).toMatchObject({ label: 'Microglia', position: { x: 130, y: 215 } });
  });

  it('reads a list written as nested items', () => {
    const { network } = networkOf('nested-list.valid.graphml');
    expect(network.nodes[0]!.identifiers).toEqual(['uniprot:P01137', 'hgnc:11766']);
  });

  it('points at the line of broken XML', () => {
    const [e] = errorsOf('unclosed-tag.invalid.graphml');
    expect(e!.line).toBe(5);
    // The validator's own sentence ends with a full stop; the dialog adds one (it showed "..").
    expect(e!.message).toMatch(/^the XML is broken: .*[^.]$/);
  });

  it('refuses entity declarations', () => {
    expect(errorsOf('entity-expansion.invalid.graphml')[0]!.message).toMatch(/entities/);
  });

  it('warns on a value that does not fit its key and refuses a dangling edge, with lines', () => {
    const r = parseNetworkFile('bad-values.invalid.graphml', fixture('bad-values.invalid.graphml'));
    const warning = r.problems.find((p) => p.severity === 'warning');
    expect(warning).toMatchObject({ line: 5, field: 'degree' });
    expect(r.problems.find((p) => p.severity === 'error')).toMatchObject({ line: 6 });
    expect(r.network).toBeUndefined();
  });
});

describe('SIF', () => {
  it('reads tab-separated lines, several targets and lone nodes with spaces in names', () => {
    const { network } = networkOf('signed-tabs.valid.sif');
    expect(network.nodes.map((n) => n.label)).toEqual([
      'TGFB1',
      'Neuropathic pain',
      'TNF',
      'Microglia',
      'IL10',
      'Lonely node',
      'BMSC',
    ]);
    expect(network.edges).toHaveLength(5);
    expect(edgeBetween(network, 'TGFB1', 'Neuropathic pain').polarity).toBe(-1);
    expect(edgeBetween(network, 'IL10', 'TNF')).toMatchObject({ interaction: 'pp', polarity: 0 });
    expect(edgeBetween(network, 'BMSC', 'TGFB1').interaction).toBe('secretes');
  });

  it('reads a file without tabs as space-separated, with arrow symbols signed', () => {
    const { network } = networkOf('spaces.valid.sif');
    expect(edgeBetween(network, 'BMSC', 'TGFB1').interaction).toBe('secretes');
    expect(edgeBetween(network, 'TGFB1', 'pain').polarity).toBe(-1);
  });

  it('skips a header line', () => {
    const { network } = networkOf('with-header.valid.sif');
    expect(network.nodes.map((n) => n.id)).toEqual(['A', 'B']);
  });

  it('points at the line without a target', () => {
    expect(errorsOf('missing-target.invalid.sif')[0]).toMatchObject({ line: 2 });
  });
});

describe('CSV / TSV edge lists', () => {
  it('reads source, target, relation and citation columns', () => {
    const { network, problems } = networkOf('edge-list.valid.csv');
    expect(problems).toEqual([]);
    const a = edgeBetween(network, 'TGFB1', 'Neuropathic pain');
    expect(a).toMatchObject({
      interaction: 'inhibits',
      polarity: -1,
      evidence: [{ doi: '10.1172/JCI80883' }],
    });
    expect(a.attributes.note).toBe('Intrathecal BMSCs eased pain, through TGF-β1 (mouse)');
    expect(edgeBetween(network, 'TNF', 'Neuropathic pain').evidence).toEqual([
      { pmid: '15995723' },
      { doi: '10.1038/nrn1700' },
    ]);
    expect(edgeBetween(network, 'IL10', 'TNF').polarity).toBe(0);
    expect(edgeBetween(network, 'Microglia', 'TNF').attributes).toMatchObject({
      citation: 'see the review',
      note: 'quoted "text" stays text',
    });
  });

  it('reads TSV with from/to/interaction/pmid and warns on a malformed PMID with its row', () => {
    const { network, problems } = networkOf('interactions.valid.tsv');
    expect(edgeBetween(network, 'CXCL12', 'BMSC').evidence).toEqual([{ pmid: '33456473' }]);
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', row: 3, field: 'pmid' })]);
  });

  it('uses an explicit sign column and warns when it contradicts the word', () => {
    const r = parseNetworkFile('s.csv', 'source,target,relation,sign\nA,B,binds,-\nC,D,inhibits,+\n');
    expect(r.network!.edges.map((e) => e.polarity)).toEqual([-1, 1]);
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'warning', row: 3, field: 'polarity' })]);
  });

  it('explains a missing source/target header', () => {
    expect(errorsOf('no-source-column.invalid.csv')[0]!.hint).toMatch(/template/);
  });

  it('points at the row and column of empty cells', () => {
    const errors = errorsOf('empty-cells.invalid.csv');
    expect(errors.slice(0, 2)).toEqual([
      expect.objectContaining({ row: 2, field: 'target' }),
      expect.objectContaining({ row: 3, field: 'source' }),
    ]);
  });

  it('ships a template that imports cleanly', () => {
    const r = parseNetworkFile(
      'edge-list-template.csv',
      fixture('../../../public/templates/edge-list-template.csv'),
    );
    expect(r.problems).toEqual([]);
    expect(r.network!.edges.length).toBeGreaterThan(0);
    expect(r.network!.edges.every((e) => e.evidence.length > 0)).toBe(true);
  });
});

describe('graph-data YAML and JSON', () => {
  it('reads an entity file with the curated schema', () => {
    const { network } = networkOf('entities.valid.yaml');
    expect(network.nodes[0]).toMatchObject({
      id: 'tgfb1_import',
      kind: 'mediator',
      identifiers: ['HGNC:11766'],
      synonyms: ['TGFB1'],
    });
  });

  it('reports schema problems with line and column, as npm run validate does', () => {
    const errors = errorsOf('relation.invalid.yaml');
    expect(errors.some((e) => e.line === 5 && /helps/.test(e.message))).toBe(true);
  });

  it("reads a complete set with the curated loader's cross-file rules as warnings", () => {
    const dir = 'tests/fixtures/export/graph-data';
    const files = [
      'entities/nodes.yaml',
      'relations/pain.yaml',
      'relations/therapy.yaml',
      'sources.yaml',
    ].map((f) => ({ name: f, content: readFileSync(`${dir}/${f}`, 'utf8') }));
    const clean = parseNetworkFiles(files);
    expect(clean.problems).toEqual([]);
    expect(clean.network!.edges.length).toBeGreaterThan(0);
    const sources = files[3]!.content;
    const firstId = /- id: (\w+)/.exec(sources)![1]!;
    const broken = parseNetworkFiles([
      ...files.slice(0, 3),
      { name: 'sources.yaml', content: sources.replace(`id: ${firstId}`, 'id: renamed_source') },
    ]);
    expect(broken.network).toBeDefined();
    const warning = broken.problems.find((p) => p.message.includes(firstId));
    expect(warning).toMatchObject({ severity: 'warning' });
    expect(warning!.file).toMatch(/^relations\/|^entities\/|^sources/);
  });

  it('reads several files as one network, with relation ends and evidence', () => {
    const entities = fixture('entities.valid.yaml').toString();
    const relations = [
      'title: Test',
      'relations:',
      '  - id: t_relieves',
      '    source: tgfb1_import',
      '    relation: relieves',
      '    target: neuropathic_pain',
      '    evidence:',
      '      - source: chen2015',
      '        kind: animal-model',
      '        note: Written for this test in our own words.',
    ].join('\n');
    const r = parseNetworkFiles([
      { name: 'entities.yaml', content: entities },
      { name: 'relations.yaml', content: relations },
    ]);
    // neuropathic_pain is in no entity file given: an error names it.
    expect(r.network).toBeUndefined();
    expect(r.problems.find((p) => p.severity === 'error')).toMatchObject({ file: 'relations.yaml' });
    const alone = parseNetworkFiles([
      { name: 'relations.yaml', content: relations },
      { name: 'r2.yaml', content: relations.replace('t_relieves', 't2') },
    ]);
    expect(alone.network!.edges[0]).toMatchObject({ polarity: -1, evidence: [{ source: 'chen2015' }] });
    expect(alone.problems.some((p) => p.severity === 'warning')).toBe(true);
  });
});

describe('links', () => {
  // The app's one link rule (model/webLink.ts; tests/import/linkRule.test.tsx checks the importer uses it).
  it('only http(s) links are links', () => {
    expect(webUrl('https://www.ndexbio.org/')).toBe('https://www.ndexbio.org/');
    expect(webUrl('http://example.org/a?b=1')).toBe('http://example.org/a?b=1');
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      '//host/x',
      'https://',
      'www.x.org',
    ])
      expect(webUrl(bad)).toBeUndefined();
  });
});

describe('line numbers', () => {
  it('the fast line finder agrees with a plain count', () => {
    const text = 'ab\ncd\n\nefg\n';
    const at = lineFinder(text);
    for (let i = 0; i <= text.length; i++) expect(at(i)).toEqual(lineColAt(text, i));
  });
});

describe('the entry point', () => {
  it('refuses files above the size limit with their size', () => {
    const r = parseNetworkFile('big.cx2', 'x'.repeat(2000), { maxBytes: 1000 });
    expect(r.problems[0]!.message).toMatch(/MB, more than/);
    expect(MAX_IMPORT_BYTES).toBe(50 * 1024 * 1024);
  });

  it('names unsupported and binary files and what to do', () => {
    expect(parseNetworkFile('s.cys', new Uint8Array([80, 75, 3, 4])).problems[0]!.hint).toMatch(/Export/);
    expect(
      parseNetworkFile('x.cx2', new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x80])).problems[0]!.message,
    ).toMatch(/not text|binary/);
    expect(parseNetworkFile('x.dat', 'hello: [').problems[0]!.severity).toBe('error');
    expect(
      parseNetworkFile('g.json', '{"directed":true,"nodes":[{"id":1}],"links":[]}').problems[0]!.hint,
    ).toMatch(/write_graphml/);
  });

  it('sniffs the format from content when the extension does not tell', () => {
    expect(parseNetworkFile('net.json', fixture('aliases-defaults.valid.cx2')).network?.format).toBe('cx2');
    expect(parseNetworkFile('net.json', fixture('ndex-pathway.valid.cx')).network?.format).toBe('cx');
    expect(parseNetworkFile('net.cx', fixture('aliases-defaults.valid.cx2')).network?.format).toBe('cx2');
    expect(parseNetworkFile('net.xml', fixture('every-key-type.valid.graphml')).network?.format).toBe(
      'graphml',
    );
    expect(parseNetworkFile('net.txt', fixture('signed-tabs.valid.sif')).network?.format).toBe('sif');
    expect(parseNetworkFile('net.txt', fixture('edge-list.valid.csv')).network?.format).toBe('csv');
    expect(parseNetworkFile('net', fixture('entities.valid.yaml')).network?.format).toBe('nociscope');
  });

  it('says which format a file was read as, also when it has errors', () => {
    expect(parseNetworkFile('a.graphml', '<graphml><graph>').format).toBe('graphml');
    expect(parseNetworkFile('a.json', fixture('aliases-defaults.valid.cx2')).format).toBe('cx2');
    expect(parseNetworkFile('a.bin', '\u0001\u0002').format).toBeUndefined();
  });

  it('reads a file as the format it is told, whatever its name', () => {
    const r = parseNetworkFile('list.csv', 'A\tinhibits\tB\n', { format: 'sif' });
    expect(r.network).toMatchObject({ format: 'sif', edges: [{ interaction: 'inhibits', polarity: -1 }] });
  });

  it('reports progress from 0 to 1, never going back, for every format', () => {
    const names = [
      'aliases-defaults.valid.cx2',
      'ndex-pathway.valid.cx',
      'cytoscape-desktop.valid.cyjs',
      'every-key-type.valid.graphml',
      'signed-tabs.valid.sif',
      'edge-list.valid.csv',
      'entities.valid.yaml',
    ];
    for (const name of names) {
      const seen: number[] = [];
      parseNetworkFile(name, fixture(name), { onProgress: (f) => seen.push(f) });
      expect(seen[0], name).toBeGreaterThanOrEqual(0);
      expect(seen.at(-1), name).toBe(1);
      expect(
        [...seen].sort((a, b) => a - b),
        name,
      ).toEqual(seen);
    }
  });

  it('keeps an attribute named __proto__ as data without touching prototypes', () => {
    const r = parseNetworkFile(
      'p.cyjs',
      '{"elements":{"nodes":[{"data":{"id":"a","__proto__":{"polluted":1}}}]}}',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.network!.nodes[0]!.attributes['__proto__']).toBe('{"polluted":1}');
  });
});
