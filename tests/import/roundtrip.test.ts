// @vitest-environment node
// Round trips: what Nociscope exports imports back with nothing lost (ids, labels, kinds, polarity,
// evidence, positions); and an imported network converted to any format reads back the same, marked
// as imported.
import { describe, expect, it } from 'vitest';
import { toCx2 } from '../../src/export/cx2';
import { selectView, type ExportView } from '../../src/export/view';
import { parseNetworkFile } from '../../src/import/parse';
import { importedToExportView } from '../../src/import/toExportView';
import { fixtureView } from '../export/helpers';
import { curatedGraph } from './curated';
import { fixture } from './helpers';
import { READERS, expectSameAsView } from './roundtrip';

describe("Nociscope's exports import back with nothing lost", () => {
  const views: [string, ExportView][] = [
    ['the export fixture (tricky labels)', fixtureView()],
    ['the curated graph', selectView(curatedGraph())],
  ];
  for (const [what, view] of views) {
    for (const [format, read] of Object.entries(READERS)) {
      it(`${format}: ${what}`, () => {
        const r = read(view);
        expect(r.problems).toEqual([]);
        expectSameAsView(format, view, r.network!);
      });
    }
  }
});

describe('converting an imported network keeps it and marks it imported', () => {
  const sources = [
    'ndex-pathway.valid.cx',
    'aliases-defaults.valid.cx2',
    'every-key-type.valid.graphml',
    'edge-list.valid.csv',
  ];
  for (const name of sources) {
    for (const [format, read] of Object.entries(READERS)) {
      it(`${name} → ${format} → back`, () => {
        const original = parseNetworkFile(name, fixture(name)).network!;
        const view = importedToExportView(original);
        const r = read(view);
        expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
        const back = r.network!;
        expect(back.nodes.map((n) => [n.id, n.label, n.kind])).toEqual(
          original.nodes.map((n) => [n.id, n.label, n.kind]),
        );
        for (const [i, n] of original.nodes.entries()) {
          if (n.position) expect(back.nodes[i]!.position).toEqual(n.position);
          expect(back.nodes[i]!.attributes).toMatchObject({
            imported: format === 'csv' || format === 'graphml' ? expect.anything() : true,
          });
        }
        expect(back.edges.map((e) => [e.id, e.source, e.target, e.interaction, e.polarity])).toEqual(
          original.edges.map((e) => [e.id, e.source, e.target, e.interaction, e.polarity]),
        );
        for (const [i, e] of original.edges.entries()) {
          const ids = (xs: typeof e.evidence) => xs.flatMap((x) => [x.pmid, x.doi].filter(Boolean));
          expect(ids(back.edges[i]!.evidence)).toEqual(expect.arrayContaining(ids(e.evidence)));
          expect(String(back.edges[i]!.attributes.imported_from)).toBe(name);
        }
      });
    }
  }
});

describe('networks without stored positions', () => {
  it('get grid positions below the placed nodes, so every format can carry them', () => {
    const sif = parseNetworkFile('n.sif', fixture('signed-tabs.valid.sif')).network!;
    const view = importedToExportView(sif);
    const points = [...view.positions.values()];
    expect(points).toHaveLength(sif.nodes.length);
    expect(new Set(points.map((p) => `${p.x},${p.y}`)).size).toBe(points.length);
    const back = parseNetworkFile('n.cx2', toCx2(view)).network!;
    expect(back.nodes.every((n) => n.position !== undefined)).toBe(true);
    expect(back.edges.map((e) => e.interaction)).toEqual(sif.edges.map((e) => e.interaction));
  });
});
