// @vitest-environment node
// The readers in stages (src/import/formats/stages.ts): each stage checked on its own, so a fault
// shows in the stage that has it — validation refuses what is not the format, extraction gives each
// element as the file states it (read through the right declarations, nothing cross-checked), and
// the shared conversion does the cross-element checks for every format alike.
import { describe, expect, it } from 'vitest';
import type { FormatContext } from '../../src/import/formats/common';
import { extractCx, validateCx } from '../../src/import/formats/cx';
import { extractCx2, validateCx2 } from '../../src/import/formats/cx2';
import { extractCyjs, validateCyjs } from '../../src/import/formats/cyjs';
import { extractGraphml, validateGraphml } from '../../src/import/formats/graphml';
import { extractSif, validateSif } from '../../src/import/formats/sif';
import { convert, ownIds, readerOf, type FormatSpec } from '../../src/import/formats/stages';
import { ProblemList } from '../../src/import/problems';
import { parseNetworkFile } from '../../src/import/parse';

const context = (fileName = 'test.file'): FormatContext => ({
  fileName,
  problems: new ProblemList(fileName),
  progress: () => {},
});
const messages = (ctx: FormatContext, severity?: 'error' | 'warning') =>
  ctx.problems
    .list()
    .filter((p) => !severity || p.severity === severity)
    .map((p) => p.message);

/** A CX2 file whose node and edge scopes give the same alias "w" different names. */
const sharedAlias = [
  { CXVersion: '2.0' },
  {
    attributeDeclarations: [
      {
        networkAttributes: { name: { d: 'string' }, licence: { d: 'string' } },
        nodes: { name: { d: 'string', a: 'n' }, width: { d: 'double', a: 'w' } },
        edges: { interaction: { d: 'string', a: 'i' }, weight: { d: 'double', a: 'w' } },
      },
    ],
  },
  { networkAttributes: [{ name: 'Shared alias', licence: 'CC BY 4.0' }] },
  {
    nodes: [
      { id: 1, x: 0, y: 0, v: { n: 'A', w: 30 } },
      { id: 2, v: { n: 'B', w: 40 } },
    ],
  },
  { edges: [{ id: 1, s: 1, t: 2, v: { i: 'activates', w: 0.5 } }] },
  { status: [{ error: '', success: true }] },
];

describe('CX2 stages', () => {
  it('validate: a list starting with the descriptor gives its aspects; anything else is refused', () => {
    const ok = context('a.cx2');
    const doc = validateCx2(ok, '', sharedAlias);
    expect([...doc!.aspects.keys()]).toEqual([
      'attributeDeclarations',
      'networkAttributes',
      'nodes',
      'edges',
      'status',
    ]);
    expect(messages(ok)).toEqual([]);

    const bad = context('b.cx2');
    expect(validateCx2(bad, '', { nodes: [] })).toBeUndefined();
    expect(messages(bad, 'error')).toEqual(['a CX2 file is a JSON list of aspects']);
  });

  it('extract: edges are read with the edge declarations, nodes with the node declarations', () => {
    const ctx = context('a.cx2');
    const x = extractCx2(ctx, validateCx2(ctx, '', sharedAlias)!);
    expect(x.nodes.map((n) => n.attributes)).toEqual([
      { name: 'A', width: 30 },
      { name: 'B', width: 40 },
    ]);
    expect(x.edges.map((e) => e.attributes)).toEqual([{ interaction: 'activates', weight: 0.5 }]);
    expect(x.name).toBe('Shared alias');
    expect(x.attributes).toEqual({ name: 'Shared alias', licence: 'CC BY 4.0' });
  });

  it('extract: an edge to a node that is not there is handed on as stated, not checked', () => {
    const doc = sharedAlias.map((a) =>
      'edges' in a ? { edges: [{ id: 1, s: 1, t: 9, v: { i: 'binds' } }] } : a,
    );
    const ctx = context('a.cx2');
    const x = extractCx2(ctx, validateCx2(ctx, '', doc)!);
    expect(x.edges.map((e) => [e.source, e.target])).toEqual([['1', '(CX id 9)']]);
    expect(messages(ctx, 'error')).toEqual([]);
    // Conversion is where the missing end is found.
    expect(convert(ctx, 'cx2', x)).toBeUndefined();
    expect(messages(ctx, 'error')).toEqual(['edge "1" points to a node "(CX id 9)" that is not in the file']);
  });

  it('convert: one node without a position in a CX2 file is said once', () => {
    const ctx = context('a.cx2');
    const network = convert(ctx, 'cx2', extractCx2(ctx, validateCx2(ctx, '', sharedAlias)!));
    expect(network?.nodes.map((n) => n.label)).toEqual(['A', 'B']);
    expect(messages(ctx, 'warning')).toEqual(['1 of 2 nodes have no x/y position; the app places them']);
  });
});

describe('the other staged readers', () => {
  it('CX1: validate refuses a file without nodes; extract types values by their "d"', () => {
    const none = context('a.cx');
    validateCx(none, '', [{ edges: [] }]);
    expect(messages(none, 'error')).toEqual(['the file has no "nodes" aspect']);

    const ctx = context('b.cx');
    const doc = validateCx(ctx, '', [
      { nodes: [{ '@id': 1, n: 'A' }] },
      { nodeAttributes: [{ po: 1, n: 'score', v: '2.5', d: 'double' }] },
      { networkAttributes: [{ n: 'author', v: 'A. Writer' }] },
    ]);
    const x = extractCx(ctx, doc!);
    expect(x.nodes.map((n) => [n.id, n.label, n.attributes])).toEqual([['1', 'A', { score: 2.5 }]]);
    expect(x.attributes).toEqual({ author: 'A. Writer' });
  });

  it('cyjs: validate sorts a list of elements by group; extract maps networkx ends to node ids', () => {
    const ctx = context('a.cyjs');
    const doc = validateCyjs(ctx, '', {
      data: [['name', 'nx graph']],
      elements: [
        { data: { id: 'x', value: 0, name: 'X' } },
        { data: { id: 'y', value: 1, name: 'Y' } },
        { group: 'edges', data: { source: 0, target: 1 } },
      ],
    });
    expect([doc.nodes.length, doc.edges.length]).toEqual([2, 1]);
    const x = extractCyjs(ctx, doc);
    expect(x.name).toBe('nx graph');
    expect(x.edges.map((e) => [e.source, e.target])).toEqual([['x', 'y']]);
  });

  it('SIF: extract gives each name once, first seen first, and an edge per target', () => {
    const ctx = context('a.sif');
    const x = extractSif(ctx, validateSif(ctx, 'B\tpp\tA\tC\nD\n'));
    expect(x.nodes.map((n) => n.id)).toEqual(['B', 'A', 'C', 'D']);
    expect(x.edges.map((e) => [e.source, e.interaction, e.target])).toEqual([
      ['B', 'pp', 'A'],
      ['B', 'pp', 'C'],
    ]);
  });

  it('GraphML: validate refuses entities; extract keeps the graph-level data as the network attributes', () => {
    const entity = context('a.graphml');
    expect(validateGraphml(entity, '<!DOCTYPE x [<!ENTITY a "b">]><graphml/>')).toBeUndefined();
    expect(messages(entity, 'error')[0]).toMatch(/XML entities/);

    const ctx = context('b.graphml');
    const text = `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="g0" for="graph" attr.name="author" attr.type="string"/>
      <key id="d0" for="node" attr.name="name" attr.type="string"/>
      <graph id="G" edgedefault="undirected"><data key="g0">A. Writer</data>
        <node id="n0"><data key="d0">A</data></node><node id="n1"/>
        <edge source="n0" target="n1"/></graph></graphml>`;
    const x = extractGraphml(ctx, validateGraphml(ctx, text)!);
    expect(x.attributes).toEqual({ author: 'A. Writer' });
    expect(x.directed).toBe(false);
    expect(x.nodes.map((n) => n.id)).toEqual(['n0', 'n1']);
  });
});

describe('a new format is a small spec', () => {
  // "a -> b" per line: validate and extract are the whole reader; conversion is shared.
  const ARROWS: FormatSpec<string[]> = {
    format: 'sif',
    validate: (ctx, text) => {
      const lines = text.split('\n').filter((l) => l.trim());
      if (lines.some((l) => !l.includes('->'))) {
        ctx.problems.error('a line has no arrow', 'Write "a -> b".');
        return undefined;
      }
      return lines;
    },
    extract: (_ctx, lines) => {
      const pairs = lines.map((l) => l.split('->').map((s) => s.trim()) as [string, string]);
      const ids = [...new Set(pairs.flat())];
      return {
        nodes: ids.map((id) => ({ id, attributes: {} })),
        edges: pairs.map(([source, target]) => ({ id: '', source, target, attributes: {} })),
      };
    },
  };
  const read = readerOf(ARROWS);

  it('gets ids, unique edge ids, the file name as the name, and the shared checks', () => {
    const ctx = context('folder/arrows.txt');
    const network = read(ctx, 'IL1B -> TNF\nTNF -> IL1B\n');
    expect(network?.name).toBe('arrows');
    expect(network?.edges.map((e) => e.id)).toEqual(['e1', 'e2']);
    const bad = context('bad.txt');
    expect(read(bad, 'IL1B TNF')).toBeUndefined();
    expect(messages(bad, 'error')).toEqual(['a line has no arrow']);
  });

  it('own ids stand only when every element has a distinct one', () => {
    expect(ownIds([{ nociscope_id: 'a' }, { nociscope_id: 'b' }], 'nociscope_id')).toEqual(['a', 'b']);
    expect(ownIds([{ nociscope_id: 'a' }, { nociscope_id: 'a' }], 'nociscope_id')).toBeUndefined();
    expect(ownIds([{ nociscope_id: 'a' }, {}], 'nociscope_id')).toBeUndefined();
  });
});

describe('convert, the stage every reader shares', () => {
  it('reports progress that never goes back, within the share convert has (0.75 to 0.9)', () => {
    // 4,001 nodes and 4,000 edges: convert ticks at node 0, 2,000 and 4,000 and at edge 0 and 2,000.
    const sif = Array.from({ length: 4000 }, (_, i) => `n${i}\tpp\tn${i + 1}`).join('\n');
    const seen: number[] = [];
    const r = parseNetworkFile('chain.sif', sif, { onProgress: (f) => seen.push(f) });
    expect(r.network?.edges).toHaveLength(4000);
    const mine = seen.filter((f) => f >= 0.75 && f <= 0.9);
    expect(mine).toHaveLength(5);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!, `step ${i}`).toBeGreaterThanOrEqual(seen[i - 1]!);
    // The edges' share starts where the nodes' ends.
    expect(mine.filter((f) => f >= 0.85)).toEqual([0.85, 0.875]);
    expect(Math.max(...mine)).toBeLessThan(0.9);
  });

  it('names a network with a blank name after its file', () => {
    const r = parseNetworkFile(
      'my-net.cyjs',
      JSON.stringify({ data: { name: '   ' }, elements: { nodes: [{ data: { id: 'a' } }], edges: [] } }),
    );
    expect(r.network?.name).toBe('my-net');
  });
});
