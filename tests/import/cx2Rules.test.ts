// The rules of the CX2 reader (src/import/formats/cx2.ts), each stated on a file of a few aspects.
// Written for the mutants a Stryker run left alive (README, "Mutation testing"): CX2 as its
// specification states it (a descriptor, aspects in fragments, a status; declarations with a type,
// an alias and a default; whole-number ids; style labels) and as real files stretch it.
import { describe, expect, it } from 'vitest';
import { validateCx2 } from '../../src/import/formats/cx2';
import { parseNetworkFile } from '../../src/import/parse';
import { ProblemList } from '../../src/import/problems';
import type { ImportedNetwork, ImportResult } from '../../src/import/types';
import { networkFrom, ofSeverity } from './helpers';

type Aspect = Record<string, unknown>;
const DESCRIPTOR = { CXVersion: '2.0', hasFragments: false };
const OK = { status: [{ success: true }] };

/** A CX2 file: the descriptor, the aspects given, then a successful status. */
const cx2 = (...aspects: Aspect[]) => [DESCRIPTOR, ...aspects, OK];
const read = (doc: unknown): ImportResult => parseNetworkFile('net.cx2', JSON.stringify(doc));
const network = (doc: unknown): ImportedNetwork => networkFrom('net.cx2', JSON.stringify(doc));
const nodesOf = (...nodes: unknown[]) => ({ nodes });
const declared = (scopes: Record<string, Record<string, unknown>>) => ({ attributeDeclarations: [scopes] });
const twoNodes = nodesOf({ id: 1, v: { name: 'A' } }, { id: 2, v: { name: 'B' } });
const NAME_DECL = { nodes: { name: { d: 'string' } } };

describe('CX2 descriptor and aspects', () => {
  it('refuses a list whose first item is not the descriptor, naming item [0] (the validate stage)', () => {
    // Through parseNetworkFile such a file is read as CX version 1, by its content.
    const problems = new ProblemList('net.cx2');
    validateCx2({ fileName: 'net.cx2', problems, progress: () => {} }, '', [{ nodes: [{ id: 1 }] }, OK]);
    const [e] = problems.list().filter((p) => p.severity === 'error');
    expect(e).toMatchObject({ field: '[0]' });
    expect(e!.message).toMatch(/does not start with the CX2 descriptor/);
    expect(e!.hint).toMatch(/CX version 1 file is opened as "\.cx"/);
  });

  it('reads another version as 2.0 and says so once, on CXVersion', () => {
    const r = read([{ CXVersion: '1.0' }, declared(NAME_DECL), twoNodes, OK]);
    expect(ofSeverity(r, 'error')).toEqual([]);
    const w = ofSeverity(r, 'warning');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ field: 'CXVersion' });
    expect(w[0]!.message).toMatch(/says it is CX version "1\.0"/);
    expect(w[0]!.hint).toMatch(/read as 2\.0/);
    expect(r.network!.nodes.map((n) => n.label)).toEqual(['A', 'B']);
  });

  it('refuses an item that is not an object, naming its place', () => {
    const r = read([DESCRIPTOR, declared(NAME_DECL), 7, twoNodes, OK]);
    const [e] = ofSeverity(r, 'error');
    expect(e).toMatchObject({ field: '[2]' });
    expect(e!.message).toBe('item 3 of the file is not an aspect object');
  });

  it('refuses an aspect that is not a list, naming the aspect', () => {
    const r = read([DESCRIPTOR, declared(NAME_DECL), { nodes: { id: 1 } }, OK]);
    const [e] = ofSeverity(r, 'error');
    expect(e).toMatchObject({ field: 'nodes' });
    expect(e!.message).toBe('the "nodes" aspect is not a list');
    expect(e!.hint).toMatch(/list of elements/);
  });

  it('joins an aspect written in several fragments, in file order', () => {
    const n = network(
      cx2(declared(NAME_DECL), nodesOf({ id: 1, v: { name: 'A' } }), nodesOf({ id: 2, v: { name: 'B' } })),
    );
    expect(n.nodes.map((x) => x.label)).toEqual(['A', 'B']);
  });
});

describe('CX2 status and counts', () => {
  it('refuses a file whose status says it failed, quoting the writer', () => {
    const r = read([
      DESCRIPTOR,
      declared(NAME_DECL),
      twoNodes,
      { status: [{ success: false, error: 'disk full' }] },
    ]);
    const [e] = ofSeverity(r, 'error');
    expect(e).toMatchObject({ field: 'status' });
    expect(e!.message).toBe('the file says it is incomplete: "disk full"');
    const bare = read([DESCRIPTOR, twoNodes, { status: [{ success: false, error: '' }] }]);
    expect(ofSeverity(bare, 'error')[0]!.message).toBe('the file says it is incomplete');
  });

  it('warns when there is no status, unless metaData counts every node and edge read', () => {
    const noStatus = (...extra: Aspect[]) =>
      read([DESCRIPTOR, declared(NAME_DECL), twoNodes, ...extra]).problems.filter((p) =>
        /status aspect/.test(p.message),
      );
    expect(noStatus()).toHaveLength(1);
    expect(noStatus()[0]).toMatchObject({ severity: 'warning', field: 'status' });
    // ndex2-client: counts that match vouch for the file; an absent aspect may go unlisted.
    expect(noStatus({ metaData: [{ name: 'nodes', elementCount: 2 }] })).toEqual([]);
    expect(
      noStatus({
        metaData: [
          { name: 'nodes', elementCount: 2 },
          { name: 'edges', elementCount: 0 },
        ],
      }),
    ).toEqual([]);
    // A count that does not match, or edges read but not listed, leave the warning.
    expect(noStatus({ metaData: [{ name: 'nodes', elementCount: 3 }] })).toHaveLength(1);
    expect(noStatus({ metaData: [] })).toHaveLength(1);
    const withEdge = read([
      DESCRIPTOR,
      declared(NAME_DECL),
      twoNodes,
      { edges: [{ id: 5, s: 1, t: 2 }] },
      { metaData: [{ name: 'nodes', elementCount: 2 }] },
    ]);
    expect(withEdge.problems.filter((p) => /status aspect/.test(p.message))).toHaveLength(1);
  });
});

describe('CX2 attribute declarations', () => {
  it('reads a value written under its alias by the declared name', () => {
    const n = network(
      cx2(
        declared({ nodes: { name: { d: 'string' }, 'cell type': { d: 'string', a: 'ct' } } }),
        nodesOf({ id: 1, v: { name: 'A', ct: 'microglia' } }),
      ),
    );
    expect(n.nodes[0]!.attributes).toMatchObject({ 'cell type': 'microglia' });
    expect(n.nodes[0]!.attributes).not.toHaveProperty('ct');
  });

  it('gives an element that leaves an attribute out its declared default, read as the declared type', () => {
    const n = network(
      cx2(
        declared({
          nodes: {
            name: { d: 'string' },
            weight: { d: 'double', v: '2.5' },
            count: { d: 'long', v: '7' },
            seen: { d: 'boolean', v: 'true' },
            hidden: { d: 'boolean', v: 'false' },
            tag: { d: 'string', v: 'default tag' },
            blank: { d: 'double', v: ' ' },
          },
        }),
        nodesOf({ id: 1, v: { name: 'A' } }, { id: 2, v: { name: 'B', weight: 0.5, tag: 'own' } }),
      ),
    );
    expect(n.nodes[0]!.attributes).toMatchObject({
      weight: 2.5,
      count: 7,
      seen: true,
      hidden: false,
      tag: 'default tag',
      blank: ' ',
    });
    expect(n.nodes[1]!.attributes).toMatchObject({ weight: 0.5, tag: 'own' });
  });

  it('keeps the default away from an element that gives the value under its full name', () => {
    const n = network(
      cx2(
        declared({ nodes: { name: { d: 'string' }, 'cell type': { d: 'string', a: 'ct', v: 'unknown' } } }),
        nodesOf({ id: 1, v: { name: 'A', 'cell type': 'neuron' } }),
      ),
    );
    expect(n.nodes[0]!.attributes['cell type']).toBe('neuron');
  });

  it('warns about a value that does not fit its declared type, and keeps it as written', () => {
    const cases: [string, unknown, RegExp][] = [
      ['long', 1.5, /is not a long/],
      ['integer', '3', /is not a integer/],
      ['double', 'high', /is not a double/],
      ['boolean', 'yes', /is not a boolean/],
      ['string', 12, /is not a string/],
      ['list_of_integer', [1, 'x'], /is not a list of integer/],
      ['list_of_string', 'one', /is not a list of string/],
    ];
    for (const [type, value, message] of cases) {
      const r = read(
        cx2(
          declared({ nodes: { name: { d: 'string' }, score: { d: type } } }),
          nodesOf({ id: 1, v: { name: 'A', score: value } }),
        ),
      );
      const w = ofSeverity(r, 'warning');
      expect(w, type).toHaveLength(1);
      expect(w[0]!.message, type).toMatch(message);
      expect(w[0]!.message, type).toMatch(/^node 1 has "score" = /);
      expect(w[0], type).toMatchObject({ field: 'node 1.v.score' });
      expect(r.network!.nodes[0]!.attributes.score, type).toEqual(value);
    }
  });

  it('accepts values that fit: whole numbers as long, any number as double, lists of the type', () => {
    const r = read(
      cx2(
        declared({
          nodes: {
            name: { d: 'string' },
            n: { d: 'long' },
            i: { d: 'integer' },
            x: { d: 'double' },
            b: { d: 'boolean' },
            li: { d: 'list_of_long' },
            ld: { d: 'list_of_double' },
            lb: { d: 'list_of_boolean' },
          },
        }),
        nodesOf({
          id: 1,
          v: { name: 'A', n: 3, i: -2, x: 1.5, b: false, li: [1, 2], ld: [0.5, 2], lb: [true] },
        }),
      ),
    );
    expect(r.problems).toEqual([]);
  });

  it('reads a declaration without "d" as written, and warns about an unknown type once', () => {
    const r = read(
      cx2(
        declared({ nodes: { name: {}, size: { d: 'float' } } }),
        nodesOf({ id: 1, v: { name: 'A', size: 'big' } }, { id: 2, v: { name: 'B', size: 3 } }),
      ),
    );
    expect(ofSeverity(r, 'error')).toEqual([]);
    const w = ofSeverity(r, 'warning');
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toMatch(/"size"/);
    expect(w[0]!.hint).toMatch(/"d": one of string, long, integer, double, boolean, list_of_string/);
    expect(r.network!.nodes.map((x) => x.attributes.size)).toEqual(['big', 3]);
  });

  it('warns once per undeclared attribute when the file declares others', () => {
    const r = read(
      cx2(
        declared(NAME_DECL),
        nodesOf({ id: 1, v: { name: 'A', note: 'x' } }, { id: 2, v: { name: 'B', note: 'y' } }),
      ),
    );
    const w = ofSeverity(r, 'warning');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ field: 'nodes.note' });
    expect(w[0]!.message).toBe('attribute "note" of nodes is not declared in attributeDeclarations');
    expect(r.network!.nodes.map((x) => x.attributes.note)).toEqual(['x', 'y']);
  });

  it('says once that a file declares nothing, and reads "n" as the name', () => {
    const r = read(cx2(nodesOf({ id: 1, v: { n: 'A' } }, { id: 2, v: { n: 'B', note: 'x' } })));
    const w = ofSeverity(r, 'warning');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ field: 'attributeDeclarations' });
    expect(r.network!.nodes.map((x) => x.label)).toEqual(['A', 'B']);
  });

  it('leaves out attributes that are not an object, with a warning naming the element', () => {
    const r = read(cx2(declared(NAME_DECL), nodesOf({ id: 1, v: { name: 'A' } }, { id: 2, v: 'B' })));
    const w = ofSeverity(r, 'warning');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ field: 'node 2.v' });
    expect(w[0]!.message).toBe('the attributes of node 2 are not an object; they were left out');
    expect(r.network!.nodes[1]!.attributes).toEqual({});
  });

  it('reads the network name from networkAttributes', () => {
    const n = network(
      cx2(
        declared({ networkAttributes: { name: { d: 'string' } }, ...NAME_DECL }),
        { networkAttributes: [{ name: 'Pain signalling' }] },
        twoNodes,
      ),
    );
    expect(n.name).toBe('Pain signalling');
    const unnamed = network(
      cx2(
        declared({ networkAttributes: { name: { d: 'long' } }, ...NAME_DECL }),
        { networkAttributes: [{ name: 5 }] },
        twoNodes,
      ),
    );
    expect(unnamed.name).toBe('net'); // the file's name
  });
});

describe('CX2 nodes and edges', () => {
  it('refuses a node that is not an object, without a whole-number id, or with a taken id', () => {
    const cases: [unknown[], string, string][] = [
      [[{ id: 1, v: { name: 'A' } }, 'x'], 'node 2 is not an object', 'nodes[1]'],
      [
        [
          { id: 1, v: { name: 'A' } },
          { id: 1.5, v: { name: 'B' } },
        ],
        'node 2 has no whole-number id',
        'nodes[1].id',
      ],
      [
        [
          { id: 1, v: { name: 'A' } },
          { id: '2', v: { name: 'B' } },
        ],
        'node 2 has no whole-number id',
        'nodes[1].id',
      ],
      [[{ id: 1, v: { name: 'A' } }, { v: { name: 'B' } }], 'node 2 has no whole-number id', 'nodes[1].id'],
      [
        [
          { id: 1, v: { name: 'A' } },
          { id: 1, v: { name: 'B' } },
        ],
        'two nodes have the id 1',
        'nodes[1].id',
      ],
    ];
    for (const [nodes, message, field] of cases) {
      const r = read(cx2(declared(NAME_DECL), { nodes }));
      const e = ofSeverity(r, 'error');
      expect(
        e.map((p) => p.message),
        message,
      ).toContain(message);
      expect(
        e.find((p) => p.message === message),
        message,
      ).toMatchObject({ field });
    }
  });

  it('refuses an edge that is not an object, and names an end that is no node by its CX id', () => {
    const notObject = read(cx2(declared(NAME_DECL), twoNodes, { edges: [[1, 2]] }));
    expect(ofSeverity(notObject, 'error')[0]).toMatchObject({
      field: 'edges[0]',
      message: 'edge 1 is not an object',
    });
    const dangling = read(cx2(declared(NAME_DECL), twoNodes, { edges: [{ id: 5, s: 1, t: 9 }] }));
    expect(
      ofSeverity(dangling, 'error')
        .map((p) => p.message)
        .join(' '),
    ).toMatch(/\(CX id 9\)/);
  });

  it("joins edges to nodes by CX id, with the edge's interaction", () => {
    const n = network(
      cx2(declared({ ...NAME_DECL, edges: { interaction: { d: 'string' } } }), twoNodes, {
        edges: [{ id: 5, s: 2, t: 1, v: { interaction: 'inhibits' } }],
      }),
    );
    const label = new Map(n.nodes.map((x) => [x.id, x.label]));
    expect(n.edges.map((e) => `${label.get(e.source)}>${label.get(e.target)} ${e.interaction}`)).toEqual([
      'B>A inhibits',
    ]);
  });

  it("labels nodes by the style's passthrough column, a node bypass over it, the name kept as a synonym", () => {
    const n = network(
      cx2(
        declared({ nodes: { name: { d: 'string' }, symbol: { d: 'string' } } }),
        nodesOf(
          { id: 1, v: { name: 'transforming growth factor beta 1', symbol: 'TGFB1' } },
          { id: 2, v: { name: 'tumour necrosis factor', symbol: 'TNF' } },
          { id: 3, v: { name: 'Same', symbol: 'Same' } },
        ),
        {
          visualProperties: [
            { nodeMapping: { NODE_LABEL: { type: 'DISCRETE', definition: { attribute: 'name' } } } },
            { nodeMapping: { NODE_LABEL: { type: 'PASSTHROUGH', definition: { attribute: '' } } } },
            { nodeMapping: { NODE_LABEL: { type: 'PASSTHROUGH', definition: { attribute: 'symbol' } } } },
            { nodeMapping: { NODE_LABEL: { type: 'PASSTHROUGH', definition: { attribute: 'name' } } } },
          ],
        },
        {
          nodeBypasses: [
            { id: 2, v: { NODE_LABEL: '  TNF-α  ' } },
            { id: 3, v: { NODE_LABEL: '   ' } },
            { id: 1, v: { NODE_COLOR: '#fff' } },
          ],
        },
      ),
    );
    expect(n.nodes.map((x) => x.label)).toEqual(['TGFB1', 'TNF-α', 'Same']);
    expect(n.nodes.map((x) => x.synonyms)).toEqual([
      ['transforming growth factor beta 1'],
      ['tumour necrosis factor'],
      [],
    ]);
  });

  it('names the rule when only some nodes have positions', () => {
    const r = read(
      cx2(
        declared(NAME_DECL),
        nodesOf({ id: 1, x: 10, y: 20, v: { name: 'A' } }, { id: 2, v: { name: 'B' } }),
      ),
    );
    expect(r.problems.map((p) => p.hint).join(' ')).toMatch(/CX2 wants positions on all nodes or none/);
  });
});
