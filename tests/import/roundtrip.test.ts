// @vitest-environment node
// Round trips: what Nociscope exports imports back with nothing lost (ids, labels, kinds, polarity,
// evidence, positions); and an imported network converted to any format reads back the same, marked
// as imported.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCx2 } from '../../src/export/cx2';
import { EXPORT_FORMAT_VERSION, selectView, type ExportView } from '../../src/export/view';
import { parseNetworkFile, parseNetworkFiles } from '../../src/import/parse';
import type { ImportResult } from '../../src/import/types';
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
          // Every format now carries each citation whole: all but the source id (which the export
          // makes up from the PMID or DOI when the file named none) comes back as it was.
          const content = (xs: typeof e.evidence) => xs.map(({ source: _, ...rest }) => rest);
          expect(content(back.edges[i]!.evidence)).toEqual(content(e.evidence));
          expect(String(back.edges[i]!.attributes.imported_from)).toBe(name);
        }
      });
    }
  }
});

describe('an undirected network', () => {
  for (const [format, read] of Object.entries(READERS)) {
    it(`keeps its relations undirected through ${format}`, () => {
      const original = parseNetworkFile('nx.graphml', fixture('networkx-undirected.valid.graphml')).network!;
      expect(original.directed).toBe(false);
      const back = read(importedToExportView(original)).network!;
      // Drawn without an arrow head again (layerElements.ts reads the edge's own `directed`).
      expect(back.edges.map((e) => String(e.attributes.directed))).toEqual(['false']);
    });
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

describe('saved exports of every format version import', () => {
  const DIR = 'tests/export/golden';
  const read = (format: string, v: number): ImportResult => {
    const text = (f: string) => readFileSync(join(DIR, f), 'utf8');
    if (format === 'csv')
      return parseNetworkFiles([
        { name: `csv-edges.v${v}.csv`, content: text(`csv-edges.v${v}.csv`) },
        { name: `csv-nodes.v${v}.csv`, content: text(`csv-nodes.v${v}.csv`) },
      ]);
    const file = { cyjs: `cyjs.v${v}.json`, graphml: `graphml.v${v}.graphml`, cx2: `cx2.v${v}.cx2` }[format]!;
    return parseNetworkFile(file, text(file));
  };
  const versions = readdirSync(DIR)
    .flatMap((f) => /^cyjs\.v(\d+)\.json$/.exec(f)?.[1] ?? [])
    .map(Number)
    .sort((a, b) => a - b);

  it('has a golden file of every version up to the current one', () => {
    expect(versions).toEqual(Array.from({ length: EXPORT_FORMAT_VERSION }, (_, i) => i + 1));
  });

  for (const v of versions) {
    for (const format of ['cyjs', 'graphml', 'cx2', 'csv']) {
      it(`${format} v${v}: reads without problems; from v4 on with every evidence item`, () => {
        const r = read(format, v);
        expect(r.problems).toEqual([]);
        const cyjs = read('cyjs', v).network!;
        const back = r.network!;
        expect(back.edges.map((e) => e.id)).toEqual(cyjs.edges.map((e) => e.id));
        for (const [i, e] of back.edges.entries()) {
          const full = cyjs.edges[i]!.evidence;
          if (format === 'cyjs' || v >= 4) expect(e.evidence).toEqual(full);
          // Before v4 the tabular formats carried the cited sources (and DOIs) only; still read.
          else expect(e.evidence.some((x) => x.source === full[0]!.source)).toBe(true);
        }
      });
    }
  }
});
