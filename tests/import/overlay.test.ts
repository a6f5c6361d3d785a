// @vitest-environment node
// Exporting the curated view with an imported layer laid over it: matched entities are not repeated,
// imported elements are marked in every format, ids never collide.
import { describe, expect, it } from 'vitest';
import { toEdgesCsv } from '../../src/export/csv';
import { toCx2 } from '../../src/export/cx2';
import { toCyjs } from '../../src/export/cyjs';
import { toGraphml } from '../../src/export/graphml';
import { selectView } from '../../src/export/view';
import { acceptedMatches, decide, matchToCurated } from '../../src/import/match';
import { parseNetworkFile } from '../../src/import/parse';
import { overlayExportView } from '../../src/import/toExportView';
import { curatedGraph, fingerprint } from './curated';

const graph = curatedGraph();

describe('overlay exports', () => {
  const before = fingerprint(graph);
  const csv = 'source,target,relation,pmid\nTGFB1,New factor,activates,33456473\ntgfb1,IL10,binds,\n';
  const network = parseNetworkFile('mine.csv', csv).network!;
  const matches = matchToCurated(network, graph);
  // Accept TGFB1 → tgfb1 only; "tgfb1" (the same name in lower case) and IL10 stay unmatched.
  const accepted = acceptedMatches(matches, decide(new Map(), 'TGFB1', 'accepted'));
  const base = selectView(graph);
  const view = overlayExportView(base, [{ network, matches: accepted }]);

  it('adds unmatched nodes and all edges, attaching edges of matched nodes to the curated entity', () => {
    expect(view.nodes).toHaveLength(base.nodes.length + 3); // New factor, tgfb1 (renamed), IL10
    const added = view.edges.slice(base.edges.length);
    expect(added[0]).toMatchObject({ source: 'tgfb1', target: 'New factor', polarity: 1 });
    expect(added[1]!.source).toBe('tgfb1_2'); // the unmatched "tgfb1" does not take the curated id
    expect(view.extra!.nodes.get('tgfb1_2')).toMatchObject({ imported: true, imported_id: 'tgfb1' });
    expect(fingerprint(graph)).toBe(before);
  });

  it('marks imported elements in every format and leaves curated ones unmarked', () => {
    const cyjs = JSON.parse(toCyjs(view)) as { elements: { nodes: { data: Record<string, unknown> }[] } };
    const byId = new Map(cyjs.elements.nodes.map((n) => [n.data.id, n.data]));
    expect(byId.get('New factor')).toMatchObject({ imported: true, imported_from: 'mine.csv' });
    expect(byId.get('tgfb1')!.imported).toBeUndefined();
    expect(toGraphml(view)).toMatch(/attr.name="imported" attr.type="boolean"/);
    expect(toCx2(view)).toMatch(/"imported": true/);
    const header = toEdgesCsv(view).split('\r\n')[0]!;
    expect(header).toMatch(/,imported,imported_from,/);
    expect(header.endsWith('format_version,data_version')).toBe(true);
  });
});
