// The rules of the SIF reader (src/import/formats/sif.ts), each stated on a file of a few lines.
// Written for the mutants a Stryker run left alive (README, "Mutation testing"): SIF is read as
// Cytoscape desktop reads it — `source interaction target [target…]`, tab-separated when the file has
// a tab and space-separated otherwise, a lone name is a node — and a file saved as .sif that is
// really Pathway Commons' extended SIF or an edge table goes to that reader.
import { describe, expect, it } from 'vitest';
import { parseNetworkFile } from '../../src/import/parse';
import type { ImportedNetwork } from '../../src/import/types';

const read = (text: string) => parseNetworkFile('net.sif', text);
const errors = (text: string) => read(text).problems.filter((p) => p.severity === 'error');
function network(text: string): ImportedNetwork {
  const r = read(text);
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return r.network!;
}
const labels = (n: ImportedNetwork) => n.nodes.map((x) => x.label);
const pairs = (n: ImportedNetwork) => {
  const label = new Map(n.nodes.map((x) => [x.id, x.label]));
  return n.edges.map((e) => `${label.get(e.source)}>${label.get(e.target)}`);
};

describe('SIF names and lines', () => {
  it('makes one node per name, in the order names first appear, labelled by the name', () => {
    const n = network('B\tpp\tA\nA\tpp\tC\nB\tpp\tC\n');
    expect(labels(n)).toEqual(['B', 'A', 'C']);
    expect(n.nodes).toHaveLength(3);
    expect(pairs(n)).toEqual(['B>A', 'A>C', 'B>C']);
    // A name on several lines is the same node: nothing to warn about.
    expect(read('B\tpp\tA\nA\tpp\tC\nB\tpp\tC\n').problems).toEqual([]);
  });

  it('skips blank lines and comment lines (a "#" first, after any indent), not a "#" inside a name', () => {
    const n = network('\n   # a comment, indented\nA\tpp\tB#2\n\t \nC#\tpp\tA\n');
    expect(labels(n)).toEqual(['A', 'B#2', 'C#']);
    expect(pairs(n)).toEqual(['A>B#2', 'C#>A']);
  });

  it('splits a file without tabs on runs of spaces, ignoring spaces around the line', () => {
    const n = network('  A   pp    B  \nB pp C\n');
    expect(labels(n)).toEqual(['A', 'B', 'C']);
    expect(n.edges.map((e) => e.interaction)).toEqual(['pp', 'pp']);
  });

  it('in a tab-separated file keeps spaces inside names and trims them around fields', () => {
    const n = network('Nerve growth factor \t pp \t  TrkA receptor\n');
    expect(labels(n)).toEqual(['Nerve growth factor', 'TrkA receptor']);
    expect(n.edges[0]!.interaction).toBe('pp');
  });

  it('reads several targets on one line, skipping an empty one between them', () => {
    const n = network('A\tpp\tB\t\tC\n');
    expect(pairs(n)).toEqual(['A>B', 'A>C']);
    expect(n.nodes).toHaveLength(3);
  });

  it('makes a lone name a node without edges', () => {
    const n = network('Lonely\nA\tpp\tB\n');
    expect(labels(n)).toEqual(['Lonely', 'A', 'B']);
    expect(n.edges).toHaveLength(1);
  });
});

describe('SIF header', () => {
  for (const [source, target] of [
    ['source', 'target'],
    ['FROM', 'TO'],
    ['node1', 'node2'],
  ])
    it(`skips "${source} … ${target}" as the first line only`, () => {
      const n = network(`${source}\tinteraction\t${target}\nA\tpp\tB\n`);
      expect(labels(n)).toEqual(['A', 'B']);
      const later = network(`A\tpp\tB\n${source}\tinteraction\t${target}\n`);
      expect(labels(later)).toEqual(['A', 'B', source, target]);
    });

  it('needs both header words whole: "sources … targets" is an interaction', () => {
    expect(labels(network('sources\tpp\ttarget\n'))).toEqual(['sources', 'target']);
    expect(labels(network('source\tpp\ttargets\n'))).toEqual(['source', 'targets']);
    expect(labels(network('my source\tpp\ttarget\n'))).toEqual(['my source', 'target']);
    expect(labels(network('source\tpp\tthe target\n'))).toEqual(['source', 'the target']);
  });
});

describe('SIF mistakes, each on its line', () => {
  it('a line that starts with an empty name', () => {
    const [e] = errors('A\tpp\tB\n\tpp\tC\n');
    expect(e).toMatchObject({ line: 2, row: 2 });
    expect(e!.message).toMatch(/empty name/);
    expect(read('A\tpp\tB\n\tpp\tC\n').network).toBeUndefined();
  });

  it('an interaction without a target, also when every target field is empty', () => {
    for (const text of ['A\tpp\tB\nC\tpp\n', 'A\tpp\tB\nC\tpp\t\t\n']) {
      const [e] = errors(text);
      expect(e, JSON.stringify(text)).toMatchObject({ line: 2, row: 2 });
      expect(e!.message).toMatch(/interaction but no target/);
    }
  });
});

describe('SIF interactions', () => {
  it('keeps each edge its own interaction word', () => {
    const n = network('A\tpp\tB\nB\tinhibits\tC\n');
    expect(n.edges.map((e) => e.interaction)).toEqual(['pp', 'inhibits']);
    expect(n.edges.map((e) => e.polarity)).toEqual([0, -1]);
  });

  it('keeps no interaction when every edge has Cytoscape\'s "-" placeholder, and says so', () => {
    const r = read('A\t-\tB\nB\t-\tC\n');
    expect(r.network!.edges.map((e) => e.interaction)).toEqual([undefined, undefined]);
    expect(r.problems.some((p) => p.severity === 'warning' && /"-"/.test(p.message))).toBe(true);
    // One real word among them: every word is kept.
    expect(network('A\t-\tB\nB\tpp\tC\n').edges.map((e) => e.interaction)).toEqual(['-', 'pp']);
  });
});

describe('what is saved as .sif but is another table', () => {
  it('reads Pathway Commons extended SIF by its header, after leading blank lines', () => {
    const n = network(
      '\n\nPARTICIPANT_A\tINTERACTION_TYPE\tPARTICIPANT_B\nTGFB1\tcontrols-expression-of\tTNF\n',
    );
    expect(pairs(n)).toEqual(['TGFB1>TNF']);
    expect(n.edges[0]!.interaction).toBe('controls-expression-of');
  });

  it('reads extended SIF whose header is the first line, or follows a line of spaces only', () => {
    const body = 'PARTICIPANT_A\tINTERACTION_TYPE\tPARTICIPANT_B\nTGFB1\tcontrols-expression-of\tTNF\n';
    for (const text of [body, ` \t \n${body}`]) {
      const n = network(text);
      expect(labels(n), JSON.stringify(text)).toEqual(['TGFB1', 'TNF']);
      expect(n.edges.map((e) => e.interaction)).toEqual(['controls-expression-of']);
    }
  });

  it('reads a table with an edge-table header by its columns, and reports its problems by row', () => {
    const n = network('source\ttarget\tinteraction\tweight\nA\tB\tpp\t0.5\n');
    expect(n.format).toBe('csv');
    expect(pairs(n)).toEqual(['A>B']);
    const r = read('source\ttarget\tinteraction\tweight\nA\tB\tpp\t0.5\n\tB\tpp\t1\n');
    const e = r.problems.find((p) => p.severity === 'error');
    expect(e).toMatchObject({ row: 3 });
    expect(e!.message).toMatch(/"source" cell is empty/);
    expect(r.network).toBeUndefined();
  });

  it('reads a plain SIF whose first lines are blank as SIF', () => {
    expect(pairs(network('\n\nA\tpp\tB\n'))).toEqual(['A>B']);
  });
});
