// @vitest-environment node
// CSV cannot become a formula (OWASP "CSV injection"): a text cell starting with =, +, -, @, tab or
// CR is written with a leading apostrophe, which spreadsheets show as text. Numbers stay numbers:
// polarity -1 and negative x/y coordinates are not text and keep their sign.
import { describe, expect, it } from 'vitest';
import { csvField, toEdgesCsv, toNetworkCsv, toNodesCsv } from '../../src/export/csv';
import { DATA_FORMATS } from '../../src/export/formats';
import type { ExportView } from '../../src/export/view';
import { parseNetworkFiles } from '../../src/import/parse';
import type { GraphNode, NodeId } from '../../src/model/schema';
import { parseCsv } from './consumers';
import { fixtureView } from './helpers';

const FORMULAS = [
  '=HYPERLINK("https://evil.example","click")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  '=cmd|" /C calc"!A0',
];

describe('csvField', () => {
  it.each(FORMULAS)('neutralises %j', (text) => {
    const cell = csvField(text);
    const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
    expect(unquoted).toBe(`'${text}`);
  });

  it('neutralises a list whose first item starts a formula', () => {
    expect(csvField(['=1+1', 'b'])).toBe("'=1+1; b");
  });

  it('leaves numbers as numbers, negative ones included', () => {
    expect(csvField(-1)).toBe('-1');
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField(0)).toBe('0');
  });

  it('leaves ordinary text alone, even with a formula character inside', () => {
    expect(csvField('TNF-α')).toBe('TNF-α');
    expect(csvField('a = b')).toBe('a = b');
    expect(csvField("O'Brien")).toBe("O'Brien");
  });

  it('adds one more apostrophe to text that already looks neutralised, so an import can undo it exactly', () => {
    expect(csvField("'=1+1")).toBe("''=1+1");
    expect(csvField("''-x")).toBe("'''-x");
    expect(csvField("'quoted'")).toBe("'quoted'");
  });
});

describe('every CSV the app and the CLI write', () => {
  const view = fixtureView();
  const first = view.nodes[0]!;
  const hostile: ExportView = {
    ...view,
    nodes: view.nodes.map((n, i) =>
      i === 0 ? ({ ...n, label: '=1+1', description: '@SUM(1)', synonyms: ['-x'] } as GraphNode) : n,
    ),
    edges: view.edges.map((e) => ({ ...e, caveat: '+danger' })),
    positions: new Map([...view.positions].map(([id, p]) => [id, { x: -Math.abs(p.x) - 1, y: -3.5 }])),
  };
  const csvs = DATA_FORMATS.filter((f) => f.mime === 'text/csv').flatMap((f) => [
    f.write(hostile),
    ...(f.companions ?? []).map((c) => c.write(hostile)),
  ]);

  it('has a CSV format with its nodes table and network table', () => {
    expect(csvs).toHaveLength(3);
    expect(csvs).toContain(toNodesCsv(hostile));
    expect(csvs).toContain(toEdgesCsv(hostile));
    expect(csvs).toContain(toNetworkCsv(hostile));
  });

  it('starts no text cell with a formula character', () => {
    for (const text of csvs) {
      const { rows } = parseCsv(text);
      for (const row of rows) {
        for (const [column, cell] of Object.entries(row)) {
          if (['x', 'y', 'polarity'].includes(column)) continue;
          expect(cell, `${column}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
        }
      }
    }
  });

  it('keeps negative coordinates and polarity as numbers', () => {
    const nodes = parseCsv(toNodesCsv(hostile)).rows;
    const row = nodes.find((r) => r.id === first.id)!;
    expect(row.label).toBe("'=1+1");
    expect(Number(row.x)).toBeLessThan(0);
    expect(row.y).toBe('-3.5');
    const edges = parseCsv(toEdgesCsv(hostile)).rows;
    expect(edges.some((r) => r.polarity === '-1')).toBe(true);
    expect(edges.every((r) => r.caveat === "'+danger")).toBe(true);
    expect(edges.find((r) => r.source === (first.id as NodeId))?.source_label).toBe("'=1+1");
  });

  it('imports back as it was: the importer takes the apostrophe off again in its own tables', () => {
    const view2: ExportView = {
      ...hostile,
      nodes: hostile.nodes.map((n, i) => (i === 1 ? ({ ...n, label: "'=already quoted" } as GraphNode) : n)),
    };
    const r = parseNetworkFiles([
      { name: 'x.csv', content: toEdgesCsv(view2) },
      { name: 'x-nodes.csv', content: toNodesCsv(view2) },
    ]);
    expect(r.problems).toEqual([]);
    const back = new Map(r.network!.nodes.map((n) => [n.id, n]));
    expect(back.get(first.id)!.label).toBe('=1+1');
    expect(back.get(first.id)!.synonyms).toEqual(['-x']);
    expect(back.get(first.id)!.attributes.description).toBe('@SUM(1)');
    expect(back.get(view2.nodes[1]!.id)!.label).toBe("'=already quoted");
    expect(r.network!.edges.every((e) => e.attributes.caveat === '+danger')).toBe(true);
  });

  it("leaves another tool's CSV as it is", () => {
    const r = parseNetworkFiles([{ name: 'y.csv', content: "source,target\n'=a,b\n" }]);
    expect(r.network!.nodes.map((n) => n.id)).toEqual(["'=a", 'b']);
  });
});
