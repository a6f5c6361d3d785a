// @vitest-environment node
// A file's own visual style, read as data: CX2 visualProperties (defaults, passthrough, discrete and
// continuous mappings), the editor's locks and per-element bypasses, and cy.json()'s stylesheet;
// values checked on the way in; kept with the layer in storage. The fixture
// wikipathways-style.valid.cx2 is written from the CX2 specification in the shape of a WikiPathways
// pathway on NDEx (the real-cx fixtures were trimmed of their styles, which the tests below also read).
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { BIG_LAYER } from '../../src/canvas/importedStylesheet';
import { toCx2 } from '../../src/export/cx2';
import { toCyjs } from '../../src/export/cyjs';
import { importedToExportView } from '../../src/import/toExportView';
import { listLayers, newLayer, saveLayer } from '../../src/import/layerStore';
import { parseNetworkFile } from '../../src/import/parse';
import type { ImportedNetwork } from '../../src/import/types';
import {
  BIG_STYLED,
  defaultLook,
  lookOf,
  visualValue,
  type FileStyle,
  type VisualKey,
} from '../../src/import/visualStyle';
import { fixture } from './helpers';

const text = (name: string) => fixture(name).toString('utf8');
const read = (name: string, content: string | Uint8Array = fixture(name)) => {
  const r = parseNetworkFile(name, content);
  expect(r.network, JSON.stringify(r.problems)).toBeDefined();
  return r.network!;
};
const styled = () => read('wikipathways-style.valid.cx2');
const nodeLook = (n: ImportedNetwork, label: string) =>
  lookOf(n.style!.node, n.nodes.find((x) => x.label === label)!.id);
const edgeLook = (n: ImportedNetwork, id: string) => lookOf(n.style!.edge, id);

describe('CX2 visualProperties', () => {
  it('defaults, passthrough and discrete mappings give each node its look', () => {
    const n = styled();
    expect(n.style!.from).toBe('cx2');
    expect(n.style!.background).toBe('#ffffff');
    expect(nodeLook(n, 'TP53')).toMatchObject({
      label: 'TP53',
      width: 90,
      height: 25,
      shape: 'rectangle',
      borderWidth: 1,
      borderColor: '#000000',
      labelColor: '#000000',
      labelSize: 12,
    });
    expect(nodeLook(n, 'Glycolysis')).toMatchObject({
      shape: 'round-rectangle',
      borderWidth: 0,
      labelColor: '#14961e',
      fill: '#ffffff',
      width: 120,
    });
  });

  it('a continuous mapping interpolates colours between its points and holds them beyond', () => {
    const n = styled();
    // log2FC -2 is the lower point (blue), 1 is three quarters of the way to red.
    expect(nodeLook(n, 'TP53').fill).toBe('#0000ff');
    expect(nodeLook(n, 'PRKAA1').fill).toBe('#bf0040');
    const intervals = (n.style!.node.mappings.fill as { intervals: readonly unknown[] }).intervals;
    expect(intervals).toHaveLength(3);
  });

  it('a bypass wins over defaults and mappings, on that element only', () => {
    const n = styled();
    expect(nodeLook(n, 'pyruvate')).toMatchObject({
      labelColor: '#aa00aa',
      label: 'pyruvate',
      shape: 'ellipse',
    });
    expect(edgeLook(n, '23')).toMatchObject({ lineStyle: 'dotted', color: '#666666' });
    expect(edgeLook(n, '20')).toMatchObject({ lineStyle: 'solid', color: '#000000' });
  });

  it('arrow heads as the file maps them, none where it says none, coloured as the line when locked so', () => {
    const n = styled();
    expect(edgeLook(n, '20').targetArrow).toBe('tee');
    expect(edgeLook(n, '21')).toMatchObject({ targetArrow: 'open_delta', width: 2 });
    expect(edgeLook(n, '22').targetArrow).toBe('delta');
    // "Line" is not in the map: the default, no arrow head.
    expect(edgeLook(n, '23').targetArrow).toBe('none');
    expect(edgeLook(n, '23').sourceArrow).toBe('none');
    // arrowColorMatchesEdge: the file's red arrow colour is not used.
    expect(edgeLook(n, '20').targetArrowColor).toBeUndefined();
  });

  it('a locked node size sets width and height; unlocked, NODE_SIZE is not used', () => {
    const edited = text('wikipathways-style.valid.cx2').replace(
      '"nodeSizeLocked": false',
      '"nodeSizeLocked": true',
    );
    const n = read('locked.cx2', edited);
    // Width and Height passthroughs are then not Cytoscape's: NODE_SIZE (35) holds for every node.
    expect(nodeLook(n, 'Glycolysis')).toMatchObject({ width: 35, height: 35 });
    expect(nodeLook(styled(), 'Glycolysis')).toMatchObject({ width: 120, height: 30 });
  });

  it('values that are not what the property takes are left out, never passed on', () => {
    const edited = text('wikipathways-style.valid.cx2')
      .replace('"NODE_BACKGROUND_COLOR": "#FFFFFF"', '"NODE_BACKGROUND_COLOR": "url(javascript:alert(1))"')
      .replace('"NODE_SHAPE": "rectangle"', '"NODE_SHAPE": "<svg>"')
      .replace('"NODE_WIDTH": 60.0', '"NODE_WIDTH": 1e308')
      .replace('"NODE_LABEL_FONT_SIZE": 12', '"NODE_LABEL_FONT_SIZE": -4');
    const look = nodeLook(read('bad.cx2', edited), 'Glycolysis');
    expect(look.fill).toBeUndefined();
    expect(look.labelSize).toBeUndefined();
    expect(nodeLook(read('bad.cx2', edited), 'TP53').shape).toBeUndefined();
    expect(read('bad.cx2', edited).style!.node.defaults.width).toBe(2000);
  });

  it('real files: a background alone is no style; an edge label mapping or curved edges are one', () => {
    expect(read('real-cx/wikipathways-ndex.valid.cx2').style).toBeUndefined();
    expect(read('real-cx/nci-pid-context.valid.cx2').style).toBeUndefined();
    expect(read('spec-declarations.valid.cx2').style).toBeUndefined();
    const desktop = read('real-cx/cytoscape-desktop.valid.cx2');
    // Its node size is locked, so Cytoscape does not use its NODE_HEIGHT either.
    expect(desktop.style!.node.defaults).toEqual({});
    expect(desktop.style!.edge.defaults).toEqual({ curved: true });
    const gocam = read('real-cx/ndex-gocam.valid.cx2');
    expect(edgeLook(gocam, '3').label).toBe('directly negatively regulates');
  });
});

describe('CX version 1 cyVisualProperties', () => {
  it('a real NDEx file: its default fill, label column and shape by type', () => {
    const n = read('real-cx/ndex-iquery-label.valid.cx');
    expect(n.style!.from).toBe('cx');
    expect(lookOf(n.style!.node, '0')).toEqual({
      fill: '#e5e5e5',
      label: 'TNF (test label)',
      shape: 'ellipse',
    });
    // A background alone is no style.
    expect(read('real-cx/wikipathways-cytoscape-app.valid.cx').style).toBeUndefined();
  });

  it('definition strings: discrete, continuous (below, at and above each point) and passthrough; locks; bypasses', () => {
    const cx = [
      { numberVerification: [{ longNumber: 281474976710655 }] },
      {
        nodes: [
          { '@id': 1, n: 'A' },
          { '@id': 2, n: 'B' },
          { '@id': 3, n: 'C' },
        ],
      },
      {
        edges: [
          { '@id': 4, s: 1, t: 2, i: 'pp' },
          { '@id': 5, s: 2, t: 3, i: 'pd' },
        ],
      },
      {
        nodeAttributes: [
          { n: 'score', d: 'double', v: '0', po: 1 },
          { n: 'score', d: 'double', v: '5', po: 2 },
          { n: 'score', d: 'double', v: '20', po: 3 },
        ],
      },
      {
        cyVisualProperties: [
          {
            properties_of: 'nodes:default',
            properties: {
              NODE_FILL_COLOR: '#FFFFFF',
              NODE_SHAPE: 'ROUND_RECTANGLE',
              NODE_SIZE: '40.0',
              NODE_WIDTH: '70.0',
            },
            dependencies: { nodeSizeLocked: 'true' },
            mappings: {
              NODE_FILL_COLOR: {
                type: 'CONTINUOUS',
                definition:
                  'COL=score,T=double,L=0=#0000FF,E=0=#0000FF,G=0=#0000FF,OV=0=0.0,L=1=#FF0000,E=1=#FF0000,G=1=#FF0000,OV=1=10.0',
              },
            },
          },
          {
            properties_of: 'edges:default',
            properties: {
              EDGE_TARGET_ARROW_SHAPE: 'NONE',
              EDGE_LINE_TYPE: 'SOLID',
              EDGE_STROKE_UNSELECTED_PAINT: '#404040',
            },
            dependencies: { arrowColorMatchesEdge: 'true' },
            mappings: {
              EDGE_TARGET_ARROW_SHAPE: {
                type: 'DISCRETE',
                definition: 'COL=interaction,T=string,K=0=pd,V=0=T',
              },
              EDGE_LABEL: { type: 'PASSTHROUGH', definition: 'COL=interaction,T=string' },
            },
          },
          { properties_of: 'nodes', applies_to: 3, properties: { NODE_SHAPE: 'DIAMOND' } },
        ],
      },
      { status: [{ error: '', success: true }] },
    ];
    const n = read('styled.cx', JSON.stringify(cx));
    const node = (id: string) => lookOf(n.style!.node, id);
    expect(node('1')).toEqual({ fill: '#0000ff', shape: 'round-rectangle', width: 40, height: 40 });
    expect(node('2').fill).toBe('#800080');
    expect(node('3')).toMatchObject({ fill: '#ff0000', shape: 'diamond' });
    expect(lookOf(n.style!.edge, '4')).toEqual({
      targetArrow: 'none',
      lineStyle: 'solid',
      color: '#404040',
      label: 'pp',
    });
    expect(lookOf(n.style!.edge, '5')).toMatchObject({ targetArrow: 'tee', label: 'pd' });
  });
});

describe('cy.json() style', () => {
  const cyjs = JSON.stringify({
    elements: {
      nodes: [
        { data: { id: 'a', name: 'TGFB1', type: 'protein', score: 0 } },
        { data: { id: 'b', name: 'IL10', type: 'drug', score: 10 } },
      ],
      edges: [{ data: { id: 'e', source: 'a', target: 'b' } }],
    },
    style: [
      {
        selector: 'node',
        style: { 'background-color': 'rgb(137,208,245)', width: '40px', label: 'data(name)' },
      },
      { selector: 'node[type = "drug"]', style: { shape: 'diamond' } },
      { selector: "node[type = 'protein']", style: { shape: 'ellipse' } },
      { selector: 'node#b', style: { 'border-width': 3 } },
      { selector: 'node', style: { height: 'mapData(score, 0, 10, 20, 60)' } },
      {
        selector: 'edge',
        style: { 'target-arrow-shape': 'none', 'line-color': '#333', 'curve-style': 'straight' },
      },
      { selector: 'node:selected', style: { 'background-color': 'red' } },
      { selector: '.x', style: { 'background-color': 'javascript:x' } },
    ],
  });

  it('reads defaults, attribute rules, id rules, data() and mapData(), and leaves other selectors out', () => {
    const n = read('styled.cyjs', cyjs);
    expect(n.style!.from).toBe('cyjs');
    expect(lookOf(n.style!.node, 'a')).toEqual({
      fill: '#89d0f5',
      width: 40,
      label: 'TGFB1',
      shape: 'ellipse',
      height: 20,
    });
    expect(lookOf(n.style!.node, 'b')).toEqual({
      fill: '#89d0f5',
      width: 40,
      label: 'IL10',
      shape: 'diamond',
      height: 60,
      borderWidth: 3,
    });
    expect(lookOf(n.style!.edge, 'e')).toEqual({ targetArrow: 'none', color: '#333333', curved: false });
  });

  it('a file without a style has none', () => {
    expect(read('real-desktop/cytoscape-desktop-alias.valid.cyjs').style).toBeUndefined();
  });

  it('Nociscope’s own exports carry the app’s look, and it comes back as what the file says', () => {
    // The app writes its look into its CX2 and cyjs exports (README, Export): read back like any file's.
    const view = importedToExportView(styled());
    for (const [name, text] of [
      ['export.cyjs', toCyjs(view)],
      ['export.cx2', toCx2(view)],
    ] as const) {
      const back = read(name, text);
      expect(back.style, name).toBeDefined();
      expect(
        Object.keys(back.style!.node.mappings).length + Object.keys(back.style!.node.defaults).length,
      ).toBeGreaterThan(0);
    }
  });
});

describe('kept with the layer', () => {
  it('is stored and read back whole', async () => {
    const store = createStore('nociscope-style-test', 'layers');
    const layer = { ...newLayer(styled(), 'own'), id: 's' };
    expect(await saveLayer(layer, store)).toBeUndefined();
    const back = (await listLayers(store)).layers[0]!;
    expect(back.network.style).toEqual(layer.network.style);
  });

  it('a damaged stored style sets the record aside, never reaching the canvas', async () => {
    const store = createStore('nociscope-style-test-2', 'layers');
    const net = styled();
    const bad = { ...net, style: { ...net.style!, node: { ...net.style!.node, defaults: { fill: {} } } } };
    await saveLayer({ ...newLayer(bad as unknown as ImportedNetwork, 'own'), id: 'd' }, store);
    const list = await listLayers(store);
    expect(list.layers).toEqual([]);
    expect(list.notices).toHaveLength(1);
  });
});

describe('the look a layer opens in', () => {
  it('the file’s style when it has one, Nociscope’s for unstyled and big networks', () => {
    const n = styled();
    expect(defaultLook(n)).toBe('file');
    expect(defaultLook(read('real-cx/wikipathways-ndex.valid.cx2'))).toBe('nociscope');
    const big: ImportedNetwork = {
      ...n,
      nodes: Array.from({ length: BIG_STYLED }, (_, i) => ({ ...n.nodes[0]!, id: `${i}` })),
    };
    expect(defaultLook(big)).toBe('nociscope');
    // The same line as the canvas's fast look.
    expect(BIG_STYLED).toBe(BIG_LAYER);
  });

  it('a style is data only: no function or class survives a structured clone', () => {
    const s: FileStyle = styled().style!;
    expect(structuredClone(s)).toEqual(s);
  });
});

describe('hostile styles', () => {
  const anyValue = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom('javascript:alert(1)', 'url(x)', '#12345', 'rgb(999,0,0)', '__proto__', 1e308, -1, NaN),
  );
  const vpName = fc.constantFrom(
    'NODE_BACKGROUND_COLOR',
    'NODE_SHAPE',
    'NODE_WIDTH',
    'NODE_SIZE',
    'NODE_LABEL',
    'EDGE_TARGET_ARROW_SHAPE',
    'EDGE_LINE_STYLE',
    'EDGE_CURVED',
    '__proto__',
    'constructor',
  );
  const mapping = fc.record({
    type: fc.constantFrom('PASSTHROUGH', 'DISCRETE', 'CONTINUOUS', 'OTHER', 7),
    definition: fc.oneof(
      anyValue,
      fc.record({
        attribute: fc.constantFrom('name', 'Type', 'log2FC', '', '__proto__'),
        map: fc.array(
          fc.record({
            v: anyValue,
            vp: anyValue,
            min: anyValue,
            max: anyValue,
            minVPValue: anyValue,
            maxVPValue: anyValue,
            includeMin: anyValue,
            includeMax: anyValue,
          }),
          { maxLength: 4 },
        ),
      }),
    ),
  });
  const block = fc.record({
    default: fc.record({
      node: fc.dictionary(vpName, anyValue),
      edge: fc.dictionary(vpName, anyValue),
      network: anyValue,
    }),
    nodeMapping: fc.oneof(anyValue, fc.dictionary(vpName, mapping)),
    edgeMapping: fc.oneof(anyValue, fc.dictionary(vpName, mapping)),
  });

  it('never throw, and every value they give is one the checks accept', () => {
    const base = JSON.parse(text('wikipathways-style.valid.cx2')) as Record<string, unknown>[];
    fc.assert(
      fc.property(
        block,
        fc.array(fc.record({ id: anyValue, v: anyValue }), { maxLength: 3 }),
        (vp, bypasses) => {
          const doc = base.map((a) =>
            'visualProperties' in a
              ? { visualProperties: [vp] }
              : 'nodeBypasses' in a
                ? { nodeBypasses: bypasses }
                : a,
          );
          const r = parseNetworkFile('h.cx2', JSON.stringify(doc));
          const n = r.network;
          if (!n?.style) return;
          for (const node of n.nodes)
            for (const [k, v] of Object.entries(lookOf(n.style.node, node.id)))
              expect(visualValue(k as VisualKey, v)).toEqual(v);
          for (const edge of n.edges)
            for (const [k, v] of Object.entries(lookOf(n.style.edge, edge.id)))
              expect(visualValue(k as VisualKey, v)).toEqual(v);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
