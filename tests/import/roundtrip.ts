// What the round-trip tests share: a reader per export format (export, then import the text back)
// and the check that an imported network is the exported view with nothing lost.
import { expect } from 'vitest';
import { toEdgesCsv, toNodesCsv } from '../../src/export/csv';
import { toCx2 } from '../../src/export/cx2';
import { toCyjs } from '../../src/export/cyjs';
import { toGraphml } from '../../src/export/graphml';
import { edgeContexts } from '../../src/export/records';
import type { ExportView } from '../../src/export/view';
import { parseNetworkFile, parseNetworkFiles } from '../../src/import/parse';
import type { ImportedNetwork, ImportResult } from '../../src/import/types';

type Reader = (view: ExportView) => ImportResult;
export const READERS: Record<string, Reader> = {
  cyjs: (v) => parseNetworkFile('export.cyjs.json', toCyjs(v)),
  graphml: (v) => parseNetworkFile('export.graphml', toGraphml(v)),
  cx2: (v) => parseNetworkFile('export.cx2', toCx2(v)),
  csv: (v) =>
    parseNetworkFiles([
      { name: 'export.csv', content: toEdgesCsv(v) },
      { name: 'export-nodes.csv', content: toNodesCsv(v) },
    ]),
};

export function expectSameAsView(format: string, view: ExportView, network: ImportedNetwork) {
  expect(network.nodes.map((n) => n.id)).toEqual(view.nodes.map((n) => n.id));
  for (const [i, n] of view.nodes.entries()) {
    const back = network.nodes[i]!;
    expect(back.label).toBe(n.label);
    expect(back.kind).toBe(n.kind);
    expect(back.identifiers).toEqual(n.identifiers);
    expect(back.synonyms).toEqual(n.synonyms.filter((s) => s !== n.label));
    expect(back.position).toEqual(view.positions.get(n.id));
  }
  expect(network.edges.map((e) => e.id)).toEqual(view.edges.map((e) => e.id));
  const contexts = edgeContexts(view);
  for (const [i, e] of view.edges.entries()) {
    const back = network.edges[i]!;
    expect([back.source, back.target, back.interaction, back.polarity]).toEqual([
      e.source,
      e.target,
      e.relation,
      e.polarity,
    ]);
    // Every format: every piece of evidence, in order, with the cited source's PMID and DOI.
    const cited = contexts[i]!.cited;
    expect(back.evidence, `${format}: evidence of ${e.id}`).toEqual(
      e.evidence.map((ev) => {
        const s = cited.find((c) => c.id === ev.source);
        return {
          source: ev.source,
          ...(ev.note ? { note: ev.note } : {}),
          ...(ev.kind ? { kind: ev.kind } : {}),
          ...(ev.locator ? { locator: ev.locator } : {}),
          ...(s?.pmid ? { pmid: s.pmid } : {}),
          ...(s?.doi ? { doi: s.doi } : {}),
        };
      }),
    );
  }
}
