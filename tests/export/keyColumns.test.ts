// @vitest-environment node
// Key columns kept as the file had them (issue 22): an imported node's `name` is the file's own (a
// STRING id, or NDEx's gene symbol when the style shows a longer label), not the label shown, which
// travels in `label`; an edge's `name` is the file's own ("YDR395W (pp) YDL075W"), never rewritten
// to internal ids. Checked in the written files of every format and through the round trip.
import { describe, expect, it } from 'vitest';
import { toEdgesCsv, toNodesCsv } from '../../src/export/csv';
import { toCx2 } from '../../src/export/cx2';
import { toCyjs } from '../../src/export/cyjs';
import { toGraphml } from '../../src/export/graphml';
import { parseNetworkFile } from '../../src/import/parse';
import { importedToExportView } from '../../src/import/toExportView';
import type { ImportedNetwork } from '../../src/import/types';
import { fixture } from '../import/helpers';
import { READERS } from '../import/roundtrip';
import { parseCsv, parseGraphml } from './consumers';

const FILES = [
  // Nodes named by their STRING id, shown by their display name.
  'real-cx/cytoscape-string-label.valid.cx',
  // A node named TNF whose style shows "TNF (test label)".
  'real-cx/ndex-iquery-label.valid.cx',
  // Cytoscape desktop's edge names, "source (interaction) target" by node names.
  'real-desktop/cytoscape-desktop-alias.valid.cyjs',
  'real-desktop/cytoscape-desktop.valid.graphml',
  // GO-CAM edges named by their relation's label.
  'real-cx/ndex-gocam.valid.cx2',
];

const open = (name: string): ImportedNetwork => parseNetworkFile(name, fixture(name)).network!;
const fileName = (attrs: Record<string, unknown>) =>
  typeof attrs.name === 'string' && attrs.name.trim() !== '' ? attrs.name : undefined;

interface Written {
  nodes: Map<unknown, { name?: unknown; label?: unknown }>;
  edges: Map<unknown, { name?: unknown }>;
}

/** What each format wrote as node name and label, and edge name, by the element's id in the file. */
const WRITTEN: Record<string, (n: ImportedNetwork) => Written> = {
  cyjs: (n) => {
    const doc = JSON.parse(toCyjs(importedToExportView(n)));
    type El = { data: Record<string, unknown> };
    return {
      nodes: new Map(doc.elements.nodes.map((e: El) => [e.data.id, e.data])),
      edges: new Map(doc.elements.edges.map((e: El) => [e.data.original_id ?? e.data.id, e.data])),
    };
  },
  graphml: (n) => {
    const { graph, value } = parseGraphml(toGraphml(importedToExportView(n)));
    return {
      nodes: new Map(
        graph.node.map((x) => [x['@_id'], { name: value(x, 'name'), label: value(x, 'label') }]),
      ),
      edges: new Map(
        graph.edge.map((x) => [value(x, 'original_id') ?? x['@_id'], { name: value(x, 'name') }]),
      ),
    };
  },
  csv: (n) => {
    const view = importedToExportView(n);
    const nodes = parseCsv(toNodesCsv(view)).rows;
    const edges = parseCsv(toEdgesCsv(view)).rows;
    return {
      nodes: new Map(nodes.map((r) => [r.id, { name: r.name || r.label, label: r.label }])),
      edges: new Map(edges.map((r) => [r.original_id || r.id, { name: r.name }])),
    };
  },
  cx2: (n) => {
    const doc = JSON.parse(toCx2(importedToExportView(n))) as Record<
      string,
      { v: Record<string, unknown> }[]
    >[];
    const aspect = (k: string) => doc.find((a) => k in a)![k]!;
    return {
      nodes: new Map(aspect('nodes').map((x) => [x.v.nociscope_id, x.v])),
      edges: new Map(aspect('edges').map((x) => [x.v.original_id ?? x.v.nociscope_id, x.v])),
    };
  },
};

describe("an imported network's names are written as the file had them", () => {
  for (const file of FILES) {
    const network = open(file);
    for (const [format, written] of Object.entries(WRITTEN)) {
      it(`${file}: ${format} writes the file's names and the label shown`, () => {
        const out = written(network);
        for (const n of network.nodes) {
          const w = out.nodes.get(n.id)!;
          expect(w.name, `name of ${n.id}`).toBe(fileName(n.attributes) ?? n.label);
          expect(w.label, `label of ${n.id}`).toBe(n.label);
        }
        for (const e of network.edges) {
          const own = fileName(e.attributes);
          if (own !== undefined) expect(out.edges.get(e.id)!.name, `name of edge ${e.id}`).toBe(own);
        }
      });
    }
    for (const [format, read] of Object.entries(READERS)) {
      it(`${file} → ${format} → back keeps names and labels`, () => {
        const back = read(importedToExportView(network)).network!;
        expect(back.nodes.map((n) => [n.label, fileName(n.attributes) ?? n.label])).toEqual(
          network.nodes.map((n) => [n.label, fileName(n.attributes) ?? n.label]),
        );
        // An edge without a name of its own comes back with the one the export gave it.
        network.edges.forEach((e, i) => {
          const own = fileName(e.attributes);
          if (own !== undefined) expect(fileName(back.edges[i]!.attributes)).toBe(own);
        });
      });
    }
  }

  it('a test that can fail: the STRING and NDEx fixtures do have names that differ from labels', () => {
    const differ = (f: string) =>
      open(f).nodes.filter((n) => fileName(n.attributes) !== undefined && fileName(n.attributes) !== n.label);
    expect(differ('real-cx/cytoscape-string-label.valid.cx').length).toBeGreaterThan(0);
    expect(differ('real-cx/ndex-iquery-label.valid.cx').length).toBeGreaterThan(0);
  });

  it('an imported edge without a name of its own is named by its ends, not by internal ids', () => {
    const network = open('spec-declarations.valid.cx2');
    const doc = JSON.parse(toCyjs(importedToExportView(network)));
    const label = new Map(network.nodes.map((n) => [n.id, fileName(n.attributes) ?? n.label]));
    const edges = doc.elements.edges as { data: Record<string, string> }[];
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) {
      const original = network.edges.find((x) => x.id === (e.data.original_id ?? e.data.id))!;
      if (fileName(original.attributes)) continue;
      expect(e.data.name).toBe(
        `${label.get(e.data.source!)} (${original.interaction ?? ''}) ${label.get(e.data.target!)}`,
      );
    }
  });
});
