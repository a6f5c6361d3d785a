// @vitest-environment node
// Files as desktop tools and databases really write them (Cytoscape desktop, yEd, networkx, STRING,
// Pathway Commons). Each fixture is small and written for these tests, but copies the structure and
// quirks of a real file found in a public repository; the comment above each test names it.
import { describe, expect, it } from 'vitest';
import { parseNetworkFile, parseNetworkFiles } from '../../src/import/parse';
import { edgeBetween, fixture, networkOf, node } from './helpers';

const DIR = 'real-desktop';

describe('GraphML from yEd', () => {
  // Real file: yEd 3.12 output as written by a TGF converter (a repository's src/tgf_to_graphml.pl):
  // every node has empty <data key="d4"/> (name) and its label only in y:NodeLabel; edge words only
  // in y:EdgeLabel. yEd groups (ProxyAutoBoundsNode with a nested <graph>, ids "n2::n0") come from
  // yEd's own saved files. Before: the group made the file refused (an edge to "n2::n0" pointed
  // nowhere), the empty name hid the label, and edge labels were lost.
  const { network, problems } = networkOf(`${DIR}/yed-groups.valid.graphml`);

  it('takes the drawn label when the name key is written empty', () => {
    expect(problems).toEqual([]);
    expect(node(network, 'TNF')).toMatchObject({ id: 'n0', position: { x: 140, y: 115 } });
    expect(node(network, 'IL10').id).toBe('n1');
  });

  it('reads the nodes of a group, marks them with the group, and takes the open realizer', () => {
    expect(network.nodes.map((n) => n.id)).toEqual(['n0', 'n1', 'n2', 'n2::n0']);
    expect(node(network, 'Microglia').position).toEqual({ x: 150, y: 100 });
    const p2x4 = node(network, 'P2X4');
    expect(p2x4.attributes.group).toBe('Microglia');
    expect(p2x4.position).toEqual({ x: 50, y: 55 });
  });

  it("reads an edge's yEd label as its interaction, signed only when unambiguous", () => {
    expect(edgeBetween(network, 'IL10', 'TNF')).toMatchObject({ interaction: 'inhibits', polarity: -1 });
    expect(edgeBetween(network, 'P2X4', 'TNF')).toMatchObject({ interaction: 'binds', polarity: 0 });
  });

  it('reads the direction yEd draws: no heads is no direction, a head at the source end turns it round', () => {
    expect(edgeBetween(network, 'IL10', 'P2X4').attributes.directed).toBe(false);
    // e3 is written IL10 → TNF with its head at IL10: drawn, and read, as TNF → IL10.
    const e3 = network.edges.find((e) => e.id === 'e3')!;
    expect([e3.source, e3.target]).toEqual(['n0', 'n1']);
    expect(e3.attributes.arrow).toBe('standard');
    // A T bar is kept as the arrow's shape, not read as a sign.
    expect(edgeBetween(network, 'P2X4', 'IL10')).toMatchObject({
      polarity: 0,
      attributes: { arrow: 't_shape' },
    });
    expect(network.edges.find((e) => e.id === 'e0')!.attributes).not.toHaveProperty('arrow');
  });
});

describe('GraphML from Cytoscape desktop', () => {
  // Real writer: Cytoscape desktop's GraphMLWriter (cytoscape-impl, graphml-impl): keys for every
  // column of the node, edge and network tables, all for="node" and with the column name as id;
  // lists declared "string" and written with Java's toString ("[a, b]"). Before: the whole
  // "[RPL31A, RPL34, …]" text became one identifier.
  const { network, problems } = networkOf(`${DIR}/cytoscape-desktop.valid.graphml`);

  it('reads list columns as lists and the alias column as synonyms and identifiers', () => {
    expect(problems).toEqual([]);
    expect(network.name).toBe('galFiltered.sif');
    const n = node(network, 'YDL075W');
    expect(n.id).toBe('723');
    expect(n.identifiers).toEqual([]);
    expect(n.synonyms).toEqual(['RPL31A', 'RPL34', 'S000002233', 'ribosomal protein L31A (L34A) (YL28)']);
    expect(n.attributes).toMatchObject({ SUID: 723, selected: false, gal1RGexp: -0.211 });
    expect(node(network, 'YDR395W')).toMatchObject({ identifiers: ['uniprot:P01137'], synonyms: ['KAP108'] });
  });

  it('reads edge columns although their keys say for="node"', () => {
    const e = edgeBetween(network, 'YDR395W', 'YDL075W');
    expect(e).toMatchObject({ interaction: 'pp', polarity: 0 });
    expect(e.attributes).toMatchObject({ SUID: 724, EdgeBetweenness: 4, selected: false });
  });

  it('keeps a bracketed name as text, and brackets in files from other tools', () => {
    const cy = parseNetworkFile(
      'cy.graphml',
      '<graphml><key attr.name="SUID" attr.type="long" for="node" id="SUID"/><key attr.name="shared name" attr.type="string" for="node" id="shared name"/><key attr.name="name" attr.type="string" for="node" id="name"/><graph id="net"><node id="1"><data key="name">[Ca2+]</data></node></graph></graphml>',
    );
    expect(cy.network!.nodes[0]!.label).toBe('[Ca2+]');
    const other = parseNetworkFile(
      'o.graphml',
      '<graphml><key attr.name="note" attr.type="string" for="node" id="d0"/><graph><node id="a"><data key="d0">[see figure 2]</data></node></graph></graphml>',
    );
    expect(other.network!.nodes[0]!.attributes.note).toBe('[see figure 2]');
  });
});

describe('GraphML from networkx', () => {
  // Real writer: networkx's GraphMLWriter.add_edges (networkx/readwrite/graphml.py) writes a
  // MultiGraph's edge key as the edge id, so every pair's first edge is id="0". Before: a warning
  // "a second edge has the id …" for almost every edge (200 listed, the rest counted).
  it("reads a MultiDiGraph's repeated per-pair ids as keys, without a warning each", () => {
    const { network, problems } = networkOf(`${DIR}/networkx-multidigraph.valid.graphml`);
    expect(problems).toEqual([]);
    expect(network.edges.map((e) => [e.source, e.target, e.interaction, e.attributes.key])).toEqual([
      ['TGFB1', 'TNF', 'inhibits', '0'],
      ['TGFB1', 'TNF', 'binds', '1'],
      ['IL10', 'TNF', 'inhibits', '0'],
    ]);
    expect(new Set(network.edges.map((e) => e.id)).size).toBe(3);
  });

  it('still warns when one edge id is truly given twice', () => {
    const r = parseNetworkFile(
      'dup.graphml',
      '<graphml><graph><node id="a"/><node id="b"/><edge id="x" source="a" target="b"/><edge id="x" source="a" target="b"/></graph></graphml>',
    );
    expect(r.problems).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/second edge/) }),
    ]);
  });

  // networkx reads and writes no <desc>, but the GraphML primer's examples and other writers put the
  // graph's description there. Before: dropped.
  it("keeps the graph's <desc> as its description", () => {
    const r = parseNetworkFile(
      'desc.graphml',
      '<graphml><graph id="Pain network"><desc>Nerve injury, spinal cord</desc><node id="a"/></graph></graphml>',
    );
    expect(r.network).toMatchObject({
      name: 'Pain network',
      attributes: { description: 'Nerve injury, spinal cord' },
    });
  });
});

describe('GraphML from igraph', () => {
  // Real writer: igraph's write_graph(format = "graphml") (keys v_name, v_x, e_weight…), which writes a
  // missing number as NaN, as networkx writes "nan". Before: the text "NaN" was kept as the value.
  it('reads a NaN number as no value', () => {
    const r = parseNetworkFile(
      'ig.graphml',
      '<graphml><key id="v_name" for="node" attr.name="name" attr.type="string"/><key id="v_score" for="node" attr.name="score" attr.type="double"/><graph id="G" edgedefault="undirected"><node id="n0"><data key="v_name">TGFB1</data><data key="v_score">NaN</data></node><node id="n1"><data key="v_name">TNF</data><data key="v_score">0.5</data></node></graph></graphml>',
    );
    expect(r.problems).toEqual([]);
    expect(node(r.network!, 'TGFB1').attributes).toEqual({});
    expect(node(r.network!, 'TNF').attributes).toEqual({ score: 0.5 });
  });
});

describe('relation and sign attributes however they are capitalised', () => {
  // Real habit: R and Python users name edge attributes "Interaction", "Effect", "Sign" (igraph's
  // write_graph and networkx keep the names as given). Before: read as plain attributes, unsigned.
  it('reads them in GraphML and Cytoscape.js JSON', () => {
    const g = parseNetworkFile(
      'r.graphml',
      '<graphml><key id="e_Effect" for="edge" attr.name="Effect" attr.type="string"/><graph edgedefault="directed"><node id="a"/><node id="b"/><edge source="a" target="b"><data key="e_Effect">inhibition</data></edge></graph></graphml>',
    );
    expect(g.problems).toEqual([]);
    expect(g.network!.edges[0]).toMatchObject({ polarity: -1, attributes: {} });
    const c = parseNetworkFile(
      'py.json',
      JSON.stringify({
        elements: {
          nodes: [{ data: { id: 'a' } }, { data: { id: 'b' } }],
          edges: [{ data: { id: 'e', source: 'a', target: 'b', Interaction: 'activates', Weight: 2 } }],
        },
      }),
    );
    expect(c.network!.edges[0]).toMatchObject({
      interaction: 'activates',
      polarity: 1,
      attributes: { Weight: 2 },
    });
  });
});

describe('GraphML from Gephi', () => {
  // Real shape: Gephi's GraphML export as quoted in tutorials and in scripts that imitate it (keys
  // label, "Edge Label" (id edgelabel), weight, "Edge Id", r, g, b, x, y, size). Before: the edge's
  // label, its only word for the relation, stayed an attribute and the edge unsigned.
  it("reads Gephi's Edge Label as the interaction, and its x/y as the position", () => {
    const { network, problems } = networkOf(`${DIR}/gephi.valid.graphml`);
    expect(problems).toEqual([]);
    expect(node(network, 'TNF')).toMatchObject({
      kind: 'cytokine',
      position: { x: 448.70392, y: -326.18866 },
      attributes: { r: 6, g: 172, b: 172, size: 13.333334 },
    });
    const e = edgeBetween(network, 'IL10', 'TNF');
    expect(e).toMatchObject({ id: '0', interaction: 'inhibits', polarity: -1 });
    expect(e.attributes).toEqual({ weight: 1, 'Edge Id': '0' });
  });
});

describe('GraphML from graph-tool', () => {
  // Real writer: graph-tool's GraphML (src/graph/graphml.cpp names its types boolean, short, int, long,
  // float, double, vector_*, string, python_object; str_repr.hh joins vectors with ", " and escapes
  // ", " inside strings as ",\\ "); files of the Netzschleuder collection carry "_pos" as vector_float
  // and older versions write C hexadecimal floats. Before: four "type GraphML does not define"
  // warnings, and vectors and hexadecimal floats kept as text with a warning each.
  it('reads its types: short, hexadecimal floats, numeric and string vectors', () => {
    const { network, problems } = networkOf(`${DIR}/graph-tool-types.valid.graphml`);
    expect(problems).toEqual([]);
    expect(network.name).toBe('graph-tool test network');
    expect(network.attributes.description).toBe('A small test graph');
    const tgf = node(network, 'TGFB1');
    expect(tgf.attributes._pos).toEqual([-3, 5]);
    expect(tgf.synonyms).toEqual(['TGF-beta1', 'TGF-b1, latent']);
    expect(tgf.attributes.state).toBe('gANLAS4=');
    expect(node(network, 'TNF').attributes._pos).toEqual([2.5, -1]);
    expect(node(network, 'TNF').synonyms).toEqual([]);
    const e = edgeBetween(network, 'TGFB1', 'TNF');
    expect(e.attributes.weight).toBe(3);
    expect(e.attributes.score).toBeCloseTo(0.1, 15);
  });

  it('still warns on a vector item that is not of its type', () => {
    const r = parseNetworkFile(
      'gt.graphml',
      '<graphml><key id="k" for="node" attr.name="v" attr.type="vector_int"/><graph><node id="a"><data key="k">1, x</data></node></graph></graphml>',
    );
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'warning', field: 'v' })]);
    expect(r.network!.nodes[0]!.attributes.v).toBe('1, x');
  });
});

describe('CSV/TSV as databases and Cytoscape desktop export them', () => {
  // Real file: STRING's "Export > as tabular text output" (string_interactions.tsv), quoted in a
  // repository's R script as "sigs.string_network_coordinates.tsv": a header starting "#node1",
  // node1/node2 names, node1_string_id/node2_string_id and channel scores. Before: refused ("no source
  // and target columns"), and every score was text.
  it("reads STRING's TSV: the '#' header, scores as numbers, STRING ids on the nodes", () => {
    const { network, problems } = networkOf(`${DIR}/string-interactions.valid.tsv`);
    expect(problems).toEqual([]);
    expect(network.nodes.map((n) => n.id)).toEqual(['Tgfb1', 'Tnf', 'Il10']);
    expect(node(network, 'Tnf').attributes).toEqual({ string_id: '10090.example-Tnf' });
    const e = edgeBetween(network, 'Tgfb1', 'Tnf');
    expect(e.attributes.combined_score).toBe(0.951);
    expect(e.attributes.gene_fusion).toBe(0);
    expect(e.attributes).not.toHaveProperty('node1_string_id');
    expect(e.polarity).toBe(0);
    // STRING's associations have no direction.
    expect(network.directed).toBe(false);
  });

  // Real file shape: Cytoscape desktop's File > Export > Table to File on the edge table of
  // galFiltered.sif (the columns the Cytoscape manual lists: "SUID","shared interaction","shared
  // name","name","selected","interaction", plus computed columns such as EdgeBetweenness). There is no
  // source or target column; the edge name is "source (interaction) target". Before: read as a nodes
  // table, every edge becoming a node named "YGR085C (pp) YLR075W".
  it("reads Cytoscape's edge table export by splitting each edge name at its interaction", () => {
    const { network, problems } = networkOf(`${DIR}/cytoscape-edge-table.valid.csv`);
    expect(problems).toEqual([]);
    expect(network.edges).toHaveLength(3);
    const pp = edgeBetween(network, 'YGR085C', 'YLR075W');
    expect(pp).toMatchObject({ interaction: 'pp', polarity: 0 });
    expect(pp.attributes).toMatchObject({ SUID: 659, selected: false, EdgeBetweenness: 12.5 });
    expect(edgeBetween(network, 'YGR085C', 'YDR395W').attributes.selected).toBe(true);
    // A node name with parentheses of its own is split at the interaction, not at the first "(".
    expect(edgeBetween(network, 'Protein kinase C (PKC)', 'YPR102C')).toMatchObject({
      interaction: 'inhibits',
      polarity: -1,
    });
  });

  it("joins Cytoscape's node table and edge table exports opened together", () => {
    const r = parseNetworkFiles(
      ['cytoscape-node-table.valid.csv', 'cytoscape-edge-table.valid.csv'].map((name) => ({
        name,
        content: fixture(`${DIR}/${name}`),
      })),
    );
    expect(r.problems).toEqual([]);
    expect(r.network!.nodes).toHaveLength(5);
    expect(node(r.network!, 'YDR395W').attributes).toMatchObject({ Degree: 8, selected: true });
    expect(node(r.network!, 'YGR085C').attributes.gal1RGexp).toBe(-0.122);
    // Its alias list (CSVCyWriter joins list items) holds other names, and ids for networks from NDEx.
    expect(node(r.network!, 'YGR085C')).toMatchObject({
      identifiers: [],
      synonyms: ['RPL11B', 'S000003317', 'ribosomal protein L11B (L16B) (rp39B) (YL22)'],
    });
    expect(node(r.network!, 'YLR075W')).toMatchObject({
      identifiers: ['uniprot:P01137'],
      synonyms: ['GRC5'],
    });
    expect(node(r.network!, 'YLR075W').attributes).not.toHaveProperty('alias');
  });

  it('says which row of a Cytoscape edge table has a name it cannot split', () => {
    const r = parseNetworkFile(
      'edges.csv',
      '"SUID","name","interaction"\n"1","A (pp) B","pp"\n"2","no ends here","pp"\n',
    );
    expect(r.network).toBeUndefined();
    expect(r.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        row: 3,
        field: 'name',
        message: expect.stringMatching(/source \(interaction\) target/),
      }),
    ]);
  });

  // Real file shape: BioGRID's tab2 download (BIOGRID-…tab2.txt, header as BioGRID documents it):
  // "#BioGRID Interaction ID", Entrez/BioGRID id/systematic name/official symbol/synonyms for
  // "Interactor A" and "Interactor B", "Pubmed ID", and "-" for missing values. (The id cells are "-"
  // here: this project writes no identifier it has not verified.) Before: refused.
  it("reads BioGRID's tab2 columns: symbols as nodes, synonyms, PubMed ids, '-' as no value", () => {
    const { network, problems } = networkOf(`${DIR}/biogrid-tab2.valid.tsv`);
    expect(problems).toEqual([]);
    const tgf = node(network, 'TGFB1');
    expect(tgf.identifiers).toEqual([]);
    expect(tgf.synonyms).toEqual(['TGF-beta1', 'TGF-b1']);
    expect(tgf.attributes).toEqual({ Organism: 9606 });
    const e = edgeBetween(network, 'TGFB1', 'TNF');
    expect(e.evidence).toEqual([{ pmid: '33456473' }]);
    expect(e.attributes['Experimental System']).toBe('Affinity Capture-Western');
    expect(e.attributes).not.toHaveProperty('Score');
    expect(e.attributes).not.toHaveProperty('Official Symbol Interactor A');
    expect(edgeBetween(network, 'IL10', 'TNF').attributes.Score).toBe(0.91);
    expect(network.directed).toBe(false);
  });

  // BioGRID's tab3 adds "SWISS-PROT Accessions Interactor A/B", several joined by "|".
  it("reads BioGRID tab3's SWISS-PROT accessions as UniProt identifiers", () => {
    const r = parseNetworkFile(
      'biogrid.tab3.tsv',
      '#BioGRID Interaction ID\tOfficial Symbol Interactor A\tOfficial Symbol Interactor B\tSWISS-PROT Accessions Interactor A\tSWISS-PROT Accessions Interactor B\n' +
        '1\tTGFB1\tIL10\tP01137\tP22301|-\n',
    );
    expect(r.problems).toEqual([]);
    expect(node(r.network!, 'TGFB1').identifiers).toEqual(['UniProt:P01137']);
    expect(node(r.network!, 'IL10').identifiers).toEqual(['UniProt:P22301']);
  });

  // Real shape: SIGNOR's causal table (the columns INDRA's SIGNOR processor names: ENTITYA, TYPEA,
  // IDA, DATABASEA, ENTITYB…, EFFECT, MECHANISM, …, PMID, DIRECT, …, SIGNOR_ID). Before: refused ("no
  // source and target columns").
  it('reads SIGNOR: ends, their type and database ids, EFFECT as the (signed) relation, PMIDs', () => {
    const { network, problems } = networkOf(`${DIR}/signor.valid.tsv`);
    // SIGNOR writes "Other" where a reference is not in PubMed: kept as text, said once for its row.
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', row: 3, field: 'PMID' })]);
    expect(node(network, 'TGFB1')).toMatchObject({ kind: 'protein', identifiers: ['uniprot:P01137'] });
    expect(node(network, 'GENE_Y')).toMatchObject({
      kind: 'phenotype',
      identifiers: ['signor:SIGNOR-PH-example'],
    });
    expect(edgeBetween(network, 'TGFB1', 'TNF')).toMatchObject({
      interaction: 'form complex',
      polarity: 0,
      evidence: [{ pmid: '15995723' }],
      attributes: { MECHANISM: 'binding', DIRECT: 'YES', SIGNOR_ID: 'SIGNOR-example-1', SCORE: 0.5 },
    });
    expect(edgeBetween(network, 'GENE_X', 'GENE_Y')).toMatchObject({ polarity: 1 });
    expect(edgeBetween(network, 'GENE_X', 'GENE_Z')).toMatchObject({
      polarity: -1,
      evidence: [{ pmid: '33456473' }],
    });
    expect(network.directed).toBe(true);
  });

  it('reads identifier columns given for each end (source_hgnc / target_hgnc, uniprot)', () => {
    const r = parseNetworkFile(
      'ids.csv',
      'source,target,source_hgnc,target_hgnc,Source UniProt,Target UniProt,source_type,target_type\n' +
        'TGFB1,TNF,11766,HGNC:11892,P01137,P01375,protein,cytokine\n',
    );
    expect(r.problems).toEqual([]);
    expect(node(r.network!, 'TGFB1')).toMatchObject({
      identifiers: ['HGNC:11766', 'UniProt:P01137'],
      kind: 'protein',
    });
    expect(node(r.network!, 'TNF')).toMatchObject({
      identifiers: ['HGNC:11892', 'UniProt:P01375'],
      kind: 'cytokine',
    });
    expect(r.network!.edges[0]!.attributes).toEqual({});
  });

  // Real shape: Gephi's Data Laboratory "Export table" for edges (Source, Target, Type, Id, Label,
  // timeset, Weight), and spreadsheets with capitalised headers. Before: "Relation", "Interaction
  // Type", "Sign" and Gephi's "Label" stayed plain attributes, so no edge had a relation or a sign.
  it('reads relation and sign columns however they are capitalised, and Gephi edge tables', () => {
    const caps = parseNetworkFile('caps.csv', 'Source,Target,Relation,Sign,PMID\nA,B,binds,-1,15995723\n');
    expect(caps.network!.edges[0]).toMatchObject({
      interaction: 'binds',
      polarity: -1,
      evidence: [{ pmid: '15995723' }],
      attributes: { PMID: 15995723 },
    });
    const spaced = parseNetworkFile('s.csv', 'source,target,Interaction Type\nA,B,inhibits\n');
    expect(spaced.network!.edges[0]).toMatchObject({ interaction: 'inhibits', polarity: -1 });
    const gephi = parseNetworkFile(
      'edges.csv',
      'Source,Target,Type,Id,Label,timeset,Weight\nA,B,Directed,0,inhibits,,1.0\nB,C,Directed,1,,,2.0\n',
    );
    expect(gephi.problems).toEqual([]);
    expect(
      gephi.network!.edges.map((e) => [e.id, e.interaction, e.attributes.Type, e.attributes.Weight]),
    ).toEqual([
      ['0', 'inhibits', 'Directed', 1],
      ['1', undefined, 'Directed', 2],
    ]);
  });

  it('reads node table columns however they are capitalised', () => {
    const r = parseNetworkFiles([
      {
        name: 'nodes.csv',
        content: 'Id,LABEL,Type,Synonyms,X,Y\nn1,TGFB1,protein,TGF-beta1,10,-20\nn2,TNF,cytokine,,0,0\n',
      },
      { name: 'edges.csv', content: 'Source,Target\nn1,n2\n' },
    ]);
    expect(r.problems).toEqual([]);
    expect(node(r.network!, 'TGFB1')).toMatchObject({
      id: 'n1',
      kind: 'protein',
      synonyms: ['TGF-beta1'],
      position: { x: 10, y: -20 },
    });
  });

  // Real writer: R's write.table(edges, sep = "\t") — row names on by default, and no header cell
  // for them. Before: every column was read one to the left (sources "1", "2"…).
  it("reads R's write.table output, whose row names have no header cell", () => {
    const r = parseNetworkFile(
      'edges.tsv',
      '"source"\t"target"\t"relation"\n"1"\t"TGFB1"\t"TNF"\t"inhibits"\n"2"\t"IL10"\t"TNF"\t"binds"\n',
    );
    expect(r.problems).toEqual([]);
    expect(r.network!.edges.map((e) => [e.source, e.target, e.interaction, e.attributes])).toEqual([
      ['TGFB1', 'TNF', 'inhibits', {}],
      ['IL10', 'TNF', 'binds', {}],
    ]);
  });

  it('keeps a plain edge list directed', () => {
    expect(parseNetworkFile('e.csv', 'source,target\nA,B\n').network!.directed).toBe(true);
  });

  it('keeps a sign column as written, "-" included, while typing number columns', () => {
    const r = parseNetworkFile('signs.csv', 'source,target,sign,weight\nA,B,-,2\nC,D,1,-\n');
    expect(r.network!.edges.map((e) => e.polarity)).toEqual([-1, 1]);
    expect(r.network!.edges.map((e) => e.attributes.weight)).toEqual([2, undefined]);
    // Leading zeros are an id, not a number.
    const ids = parseNetworkFile('ids.csv', 'source,target,code\nA,B,007\nC,D,12\n');
    expect(ids.network!.edges.map((e) => e.attributes.code)).toEqual(['007', '12']);
  });
});

describe("SIF: Pathway Commons' extended SIF", () => {
  // Real file shape: Pathway Commons' EXTENDED_BINARY_SIF downloads (PathwayCommons12.<source>.hgnc.txt),
  // whose two headers an NDEx loader script reads (ndex-python's ebs loader) and Pathway Commons'
  // README describes: an edge table with data sources, PubMed ids, pathway names and mediators
  // (";"-joined), a blank line, then a participants table with type, name and xrefs. Before: the
  // header became an edge "PARTICIPANT_A → PARTICIPANT_B" and every extra column a further target
  // (29 nodes and 24 edges for this 5-node, 3-edge file).
  const { network, problems } = networkOf(`${DIR}/pathwaycommons-extended.valid.sif`);

  it('reads the edge columns: interaction, PubMed ids as evidence, the rest as lists', () => {
    expect(problems).toEqual([]);
    expect(network.edges).toHaveLength(3);
    const e = edgeBetween(network, 'TGFB1', 'IL10');
    expect(e).toMatchObject({ interaction: 'controls-expression-of', polarity: 0 });
    expect(e.evidence).toEqual([{ pmid: '33456473' }, { pmid: '15995723' }]);
    expect(e.attributes.INTERACTION_DATA_SOURCE).toEqual(['pid', 'reactome']);
    expect(e.attributes.PATHWAY_NAMES).toEqual(['TGF-beta receptor signaling']);
    expect(edgeBetween(network, 'TNF', 'TNFRSF1A').evidence).toEqual([]);
  });

  it('reads the participants table: kind, name, and xrefs as identifiers', () => {
    expect(network.nodes).toHaveLength(5);
    expect(node(network, 'TGFB1')).toMatchObject({
      kind: 'Protein',
      identifiers: ['uniprot:P01137', 'hgnc.symbol:TGFB1', 'HGNC:11766'],
      synonyms: ['Transforming growth factor beta-1 proprotein'],
    });
    // A small molecule is named, not shown as its ChEBI id.
    expect(node(network, 'prostaglandin E2')).toMatchObject({
      id: 'CHEBI:15551',
      kind: 'SmallMolecule',
      identifiers: ['CHEBI:15551'],
    });
    expect(edgeBetween(network, 'prostaglandin E2', 'TNF').interaction).toBe('chemical-affects');
  });

  it('reads the same file saved as .tsv (before: refused, "no source and target columns")', () => {
    const r = parseNetworkFile('pc.tsv', fixture(`${DIR}/pathwaycommons-extended.valid.sif`));
    expect(r.problems).toEqual([]);
    expect([r.network!.nodes.length, r.network!.edges.length]).toEqual([5, 3]);
    expect(node(r.network!, 'prostaglandin E2').id).toBe('CHEBI:15551');
  });

  it('reads a participant of several types (Paxtools joins them with ";")', () => {
    const r = parseNetworkFile(
      'pc.sif',
      'PARTICIPANT_A\tINTERACTION_TYPE\tPARTICIPANT_B\nA\tin-complex-with\tB\n\nPARTICIPANT\tPARTICIPANT_TYPE\tPARTICIPANT_NAME\tUNIFICATION_XREF\tRELATIONSHIP_XREF\nA\tProteinReference;RnaReference\t\t\t\n',
    );
    expect(r.problems).toEqual([]);
    expect(node(r.network!, 'A').kind).toBe('Protein;Rna');
  });

  it('says which line lacks a participant', () => {
    const r = parseNetworkFile(
      'pc.txt',
      'PARTICIPANT_A\tINTERACTION_TYPE\tPARTICIPANT_B\nA\tin-complex-with\tB\nC\tin-complex-with\t\n',
    );
    expect(r.network).toBeUndefined();
    expect(r.problems).toEqual([
      expect.objectContaining({ severity: 'error', line: 3, field: 'PARTICIPANT_B' }),
    ]);
  });
});

describe('tables saved as .txt', () => {
  // Real names: BioGRID's downloads are "BIOGRID-…tab2.txt"; a .txt file goes to the SIF reader.
  // Before: its "#" header was skipped as a comment and every row became an edge from the
  // interaction id to the Entrez id, with every other cell a further target.
  it('reads a BioGRID table saved as .txt as a table, not as SIF', () => {
    const r = parseNetworkFile('BIOGRID-ORGANISM-test.tab2.txt', fixture(`${DIR}/biogrid-tab2.valid.tsv`));
    expect(r.problems).toEqual([]);
    expect(r.network!.nodes.map((n) => n.id)).toEqual(['TGFB1', 'TNF', 'IL10']);
    expect(edgeBetween(r.network!, 'TGFB1', 'TNF').evidence).toEqual([{ pmid: '33456473' }]);
  });

  // Real file: Reactome's functional interaction network, FIsInGene_…_with_annotations.txt (its
  // first rows quoted in a repository's loader: "A1CF APOBEC1 catalyzed by; complex; input <- 1.00",
  // "A1CF CELF2 predicted - 0.90"; GENE_X… rows are placeholders). Before: read as SIF, every cell a
  // node; then, as a table, "<-" edges pointed the wrong way and no edge had a sign.
  it("reads Reactome FI's Direction: turns '<-' and '|-' round, signs '->' and '-|', leaves '-' unsigned", () => {
    const { network, problems } = networkOf(`${DIR}/reactome-fi.valid.txt`);
    expect(problems).toEqual([]);
    expect(network.edges.map((e) => [e.source, e.target, e.interaction, e.polarity])).toEqual([
      ['APOBEC1', 'A1CF', '->', 1],
      ['A1CF', 'CELF2', undefined, 0],
      ['GENE_X', 'GENE_Y', '-|', -1],
      ['GENE_Y', 'GENE_Z', '-|', -1],
    ]);
    // "-" pairs have no direction; the network, with its arrows, stays directed.
    expect(network.directed).toBe(true);
    expect(edgeBetween(network, 'A1CF', 'CELF2').attributes.directed).toBe(false);
    expect(edgeBetween(network, 'APOBEC1', 'A1CF').attributes).toEqual({
      Annotation: 'catalyzed by; complex; input',
      Direction: '<-',
      Score: 1,
    });
  });

  it("keeps SIF's own three-column header as SIF, several targets included", () => {
    const r = parseNetworkFile('net.sif', 'source\tinteraction\ttarget\nA\tpp\tB\tC\n');
    expect(r.network!.format).toBe('sif');
    expect(r.network!.edges.map((e) => e.target)).toEqual(['B', 'C']);
  });

  it("reports a table's problems with their rows", () => {
    const r = parseNetworkFile('string.txt', '#node1\tnode2\tnode1_string_id\tnode2_string_id\nA\t\tx\ty\n');
    expect(r.network).toBeUndefined();
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'error', row: 2, field: 'node2' })]);
  });
});

describe('Cytoscape.js JSON from Cytoscape desktop, networkx and web apps', () => {
  // Real file: the galFiltered export printed in the Cytoscape manual's "Supported Network File
  // Formats" (cytoscape/cytoscape-manual, also its Chinese translation): "alias" lists gene names,
  // SGD ids and a description. Before: every alias became an identifier, so none matched by name.
  it("reads Cytoscape desktop's alias as synonyms, keeping prefixed ids as identifiers", () => {
    const { network, problems } = networkOf(`${DIR}/cytoscape-desktop-alias.valid.cyjs`);
    expect(problems).toEqual([]);
    expect(network.name).toBe('galFiltered.sif');
    const n = node(network, 'YDL075W');
    expect(n.identifiers).toEqual([]);
    expect(n.synonyms).toEqual(['RPL31A', 'RPL34', 'S000002233', 'ribosomal protein L31A (L34A) (YL28)']);
    expect(n.attributes).not.toHaveProperty('alias');
    expect(n.attributes.annotation_Taxon).toBe('Saccharomyces cerevisiae');
    expect(node(network, 'YDR395W')).toMatchObject({
      identifiers: ['uniprot:P01137'],
      synonyms: ['KAP108', 'SXM1'],
    });
    expect(edgeBetween(network, 'YDR395W', 'YDL075W').interaction).toBe('pp');
  });

  // Real writer: networkx's json_graph.cytoscape_data() (networkx/readwrite/json_graph/cytoscape.py):
  // "data" is a list of [name, value] pairs, "directed" sits beside "elements", and each edge's ends
  // are the nodes' keys (kept in "value"), not their ids. Before: refused ("points to a node "2"
  // that is not in the file"), and the graph's name and undirectedness were lost.
  it("reads networkx's cytoscape_data(): graph data pairs, undirected, ends given by node key", () => {
    const { network, problems } = networkOf(`${DIR}/networkx-cytoscape-data.valid.json`);
    expect(problems).toEqual([]);
    expect(network.format).toBe('cyjs');
    expect(network.name).toBe('nerve injury (networkx)');
    expect(network.attributes.created_by).toBe('a script');
    expect(network.directed).toBe(false);
    expect(edgeBetween(network, 'TNF', 'IL10')).toMatchObject({ source: '1', target: 'hgnc:5962' });
    expect(edgeBetween(network, 'TGFB1', 'TNF').attributes.weight).toBe(2.5);
  });

  // Real writer: a web app's cy.json() (Cytoscape.js documentation, "cy.json()"): every element has
  // group, removed, selected, locked… and its classes beside its data; compound members name their
  // parent. Before: the classes, which often say what an element is, were dropped.
  it("keeps cy.json()'s classes and parent, and reads its label and positions", () => {
    const { network, problems } = networkOf(`${DIR}/cy-json-web-app.valid.json`);
    expect(problems).toEqual([]);
    expect(node(network, 'P2X4')).toMatchObject({
      position: { x: -40, y: 12.5 },
      attributes: { parent: 'glia', classes: ['protein', 'receptor'] },
    });
    expect(node(network, 'BDNF').attributes).not.toHaveProperty('classes');
    expect(edgeBetween(network, 'P2X4', 'BDNF')).toMatchObject({
      interaction: 'stimulates',
      polarity: 1,
      attributes: { classes: ['stimulation'] },
    });
  });
});

describe('Cytoscape\'s "-" placeholder interaction', () => {
  // Real source: Cytoscape's GraphML reader (cytoscape-impl GraphMLParser.createEdge) gives every edge
  // it reads the interaction "-" and the name "a (-) b"; every later export keeps it. Real file: a
  // Cytoscape 3.10.4 web-session export (zocean/ad-clinical-trials-explorer data/networks.js) of a
  // network named "G" (networkx's default graph id), every edge "n75 (-) n102". Before: every edge was
  // read as an inhibition (-1), since "-" is a sign in the polarity table.
  const warned = (problems: readonly { message: string }[]) =>
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', field: 'interaction' })]);

  it('cyjs: edges that all say "-" are read unsigned, with one warning, the word kept', () => {
    const { network, problems } = networkOf(`${DIR}/cytoscape-from-graphml.valid.cyjs`);
    warned(problems);
    expect(network.edges.map((e) => [e.interaction, e.polarity])).toEqual([
      [undefined, 0],
      [undefined, 0],
    ]);
    expect(network.edges[0]!.attributes).toMatchObject({ shared_interaction: '-', sim: -0.453034695993713 });
  });

  it('GraphML and edge tables from Cytoscape: the same', () => {
    const keys =
      '<key attr.name="SUID" attr.type="long" for="node" id="SUID"/><key attr.name="shared name" attr.type="string" for="node" id="shared name"/><key attr.name="interaction" attr.type="string" for="node" id="interaction"/>';
    const xml = `<graphml>${keys}<graph id="G"><node id="1"/><node id="2"/><edge source="1" target="2"><data key="interaction">-</data></edge></graph></graphml>`;
    const g = parseNetworkFile('g.graphml', xml);
    warned(g.problems);
    expect(g.network!.edges[0]).toMatchObject({ polarity: 0 });
    expect(g.network!.edges[0]!.interaction).toBeUndefined();
    const csv = parseNetworkFile(
      'edges.csv',
      '"SUID","interaction","name","selected","shared interaction","shared name"\n"5","-","n1 (-) n2","false","-","n1 (-) n2"\n',
    );
    warned(csv.problems);
    expect(csv.network!.edges[0]).toMatchObject({ source: 'n1', target: 'n2', polarity: 0 });
  });

  it('SIF that Cytoscape writes for such a network: every line "a - b"', () => {
    const r = parseNetworkFile('G.sif', 'n1\t-\tn2\nn1\t-\tn3\n');
    warned(r.problems);
    expect(r.network!.edges.map((e) => [e.interaction, e.polarity])).toEqual([
      [undefined, 0],
      [undefined, 0],
    ]);
    const mixed = parseNetworkFile('signs.sif', 'A\t-\tB\nA\t+\tC\n');
    expect(mixed.problems).toEqual([]);
    expect(mixed.network!.edges.map((e) => e.polarity)).toEqual([-1, 1]);
  });

  it('keeps "-" as a sign where the file mixes "+" and "-", and outside Cytoscape files', () => {
    const mixed = {
      generated_by: 'cytoscape-3.10.4',
      elements: {
        nodes: [{ data: { id: 'a' } }, { data: { id: 'b' } }],
        edges: [
          { data: { id: 'e1', source: 'a', target: 'b', interaction: '-' } },
          { data: { id: 'e2', source: 'b', target: 'a', interaction: '+' } },
        ],
      },
    };
    const r = parseNetworkFile('mixed.cyjs', JSON.stringify(mixed));
    expect(r.problems).toEqual([]);
    expect(r.network!.edges.map((e) => e.polarity)).toEqual([-1, 1]);
    const plain = parseNetworkFile('plain.csv', 'source,target,interaction\nA,B,-\n');
    expect(plain.network!.edges[0]!.polarity).toBe(-1);
  });
});

describe('PSI-MITAB (IntAct, BioGRID)', () => {
  // Real shape: IntAct's MITAB 2.7 export ("#ID(s) interactor A", "Alias(es) interactor A"… with
  // db:value(label) items joined by "|") and BioGRID's …mitab.txt ("#ID Interactor A"…); ids here are
  // verified UniProt accessions, other ids placeholders. Before: refused ("no source and target
  // columns"), or, as .txt, read as SIF.
  it('reads interactors with their gene names, ids and aliases, and the interaction type and PubMed ids', () => {
    const { network, problems } = networkOf(`${DIR}/intact-mitab.valid.txt`);
    expect(problems).toEqual([]);
    expect(node(network, 'TGFB1')).toMatchObject({
      id: 'uniprot:P01137',
      identifiers: ['uniprot:P01137', 'intact:EBI-example-1'],
      synonyms: ['tgfb1_human', 'TGFB'],
      attributes: { taxon: 'human' },
    });
    const e = edgeBetween(network, 'TGFB1', 'TNF');
    expect(e).toMatchObject({
      interaction: 'physical association',
      polarity: 0,
      evidence: [{ pmid: '15995723' }],
    });
    expect(e.attributes).toMatchObject({
      'detection method': 'anti tag coimmunoprecipitation',
      'source database': 'IntAct',
      confidence: 'intact-miscore:0.56',
    });
    expect(edgeBetween(network, 'IL10', 'TNF').evidence).toEqual([{ pmid: '33456473' }]);
    expect(network.directed).toBe(false);
  });

  // PSICQUIC services (IntAct's REST search) return MITAB rows without a header.
  it('reads MITAB rows without a header, numbering rows from 1', () => {
    const rows = String(fixture(`${DIR}/intact-mitab.valid.txt`))
      .split('\n')
      .slice(1)
      .join('\n');
    const r = parseNetworkFile('psicquic.txt', rows);
    expect(r.problems).toEqual([]);
    expect(r.network!.edges.map((e) => e.interaction)).toEqual([
      'physical association',
      'direct interaction',
    ]);
    const bad = parseNetworkFile(
      'psicquic.tsv',
      `${rows.split('\n')[0]}\n${rows.split('\n')[0]!.replace(/^[^\t]+/, '-')}\n`,
    );
    expect(bad.problems).toEqual([expect.objectContaining({ severity: 'error', row: 2 })]);
  });

  it("recognises BioGRID's MITAB header, its uniprot/swiss-prot ids, and says which row lacks an interactor", () => {
    const header =
      '#ID Interactor A\tID Interactor B\tAlt IDs Interactor A\tAlt IDs Interactor B\tAliases Interactor A\tAliases Interactor B\tInteraction Detection Method\tPublication 1st Author\tPublication Identifiers\tTaxid Interactor A\tTaxid Interactor B\tInteraction Types\tSource Database\tInteraction Identifiers\tConfidence Values\n';
    const ok = parseNetworkFile(
      'BIOGRID-test.mitab.tsv',
      header +
        'uniprot/swiss-prot:P01137\tuniprot/swiss-prot:P22301\t-\t-\t-\t-\tpsi-mi:"MI:0018"(two hybrid)\tAuthor (2005)\tpubmed:15995723\ttaxid:9606\ttaxid:9606\tpsi-mi:"MI:0407"(direct interaction)\tpsi-mi:"MI:0463"(biogrid)\tbiogrid:example\t-\n',
    );
    expect(ok.problems).toEqual([]);
    expect(ok.network!.nodes.map((n) => n.id)).toEqual(['uniprot:P01137', 'uniprot:P22301']);
    expect(ok.network!.edges[0]!.attributes['source database']).toBe('biogrid');
    const bad = parseNetworkFile('bad.mitab.tsv', header + 'uniprot/swiss-prot:P01137\t-\t-\t-\n');
    expect(bad.network).toBeUndefined();
    expect(bad.problems).toEqual([
      expect.objectContaining({ severity: 'error', row: 2, field: 'ID(s) interactor B' }),
    ]);
  });
});

describe("Cytoscape's stringApp networks", () => {
  // Real shape: a STRING network opened in Cytoscape (stringApp) and exported: each node's name is its
  // STRING id, its "display name" the gene symbol (the other helper found the same in the CX export of
  // such a network). Before: every node was labelled "9606.ENSP…".
  const data = (name: string, shown: string) => ({ name, shared_name: name, 'display name': shown });
  it('labels nodes by their display name in cyjs, GraphML and node tables, keeping the id as name', () => {
    const cyjs = parseNetworkFile(
      'string.cyjs',
      JSON.stringify({
        generated_by: 'cytoscape-3.10.2',
        elements: {
          nodes: [
            { data: { id: '1', ...data('9606.example-1', 'TGFB1') } },
            { data: { id: '2', name: 'TNF' } },
          ],
          edges: [{ data: { id: '3', source: '1', target: '2', interaction: 'pp' } }],
        },
      }),
    );
    expect(cyjs.network!.nodes.map((n) => [n.label, n.attributes.name])).toEqual([
      ['TGFB1', '9606.example-1'],
      ['TNF', undefined],
    ]);
    const graphml = parseNetworkFile(
      'string.graphml',
      '<graphml><key attr.name="SUID" attr.type="long" for="node" id="SUID"/><key attr.name="shared name" attr.type="string" for="node" id="shared name"/><key attr.name="name" attr.type="string" for="node" id="name"/><key attr.name="display name" attr.type="string" for="node" id="display name"/><graph id="STRING network"><node id="1"><data key="name">9606.example-1</data><data key="display name">TGFB1</data></node></graph></graphml>',
    );
    expect(graphml.network!.nodes[0]).toMatchObject({
      label: 'TGFB1',
      attributes: { name: '9606.example-1' },
    });
    const table = parseNetworkFile(
      'nodes.csv',
      '"SUID","display name","name","shared name"\n"1","TGFB1","9606.example-1","9606.example-1"\n',
    );
    expect(table.network!.nodes[0]).toMatchObject({ id: '9606.example-1', label: 'TGFB1' });
  });
});
