// @vitest-environment node
// Files as desktop tools and databases really write them (Cytoscape desktop, yEd, networkx, STRING,
// Pathway Commons). Each fixture is small and written for these tests, but copies the structure and
// quirks of a real file found in a public repository; the comment above each test names it.
import { describe, expect, it } from 'vitest';
import { edgeBetween, networkOf, node } from './helpers';

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
});
