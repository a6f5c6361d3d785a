// @vitest-environment node
// The network's own metadata (issue 22): its name, description, author, organism, licence, reference
// and version are read from the file, go out in every export in place of Nociscope's description,
// come back the same on import, and are read by each format's consumer (plain cytoscape.js, a
// GraphML reader as networkx reads it, the CX2 specification as ndex2 checks it, papaparse). And a
// CSV round trip keeps its columns' types through the network table.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toEdgesCsv, toNetworkCsv, toNodesCsv } from '../../src/export/csv';
import { toCx2 } from '../../src/export/cx2';
import { toCyjs } from '../../src/export/cyjs';
import { toGraphml } from '../../src/export/graphml';
import type { ExportView } from '../../src/export/view';
import { newLayer } from '../../src/import/layerStore';
import { openLayerExportView } from '../../src/import/shownExport';
import { attributionOf, asksForAttribution, networkMetadata } from '../../src/import/metadata';
import { parseNetworkFile, parseNetworkFiles } from '../../src/import/parse';
import { importedToExportView } from '../../src/import/toExportView';
import type { Attributes, ImportedNetwork, ImportResult } from '../../src/import/types';
import { cx2Problems, loadCyjs, parseGraphml } from '../export/consumers';
import { fixture } from './helpers';

/** WikiPathways' CX2 on NDEx with the metadata a WikiPathways network carries (values made for the test). */
function wikipathways(): Uint8Array {
  const doc = JSON.parse(fixture('real-cx/wikipathways-ndex.valid.cx2').toString('utf8')) as Record<
    string,
    unknown[]
  >[];
  const added = {
    author: 'A. Writer (test)',
    organism: 'Homo sapiens',
    rights: 'CC BY-SA 4.0',
    reference: 'https://www.wikipathways.org/pathways/WP5049',
    version: '20240101 (test)',
    node_count_stated: 12,
    curated: true,
  };
  for (const aspect of doc) {
    const decl = aspect.attributeDeclarations?.[0] as
      { networkAttributes: Record<string, unknown> } | undefined;
    if (decl) {
      Object.assign(decl.networkAttributes, {
        author: { d: 'string' },
        organism: { d: 'string' },
        rights: { d: 'string' },
        reference: { d: 'string' },
        version: { d: 'string' },
        node_count_stated: { d: 'integer' },
        curated: { d: 'boolean' },
      });
    }
    if (aspect.networkAttributes) Object.assign(aspect.networkAttributes[0] as object, added);
  }
  return new TextEncoder().encode(JSON.stringify(doc));
}

const open = (name: string, content: Uint8Array | string): ImportedNetwork => {
  const r = parseNetworkFile(name, content);
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return r.network!;
};

/** Every CSV file of the export, the network table included. */
const csvFiles = (view: ExportView) => [
  { name: 'export.csv', content: toEdgesCsv(view) },
  { name: 'export-nodes.csv', content: toNodesCsv(view) },
  { name: 'export-network.csv', content: toNetworkCsv(view) },
];

const READ_BACK: Record<string, (v: ExportView) => ImportResult> = {
  cyjs: (v) => parseNetworkFile('export.cyjs.json', toCyjs(v)),
  graphml: (v) => parseNetworkFile('export.graphml', toGraphml(v)),
  cx2: (v) => parseNetworkFile('export.cx2', toCx2(v)),
  csv: (v) => parseNetworkFiles(csvFiles(v)),
};

/** GraphML has no list type: a list comes back as its items joined by "; ", as every list column does. */
const asFormatKeepsIt = (format: string, attrs: Attributes): Attributes =>
  format !== 'graphml'
    ? attrs
    : Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, Array.isArray(v) ? v.join('; ') : v]));

describe('the network metadata of a real-shaped file', () => {
  const network = open('wp.cx2', wikipathways());

  it('is read, with the known facts first under plain names', () => {
    const items = networkMetadata(network.attributes);
    expect(items.slice(0, 7).map((m) => [m.label, m.value])).toEqual([
      ['Name', 'WP5049 - Glycolysis in senescence - Homo sapiens (test)'],
      ['Description', 'A test network written in the shape of a WikiPathways pathway on NDEx.'],
      ['Author', 'A. Writer (test)'],
      ['Organism', 'Homo sapiens'],
      ['Licence', 'CC BY-SA 4.0'],
      ['Reference', 'https://www.wikipathways.org/pathways/WP5049'],
      ['Version', '20240101 (test)'],
    ]);
    // HTML in a value is shown as text; tool housekeeping is left out.
    expect(items.find((m) => m.key === 'labels')?.value).toBe('WP5049, cellular senescence pathway');
    expect(items.map((m) => m.key)).not.toContain('__Annotations');
  });

  it('asks for attribution by its CC BY-SA licence', () => {
    expect(attributionOf(network)).toBe(
      '“WP5049 - Glycolysis in senescence - Homo sapiens (test)” by A. Writer (test), CC BY-SA 4.0, https://www.wikipathways.org/pathways/WP5049',
    );
    expect(asksForAttribution('CC0 1.0')).toBe(false);
    expect(asksForAttribution('https://creativecommons.org/licenses/by/4.0/')).toBe(true);
    expect(attributionOf({ name: 'x', attributes: { license: 'CC0' } })).toBeUndefined();
  });

  const view = importedToExportView(network);
  for (const [format, read] of Object.entries(READ_BACK)) {
    it(`${format}: import → export → import gives the same metadata and name`, () => {
      const r = read(view);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const back = r.network!;
      expect(back.name).toBe(network.name);
      expect(back.attributes).toEqual(asFormatKeepsIt(format, network.attributes));
    });
  }

  it('the same holds for metadata from CX1, cyjs and GraphML files', () => {
    for (const name of [
      'real-cx/nci-pid-no-context.valid.cx',
      'real-cx/cytoscape-explore-export.valid.cx',
      'real-desktop/networkx-cytoscape-data.valid.json',
      'real-desktop/graph-tool-types.valid.graphml',
    ]) {
      const original = open(name, fixture(name));
      for (const [format, read] of Object.entries(READ_BACK)) {
        const back = read(importedToExportView(original)).network!;
        expect(back.attributes, `${name} via ${format}`).toEqual(
          asFormatKeepsIt(format, {
            ...original.attributes,
            ...(back.attributes.name ? { name: original.name } : {}),
          }),
        );
      }
    }
  });
});

describe("each export's consumer reads the metadata", () => {
  const network = open('wp.cx2', wikipathways());
  const view = importedToExportView(network);

  it('plain cytoscape.js: the network data', () => {
    const cy = loadCyjs(toCyjs(view));
    expect(cy.data('rights')).toBe('CC BY-SA 4.0');
    expect(cy.data('author')).toBe('A. Writer (test)');
    expect(cy.data('node_count_stated')).toBe(12);
  });

  it('GraphML (as networkx reads it): typed graph-level data', () => {
    const { graph, keyById, value } = parseGraphml(toGraphml(view));
    expect(value(graph, 'rights')).toBe('CC BY-SA 4.0');
    expect(value(graph, 'organism')).toBe('Homo sapiens');
    const key = [...keyById.values()].find((k) => k['@_attr.name'] === 'node_count_stated');
    expect([key?.['@_for'], key?.['@_attr.type']]).toEqual(['graph', 'int']);
  });

  it("CX2 (the specification ndex2 follows): declared network attributes, the file's description, no blurb", () => {
    const text = toCx2(view);
    expect(cx2Problems(text)).toEqual([]);
    const doc = JSON.parse(text) as Record<string, Record<string, unknown>[]>[];
    const attrs = doc.find((a) => a.networkAttributes)!.networkAttributes![0]!;
    expect(attrs).toMatchObject({
      rights: 'CC BY-SA 4.0',
      version: '20240101 (test)',
      description: 'A test network written in the shape of a WikiPathways pathway on NDEx.',
      curated: true,
    });
    expect(JSON.stringify(attrs)).not.toMatch(/interactive, cited knowledge graph/);
  });

  it('CSV: the network table is plain CSV with each fact typed', () => {
    const parsed = Papa.parse<Record<string, string>>(toNetworkCsv(view), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const rows = parsed.data;
    expect(rows).toContainEqual({ scope: 'network', name: 'rights', type: 'string', value: 'CC BY-SA 4.0' });
    expect(rows).toContainEqual({ scope: 'network', name: 'node_count_stated', type: 'int', value: '12' });
  });
});

describe('CSV keeps column types', () => {
  const network: ImportedNetwork = {
    name: 'Typed (test)',
    format: 'cx2',
    fileNames: ['typed.cx2'],
    directed: true,
    attributes: { author: 'A. Writer (test)' },
    nodes: [
      {
        id: 'a',
        label: 'A',
        identifiers: [],
        synonyms: [],
        attributes: { degree: 3, score: 0.25, hub: true, tags: ['x', 'y'], note: '007' },
      },
      { id: 'b', label: 'B', identifiers: [], synonyms: [], attributes: { degree: 1, score: 2, hub: false } },
    ],
    edges: [
      {
        id: 'e1',
        source: 'a',
        target: 'b',
        polarity: 0,
        evidence: [],
        attributes: { weight: 0.5, count: 4, confirmed: false, sources_seen: ['s1', 's2'] },
      },
    ],
  };
  const view = importedToExportView(network);

  it('integer, double, boolean and list columns come back as they were, text stays text', () => {
    const back = parseNetworkFiles(csvFiles(view)).network!;
    const a = back.nodes.find((n) => n.id === 'a')!.attributes;
    expect(a).toMatchObject({ degree: 3, score: 0.25, hub: true, tags: ['x', 'y'], note: '007' });
    expect(back.nodes.find((n) => n.id === 'b')!.attributes).toMatchObject({
      degree: 1,
      score: 2,
      hub: false,
    });
    expect(back.edges[0]!.attributes).toMatchObject({
      weight: 0.5,
      count: 4,
      confirmed: false,
      sources_seen: ['s1', 's2'],
    });
    expect(back.name).toBe('Typed (test)');
    expect(back.attributes).toEqual({ name: 'Typed (test)', author: 'A. Writer (test)' });
  });

  it('without the network table the columns are text, as before', () => {
    const back = parseNetworkFiles(csvFiles(view).slice(0, 2)).network!;
    expect(back.nodes.find((n) => n.id === 'a')!.attributes).toMatchObject({ degree: '3', hub: 'true' });
  });
});

describe('the Export panel’s data export of a layer open on its own', () => {
  it('keeps the network’s own name and metadata, whatever the panel’s title', () => {
    const network = open('wp.cx2', wikipathways());
    const layer = { ...newLayer(network, 'own'), id: 'l' };
    const view = openLayerExportView(layer, undefined, {
      title: 'Nociscope — imported network “WP5049”',
      exported: '2026-12-07',
    });
    const back = parseNetworkFile('back.cx2', toCx2(view)).network!;
    expect(back.name).toBe(network.name);
    expect(back.attributes).toEqual(network.attributes);
  });
});
