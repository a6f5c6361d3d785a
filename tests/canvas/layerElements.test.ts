// @vitest-environment node
// Layers to Cytoscape elements: every element marked imported, matched nodes not drawn twice (their
// edges attach to the curated entity), overlays placed beside the curated map; and the grid layout
// keeps every stored position.
import { describe, expect, it } from 'vitest';
import { importedElementId, layerElements, overlayOffsets } from '../../src/canvas/layerElements';
import { withPositions } from '../../src/import/gridLayout';
import { newLayer } from '../../src/import/layerStore';
import { parseNetworkFile } from '../../src/import/parse';

const csv = 'source,target,relation\nTGFB1,Novel,activates\nNovel,Other,inhibits\n';
const network = () => parseNetworkFile('n.csv', csv).network!;

describe('layer elements', () => {
  it('marks every element imported and attaches matched nodes to the curated entity', () => {
    const net = withPositions(network()).network;
    const tgfb1 = net.nodes.find((n) => n.label === 'TGFB1')!;
    const layer = { ...newLayer(net, 'overlay', new Map([[tgfb1.id, 'tgfb1']])), id: 'L' };
    const els = layerElements(layer, { matches: new Map(layer.matches), suffix: ' · imported' });
    expect(els.every((e) => e.classes === 'imported')).toBe(true);
    const nodes = els.filter((e) => e.group === 'nodes');
    expect(nodes.map((n) => n.data.label)).toEqual(['Novel · imported', 'Other · imported']);
    expect(nodes.some((n) => n.data.id === importedElementId('L', tgfb1.id))).toBe(false);
    const edges = els.filter((e) => e.group === 'edges');
    expect(edges.map((e) => e.data.source)).toContain('tgfb1');
    expect(edges.map((e) => e.data.polarity).sort()).toEqual([-1, 1]);
    // A big overlay's elements carry its look's classes as well.
    const big = layerElements(layer, { classes: 'big near' });
    expect(new Set(big.map((e) => e.classes))).toEqual(new Set(['imported big near']));
  });

  it('draws an unsigned relation the file gives no direction without an arrow head (class undirected)', () => {
    const classesOf = (file: string, text: string) =>
      layerElements({
        ...newLayer(withPositions(parseNetworkFile(file, text).network!).network, 'own'),
        id: 'L',
      })
        .filter((e) => e.group === 'edges')
        .map((e) => [e.data.polarity, e.classes]);
    // networkx's default: an undirected graph.
    const graphml = (edges: string) =>
      `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="i" for="edge" attr.name="interaction" attr.type="string"/>
      <graph edgedefault="undirected"><node id="a"/><node id="b"/><node id="c"/>${edges}</graph></graphml>`;
    expect(
      classesOf(
        'u.graphml',
        graphml(
          '<edge source="a" target="b"/><edge source="b" target="c"><data key="i">inhibits</data></edge>' +
            '<edge source="c" target="a" directed="true"/>',
        ),
      ),
    ).toEqual([
      [0, 'imported undirected'],
      // A stated sign keeps its head (the shape is the sign's cue beside colour); so does an edge
      // the file marks directed.
      [-1, 'imported'],
      [0, 'imported'],
    ]);
    // In a directed file, an edge marked directed: false (NCI-PID's complexes on NDEx).
    const csv = 'source,target,directed\nA,B,false\nB,C,true\n';
    expect(classesOf('d.csv', csv)).toEqual([
      [0, 'imported undirected'],
      [0, 'imported'],
    ]);
  });

  it('places overlay layers right of the curated map, top-aligned, one after the other', () => {
    const net = withPositions(network()).network;
    const a = { ...newLayer(net, 'overlay'), id: 'a' };
    const b = { ...newLayer(net, 'overlay'), id: 'b' };
    const offsets = overlayOffsets([a, b], { minX: 0, minY: -50, maxX: 1000, maxY: 500 }, 300);
    expect(offsets.get('a')).toEqual({ x: 1300, y: -50 });
    expect(offsets.get('b')!.x).toBeGreaterThan(offsets.get('a')!.x);
  });
});

describe('grid layout', () => {
  it('keeps stored positions and places only the nodes without one, below them', () => {
    const base = network();
    const stored = {
      ...base,
      nodes: base.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: 5, y: 7 } } : n)),
    };
    const { network: out, laidOut } = withPositions(stored);
    expect(laidOut).toBe(base.nodes.length - 1);
    expect(out.nodes[0]!.position).toEqual({ x: 5, y: 7 });
    for (const n of out.nodes.slice(1)) expect(n.position!.y).toBeGreaterThan(7);
    const keys = new Set(out.nodes.map((n) => `${n.position!.x},${n.position!.y}`));
    expect(keys.size).toBe(out.nodes.length);
  });

  it('lays out 10,000 nodes with distinct positions', () => {
    const nodes = Array.from({ length: 10_000 }, (_, i) => ({
      id: `n${i}`,
      label: `n${i}`,
      identifiers: [],
      synonyms: [],
      attributes: {},
    }));
    const { network: out } = withPositions({ ...network(), nodes, edges: [] });
    expect(new Set(out.nodes.map((n) => `${n.position!.x},${n.position!.y}`)).size).toBe(10_000);
  });
});
