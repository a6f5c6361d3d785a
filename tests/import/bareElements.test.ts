// @vitest-environment node
// A bare cytoscape.js elements file (issue 22): { nodes, edges } of elements, as cytoscape.js's debug
// sample gal.json, or a list of elements with `group`, saved as .json. It was refused as "networkx
// node-link JSON"; it is read as Cytoscape.js JSON, with positions and attributes. networkx's own
// node-link JSON (nodes without a "data" object) keeps its message.
import { describe, expect, it } from 'vitest';
import { parseNetworkFile } from '../../src/import/parse';
import { fixture } from './helpers';

describe('a bare cytoscape.js elements file', () => {
  it('{ nodes, edges } opens whole, as Cytoscape.js JSON', () => {
    const r = parseNetworkFile('gal.json', fixture('bare-elements.valid.json'));
    expect(r.problems).toEqual([]);
    expect(r.format).toBe('cyjs');
    const n = r.network!;
    expect([n.nodes.length, n.edges.length]).toEqual([4, 3]);
    const snf3 = n.nodes.find((x) => x.id === 'YDL194W')!;
    expect(snf3.label).toBe('YDL194W');
    expect(snf3.position).toEqual({ x: 1213.2, y: 2006.9 });
    expect(snf3.attributes).toMatchObject({ COMMON: 'SNF3', gal1RGexp: -0.125 });
    expect(n.edges.map((e) => [e.source, e.interaction, e.target])).toEqual([
      ['YDL194W', 'pp', 'YDR277C'],
      ['YDR277C', 'pd', 'YBR043C'],
      ['YBR043C', 'pp', 'YPR145W'],
    ]);
  });

  it('a list of elements with group opens whole, also without the .cyjs extension', () => {
    const r = parseNetworkFile('elements.json', fixture('bare-elements-array.valid.json'));
    expect(r.problems).toEqual([]);
    expect(r.format).toBe('cyjs');
    expect([r.network!.nodes.length, r.network!.edges.length]).toEqual([3, 2]);
  });

  it('{ nodes } alone (no edges yet) opens', () => {
    const r = parseNetworkFile('n.json', '{"nodes":[{"data":{"id":"a"}},{"data":{"id":"b"}}]}');
    expect(r.problems).toEqual([]);
    expect(r.network!.nodes.map((n) => n.id)).toEqual(['a', 'b']);
  });

  it('a dangling edge in a bare file is reported where it is', () => {
    const r = parseNetworkFile(
      'n.json',
      '{"nodes":[{"data":{"id":"a"}}],"edges":[{"data":{"id":"x","source":"a","target":"zz"}}]}',
    );
    expect(r.network).toBeUndefined();
    expect(r.problems[0]!.message).toContain('"zz"');
    expect(r.problems[0]!.field).toBe('target');
  });

  it("networkx's node-link JSON still gets its own message", () => {
    const r = parseNetworkFile(
      'g.json',
      '{"directed":true,"nodes":[{"id":"a"},{"id":"b"}],"edges":[{"source":"a","target":"b"}]}',
    );
    expect(r.network).toBeUndefined();
    expect(r.problems[0]!.message).toContain('networkx node-link JSON');
  });
});
