// @vitest-environment node
// CX and CX2 files as researchers have them: each fixture in tests/fixtures/import/real-cx/ is small
// and written for these tests, in the shape of a real file (named in each block) that the readers
// got wrong before. The real files are not committed (their licences are unknown).
import { describe, expect, it } from 'vitest';
import { matchToCurated, nodeKeys } from '../../src/import/match';
import { curatedGraph } from './curated';
import { parseNetworkFile } from '../../src/import/parse';
import { edgeBetween, fixture, networkOf, node } from './helpers';

const real = (name: string) => networkOf(`real-cx/${name}`);
const idKeys = (n: Parameters<typeof nodeKeys>[0]) => [...nodeKeys(n).ids.keys()];

describe('NDEx NCI-PID networks: identifiers under a prefix their @context defines', () => {
  // Shaped like ndexbio/ndex2-client tests/data/glypican2.cx (an NCI-PID network downloaded from
  // NDEx): nodes' "r" and "alias" say "uniprot knowledgebase:P21741", which the @context aspect maps
  // to http://identifiers.org/uniprot/. Before, the identifier stayed in that form and the overlay
  // could not match it to a curated UniProt id.
  it('keeps the identifier as written and adds the CURIE the @context makes of it (CX1)', () => {
    const { network, problems } = real('nci-pid-context.valid.cx');
    expect(problems).toEqual([]);
    const mdk = node(network, 'MDK');
    expect(mdk.identifiers).toEqual([
      'uniprot knowledgebase:P21741',
      'uniprot knowledgebase:Q2LEK4',
      'uniprot:P21741',
      'uniprot:Q2LEK4',
    ]);
    expect(idKeys(mdk)).toEqual(expect.arrayContaining(['UniProt:P21741', 'UniProt:Q2LEK4']));
    // "chebi" maps to ".../chebi/CHEBI:": the same id, so nothing is added.
    expect(node(network, 'vemurafenib').identifiers).toEqual(['chebi:63637']);
    expect(mdk.position).toEqual({ x: -398.3511334928659, y: 70.71067799518471 });
    expect(edgeBetween(network, 'GPC2', 'MDK').attributes.directed).toBe(false);
    expect(network.attributes.description).toContain('<i>A test network</i>');
  });

  // Shaped like ndexbio/ndex2-client tests/data/glypican2.cx2: the same network as CX2, where the
  // @context is a network attribute holding JSON text and name/represents/interaction use aliases.
  it('reads the @context network attribute of a CX2 file the same way', () => {
    const { network, problems } = real('nci-pid-context.valid.cx2');
    expect(problems).toEqual([]);
    expect(node(network, 'MDK').identifiers).toEqual([
      'uniprot knowledgebase:P21741',
      'uniprot knowledgebase:Q2LEK4',
      'uniprot:P21741',
      'uniprot:Q2LEK4',
    ]);
    expect(node(network, 'GPC2').identifiers).toEqual(['uniprot knowledgebase:A4D2A7', 'uniprot:A4D2A7']);
    expect(edgeBetween(network, 'GPC2', 'MDK').interaction).toBe('in-complex-with');
  });

  // Shaped like ndexbio/ndex2-client ndex2/tests/network_with_position.cx (NCI-PID "Ephrin A reverse
  // signaling" from NDEx): its @context lacks "uniprot knowledgebase" though the aliases use it, and
  // edges cite PubMed in "ndex:citation" (beside, or instead of, a "pmid" list).
  it('knows NDEx\'s "uniprot knowledgebase" prefix when the @context leaves it out', () => {
    const { network } = real('nci-pid-no-context.valid.cx');
    expect(node(network, 'FYN').identifiers).toEqual(['uniprot knowledgebase:P06241', 'uniprot:P06241']);
    expect(idKeys(node(network, 'EFNA5'))).toContain('UniProt:P52803');
  });

  it('reads "ndex:citation" as citations, once each when a "pmid" list says the same', () => {
    const { network, problems } = real('nci-pid-no-context.valid.cx');
    expect(problems).toEqual([]);
    expect(edgeBetween(network, 'EPHA5', 'FYN').evidence).toEqual([
      { pmid: '10601038' },
      { pmid: '11032807' },
    ]);
    const only = edgeBetween(network, 'EFNA5', 'FYN');
    expect(only.evidence).toEqual([{ pmid: '10601038' }]);
    expect(only.attributes['ndex:citation']).toEqual(['pmid:10601038']);
    expect(edgeBetween(network, 'EFNA5', 'EPHA5').evidence).toEqual([]);
  });
});

describe('INDRA networks on NDEx: identifiers.org links in node attributes', () => {
  // Shaped like ndexbio/ndex2-client ndex2/tests/CitationsAndSupports.cx (an INDRA "rasmachine"
  // network from NDEx): identifiers are attributes named after their database whose values are
  // identifiers.org links ("HGNC": "http://identifiers.org/hgnc/HGNC:1097"), edges have citations and
  // supports, nodes carry a subnetwork "s". Before, no identifier was read from such a node.
  it('adds the CURIE of each identifiers.org link and keeps the attribute', () => {
    const { network, problems } = real('indra-identifiers-org.valid.cx');
    expect(problems).toEqual([]);
    const braf = node(network, 'BRAF');
    expect(braf.identifiers).toEqual(['uniprot:P15056', 'HGNC:1097']);
    expect(braf.attributes.HGNC).toBe('http://identifiers.org/hgnc/HGNC:1097');
    expect(idKeys(braf)).toEqual(expect.arrayContaining(['UniProt:P15056', 'HGNC:1097']));
    expect(node(network, 'senescence').identifiers).toEqual(['GO:0090398']);
    // A link that is not identifiers.org is no identifier.
    expect(node(network, 'ERK').identifiers).toEqual([]);
  });

  it('still reads its citations, supports and signs', () => {
    const { network } = real('indra-identifiers-org.valid.cx');
    const e = edgeBetween(network, 'BRAF', 'ERK');
    expect(e.polarity).toBe(1);
    expect(e.evidence).toEqual([{ pmid: '28947956' }, { note: 'A passage written for this test.' }]);
  });
});

describe('BEL-style supports that name their citation', () => {
  // NDEx's CX data model lets a `supports` element name the citation its passage is from
  // ("citation": the citation's @id); ndex2-client's CitationsAndSupports.cx writes the field (null
  // there). Before, the passage lost its PubMed id when only edgeSupports linked it to the edge.
  it('gives the passage the PubMed id of its citation', () => {
    const { network } = real('bel-support-cites.valid.cx');
    expect(network.edges[0]!.evidence).toEqual([
      { pmid: '28947956', note: 'A passage written for this test.' },
    ]);
  });
});

describe('Cytoscape desktop CX export', () => {
  // Shaped like cytoscape/cx src/test/resources/collections/nodes_edges_with_n_r_i_cy_output.cx
  // (Cytoscape's own CX output): network attributes in two scopes, the collection's (no "s") and the
  // network's ("s": its subnetwork), written collection first; cySubNetworks, cyViews,
  // cyNetworkRelations, cartesianLayout with "view", and a second metaData at the end. Before, the
  // network was named after its collection (often the file name), not after itself.
  it('names the network after the one network in the file, and keeps the collection name', () => {
    const { network, problems } = real('cytoscape-desktop-network.valid.cx');
    expect(problems).toEqual([]);
    expect(network.name).toBe('Cytokine test network');
    expect(network.attributes['collection name']).toBe('cytokines.cx');
    expect(network.nodes).toHaveLength(3);
    expect(network.edges).toHaveLength(2);
    expect(node(network, 'TNF').position).toEqual({ x: -18.78857421875, y: 75.47545289993286 });
    expect(node(network, 'TNF').attributes.score).toBe(0.75);
    expect(edgeBetween(network, 'TGFB1', 'TNF').polarity).toBe(-1);
  });

  // Shaped like cytoscape/cx cx-impl/src/test/resources/testData/networkX.cx (written by Cytoscape 3.2):
  // ids are text ("_:68"), "s" is text, the subnetworks aspect has its old name "subNetworks", and
  // numbers are text typed by "d".
  it('reads a file from Cytoscape 3.2 with text ids and the old aspect names', () => {
    const { network, problems } = real('cytoscape-3.2-legacy.valid.cx');
    expect(problems).toEqual([]);
    expect(network.name).toBe('NetworkX');
    const n7 = node(network, 'Node 7');
    expect(n7.id).toBe('_:68');
    expect(n7.attributes).toEqual({ 'Expr I': 42, Longs: 134234, OK: true });
    expect(n7.position).toEqual({ x: -205.94638214153204, y: -13 });
    expect(node(network, 'Node 1').attributes.X).toEqual([12, 1.21]);
    expect(edgeBetween(network, 'Node 1', 'Node 7').attributes.WithD).toBe(1.2);
  });

  // Shaped like cytoscape/cx src/test/resources/collections/galFiltered_2subnets.cx: a whole
  // collection of two networks sharing nodes. Before, they were merged without a word.
  it('says when a file holds several networks of a collection, and opens them together', () => {
    const r = parseNetworkFile(
      'cytoscape-collection.valid.cx',
      fixture('real-cx/cytoscape-collection.valid.cx'),
    );
    expect(r.network?.nodes).toHaveLength(3);
    expect(r.network?.name).toBe('galFiltered collection (test)');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ severity: 'warning', field: 'cySubNetworks' });
    expect(r.problems[0]!.message).toContain('2 networks');
    expect(r.problems[0]!.hint).toContain('File > Export > Network to File');
  });
});

describe('Cytoscape desktop CX2 export', () => {
  // Shaped like ndexbio/ndex2-client tests/data/demo.cx2 (Cytoscape 3.10 CX2 with nodeBypasses,
  // edgeBypasses, cyHiddenAttributes, cyTableColumn and a declared default). Already read right; kept
  // so the style and table aspects stay silent.
  it('reads names, typed values, defaults and positions without a warning', () => {
    const { network, problems } = real('cytoscape-desktop.valid.cx2');
    expect(problems).toEqual([]);
    const n = node(network, '751');
    expect(n.attributes).toEqual({
      Size: 9,
      align_fdr: 0.004,
      align_goID: 'GO:0071007',
      IsSingleNode: false,
    });
    expect(n.position).toEqual({ x: 256.8421551008104, y: -292.45574205548394 });
    expect(edgeBetween(network, '753', '751').interaction).toBe('interacts with');
  });
});

describe('WikiPathways pathways on NDEx (CX2)', () => {
  // Shaped like cytoscape/cytoscape-web test/fixtures/ndex/2496d8c5-5c74-11ec-b3be-0ac135e8bacf.valid.cx2
  // (WikiPathways WP5049 as NDEx serves it): each node's database id is in GPML's
  // "__gpml:XrefDatasource" + "__gpml:XrefId", and each edge's type is written as links
  // ('<a href="…SBO:0000170">Stimulation</a>, <a …>wikipathways:Stimulation</a>, biopax:Control').
  // Before, no node had an identifier, and every edge's interaction was that markup, unsigned.
  const { network, problems } = real('wikipathways-ndex.valid.cx2');

  it("reads each node's GPML cross-reference as an identifier", () => {
    expect(problems).toEqual([]);
    expect(node(network, 'TP53').identifiers).toEqual(['ensembl:ENSG00000141510']);
    const ampk = node(network, 'PRKAA1');
    expect(ampk.identifiers).toEqual(['uniprot:Q13131']);
    expect(idKeys(ampk)).toContain('UniProt:Q13131');
    expect(ampk.kind).toBe('Protein');
    expect(node(network, 'Pyruvate').identifiers).toEqual(['CHEBI:15361']);
    expect(node(network, 'Glycolysis').identifiers).toEqual(['wikipathways:WP534']);
    // GPML's own columns stay as they were.
    expect(ampk.attributes['__gpml:XrefId']).toBe('Q13131');
  });

  it("reads an edge type written as links as its first link's word, signed where that word is", () => {
    const inhibition = edgeBetween(network, 'TP53', 'Glycolysis');
    expect(inhibition.interaction).toBe('Inhibition');
    expect(inhibition.polarity).toBe(-1);
    expect(String(inhibition.attributes.type)).toContain('biopax:Control');
    const stimulation = edgeBetween(network, 'PRKAA1', 'NF-kB\nsignaling');
    expect(stimulation.interaction).toBe('Stimulation');
    expect(stimulation.polarity).toBe(1);
    const conversion = network.edges.find((e) => e.id === '513928')!;
    expect(conversion.interaction).toBe('Conversion');
    expect(conversion.polarity).toBe(0);
  });

  it('keeps unnamed anchor nodes, at their positions, under their CX id', () => {
    const anchor = network.nodes.find((n) => n.id === '513879')!;
    expect(anchor.label).toBe('513879');
    expect(anchor.position).toEqual({ x: 431.373463714484, y: 365.9920745407425 });
    expect(network.nodes).toHaveLength(6);
    expect(network.edges).toHaveLength(3);
  });
});

describe('CX2 written by ndex2-client (Python)', () => {
  // Shaped like what ndexbio/ndex2-client's CX2Network.to_cx2() writes (ndex2/cx2.py) for a network
  // built in Python: metaData with the node and edge counts, declarations, one networkAttributes
  // object, and no status aspect (it writes one only for a network read from a file). Before, every
  // such file was flagged "may be incomplete".
  it("takes the metaData counts as the file's word that it is whole", () => {
    const { network, problems } = real('ndex2-python-no-status.valid.cx2');
    expect(problems).toEqual([]);
    expect(network.nodes).toHaveLength(3);
    expect(edgeBetween(network, 'IL10', 'TNF').polarity).toBe(-1);
    expect(node(network, 'TGFB1').attributes.score).toBe(0.5);
  });

  it('still warns when the counts do not match what was read', () => {
    const text = fixture('real-cx/ndex2-python-no-status.valid.cx2')
      .toString('utf8')
      .replace('"elementCount": 3', '"elementCount": 4');
    const r = parseNetworkFile('cut.cx2', text);
    expect(r.network).toBeDefined();
    expect(r.problems.map((p) => [p.severity, p.field])).toEqual([['warning', 'status']]);
  });
});

describe('WikiPathways pathways exported from Cytoscape (CX)', () => {
  // Shaped like cytoscape/cx src/test/resources/specialCases/TCA Cycle Nutrient Utilization and
  // Invasiveness of Ovarian Cancer - Homo sapiens.cx (WP2868 opened with Cytoscape's WikiPathways
  // app, exported as CX): the cross-reference columns are "XrefDatasource" / "XrefId" without the
  // "__gpml:" prefix NDEx uses, edges have no interaction, graphical shapes are unnamed nodes.
  // Before, no node had an identifier.
  it('reads the cross-reference columns as identifiers', () => {
    const { network, problems } = real('wikipathways-cytoscape-app.valid.cx');
    expect(problems).toEqual([]);
    const stat3 = node(network, 'STAT3');
    expect(stat3.identifiers).toEqual(['ncbigene:6774']);
    expect(idKeys(stat3)).toContain('NCBIGene:6774');
    expect(node(network, 'Glucose').identifiers).toEqual(['HMDB:HMDB00122']);
    expect(node(network, 'TCA Cycle').identifiers).toEqual(['wikipathways:WP78']);
    expect(stat3.position).toEqual({ x: 459, y: 404 });
    // An edge the pathway draws as a plain arrow says no interaction and no sign.
    const e = edgeBetween(network, 'Glucose', 'STAT3');
    expect(e.interaction).toBeUndefined();
    expect(e.polarity).toBe(0);
    expect(e.attributes.EndArrow).toBe('Arrow');
  });
});

describe('Cytoscape groups (cyGroups)', () => {
  // Shaped like cytoscape/cx src/test/resources/collections/groups_1_collapsed.cx: a group is a node
  // with no name in "nodes" (and no position when collapsed); its name and members are in cyGroups.
  // Before, the group showed as its bare CX id, "1501".
  it('names the group node after its group and lists its members on it', () => {
    const { network, problems } = real('cytoscape-group.valid.cx');
    expect(problems).toEqual([]);
    const group = network.nodes.find((n) => n.id === '1501')!;
    expect(group.label).toBe('Group One');
    expect(group.attributes['group members']).toEqual(['Node 10', 'Node 9']);
    expect(group.position).toBeUndefined();
    expect(node(network, 'Node 9').attributes['group members']).toBeUndefined();
    expect(network.edges).toHaveLength(2);
  });
});

describe('NDEx CX2 with declarations that leave out "d"', () => {
  // Shaped like ndexbio/ndex-object-model src/test/resources/cx2_tiny_double_and_longattribute.cx
  // (an NDEx evidence network): declarations give aliases and defaults but a type only for some
  // attributes ("name": { "a": "n" }), as NDEx's own object model wrote them when "d" was only for
  // long and integer. Before, each such declaration was called "no known type" and every number in
  // an undeclared-type column was "not a string".
  it('reads values as the JSON writes them, without a type warning, and keeps aliases and defaults', () => {
    const { network, problems } = real('ndex-untyped-declarations.valid.cx2');
    // The file does leave some attributes undeclared (the network's, and the edges' "name"): said once each.
    expect(problems.map((p) => p.field)).toEqual([
      'networkAttributes.organism',
      'networkAttributes.name',
      'networkAttributes.version',
      'edges.name',
    ]);
    expect(problems.every((p) => p.message.includes('is not declared'))).toBe(true);
    expect(node(network, 'WDR48').attributes.longV).toBe(30233000000033);
    const e = edgeBetween(network, 'WDR48', 'WDR4');
    expect(e.attributes.percentile_rank_score).toBe(0.884);
    expect(e.attributes.evtype).toBe('co-essentiality');
    expect(e.interaction).toBe('interacts with');
    expect(edgeBetween(network, 'WDR48', 'WRAP53').interaction).toBe('co-expression');
  });

  it('still reports a declared type that is not a CX2 type', () => {
    const text = fixture('real-cx/ndex-untyped-declarations.valid.cx2')
      .toString('utf8')
      .replace('"dV": { "d": "double" }', '"dV": { "d": "float" }');
    const r = parseNetworkFile('typed.cx2', text);
    expect(r.network).toBeDefined();
    const typeProblems = r.problems.filter((p) => p.field?.startsWith('attributeDeclarations'));
    expect(typeProblems.map((p) => [p.severity, p.field])).toEqual([
      ['warning', 'attributeDeclarations.edges.dV'],
    ]);
    expect(typeProblems[0]!.message).toContain('no known type');
  });
});

describe('CX2 that uses the customary aliases without declaring them', () => {
  // Shaped like cytoscape/cytoscape-web test/fixtures/cx2/valid/local-created.valid.cx2 (a network
  // made in Cytoscape Web, which its reader accepts): no attributeDeclarations at all, node names
  // under "n", status before the data. Before, every node was labelled with its bare id ("0", "1"…)
  // and each attribute name got its own warning.
  it('reads "n" as the node name and says once that nothing is declared', () => {
    const { network, problems } = real('cytoscape-web-undeclared.valid.cx2');
    expect(network.nodes.map((n) => n.label)).toEqual(['node1', 'node2', 'node3']);
    expect(node(network, 'node1').attributes).toEqual({});
    expect(edgeBetween(network, 'node1', 'node2').polarity).toBe(1);
    expect(network.name).toBe('Test Network (test)');
    expect(problems.map((p) => [p.severity, p.field])).toEqual([['warning', 'attributeDeclarations']]);
  });

  it('reads an undeclared "n" as the name beside other declarations too, and says so', () => {
    const text = fixture('real-cx/cytoscape-web-undeclared.valid.cx2')
      .toString('utf8')
      .replace(
        '{ "status"',
        '{ "attributeDeclarations": [{ "edges": { "interaction": { "d": "string" } } }] },\n  { "status"',
      );
    const r = parseNetworkFile('partly.cx2', text);
    expect(r.network!.nodes.map((n) => n.label)).toEqual(['node1', 'node2', 'node3']);
    const n = r.problems.find((p) => p.field === 'nodes.n')!;
    expect(n.hint).toContain('read as "name"');
  });
});

describe('WikiPathways cross-references typed as numbers', () => {
  it('reads an Entrez id written as a number', () => {
    const text = fixture('real-cx/wikipathways-cytoscape-app.valid.cx')
      .toString('utf8')
      .replace('"n": "XrefId", "v": "6774" }', '"n": "XrefId", "v": "6774", "d": "integer" }');
    const r = parseNetworkFile('typed.cx', text);
    const stat3 = r.network!.nodes.find((n) => n.label === 'STAT3')!;
    expect(stat3.attributes.XrefId).toBe(6774);
    expect(stat3.identifiers).toEqual(['ncbigene:6774']);
  });
});

describe("labels the network's own style shows", () => {
  // Shaped like cytoscape/cytoscape-explore test/fixtures/cy-cx-conversion/output/general.json.cx
  // (cytoscape-explore's CX2 export, named .cx): nodes have no name; the style labels them with a
  // passthrough mapping on "attr3", and a node bypass sets one label by hand. Before, every node was
  // shown with its bare CX id.
  it('takes a CX2 label from the passthrough column and from a node bypass', () => {
    const { network, problems } = real('cytoscape-explore-export.valid.cx');
    expect(network.format).toBe('cx2');
    expect(problems).toEqual([]);
    expect(network.nodes.map((n) => n.label)).toEqual(['special', 'A', 'B', '5']);
    expect(network.nodes[0]!.attributes.attr3).toBe('C');
  });

  // Shaped like a STRING network exported from Cytoscape desktop as CX: "n" is the STRING protein id
  // and the style labels nodes from the "display name" column (the STRING app writes it so); one
  // node's label was set by hand (a "nodes" bypass). Before, nodes were labelled with the STRING ids
  // and so never matched the curated genes.
  it('takes a CX1 label from the mapped column, keeps the id as "name", and matches on the label', () => {
    const { network, problems } = real('cytoscape-string-label.valid.cx');
    expect(problems).toEqual([]);
    const tnf = node(network, 'TNF');
    expect(tnf.attributes.name).toBe('9606.ENSP-test-1');
    expect(tnf.attributes['display name']).toBe('TNF');
    const matched = matchToCurated(network, curatedGraph());
    expect(matched.find((m) => m.importedId === tnf.id)?.curatedId).toBe('tnf');
    expect(matched.find((m) => m.importedId === node(network, 'IL10').id)?.curatedId).toBe('il10');
    expect(node(network, 'TGF-beta1').attributes['display name']).toBe('TGFB1');
    expect(edgeBetween(network, 'TNF', 'IL10').interaction).toBe('pp');
  });

  it('keeps the name as label when the style maps the label to "name"', () => {
    const { network } = real('nci-pid-context.valid.cx');
    expect(node(network, 'MDK').attributes.name).toBeUndefined();
  });
});

describe('GO-CAM models on NDEx (CX2)', () => {
  // Shaped like cytoscape/cytoscape-web test/fixtures/ndex/06f859c1-8051-11ef-b4e1-005056ae6f73.valid.cx2
  // (a GO-CAM model as NDEx serves it): an edge has no interaction; it "represents" a Relation
  // Ontology term and its "name" is that term's label; the style shows the name on the edge. Before,
  // every edge was read without an interaction, so "directly negatively regulates" was unsigned.
  const { network, problems } = real('ndex-gocam.valid.cx2');

  it('reads the relation label as the interaction and signs the unambiguous ones', () => {
    expect(problems).toEqual([]);
    const neg = edgeBetween(network, 'RBX1', 'NFE2L2');
    expect(neg.interaction).toBe('directly negatively regulates');
    expect(neg.polarity).toBe(-1);
    expect(neg.attributes.represents).toBe('RO:0002630');
    expect(neg.attributes.evidence).toEqual(['ECO:0000314']);
    expect(edgeBetween(network, 'KEAP1', 'RBX1').polarity).toBe(1);
    const input = edgeBetween(network, 'NFE2L2', 'KEAP1');
    expect(input.interaction).toBe('has input');
    expect(input.polarity).toBe(0);
    expect(idKeys(node(network, 'KEAP1'))).toContain('UniProt:Q14145');
  });

  it("keeps an edge's own interaction over its ontology term's label", () => {
    // The label only stands in for a missing interaction: an edge that states one ("binds") is not
    // signed by the label of the term it also represents, in CX2 as in CX1 ("i").
    const edge = (v: Record<string, string>) => ({ id: 3, s: 1, t: 2, v });
    const cx2 = (v: Record<string, string>) =>
      JSON.stringify([
        { CXVersion: '2.0' },
        {
          attributeDeclarations: [
            {
              nodes: { name: { d: 'string' } },
              edges: { interaction: { d: 'string' }, name: { d: 'string' }, represents: { d: 'string' } },
            },
          ],
        },
        {
          nodes: [
            { id: 1, v: { name: 'A' } },
            { id: 2, v: { name: 'B' } },
          ],
        },
        { edges: [edge(v)] },
        { status: [{ success: true }] },
      ]);
    const read = (v: Record<string, string>) => parseNetworkFile('e.cx2', cx2(v)).network!.edges[0]!;
    const stated = read({ interaction: 'binds', name: 'positively regulates', represents: 'RO:0002213' });
    expect(stated).toMatchObject({ interaction: 'binds', polarity: 0 });
    expect(stated.attributes.name).toBe('positively regulates');
    // Without one, the label is read as before.
    expect(read({ name: 'positively regulates', represents: 'RO:0002213' })).toMatchObject({
      interaction: 'positively regulates',
      polarity: 1,
    });
    const cx1 = parseNetworkFile(
      'e.cx',
      JSON.stringify([
        {
          nodes: [
            { '@id': 1, n: 'A' },
            { '@id': 2, n: 'B' },
          ],
        },
        { edges: [{ '@id': 3, s: 1, t: 2 }] },
        {
          edgeAttributes: [
            { po: 3, n: 'interaction', v: 'binds' },
            { po: 3, n: 'name', v: 'positively regulates' },
            { po: 3, n: 'represents', v: 'RO:0002213' },
          ],
        },
      ]),
    ).network!.edges[0]!;
    expect(cx1).toMatchObject({ interaction: 'binds', polarity: 0 });
  });

  it('leaves a Cytoscape edge name ("A (interacts with) B") alone', () => {
    const { network: demo } = real('cytoscape-desktop.valid.cx2');
    expect(edgeBetween(demo, '753', '751').interaction).toBe('interacts with');
    expect(edgeBetween(demo, '753', '751').attributes.name).toBe('753 (interacts with) 751');
  });
});

describe('a style label that decorates the name', () => {
  // Shaped like ndexbio/ndex-enrichment-rest src/test/resources/glycogenesis.cx (an NDEx IQuery
  // result of a SIGNOR network): the style labels nodes from "iquerylabel", which adds query
  // statistics to the name ("GBE1 (s58%)"). The label shown is kept; the node's own name stays a
  // name to match by, so the overlay still finds the curated entity.
  it('shows the style label and still matches the curated entity by the name', () => {
    const { network, problems } = real('ndex-iquery-label.valid.cx');
    expect(problems).toEqual([]);
    const tnf = node(network, 'TNF (test label)');
    expect(tnf.synonyms).toEqual(['TNF']);
    expect(tnf.attributes.name).toBe('TNF');
    // A label equal to the name adds nothing.
    expect(node(network, 'IL10').synonyms).toEqual([]);
    const match = matchToCurated(network, curatedGraph()).find((m) => m.importedId === tnf.id);
    expect(match).toMatchObject({ curatedId: 'tnf', reason: 'synonym' });
    expect(edgeBetween(network, 'IL10', 'TNF (test label)')).toMatchObject({
      polarity: -1,
      evidence: [{ pmid: '16051738' }],
    });
  });
});

describe("Cytoscape's '-' placeholder interaction in CX and CX2", () => {
  // Cytoscape desktop gives every edge it read from GraphML the interaction "-" and keeps it when it
  // writes CX or CX2 (the cyjs, GraphML, SIF and CSV readers already know it). Read as a word, "-"
  // signed every edge as an inhibition.
  const cx2 = (interactions: string[]) =>
    JSON.stringify([
      { CXVersion: '2.0', hasFragments: false },
      {
        attributeDeclarations: [
          { nodes: { name: { d: 'string' } }, edges: { interaction: { d: 'string' } } },
        ],
      },
      { nodes: [0, 1, 2].map((id) => ({ id, v: { name: `N${id}` } })) },
      { edges: interactions.map((i, id) => ({ id, s: id, t: id + 1, v: { interaction: i } })) },
    ]);
  const cx1 = (interactions: string[]) =>
    JSON.stringify([
      { nodes: [0, 1, 2].map((id) => ({ '@id': id, n: `N${id}` })) },
      { edges: interactions.map((i, id) => ({ '@id': 10 + id, s: id, t: id + 1, i })) },
    ]);
  for (const [format, text] of [
    ['x.cx2', cx2],
    ['x.cx', cx1],
  ] as const) {
    it(`${format}: every edge "-" is the placeholder: unsigned, no interaction, one warning`, () => {
      const r = parseNetworkFile(format, text(['-', '-']));
      expect(r.network!.edges.map((e) => [e.interaction, e.polarity])).toEqual([
        [undefined, 0],
        [undefined, 0],
      ]);
      expect(
        r.problems.filter((p) => /Cytoscape gives edges it read from GraphML/.test(p.message)),
      ).toHaveLength(1);
    });
    it(`${format}: a "-" beside other words is the file's own and kept`, () => {
      const r = parseNetworkFile(format, text(['-', 'activates']));
      expect(r.network!.edges.map((e) => e.interaction)).toEqual(['-', 'activates']);
    });
  }
});
