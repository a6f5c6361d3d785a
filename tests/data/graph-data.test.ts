// The real knowledge base must always load, and keep the promises the app and the brief rely on.
import { describe, expect, it } from 'vitest';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { loadGraph } from '../../src/model/load';
import { painEndpoints, riskEndpoints } from '../../src/model/pathways/endpoints';
import { formatProblem } from '../../src/model/problems';
import { therapyMechanism } from '../../src/model/queries';
import type { NodeId } from '../../src/model/schema';
import { searchNodes } from '../../src/model/search';

const result = loadGraph(readGraphFiles('graph-data'));

describe('graph-data', () => {
  it('validates', () => {
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });
  if (!result.ok) return;
  const { graph } = result;

  it('marks exactly the pain endpoints and risks the pathway answers are read against', () => {
    // Moved here from a list in code: changing this set changes every therapy's answer, so on purpose.
    const bySense = (sense: 1 | -1) =>
      painEndpoints(graph)
        .filter((p) => p.sense === sense)
        .map((p) => p.id)
        .sort();
    expect(bySense(1)).toEqual([
      'allodynia',
      'central_pain',
      'chronic_pain',
      'hyperalgesia',
      'inflammatory_pain',
      'neuropathic_pain',
      // Anti-TNF's one human result is relief of this pain (Marchand et al. 2005).
      'ra_pain',
      'spontaneous_pain',
    ]);
    expect(bySense(-1)).toEqual(['analgesia']);
    const risks = (kind: string) =>
      riskEndpoints(graph)
        .filter((r) => r.kind === kind)
        .map((r) => r.id)
        .sort();
    expect(risks('harm')).toEqual(['attack_on_healthy_cells', 'sensory_loss', 'transient_headache_fever']);
    expect(risks('safety-report')).toEqual(['blood_cell_counts', 'csf_cell_counts', 'liver_kidney_function']);
  });

  it('has the entities the brief names', () => {
    for (const id of ['nk_cell', 'microglia', 'bmsc', 'tnf', 'tgfb1', 'il10', 'cxcl12']) {
      expect(graph.nodeById.has(id as NodeId), id).toBe(true);
    }
    const labels = graph.nodes.map((n) => n.label.toLowerCase()).join(' | ');
    for (const word of ['pruning', 'inflammation', 'analgesia']) expect(labels).toContain(word);
  });

  it('cites a known source in every relation', () => {
    for (const e of graph.edges) {
      expect(e.evidence.length, e.id).toBeGreaterThan(0);
      for (const ev of e.evidence)
        expect(graph.sourceById.has(ev.source), `${e.id} → ${ev.source}`).toBe(true);
    }
  });

  it('covers all five source documents', () => {
    const cited = new Set(graph.edges.flatMap((e) => e.evidence.map((ev) => ev.source as string)));
    for (const s of [
      'mnt2023_nk_cells',
      'marchand2005',
      'mondo2024_stem_cells',
      'liu2020',
      'lifecell_bmsc_news',
    ]) {
      expect(cited.has(s), s).toBe(true);
    }
  });

  it('never cites an unidentified source', () => {
    const ids = graph.sources.map((s) => s.id as string);
    expect(ids).not.toContain('pnas_synapse_pruning_unidentified');
    expect(ids).not.toContain('clinical58_unidentified');
  });

  it('gives the BMSC therapy a focused mechanism with TGF-β1 and CXCL12 in it', () => {
    const m = therapyMechanism(graph, 'bmsc_therapy' as NodeId);
    expect(m.nodes.has('tgfb1' as NodeId)).toBe(true);
    expect(m.nodes.has('cxcl12' as NodeId)).toBe(true);
    expect(m.nodes.size).toBeLessThan(graph.nodes.length / 2);
  });

  it('finds nodes by synonym', () => {
    expect(searchNodes(graph, 'natural killer')[0]?.node.id).toBe('nk_cell');
  });

  it('offers the obvious entity first for the names readers type', () => {
    const first = (q: string) => searchNodes(graph, q)[0]?.node.id;
    expect(first('TGF')).toBe('tgfb1');
    expect(first('TGF-beta')).toBe('tgfb1');
    expect(first('SDF-1')).toBe('cxcl12');
    expect(first('TNF-alpha')).toBe('tnf');
    expect(first('CL:0000623')).toBe('nk_cell');
  });
});
