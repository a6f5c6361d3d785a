// The rules of the GraphML reader (src/import/formats/graphml.ts), each stated on a document of a
// few elements. Written for the mutants a Stryker run left alive (README, "Mutation testing"): keys
// and their types and defaults as the GraphML primer states them, and the habits of the tools that
// write GraphML — graph-tool's vectors and hexadecimal floats, Cytoscape desktop's Java lists and
// alias column, yEd's drawn labels, arrows and groups, networkx's per-pair edge keys, Gephi's
// "Edge Label" — each read as its writer means it, with problems that say where they are.
import { describe, expect, it } from 'vitest';
import type { FormatContext } from '../../src/import/formats/common';
import { extractGraphml, validateGraphml } from '../../src/import/formats/graphml';
import { parseNetworkFile } from '../../src/import/parse';
import { ProblemList } from '../../src/import/problems';
import type { ImportedNetwork, ImportResult } from '../../src/import/types';
import { networkFrom, ofSeverity } from './helpers';

const NS = 'http://graphml.graphdrawing.org/xmlns';
const Y = 'http://www.yworks.com/xml/graphml';

/** A <key> declaration; `dflt` becomes its <default>, an undefined scope or type is left out. */
const key = (id: string, scope: string | undefined, name: string, type?: string, dflt?: string) =>
  `<key id="${id}"${scope === undefined ? '' : ` for="${scope}"`} attr.name="${name}"${
    type === undefined ? '' : ` attr.type="${type}"`
  }${dflt === undefined ? '/>' : `><default>${dflt}</default></key>`}`;
/** A node holding one <data> per entry. */
const node = (id: string, data: Record<string, string> = {}) =>
  `<node id="${id}">${Object.entries(data)
    .map(([k, v]) => `<data key="${k}">${v}</data>`)
    .join('')}</node>`;
/** A document: the keys, then one graph (its attributes given) holding the body, one part a line. */
const doc = (keys: string[], body: string[], graph = 'edgedefault="directed"') =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${NS}" xmlns:y="${Y}">`,
    ...keys,
    `<graph ${graph}>`,
    ...body,
    '</graph>',
    '</graphml>',
  ].join('\n');

const read = (text: string, fileName = 'net.graphml'): ImportResult => parseNetworkFile(fileName, text);
const network = (text: string): ImportedNetwork => networkFrom('net.graphml', text);
/** The attributes of each node, by id. */
const nodeAttributes = (n: ImportedNetwork) => Object.fromEntries(n.nodes.map((x) => [x.id, x.attributes]));
/** The validate and extract stages alone, as the reader runs them. */
function stages(text: string) {
  const problems = new ProblemList('net.graphml');
  const ctx: FormatContext = { fileName: 'net.graphml', problems, progress: () => {} };
  const validated = validateGraphml(ctx, text);
  return { problems, extracted: validated && extractGraphml(ctx, validated) };
}

describe('GraphML documents as a whole', () => {
  it('refuses a file that declares entities, pointing at the declaration', () => {
    const r = read(`<?xml version="1.0"?>\n<!DOCTYPE graphml [\n  <!ENTITY a "b">\n]>\n<graphml/>`);
    expect(r.network).toBeUndefined();
    expect(r.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 3,
        col: 3,
        message: 'the file declares XML entities, which imported files may not use',
      }),
    ]);
    expect(r.problems[0]!.hint).toMatch(/do not need them/);
  });

  it('gives the line and column where the XML breaks', () => {
    const [e] = read('<graphml>\n<graph>\n  <node id="a">\n</graph>\n</graphml>').problems;
    expect(e).toMatchObject({ severity: 'error', line: 4, col: 1 });
    expect(e!.message).toMatch(/^the XML is broken: .*'node'.*line 3/);
  });

  it('refuses XML that is not GraphML, and GraphML without a graph', () => {
    const notGraphml = read('<?xml version="1.0"?>\n<network><node id="a"/></network>');
    expect(notGraphml.network).toBeUndefined();
    expect(notGraphml.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: 'the file is XML but not GraphML (no <graphml> element)',
        hint: 'Export the network as GraphML, CX2 or cyjs.',
      }),
    ]);
    const noGraph = read(`<graphml xmlns="${NS}">\n${key('d0', 'node', 'name', 'string')}\n</graphml>`);
    expect(noGraph.network).toBeUndefined();
    expect(noGraph.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: 'the file has no <graph>',
        hint: 'A GraphML file holds one <graph> with <node> and <edge> elements.',
      }),
    ]);
  });

  it('reads the first of several graphs and says the others were left', () => {
    const r = read(
      `<graphml><graph id="one"><node id="a"/></graph><graph id="two"><node id="b"/></graph></graphml>`,
    );
    expect(r.network!.name).toBe('one');
    expect(r.network!.nodes.map((n) => n.id)).toEqual(['a']);
    expect(r.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: 'the file holds 2 graphs; only the first is read',
        hint: 'Save each graph in its own file to open the others.',
      }),
    ]);
  });

  it("refuses, with the parser's reason, XML nested deeper than the parser reads", () => {
    // Groups inside groups: 49 levels are read, 50 are more tags deep than the XML parser allows.
    const chain = (levels: number) => {
      let inner = '<node id="leaf"/>';
      for (let i = levels; i >= 1; i--) inner = `<node id="g${i}"><graph id="g${i}:">${inner}</graph></node>`;
      return `<graphml><graph>${inner}</graph></graphml>`;
    };
    const deepest = network(chain(49));
    expect(deepest.nodes).toHaveLength(50);
    expect(deepest.nodes.at(-1)).toMatchObject({ id: 'leaf', attributes: { group: 'g49' } });
    const r = read(chain(50));
    expect(r.network).toBeUndefined();
    expect(r.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: expect.stringMatching(/^the XML could not be read \(.*nested tags.*\)$/),
        hint: 'Export the file again.',
      }),
    ]);
  });
});

describe('GraphML keys and typed values', () => {
  it('reads booleans as true/false or 1/0 and whole numbers of every integer type, around any spaces', () => {
    const keys = [
      key('b', 'node', 'flag', 'boolean'),
      key('i', 'node', 'degree', 'int'),
      key('l', 'node', 'count', 'long'),
      key('s', 'node', 'rank', 'short'),
      key('d', 'node', 'score', 'double'),
    ];
    const n = network(
      doc(keys, [
        node('a', { b: 'true', i: ' 7 ', l: '9007199254740991', s: '-3', d: ' 2.5\n' }),
        node('b', { b: ' 1 ' }),
        node('c', { b: 'false' }),
        node('d', { b: '0' }),
      ]),
    );
    expect(nodeAttributes(n)).toStrictEqual({
      a: { flag: true, degree: 7, count: 9007199254740991, rank: -3, score: 2.5 },
      b: { flag: true },
      c: { flag: false },
      d: { flag: false },
    });
  });

  it('warns about a value that is not of its key type, on its line and attribute, keeping the text', () => {
    const cases: [string, string][] = [
      ['boolean', 'yes'],
      ['int', '1e3'],
      ['int', '1.5'],
      ['long', '9007199254740993'],
      ['double', ''],
      ['double', 'infinite'],
      ['float', 'xinf'],
      ['double', 'xnan'],
      ['double', 'nan2'],
      ['double', '0x1p3x'],
      ['double', '0x0x1p3'],
      ['double', '0x.p1'],
      ['float', '0xp1'],
      ['double', '0x1.8'],
    ];
    for (const [type, value] of cases) {
      const r = read(doc([key('k', 'node', 'v', type)], [node('a'), node('b', { k: value })]));
      expect(r.problems, `${type} ${value}`).toEqual([
        {
          severity: 'warning',
          file: 'net.graphml',
          line: 6,
          field: 'v',
          message: `"v" is "${value}", which is not a ${type}`,
          hint: `Write a ${type} value; it is kept as text meanwhile.`,
        },
      ]);
      expect(r.network!.nodes[1]!.attributes, `${type} ${value}`).toStrictEqual({ v: value });
    }
  });

  it('keeps infinities as written and reads a NaN as no value, in float and double keys only', () => {
    const keys = [
      key('f', 'node', 'f', 'float'),
      key('d', 'node', 'd', 'double'),
      key('s', 'node', 's', 'string'),
    ];
    const r = read(
      doc(keys, [
        node('a', { f: 'inf', d: '-inf' }),
        node('b', { f: '+Infinity', d: 'INF' }),
        node('c', { f: 'nan', d: '-nan' }),
        node('d', { d: ' NaN ', s: 'NaN' }),
      ]),
    );
    expect(r.problems).toEqual([]);
    expect(nodeAttributes(r.network!)).toStrictEqual({
      a: { f: 'inf', d: '-inf' },
      b: { f: '+Infinity', d: 'INF' },
      c: {},
      d: { s: 'NaN' },
    });
  });

  it("reads C's hexadecimal floats, as older graph-tool versions write them", () => {
    const values = ['0x1p3', '0x1.8p+1', '-0x1Ap-1', '0x.8p1', '0X1P10', '+0x1.0p-2'];
    const r = read(
      doc(
        [key('k', 'node', 'v', 'double')],
        values.map((v, i) => node(`n${i}`, { k: v })),
      ),
    );
    expect(r.problems).toEqual([]);
    expect(r.network!.nodes.map((n) => n.attributes.v)).toEqual([8, 3, -13, 1, 1024, 0.25]);
  });

  it("reads graph-tool's vectors as lists, with or without spaces after the commas", () => {
    const keys = [
      key('vi', 'node', 'vi', 'vector_int'),
      key('vf', 'node', 'vf', 'vector_float'),
      key('vb', 'node', 'vb', 'vector_boolean'),
      key('vs', 'node', 'vs', 'vector_string'),
    ];
    const n = network(
      doc(keys, [
        node('a', { vi: '1,2,  3', vf: '0x1p1, 0.5', vb: '1, false', vs: 'a\\\\b, c,\\ d' }),
        node('b', { vi: '', vs: '' }),
      ]),
    );
    expect(nodeAttributes(n)).toStrictEqual({
      a: { vi: [1, 2, 3], vf: [2, 0.5], vb: [true, false], vs: ['a\\b', 'c, d'] },
      b: { vi: [], vs: [] },
    });
  });

  it('warns on the key about a type GraphML does not define, and reads its values as text', () => {
    for (const type of ['integer', 'vector_integer', 'my_vector_int']) {
      const r = read(doc([key('k', 'node', 'v', type)], [node('a', { k: '1, 2' })]));
      expect(r.problems, type).toEqual([
        {
          severity: 'warning',
          file: 'net.graphml',
          line: 3,
          field: 'key',
          message: `key "k" has the type "${type}", which GraphML does not define`,
          hint: 'Use one of boolean, int, long, float, double, string; its values are read as text.',
        },
      ]);
      expect(r.network!.nodes[0]!.attributes.v, type).toBe('1, 2');
    }
  });

  it('accepts every type GraphML and graph-tool define without a word; a key without a type is text', () => {
    const types = ['boolean', 'int', 'long', 'float', 'double', 'string', 'short', 'python_object'];
    const vectors = ['boolean', 'short', 'int', 'long', 'float', 'double', 'string'].map(
      (t) => `vector_${t}`,
    );
    const keys = [...types, ...vectors].map((t) => key(t, 'node', t, t));
    const r = read(doc([...keys, key('u', 'node', 'untyped')], [node('a', { u: '007' })]));
    expect(r.problems).toEqual([]);
    expect(r.network!.nodes[0]!.attributes).toStrictEqual({ untyped: '007' });
  });

  it("warns about a default that is not of its key's type, on the key's line, and leaves it out", () => {
    const r = read(
      doc(
        [key('d0', 'node', 'name', 'string', 'unnamed'), key('d1', 'node', 'degree', 'int', 'many')],
        [node('a')],
      ),
    );
    expect(r.problems).toEqual([
      {
        severity: 'warning',
        file: 'net.graphml',
        line: 4,
        field: 'key',
        message: 'the default "many" of key "d1" is not a int',
        hint: 'Correct the default; it is ignored meanwhile.',
      },
    ]);
    expect(r.network!.nodes[0]).toMatchObject({ label: 'unnamed', attributes: {} });
  });

  it('gives each element the defaults of the keys for its kind ("all" and no "for" meaning every kind)', () => {
    const keys = [
      key('kn', 'node', 'onNode', 'string', 'n'),
      key('ke', 'edge', 'onEdge', 'string', 'e'),
      key('kg', 'graph', 'onGraph', 'string', 'g'),
      key('ka', 'all', 'onAll', 'string', 'a'),
      key('kx', undefined, 'anywhere', 'string', 'x'),
      key('ko', 'node', 'optional', 'string'),
    ];
    const n = network(doc(keys, [node('a'), node('b'), '<edge source="a" target="b"/>']));
    expect(n.nodes[0]!.attributes).toStrictEqual({ onNode: 'n', onAll: 'a', anywhere: 'x' });
    expect(n.edges[0]!.attributes).toStrictEqual({ onEdge: 'e', onAll: 'a', anywhere: 'x' });
    expect(n.attributes).toStrictEqual({ onGraph: 'g', onAll: 'a', anywhere: 'x' });
  });

  it("keeps a value an element gives over another key's default of the same name", () => {
    const n = network(
      doc(
        [key('w_node', 'node', 'weight', 'double'), key('w_all', 'all', 'weight', 'double', '1')],
        [node('a', { w_node: '5' }), node('b')],
      ),
    );
    expect(nodeAttributes(n)).toStrictEqual({ a: { weight: 5 }, b: { weight: 1 } });
  });

  it('warns about a key without an id, on its line, counting lines past the keys before it', () => {
    const r = read(
      doc(
        [
          `<key id="d0" for="node" attr.name="tag" attr.type="string">\n<default>x</default>\n</key>`,
          '<key for="node" attr.name="lost" attr.type="string"/>',
          key('d1', 'node', 'degree', 'strange'),
        ],
        [node('a')],
      ),
    );
    expect(r.problems).toEqual([
      {
        severity: 'warning',
        file: 'net.graphml',
        line: 6,
        field: 'key',
        message: 'a <key> has no id; data cannot refer to it',
        hint: 'Give every <key> an id.',
      },
      expect.objectContaining({ line: 7, field: 'key', message: expect.stringMatching(/"strange"/) }),
    ]);
  });

  it('keeps a value under an undeclared key as text (empty included), with a warning on its element', () => {
    const r = read(
      doc(
        [key('d0', 'node', 'name', 'string')],
        [
          node('a', { d0: 'A' }),
          '<node id="b"><data key="note">3</data><data key="blank"/><data>lost</data></node>',
          '<edge source="a" target="b"><data key="w">2</data></edge>',
          '<data key="version">1</data>',
        ],
      ),
    );
    const where = (p: { line?: number; field?: string }) => [p.line, p.field];
    expect(r.problems.map((p) => p.message)).toEqual([
      'a <data> refers to a key "note" that is not declared',
      'a <data> refers to a key "blank" that is not declared',
      'a <data> refers to a key "" that is not declared',
      'a <data> refers to a key "w" that is not declared',
      'a <data> refers to a key "version" that is not declared',
    ]);
    expect(r.problems.map(where)).toEqual([
      [6, 'node'],
      [6, 'node'],
      [6, 'node'],
      [7, 'edge'],
      [undefined, 'graph'],
    ]);
    expect(r.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(r.problems[0]!.hint).toBe('Declare a <key> for it; its value is kept as text.');
    expect(r.network!.nodes[1]!.attributes).toStrictEqual({ note: '3', blank: '' });
    expect(r.network!.edges[0]!.attributes).toStrictEqual({ w: '2' });
    expect(r.network!.attributes).toStrictEqual({ version: '1' });
  });

  it('reads a list written as nested items, however they are indented', () => {
    const n = network(
      doc(
        [key('t', 'node', 'tags', 'string')],
        [
          '<node id="a"><data key="t">\n  <item> spinal </item>\n  <item>  </item>\n  <item>dorsal horn</item>\n</data></node>',
        ],
      ),
    );
    expect(n.nodes[0]!.attributes).toStrictEqual({ tags: ['spinal', 'dorsal horn'] });
  });

  it('says so when markup inside a text is left out of the value, on its line', () => {
    const r = read(
      doc(
        [key('n', 'node', 'note', 'string')],
        [
          '<node id="a"><data key="n">seen in <i>rat</i> models</data></node>',
          '<node id="b"><data key="n">plain <b/> text</data></node>',
        ],
      ),
    );
    expect(r.network!.nodes[0]!.attributes.note).toBe('seen in  models');
    const warnings = ofSeverity(r, 'warning');
    // An empty element inside a text (b's <b/>) loses no words: nothing to say.
    expect(warnings).toEqual([
      expect.objectContaining({
        line: 5,
        field: 'note',
        message: '"note" holds markup (<i>) inside its text; only the text around it is kept',
        hint: 'Write the markup escaped (&lt;i&gt;) or inside <![CDATA[ … ]]> to keep it as text.',
      }),
    ]);
  });
});

describe('GraphML from Cytoscape desktop', () => {
  const CYTOSCAPE = [
    key('SUID', 'node', 'SUID', 'long'),
    key('shared name', 'node', 'shared name', 'string'),
    key('name', 'node', 'name', 'string'),
  ];

  it('reads Java\'s "[a, b]" text of a list column as a list, and nothing else', () => {
    const n = network(
      doc(
        // A key without attr.type is a string key, as GraphML says.
        [...CYTOSCAPE, key('tags', 'node', 'tags', 'string'), key('cells', 'node', 'cells')],
        [
          node('1', { SUID: '1', name: 'TNF', tags: ' [pain, glia] ', cells: '[microglia]' }),
          node('2', { SUID: '2', name: 'IL10', tags: '[]' }),
          node('3', { SUID: '3', name: 'IL6', tags: '[ ]' }),
          node('4', { SUID: '4', name: 'P2X4', tags: 'see [1, 2]' }),
          node('5', { SUID: '5', name: 'BDNF', tags: '[1, 2] and more' }),
        ],
      ),
    );
    expect(n.nodes.map((x) => x.attributes)).toStrictEqual([
      { SUID: 1, tags: ['pain', 'glia'], cells: ['microglia'] },
      { SUID: 2, tags: [] },
      { SUID: 3, tags: [] },
      { SUID: 4, tags: 'see [1, 2]' },
      { SUID: 5, tags: '[1, 2] and more' },
    ]);
  });

  it('knows its files by both the SUID and "shared name" columns; brackets elsewhere stay text', () => {
    for (const keys of [[CYTOSCAPE[0]!], [CYTOSCAPE[1]!], []]) {
      const n = network(
        doc(
          [...keys, key('tags', 'node', 'tags', 'string'), key('gtags', 'graph', 'tags', 'string')],
          ['<data key="gtags">[draft, 2]</data>', node('1', { tags: '[pain, glia]' })],
        ),
      );
      expect(n.nodes[0]!.attributes.tags).toBe('[pain, glia]');
      expect(n.attributes.tags).toBe('[draft, 2]');
    }
  });

  it('reads the alias column as identifiers and synonyms, and any other value as the attribute it is', () => {
    const n = network(
      doc(
        [...CYTOSCAPE, key('alias', 'node', 'alias', 'string')],
        [
          node('1', { SUID: '1', name: 'TNF', alias: '[uniprot:P01375, TNF-alpha]' }),
          node('2', { SUID: '2', name: 'IL10' }),
        ],
      ),
    );
    expect(n.nodes[0]).toMatchObject({ identifiers: ['uniprot:P01375'], synonyms: ['TNF-alpha'] });
    expect(n.nodes[0]!.attributes).toStrictEqual({ SUID: 1 });
    // Extraction already hands the column on as identifiers and synonyms, leaving no attribute behind.
    const { extracted } = stages(
      doc(
        [...CYTOSCAPE, key('alias', 'node', 'alias', 'string')],
        [node('1', { SUID: '1', alias: 'TNF-alpha' })],
      ),
    );
    expect(extracted!.nodes[0]).toMatchObject({ identifiers: [], synonyms: ['TNF-alpha'] });
    expect(extracted!.nodes[0]!.attributes).toStrictEqual({ SUID: 1 });
    const numeric = network(
      doc([...CYTOSCAPE, key('alias', 'node', 'alias', 'int')], [node('1', { SUID: '1', alias: '7' })]),
    );
    // Not text: kept as the attribute, which the general rule reads as an identifier.
    expect(numeric.nodes[0]).toMatchObject({ identifiers: ['7'], synonyms: [] });
    expect(numeric.nodes[0]!.attributes).toStrictEqual({ SUID: 1 });
  });

  it('leaves the alias of files from other tools to the general rule (database ids)', () => {
    const n = network(doc([key('alias', 'node', 'alias', 'string')], [node('a', { alias: 'TNF-alpha' })]));
    expect(n.nodes[0]).toMatchObject({ identifiers: ['TNF-alpha'], synonyms: [] });
  });
});

describe('GraphML nodes', () => {
  it('refuses a node without an id, on its own line', () => {
    const r = read(
      doc(
        [key('d0', 'node', 'name', 'string')],
        [node('a', { d0: 'A' }), '<node>', '<data key="d0">B</data>', '</node>'],
      ),
    );
    expect(r.network).toBeUndefined();
    expect(r.problems).toEqual([
      {
        severity: 'error',
        file: 'net.graphml',
        line: 6,
        field: 'node',
        message: 'a <node> has no id',
        hint: 'Give every <node> an id attribute.',
      },
    ]);
  });

  it('reads numeric x and y as the position and no longer as attributes; a lone or textual one stays', () => {
    const keys = [
      key('x', 'node', 'x', 'double'),
      key('y', 'node', 'y', 'double'),
      key('yt', 'node', 'y', 'string'),
    ];
    const n = network(
      doc(keys, [node('a', { x: '10', y: '-2.5' }), node('b', { x: '3' }), node('c', { x: '1', yt: 'top' })]),
    );
    expect(n.nodes.map((x) => [x.position, x.attributes])).toStrictEqual([
      [{ x: 10, y: -2.5 }, {}],
      [undefined, { x: 3 }],
      [undefined, { x: 1, y: 'top' }],
    ]);
  });
});

/** yEd's ShapeNode graphics of a node (a label, and a geometry when given). */
const shapeNode = (label: string, geometry?: string) =>
  `<data key="ng"><y:ShapeNode>${geometry === undefined ? '' : `<y:Geometry ${geometry}/>`}<y:NodeLabel>${label}</y:NodeLabel></y:ShapeNode></data>`;
/** yEd's PolyLineEdge graphics of an edge: its arrows element (when given) and label. */
const polyLine = (arrows: string | undefined, label = '') =>
  `<data key="eg"><y:PolyLineEdge>${arrows ?? ''}${label === '' ? '' : `<y:EdgeLabel>${label}</y:EdgeLabel>`}</y:PolyLineEdge></data>`;
const YED_KEYS = [
  '<key for="node" id="ng" yfiles.type="nodegraphics"/>',
  '<key for="edge" id="eg" yfiles.type="edgegraphics"/>',
  key('d0', 'node', 'name', 'string'),
  key('d1', 'edge', 'label', 'string'),
];

describe('GraphML from yEd', () => {
  it("takes the centre of a node's geometry as its position, and no position from an incomplete one", () => {
    const n = network(
      doc(YED_KEYS, [
        `<node id="a">${shapeNode('A', 'x="100" y="200" width="60" height="30"')}</node>`,
        `<node id="b">${shapeNode('B', 'x="5" y="7"')}</node>`,
        `<node id="c">${shapeNode('C', 'x="5" width="10" height="10"')}</node>`,
        `<node id="d">${shapeNode('D', 'x="5" y="zero" width="10" height="10"')}</node>`,
      ]),
    );
    expect(n.nodes.map((x) => x.position)).toEqual([
      { x: 130, y: 215 },
      { x: 5, y: 7 },
      undefined,
      undefined,
    ]);
  });

  it('labels a node by its drawn label only when no attribute names it, trimming it', () => {
    const n = network(
      doc(
        [...YED_KEYS, key('d2', 'node', 'label', 'string'), key('d3', 'node', 'Name', 'int')],
        [
          `<node id="a"><data key="d0">TNF</data>${shapeNode('Tumour necrosis factor')}</node>`,
          `<node id="b"><data key="d0"/>${shapeNode('\n  IL10  \n')}</node>`,
          `<node id="c"><data key="d2">IL6</data>${shapeNode('Interleukin 6')}</node>`,
          `<node id="d"><data key="d3">5</data>${shapeNode('BDNF')}</node>`,
          `<node id="e">${shapeNode('   ')}</node>`,
          `<node id="f"><data key="d0">  </data>${shapeNode('GDNF')}</node>`,
        ],
      ),
    );
    expect(n.nodes.map((x) => x.label)).toEqual(['TNF', 'IL10', 'IL6', 'BDNF', 'e', 'GDNF']);
  });

  it("reads an edge's drawn label as its interaction unless it has its own, and never a blank one", () => {
    const n = network(
      doc(YED_KEYS, [
        node('a'),
        node('b'),
        `<edge source="a" target="b">${polyLine(undefined, ' inhibits ')}</edge>`,
        `<edge source="b" target="a"><data key="d1">binds</data>${polyLine(undefined, 'inhibits')}</edge>`,
        `<edge source="a" target="a">${polyLine(undefined, '  ')}</edge>`,
      ]),
    );
    expect(n.edges.map((e) => [e.interaction, e.polarity, e.attributes])).toStrictEqual([
      ['inhibits', -1, {}],
      ['binds', 0, {}],
      [undefined, 0, {}],
    ]);
  });

  it('reads the direction yEd draws with its arrow heads', () => {
    const cases: [string, string | undefined, Record<string, unknown>, [string, string]][] = [
      ['no arrows element', undefined, {}, ['a', 'b']],
      ['no head at either end', '<y:Arrows source="none" target="none"/>', { directed: false }, ['a', 'b']],
      ['only the target named, without a head', '<y:Arrows target="none"/>', { directed: false }, ['a', 'b']],
      ['a head at the target', '<y:Arrows source="none" target="standard"/>', {}, ['a', 'b']],
      [
        'a head at the source',
        '<y:Arrows source="standard" target="none"/>',
        { arrow: 'standard' },
        ['b', 'a'],
      ],
      ['a delta at the source only', '<y:Arrows source="delta"/>', { arrow: 'delta' }, ['b', 'a']],
      [
        'a T bar at the target',
        '<y:Arrows source="none" target="t_shape"/>',
        { arrow: 't_shape' },
        ['a', 'b'],
      ],
      ['heads at both ends', '<y:Arrows source="standard" target="delta"/>', { arrow: 'delta' }, ['a', 'b']],
    ];
    for (const [what, arrows, attributes, ends] of cases) {
      const n = network(
        doc(YED_KEYS, [node('a'), node('b'), `<edge source="a" target="b">${polyLine(arrows)}</edge>`]),
      );
      const e = n.edges[0]!;
      expect(e.attributes, what).toStrictEqual(attributes);
      expect([e.source, e.target], what).toEqual(ends);
    }
    // An edge that says it is directed stays so, whatever heads are drawn.
    const said = network(
      doc(YED_KEYS, [
        node('a'),
        node('b'),
        `<edge source="a" target="b" directed="true">${polyLine('<y:Arrows source="none" target="none"/>')}</edge>`,
      ]),
    );
    expect(said.edges[0]!.attributes).toStrictEqual({ directed: true });
  });

  /** A yEd group: a node with a ProxyAutoBoundsNode of two realizers (open, closed) and a nested graph. */
  const group = (id: string, active: string, members: string[]) =>
    `<node id="${id}" yfiles.foldertype="group"><data key="ng"><y:ProxyAutoBoundsNode><y:Realizers${active}>` +
    `<y:GroupNode><y:Geometry x="0" y="0" width="200" height="100"/><y:NodeLabel>Microglia</y:NodeLabel></y:GroupNode>` +
    `<y:GroupNode><y:Geometry x="10" y="10" width="20" height="20"/><y:NodeLabel>Microglia (closed)</y:NodeLabel></y:GroupNode>` +
    `</y:Realizers></y:ProxyAutoBoundsNode></data><graph id="${id}:" edgedefault="directed">${members.join('')}</graph></node>`;

  it('reads the active realizer of a group, the first when none is named or the name is no index', () => {
    const n = network(
      doc(YED_KEYS, [
        group('g0', '', []),
        group('g1', ' active="1"', []),
        group('g2', ' active="open"', []),
        group('g3', ' active="2"', []),
        `<node id="g4"><data key="ng"><y:ProxyAutoBoundsNode><y:Realizers active="0"><y:GroupNode><y:NodeLabel>Astrocytes</y:NodeLabel></y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode></data></node>`,
        `<node id="g5"><data key="ng"><y:ProxyAutoBoundsNode><y:Realizers active="0"/></y:ProxyAutoBoundsNode></data></node>`,
      ]),
    );
    expect(n.nodes.map((x) => [x.label, x.position])).toEqual([
      ['Microglia', { x: 100, y: 50 }],
      ['Microglia (closed)', { x: 20, y: 20 }],
      ['Microglia', { x: 100, y: 50 }],
      ['Microglia', { x: 100, y: 50 }],
      ['Astrocytes', undefined],
      ['g5', undefined],
    ]);
  });

  it('flattens groups, marking each member with the name of its group', () => {
    const n = network(
      doc(YED_KEYS, [
        group('g', '', [
          `<node id="g::a">${shapeNode('P2X4')}</node>`,
          `<node id="g::b"><data key="d0">BDNF</data></node>`,
        ]),
        `<node id="h"><data key="d0">Neurons</data><graph id="h:"><node id="h::a"/></graph></node>`,
        `<node id="k"><graph id="k:"><node id="k::a"/><node id="k::m"><graph id="k::m:"><node id="k::m::a"/></graph></node></graph></node>`,
        `<node id="e"><graph id="e:"/></node>`,
        node('top'),
      ]),
    );
    expect(n.nodes.map((x) => [x.id, x.attributes])).toStrictEqual([
      ['g', {}],
      ['g::a', { group: 'Microglia' }],
      ['g::b', { group: 'Microglia' }],
      ['h', {}],
      ['h::a', { group: 'Neurons' }],
      ['k', {}],
      ['k::a', { group: 'k' }],
      ['k::m', { group: 'k' }],
      ['k::m::a', { group: 'k::m' }],
      ['e', {}],
      ['top', {}],
    ]);
  });

  it('keeps a group attribute a member has of its own', () => {
    const n = network(
      doc(
        [...YED_KEYS, key('d4', 'node', 'group', 'string')],
        [
          `<node id="g"><graph id="g:"><node id="g::a"><data key="d4">satellite glia</data></node></graph></node>`,
        ],
      ),
    );
    expect(n.nodes[1]!.attributes).toStrictEqual({ group: 'satellite glia' });
  });

  it('does not read the members of a group that has no id', () => {
    const { problems, extracted } = stages(
      doc([], [node('a'), '<node><graph id="x:"><node id="x::a"/></graph></node>']),
    );
    expect(extracted!.nodes.map((x) => x.id)).toEqual(['a']);
    expect(problems.list().map((p) => p.message)).toEqual(['a <node> has no id']);
  });

  it("gives no line to an edge's problem in a file with groups, where edges are not read in text order", () => {
    const edge = '<edge source="a" target="missing"/>';
    const flat = read(doc([], [node('a'), edge]));
    expect(ofSeverity(flat, 'error')[0]).toMatchObject({ line: 5, field: 'target' });
    const grouped = read(
      doc([], [node('a'), '<node id="g"><graph id="g:"><node id="g::a"/></graph></node>', edge]),
    );
    expect(ofSeverity(grouped, 'error')[0]).toMatchObject({ field: 'target' });
    expect(ofSeverity(grouped, 'error')[0]!.line).toBeUndefined();
  });

  it('never makes an attribute of a graphics key, and does not check its default drawing as a value', () => {
    const r = read(
      doc(
        ['<key for="node" id="ng" yfiles.type="nodegraphics"><default><y:ShapeNode/></default></key>'],
        [node('a')],
      ),
    );
    expect(r.problems).toEqual([]);
    expect(r.network!.nodes[0]!.attributes).toStrictEqual({});
  });

  it('gives the line of the element itself when elements before it are commented out', () => {
    const r = read(
      [
        '<graphml>',
        '<!-- <key id="old"/> <node id="old"/> -->',
        '<key/>',
        '<graph>',
        '<![CDATA[ <node id="x"/> <edge source="x" target="y"/> ]]>',
        '<node id="a"/>',
        '<node/>',
        '<edge source="a" target="nowhere"/>',
        '</graph>',
        '</graphml>',
      ].join('\n'),
    );
    expect(r.problems.find((p) => p.message.startsWith('a <key> has no id'))).toMatchObject({ line: 3 });
    expect(r.problems.find((p) => p.message === 'a <node> has no id')).toMatchObject({ line: 7 });
    expect(r.problems.find((p) => p.field === 'target')).toMatchObject({ line: 8 });
  });
});

describe('GraphML edges', () => {
  it('numbers edges without ids quietly, and refuses one without a source or a target', () => {
    const r = read(
      doc([], [node('a'), node('b'), '<edge source="a" target="b"/>', '<edge source="b" target="a"/>']),
    );
    expect(r.problems).toEqual([]);
    expect(new Set(r.network!.edges.map((e) => e.id)).size).toBe(2);
    const noSource = read(doc([], [node('a'), '<edge target="a"/>']));
    expect(ofSeverity(noSource, 'error')[0]).toMatchObject({
      field: 'source',
      message: expect.stringMatching(/has no source$/),
    });
    const noTarget = read(doc([], [node('a'), '<edge source="a"/>']));
    expect(ofSeverity(noTarget, 'error')[0]).toMatchObject({
      field: 'target',
      message: expect.stringMatching(/has no target$/),
    });
  });

  it('keeps the direction an edge states of itself', () => {
    const n = network(
      doc(
        [],
        [
          node('a'),
          node('b'),
          '<edge source="a" target="b" directed="false"/>',
          '<edge source="b" target="a" directed="true"/>',
        ],
      ),
    );
    expect(n.edges.map((e) => e.attributes)).toStrictEqual([{ directed: false }, { directed: true }]);
  });

  it("reads Gephi's Edge Label as the interaction, unless the edge has a label of its own", () => {
    const keys = [key('el', 'edge', 'Edge Label', 'string'), key('lb', 'edge', 'label', 'string')];
    const n = network(
      doc(keys, [
        node('a'),
        node('b'),
        '<edge source="a" target="b"><data key="el">inhibits</data></edge>',
        '<edge source="b" target="a"><data key="el">inhibits</data><data key="lb">binds</data></edge>',
        '<edge source="a" target="a"><data key="lb">activates</data></edge>',
      ]),
    );
    expect(n.edges.map((e) => [e.interaction, e.polarity, e.attributes])).toStrictEqual([
      ['inhibits', -1, {}],
      ['binds', 0, { 'Edge Label': 'inhibits' }],
      ['activates', 1, {}],
    ]);
  });

  it("reads networkx's per-pair edge ids as keys: a key states its own, an edge without id gets none", () => {
    const n = network(
      doc(
        [key('k', 'edge', 'key', 'string')],
        [
          node('a'),
          node('b'),
          node('c'),
          '<edge id="0" source="a" target="b"/>',
          '<edge id="1" source="a" target="b"/>',
          '<edge id="0" source="a" target="c"/>',
          '<edge id="1" source="a" target="c"><data key="k">own</data></edge>',
          '<edge source="b" target="c"/>',
        ],
      ),
    );
    expect(n.edges.map((e) => e.attributes)).toStrictEqual([
      { key: '0' },
      { key: '1' },
      { key: '0' },
      { key: 'own' },
      {},
    ]);
    expect(new Set(n.edges.map((e) => e.id)).size).toBe(5);
  });

  it('keeps the ids of a file where only edges without ids repeat', () => {
    const r = read(
      doc(
        [],
        [
          node('a'),
          node('b'),
          node('c'),
          '<edge source="a" target="b"/>',
          '<edge source="b" target="c"/>',
          '<edge id="x" source="a" target="c"/>',
        ],
      ),
    );
    expect(r.problems).toEqual([]);
    expect(r.network!.edges[2]).toMatchObject({ id: 'x', attributes: {} });
  });
});

describe('the GraphML graph', () => {
  it("keeps its <desc>, trimmed, or the file's, unless a description attribute says otherwise", () => {
    const desc = key('gd', 'graph', 'description', 'string');
    const own = network(doc([], ['<desc>\n  Nerve injury, spinal cord\n</desc>', node('a')]));
    expect(own.attributes).toStrictEqual({ description: 'Nerve injury, spinal cord' });
    const file = network(`<graphml><desc> Whole file </desc><graph><node id="a"/></graph></graphml>`);
    expect(file.attributes).toStrictEqual({ description: 'Whole file' });
    const stated = network(
      doc([desc], ['<data key="gd">From the data</data>', '<desc>From desc</desc>', node('a')]),
    );
    expect(stated.attributes).toStrictEqual({ description: 'From the data' });
    expect(network(doc([], [node('a')])).attributes).toStrictEqual({});
  });

  it('takes its name from the name data, the title, then its id, skipping blanks and networkx\'s "G"', () => {
    const keys = [key('gn', 'graph', 'name', 'string'), key('gt', 'graph', 'title', 'string')];
    const nameOf = (graph: string, data: string[] = []) =>
      network(doc(keys, [...data, node('a')], graph)).name;
    expect(nameOf('id="by id"', ['<data key="gn">Pain</data>', '<data key="gt">Title</data>'])).toBe('Pain');
    expect(nameOf('id="by id"', ['<data key="gn">  </data>', '<data key="gt">Title</data>'])).toBe('Title');
    expect(nameOf('id="by id"', ['<data key="gn"></data>'])).toBe('by id');
    expect(nameOf('id="G"')).toBe('net');
    expect(nameOf('id="G"', ['<data key="gn">G</data>'])).toBe('net');
    const numbered = network(
      doc([key('gn', 'graph', 'name', 'int')], ['<data key="gn">5</data>', node('a')], 'id="Pain network"'),
    );
    expect(numbered.name).toBe('Pain network');
  });
});
