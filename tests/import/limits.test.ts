// Node and edge caps: a file under the byte cap but with too many nodes or edges is refused with a
// message that says what to do, before the readers build it where the format allows.
import { describe, expect, it } from 'vitest';
import {
  countLines,
  graphmlTags,
  jsonCounts,
  MAX_IMPORT_EDGES,
  MAX_IMPORT_NODES,
} from '../../src/import/limits';
import { parseNetworkFile, parseNetworkFiles } from '../../src/import/parse';

const small = { maxNodes: 5, maxEdges: 6 };
const errors = (r: { problems: readonly { severity: string; message: string; hint: string }[] }) =>
  r.problems.filter((p) => p.severity === 'error');

function cyjs(nodes: number, edges: number) {
  return JSON.stringify({
    elements: {
      nodes: Array.from({ length: nodes }, (_, i) => ({ data: { id: `n${i}` } })),
      edges: Array.from({ length: edges }, (_, i) => ({
        data: { id: `e${i}`, source: `n${i % nodes}`, target: `n${(i + 1) % nodes}` },
      })),
    },
  });
}

describe('node and edge caps', () => {
  it('are those a 2-core machine draws: 20,000 nodes and 50,000 edges', () => {
    expect(MAX_IMPORT_NODES).toBe(20_000);
    expect(MAX_IMPORT_EDGES).toBe(50_000);
  });

  it('refuse a cyjs file with too many nodes, saying how many and what to do', () => {
    const r = parseNetworkFile('big.cyjs', cyjs(6, 2), small);
    expect(r.network).toBeUndefined();
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]!.message).toBe('the network has 6 nodes, more than the 5 this app opens');
    expect(errors(r)[0]!.hint).toMatch(/subnetwork/);
    // At the cap it opens.
    expect(parseNetworkFile('ok.cyjs', cyjs(5, 6), small).network?.nodes).toHaveLength(5);
  });

  it('refuse too many edges in cyjs, CX2 and GraphML', () => {
    expect(errors(parseNetworkFile('big.cyjs', cyjs(3, 7), small))[0]!.message).toMatch(
      /7 edges, more than the 6/,
    );
    const cx2 = JSON.stringify([
      { CXVersion: '2.0' },
      { nodes: [{ id: 1 }, { id: 2 }] },
      { edges: Array.from({ length: 7 }, (_, i) => ({ id: i, s: 1, t: 2 })) },
    ]);
    expect(errors(parseNetworkFile('big.cx2', cx2, small))[0]!.message).toMatch(/7 edges/);
    const graphml = `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">${Array.from(
      { length: 6 },
      (_, i) => `<node id="n${i}"/>`,
    ).join('')}</graph></graphml>`;
    expect(errors(parseNetworkFile('big.graphml', graphml, small))[0]!.message).toMatch(/6 nodes/);
  });

  it('refuse an edge list by its lines before it is split into rows', () => {
    const csv = ['source,target', ...Array.from({ length: 12 }, (_, i) => `a${i},b${i}`)].join('\n');
    const r = parseNetworkFile('big.csv', csv, small);
    expect(r.network).toBeUndefined();
    expect(errors(r)[0]!.message).toBe(
      'the file has 13 lines (one edge or node each), more than the 6 edges and 5 nodes this app opens',
    );
    const sif = Array.from({ length: 13 }, (_, i) => `a${i}\tpp\tb${i}`).join('\n');
    expect(errors(parseNetworkFile('big.sif', sif, small))[0]!.message).toMatch(/13 lines/);
    // An edges table with its nodes table counts the lines of both.
    const nodes = ['id', ...Array.from({ length: 6 }, (_, i) => `a${i}`)].join('\n');
    const edges = ['source,target', ...Array.from({ length: 6 }, (_, i) => `a${i},a${(i + 1) % 6}`)].join(
      '\n',
    );
    const both = parseNetworkFiles(
      [
        { name: 'e.csv', content: edges },
        { name: 'n.csv', content: nodes },
      ],
      small,
    );
    expect(errors(both)[0]!.message).toMatch(/14 lines/);
  });

  it('refuse a network built above a cap that the early count could not see (a SIF line of many targets)', () => {
    const sif = `hub\tpp\t${Array.from({ length: 7 }, (_, i) => `t${i}`).join('\t')}`;
    const r = parseNetworkFile('star.sif', sif, { maxNodes: 100, maxEdges: 6 });
    expect(r.network).toBeUndefined();
    expect(errors(r).map((p) => p.message)).toEqual([
      'the network has 7 edges, more than the 6 this app opens',
    ]);
  });

  it('count without building: lines, GraphML tags and JSON arrays', () => {
    expect(countLines('a\n\n  \r\nb\r\nc')).toBe(3);
    expect(countLines('')).toBe(0);
    expect(
      graphmlTags('<y:node id="a"><node/><nodes/></y:node><edge source="a" target="b"/><edgedefault>'),
    ).toEqual({
      nodes: 2,
      edges: 1,
    });
    expect(jsonCounts([{ data: { id: 'a' } }, { data: { id: 'e', source: 'a', target: 'a' } }])).toEqual({
      nodes: 1,
      edges: 1,
    });
    expect(jsonCounts([{ nodes: [{}, {}] }, { nodes: [{}] }, { edges: [{}] }])).toEqual({
      nodes: 3,
      edges: 1,
    });
    expect(jsonCounts({ nodes: [{}], relations: [{}, {}] })).toEqual({ nodes: 1, edges: 2 });
  });
});
