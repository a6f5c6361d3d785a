// What of a layer the map draws, read from the derived view's entry for it (import/layerShown.ts):
// the "Showing" line's counts, the data export's network and Fit's node ids all come from the one
// verdict. The expected values are written out by hand, not computed with the code under test.
import { describe, expect, it } from 'vitest';
import { layerFilter } from '../../src/import/facets';
import { cutsLayer, shownCounts, shownNetwork, shownNodeIds } from '../../src/import/layerShown';
import { layerView } from '../../src/model/view';
import { importedEdge, importedNetwork, importedNode } from './builders';

const network = importedNetwork;

// cell a — activates → protein b — binds → protein c — inhibits → cell a; e (cell) → d (untyped).
const net = network(
  [
    importedNode('a', 'cell'),
    importedNode('b', 'protein'),
    importedNode('c', 'protein'),
    importedNode('d'),
    importedNode('e', 'cell'),
  ],
  [
    importedEdge('ab', 'a', 'b', 'activates', 1),
    importedEdge('bc', 'b', 'c', 'binds'),
    importedEdge('ca', 'c', 'a', 'inhibits', -1),
    importedEdge('ed', 'e', 'd'),
  ],
);

/** The view's entry for the layer under these facets, as src/store/view.ts hands it to deriveView. */
const viewOf = (state: Parameters<typeof layerFilter>[1]) => {
  const { hiddenNodes, hiddenEdges } = layerFilter(net, state);
  return layerView({ id: 'l', edges: net.edges, hiddenNodes, hiddenEdges });
};

describe('what of a layer the view draws', () => {
  it('is the whole network when nothing is unticked, or when the view has no entry', () => {
    for (const shown of [viewOf(undefined), undefined]) {
      expect(cutsLayer(shown)).toBe(false);
      expect(shownCounts(net, shown)).toEqual({ nodes: 5, totalNodes: 5, edges: 4, totalEdges: 4 });
      expect(shownNetwork(net, shown)).toBe(net);
      expect(shownNodeIds(net, shown)).toEqual(['a', 'b', 'c', 'd', 'e']);
    }
  });

  it('leaves out an unticked type’s nodes with every edge that touches them', () => {
    const shown = viewOf({ nodeTypes: ['v:cell'] });
    expect(cutsLayer(shown)).toBe(true);
    // a and e go; ab, ca (touch a) and ed (touches e) go with them; bc stays.
    expect(shownCounts(net, shown)).toEqual({ nodes: 3, totalNodes: 5, edges: 1, totalEdges: 4 });
    const cut = shownNetwork(net, shown);
    expect(cut.nodes.map((n) => n.id)).toEqual(['b', 'c', 'd']);
    expect(cut.edges.map((e) => e.id)).toEqual(['bc']);
    expect(shownNodeIds(net, shown)).toEqual(['b', 'c', 'd']);
  });

  it('leaves out a node of an unticked type that has no edges: the layer is cut though no edge goes', () => {
    const lone = network([importedNode('x', 'cell'), importedNode('y', 'protein')], []);
    const { hiddenNodes, hiddenEdges } = layerFilter(lone, { nodeTypes: ['v:cell'] });
    const shown = layerView({ id: 'l', edges: lone.edges, hiddenNodes, hiddenEdges });
    expect(shown.goneEdges.size).toBe(0);
    expect(cutsLayer(shown)).toBe(true);
    expect(shownNetwork(lone, shown).nodes.map((n) => n.id)).toEqual(['y']);
    expect(shownCounts(lone, shown)).toEqual({ nodes: 1, totalNodes: 2, edges: 0, totalEdges: 0 });
  });

  it('leaves out an unticked interaction’s edges and keeps every node', () => {
    const shown = viewOf({ interactions: ['v:binds'] });
    expect(shownCounts(net, shown)).toEqual({ nodes: 5, totalNodes: 5, edges: 3, totalEdges: 4 });
    expect(shownNetwork(net, shown).edges.map((e) => e.id)).toEqual(['ab', 'ca', 'ed']);
    expect(shownNodeIds(net, shown)).toHaveLength(5);
  });
});
