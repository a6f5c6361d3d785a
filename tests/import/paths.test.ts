// Paths in an imported network: directed, simple, shortest first, signed as the file signs its
// edges (an unsigned step leaves the net effect unknown), undirected edges walked both ways, and
// a limit that keeps the shortest paths.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importedPaths } from '../../src/import/paths';
import { parseNetworkFile } from '../../src/import/parse';
import type { ImportedNetwork } from '../../src/import/types';

const ras = parseNetworkFile(
  'indra-ras.cx',
  readFileSync('tests/fixtures/import/indra-ras.valid.cx', 'utf8'),
).network!;
const id = (label: string) => ras.nodes.find((n) => n.label === label)!.id;
const chains = (net: ImportedNetwork, paths: readonly { nodes: readonly string[] }[]) =>
  paths.map((p) => p.nodes.map((n) => net.nodes.find((x) => x.id === n)!.label).join(' → '));

describe('importedPaths', () => {
  it('finds every signed route from HRAS to MAPK1, shortest first, with its net sign', () => {
    const { paths, truncated } = importedPaths(ras, id('HRAS'), id('MAPK1'));
    expect(truncated).toBe(false);
    expect(chains(ras, paths)).toEqual(['HRAS → BRAF → MAP2K1 → MAPK1', 'HRAS → RAF1 → MAP2K1 → MAPK1']);
    expect(paths.map((p) => p.net)).toEqual([1, 1]);
    expect(paths[0]!.edges).toEqual(['23', '26', '28']);
  });

  it('multiplies signs: an inhibition on the way makes the net effect counter', () => {
    const { paths } = importedPaths(ras, id('MAPK1'), id('HRAS'));
    expect(chains(ras, paths)).toEqual(['MAPK1 → SOS1 → HRAS']);
    expect(paths[0]!.net).toBe(-1);
    // Two inhibitions make a promotion.
    expect(importedPaths(ras, id('DUSP6'), id('HRAS')).paths.map((p) => p.net)).toEqual([1]);
  });

  it('an unsigned step leaves the net effect unknown; direction is kept; the length is bounded', () => {
    const { paths } = importedPaths(ras, id('EGFR'), id('HRAS'));
    expect(chains(ras, paths)).toEqual(['EGFR → GRB2 → SOS1 → HRAS']);
    expect(paths[0]!.net).toBe(0);
    expect(importedPaths(ras, id('MAPK1'), id('EGFR')).paths).toEqual([]);
    expect(importedPaths(ras, id('EGFR'), id('MAPK1'), { maxLength: 4 }).paths).toEqual([]);
    expect(chains(ras, importedPaths(ras, id('EGFR'), id('MAPK1'), { maxLength: 6 }).paths)).toHaveLength(2);
    expect(importedPaths(ras, id('HRAS'), id('HRAS')).paths).toEqual([]);
  });

  it('walks undirected edges both ways, and the limit keeps the shortest paths', () => {
    const net = parseNetworkFile(
      'u.graphml',
      `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">
      <node id="a"/><node id="b"/><node id="c"/><node id="d"/>
      <edge source="b" target="a"/><edge source="c" target="b"/><edge source="a" target="d"/><edge source="d" target="c"/>
      </graph></graphml>`,
    ).network!;
    const { paths } = importedPaths(net, 'a', 'c');
    expect(paths.map((p) => p.nodes.join(''))).toEqual(['abc', 'adc']);
    expect(paths.every((p) => p.net === 0)).toBe(true);
    const cut = importedPaths(net, 'a', 'c', { limit: 1 });
    expect(cut.truncated).toBe(true);
    expect(cut.paths).toHaveLength(1);
    expect(cut.paths[0]!.edges).toHaveLength(2);
  });
});
