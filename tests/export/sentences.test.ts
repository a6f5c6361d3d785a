// @vitest-environment node
// Format version 3: every exported relation reads as a sentence whose verb agrees with its subject,
// and one resting only on low-authority sources carries the derived caveat, in every format.
import { describe, expect, it } from 'vitest';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { toEdgesCsv } from '../../src/export/csv';
import { toCx2 } from '../../src/export/cx2';
import { toCyjs } from '../../src/export/cyjs';
import { toGraphml } from '../../src/export/graphml';
import { selectView } from '../../src/export/view';
import { loadGraph } from '../../src/model/load';
import { parseCsv, parseGraphml } from './consumers';
import { fixtureView } from './helpers';

const view = fixtureView();
const WEAK = /^Rests only on low-authority sources \(a web article and an opinion article/;

interface CyEdge {
  data: { id: string; sentence: string; authorityCaveat?: string };
}
const cyEdges = (text: string) =>
  new Map(
    (JSON.parse(text) as { elements: { edges: CyEdge[] } }).elements.edges.map((e) => [e.data.id, e.data]),
  );

describe('sentences and authority caveats in exports', () => {
  it('cyjs: a plural subject takes a plural verb; weak-only relations carry the caveat', () => {
    const edges = cyEdges(toCyjs(view));
    expect(edges.get('anti_tnf_neutralizes_tnf')?.sentence).toBe(
      'Anti-TNF "blockers" neutralize TNF-α & IL-1β <mix>',
    );
    expect(edges.get('msc_secretes_tgfb1')?.sentence).toBe('MSC secretes TGF-β1');
    expect(edges.get('tnfr1_contributes_cs')?.authorityCaveat).toMatch(WEAK);
    // A news report beside a review: the review carries weight, so no caveat.
    expect(edges.get('tnf_binds_tnfr1')?.authorityCaveat).toBeUndefined();
  });

  it('CSV, GraphML and CX2 carry the same sentence and caveat columns', () => {
    const csv = parseCsv(toEdgesCsv(view)).rows;
    const row = csv.find((r) => r.id === 'tnfr1_contributes_cs')!;
    expect(row.sentence).toBe('TNFR1 contributes to Central sensitization');
    expect(row.authority_caveat).toMatch(WEAK);
    expect(csv.find((r) => r.id === 'anti_tnf_neutralizes_tnf')!.sentence).toMatch(/ neutralize /);

    const { graph, value } = parseGraphml(toGraphml(view));
    const edge = graph.edge.find((e) => e['@_id'] === 'tnfr1_contributes_cs')!;
    expect(value(edge, 'authority_caveat')).toMatch(WEAK);

    const cx2 = JSON.parse(toCx2(view)) as Record<string, unknown>[];
    const cxEdges = cx2.flatMap((a) => (a.edges as { v: Record<string, unknown> }[] | undefined) ?? []);
    const weak = cxEdges.filter((e) => typeof e.v.authority_caveat === 'string');
    expect(weak).toHaveLength(1);
    expect(weak[0]!.v.sentence).toBe('TNFR1 contributes to Central sensitization');
  });

  it('the real knowledge base: "Infiltrating immune cells secrete TGF-β1"', () => {
    const result = loadGraph(readGraphFiles('graph-data'));
    if (!result.ok) throw new Error('graph-data does not load');
    const edges = cyEdges(toCyjs(selectView(result.graph)));
    expect(edges.get('leukocytes_secrete_tgfb1')?.sentence).toBe('Infiltrating immune cells secrete TGF-β1');
    expect(edges.get('leukocytes_secrete_tgfb1')?.authorityCaveat).toMatch(/a news report/);
    expect(edges.get('microglia_release_factors')?.sentence).toBe(
      'Microglia release Factors released by microglia',
    );
  });
});
