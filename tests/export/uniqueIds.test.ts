// @vitest-environment node
// Ids unique across nodes and edges in every export of an imported network (issue 22). CX lets a node
// and an edge share an "@id", and plain cytoscape.js silently drops the edge whose id is taken; every
// export must therefore give such an edge a free id and keep the file's id as `original_id`, and the
// round trip import → export → import must keep every node and edge. The fixtures are real-shaped
// CX/CX2 files whose ids collide (NCI-PID, GO-CAM, ndex2, Cytoscape Web).
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toEdgesCsv, toNodesCsv } from '../../src/export/csv';
import { toCx2 } from '../../src/export/cx2';
import { toCyjs } from '../../src/export/cyjs';
import { toGraphml } from '../../src/export/graphml';
import { ORIGINAL_ID, withUniqueIds } from '../../src/export/uniqueIds';
import { parseNetworkFile } from '../../src/import/parse';
import { importedToExportView } from '../../src/import/toExportView';
import type { ImportedNetwork } from '../../src/import/types';
import { fixture } from '../import/helpers';
import { READERS } from '../import/roundtrip';
import { parseCsv, parseGraphml } from './consumers';
import { fixtureView } from './helpers';

const COLLIDING = [
  'real-cx/nci-pid-context.valid.cx',
  'real-cx/nci-pid-no-context.valid.cx',
  'real-cx/nci-pid-context.valid.cx2',
  'real-cx/ndex-gocam.valid.cx2',
  'real-cx/ndex-iquery-label.valid.cx',
  'real-cx/ndex2-python-no-status.valid.cx2',
  'real-cx/cytoscape-web-undeclared.valid.cx2',
  'spec-declarations.valid.cx2',
];

const open = (name: string): ImportedNetwork => {
  const r = parseNetworkFile(name, fixture(name));
  expect(r.network, name).toBeDefined();
  return r.network!;
};

const collisions = (n: ImportedNetwork) => {
  const ids = new Set(n.nodes.map((x) => x.id));
  return n.edges.filter((e) => ids.has(e.id)).length;
};

/** The cyjs export's elements handed to plain cytoscape.js, as a web page would. */
function plainCytoscape(text: string) {
  const doc = JSON.parse(text) as { elements: { nodes: unknown[]; edges: unknown[] } };
  return cytoscape({ headless: true, elements: doc.elements as cytoscape.ElementsDefinition });
}

describe('every export of an imported network has ids unique across nodes and edges', () => {
  for (const name of COLLIDING) {
    describe(name, () => {
      const network = open(name);
      const view = importedToExportView(network);

      it('the file itself has a node and an edge sharing an id (the case under test)', () => {
        expect(collisions(network)).toBeGreaterThan(0);
      });

      it('plain cytoscape.js keeps every node and edge of the cyjs export', () => {
        const cy = plainCytoscape(toCyjs(view));
        expect([cy.nodes().length, cy.edges().length]).toEqual([network.nodes.length, network.edges.length]);
        // Each edge keeps its file's id as data, and joins the nodes it joined in the file.
        const byOriginal = new Map(cy.edges().map((e) => [String(e.data(ORIGINAL_ID) ?? e.id()), e]));
        for (const e of network.edges) {
          const back = byOriginal.get(e.id);
          expect(back, `edge ${e.id}`).toBeDefined();
          expect([back!.source().id(), back!.target().id()]).toEqual([e.source, e.target]);
        }
        cy.destroy();
      });

      it('GraphML and CSV ids are unique across nodes and edges', () => {
        const { graph } = parseGraphml(toGraphml(view));
        const xmlIds = [...graph.node, ...graph.edge].map((x) => x['@_id']);
        expect(new Set(xmlIds).size).toBe(xmlIds.length);
        const csvIds = [...parseCsv(toNodesCsv(view)).rows, ...parseCsv(toEdgesCsv(view)).rows].map(
          (r) => r.id,
        );
        expect(new Set(csvIds).size).toBe(csvIds.length);
        const cx2 = JSON.parse(toCx2(view)) as {
          nodes?: { v: { nociscope_id: string } }[];
          edges?: { v: { nociscope_id: string } }[];
        }[];
        const own = cx2.flatMap((a) => [...(a.nodes ?? []), ...(a.edges ?? [])]).map((x) => x.v.nociscope_id);
        expect(new Set(own).size).toBe(own.length);
      });

      for (const [format, read] of Object.entries(READERS)) {
        it(`import → ${format} → import keeps every node and edge, with the file's edge ids as data`, () => {
          const r = read(view);
          expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
          const back = r.network!;
          expect([back.nodes.length, back.edges.length]).toEqual([
            network.nodes.length,
            network.edges.length,
          ]);
          expect(back.nodes.map((n) => n.id)).toEqual(network.nodes.map((n) => n.id));
          expect(back.edges.map((e) => String(e.attributes[ORIGINAL_ID] ?? e.id))).toEqual(
            network.edges.map((e) => e.id),
          );
          expect(back.edges.map((e) => [e.source, e.target])).toEqual(
            network.edges.map((e) => [e.source, e.target]),
          );
          expect(collisions(back)).toBe(0);
        });
      }
    });
  }
});

describe('withUniqueIds', () => {
  it('leaves a view without collisions as it is (the curated exports do not change)', () => {
    const view = fixtureView();
    expect(withUniqueIds(view)).toBe(view);
  });

  it('renames an edge that repeats a node id or an earlier edge id, never onto a later edge', () => {
    const view = importedToExportView({
      name: 't',
      format: 'cx',
      fileNames: ['t.cx'],
      directed: true,
      attributes: {},
      nodes: ['1', '2'].map((id) => ({ id, label: id, identifiers: [], synonyms: [], attributes: {} })),
      edges: [
        { id: '1', source: '1', target: '2', polarity: 0, evidence: [], attributes: {} },
        { id: 'e1', source: '2', target: '1', polarity: 0, evidence: [], attributes: {} },
      ],
    });
    const out = withUniqueIds(view);
    expect(out.edges.map((e) => e.id)).toEqual(['e1_2', 'e1']);
    expect(out.extra!.edges.get('e1_2')![ORIGINAL_ID]).toBe('1');
    expect(out.extra!.edges.get('e1')![ORIGINAL_ID]).toBeUndefined();
  });
});
