// @vitest-environment node
// --therapy: an export of one therapy's mechanism keeps only that subgraph and the sources it cites.
import { describe, expect, it } from 'vitest';
import { citedSources, selectView } from '../../src/export/view';
import { therapyMechanism } from '../../src/model/queries';
import type { NodeId } from '../../src/model/schema';
import { cx2Problems, parseCsv } from './consumers';
import { toCx2 } from '../../src/export/cx2';
import { toEdgesCsv, toNodesCsv } from '../../src/export/csv';
import { fixtureGraph } from './helpers';

describe('therapy subsetting', () => {
  const graph = fixtureGraph();
  const mechanism = therapyMechanism(graph, 'anti_tnf' as NodeId);
  const view = selectView(graph, { title: 'anti-TNF', filters: 'therapy: anti_tnf' }, mechanism);

  it('keeps only the nodes and relations of the mechanism', () => {
    expect(view.nodes.map((n) => n.id).sort()).toEqual(
      ['anti_tnf', 'central_sensitization', 'microglia', 'neuropathic_pain', 'tnf', 'tnfr1'].sort(),
    );
    expect(view.edges.map((e) => e.id).sort()).toEqual(
      [
        'anti_tnf_neutralizes_tnf',
        'cs_contributes_np',
        'microglia_releases_tnf',
        'tnf_binds_tnfr1',
        'tnfr1_contributes_cs',
      ].sort(),
    );
    for (const e of view.edges) expect(mechanism.edges.has(e.id)).toBe(true);
  });

  it('keeps only the sources those relations cite, plus the studies cited news reports on', () => {
    // tins2023 is cited by no relation here; it comes in because mnt2023 reports on it.
    expect(view.sources.map((s) => s.id)).toEqual(['marchand2005', 'tins2023', 'mnt2023', 'mondo2024']);
    expect(citedSources(graph, view.edges)).toEqual(view.sources);
  });

  it('keeps every node where the whole map draws it, in every format', () => {
    const whole = selectView(graph);
    for (const n of view.nodes) expect(view.positions.get(n.id)).toEqual(whole.positions.get(n.id));
    const nodes = (JSON.parse(toCx2(view)) as Record<string, Record<string, unknown>[]>[])[4]!.nodes!;
    expect(nodes).toHaveLength(view.nodes.length);
    for (const n of nodes)
      expect({ x: n.x, y: n.y }).toEqual(whole.positions.get((n.v as { nociscope_id: NodeId }).nociscope_id));
    for (const r of parseCsv(toNodesCsv(view)).rows)
      expect({ x: Number(r.x), y: Number(r.y) }).toEqual(whole.positions.get(r.id as NodeId));
  });

  it('exports the subset consistently', () => {
    expect(parseCsv(toEdgesCsv(view)).rows).toHaveLength(5);
    expect(cx2Problems(toCx2(view))).toEqual([]);
    const net = (JSON.parse(toCx2(view)) as Record<string, Record<string, unknown>[]>[])[3]!
      .networkAttributes![0]!;
    expect(net.filters).toBe('therapy: anti_tnf');
  });
});
