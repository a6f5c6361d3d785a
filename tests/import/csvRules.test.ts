// Rules of the spreadsheet reader (src/import/formats/csv.ts), each on a file of a few lines: written
// for mutants a Stryker run of that file left alive (README, "Mutation testing").
import { describe, expect, it } from 'vitest';
import { parseNetworkFile } from '../../src/import/parse';

const read = (text: string) => parseNetworkFile('net.csv', text);
const pairs = (text: string) => {
  const n = read(text).network!;
  const label = new Map(n.nodes.map((x) => [x.id, x.label]));
  return n.edges.map((e) => `${label.get(e.source)}>${label.get(e.target)}`);
};

describe('the spreadsheet reader', () => {
  it('warns of an unclosed quote on the row a spreadsheet shows, with how to close it', () => {
    const { problems } = read('source,target\nA,"B\nC,D\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', row: 2 });
    expect(problems[0]!.hint).toMatch(/^Close the quoted field with a second "/);
  });

  it('reads a header that starts with "#" (as MITAB and some exports write it)', () => {
    expect(read('# source,target\nA,B\n').problems).toEqual([]);
    expect(pairs('# source,target\nA,B\n')).toEqual(['A>B']);
    expect(pairs('## source,target\nA,B\n')).toEqual(['A>B']);
  });

  it('skips a blank line between rows, with nothing to warn about', () => {
    expect(read('source,target\nA,B\n\nC,D\n').problems).toEqual([]);
    expect(pairs('source,target\nA,B\n\nC,D\n')).toEqual(['A>B', 'C>D']);
  });
});
