// @vitest-environment node
// Pathway diagrams as data (src/model/diagram.ts), their CSV rows, and their layered layout (ELK run
// in-process here; the app runs the same input in a Web Worker).
import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { toDiagramCsv, DIAGRAM_CSV_HEADER } from '../../src/export/diagramCsv';
import { countCrossings } from '../../src/model/crossings';
import {
  buildDiagram,
  diagramElkInput,
  GROUP_COLOURS,
  KNOCKED_OUT_MARK,
  diagramNodeLabel,
  SHARED_COLOUR,
} from '../../src/model/diagram';
import { elkCentres, type ElkOutput } from '../../src/model/layered';
import type { NodeId, RelationId } from '../../src/model/schema';
import Papa from 'papaparse';
import { tinyGraph } from './helpers';

// t → c → m → p, and c ⊣ q (a counter), m → p again through a receptor r.
const g = tinyGraph(
  [
    ['t', 'therapy'],
    ['c', 'cell'],
    ['m', 'mediator'],
    ['r', 'receptor'],
    ['p', 'process'],
    ['q', 'process'],
  ],
  ['t activates c', 'c secretes m', 'm promotes p', 'c inhibits q', 'm binds r', 'r promotes p'],
);
const R = (...ids: string[]) => ids as RelationId[];
const N = (id: string) => id as NodeId;

const layout = async (input: ReturnType<typeof diagramElkInput>) =>
  elkCentres((await new ELK().layout(input as never)) as ElkOutput);

describe('buildDiagram', () => {
  it('draws exactly the relations asked for and their ends, with sign and verb in words', () => {
    const d = buildDiagram(g, { relationIds: R('r0', 'r1', 'r3'), from: N('t') });
    expect(d.edges.map((e) => e.id)).toEqual(['r0', 'r1', 'r3']);
    expect(d.nodes.map((n) => n.id).sort()).toEqual(['c', 'm', 'q', 't']);
    expect(d.nodes.find((n) => n.id === 't')!.role).toBe('from');
    const inhibits = d.edges.find((e) => e.id === 'r3')!;
    expect(inhibits).toMatchObject({ sign: '−', verb: 'inhibits', broken: false, colour: null });
    expect(inhibits.caption).toBe('inhibits (−)');
    expect(d.edges.find((e) => e.id === 'r1')!.sign).toBe('+');
  });

  it('a knocked-out entity is marked in words and breaks every relation touching it, and only those', () => {
    const d = buildDiagram(g, { relationIds: R('r0', 'r1', 'r2', 'r3'), knockedOut: [N('m')] });
    const m = d.nodes.find((n) => n.id === 'm')!;
    expect(m.knockedOut).toBe(true);
    expect(diagramNodeLabel(m)).toBe(`m\n${KNOCKED_OUT_MARK}`);
    expect(d.edges.filter((e) => e.broken).map((e) => e.id)).toEqual(['r1', 'r2']);
    expect(d.edges.find((e) => e.id === 'r1')!.caption).toMatch(/broken/);
    // A knocked-out entity outside the drawn relations is still drawn, crossed out.
    const alone = buildDiagram(g, { relationIds: R('r0'), knockedOut: [N('q')] });
    expect(alone.nodes.find((n) => n.id === 'q')?.knockedOut).toBe(true);
  });

  it('compared groups get a colour and a letter each; shared relations are black and carry both letters', () => {
    const d = buildDiagram(g, {
      relationIds: [],
      groups: [
        { id: 'one', label: 'First therapy', relationIds: R('r0', 'r1') },
        { id: 'two', label: 'Second therapy', relationIds: R('r1', 'r3') },
      ],
    });
    expect(d.groups.map((x) => [x.letter, x.colour])).toEqual([
      ['A', GROUP_COLOURS[0]],
      ['B', GROUP_COLOURS[1]],
    ]);
    const by = (id: string) => d.edges.find((e) => e.id === id)!;
    expect(by('r0')).toMatchObject({ groups: ['A'], colour: GROUP_COLOURS[0] });
    expect(by('r1')).toMatchObject({ groups: ['A', 'B'], colour: SHARED_COLOUR });
    expect(by('r1').caption.startsWith('A+B · ')).toBe(true);
    expect(by('r3').caption.startsWith('B · ')).toBe(true);
  });

  it('ids the graph does not have are reported, never drawn', () => {
    const d = buildDiagram(g, { relationIds: R('r0', 'gone'), from: N('nowhere') });
    expect(d.unknown).toEqual(['gone']);
    expect(d.edges).toHaveLength(1);
    expect(d.from).toBeNull();
  });
});

describe('diagram layout (ELK layered)', () => {
  it('runs left to right from the start to the end, without crossings on a small diamond', async () => {
    const d = buildDiagram(g, { relationIds: R('r0', 'r1', 'r2', 'r4', 'r5'), from: N('t'), to: N('p') });
    const pos = await layout(diagramElkInput(d));
    const x = (id: string) => pos.get(id)!.x;
    expect(x('t')).toBeLessThan(x('c'));
    expect(x('c')).toBeLessThan(x('m'));
    expect(Math.max(x('m'), x('r'))).toBeLessThan(x('p'));
    expect(countCrossings(d.edges, pos)).toBe(0);
  }, 60_000);

  it('a step walked against its arrow (undirected search) is still laid out in reading order', async () => {
    // t → a ← b → p: reading from t, b comes after a although its relation points at a.
    const w = tinyGraph(
      [
        ['t', 'therapy'],
        ['a', 'cell'],
        ['b', 'cell'],
        ['p', 'process'],
      ],
      ['t activates a', 'b activates a', 'b promotes p'],
    );
    const d = buildDiagram(w, { relationIds: R('r0', 'r1', 'r2'), from: N('t'), to: N('p') });
    const pos = await layout(diagramElkInput(d));
    expect(pos.get('t')!.x).toBeLessThan(pos.get('a')!.x);
    expect(pos.get('a')!.x).toBeLessThan(pos.get('b')!.x);
    expect(pos.get('b')!.x).toBeLessThan(pos.get('p')!.x);
  }, 60_000);

  it('a knocked-out box is taller, with room for its second line', () => {
    const plain = diagramElkInput(buildDiagram(g, { relationIds: R('r1') }));
    const crossed = diagramElkInput(buildDiagram(g, { relationIds: R('r1'), knockedOut: [N('m')] }));
    const h = (input: typeof plain) => input.children.find((c) => c.id === 'm')!.height;
    expect(h(crossed)).toBeGreaterThan(h(plain));
  });
});

describe('diagram CSV', () => {
  it('one row per relation with sign, evidence, citations, group and broken, parsed back', () => {
    const d = buildDiagram(g, {
      relationIds: R('r0', 'r1'),
      knockedOut: [N('m')],
      groups: [{ id: 'one', label: 'First, "quoted" therapy', relationIds: R('r0') }],
    });
    const parsed = Papa.parse<string[]>(toDiagramCsv(g, d), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const rows = parsed.data;
    expect(rows[0]).toEqual([...DIAGRAM_CSV_HEADER]);
    expect(rows).toHaveLength(3);
    const [, first, second] = rows;
    expect(first!.slice(0, 9)).toEqual([
      'r0',
      't',
      'activates',
      'c',
      'positive',
      'review',
      expect.stringMatching(/2005$/),
      'A: First, "quoted" therapy',
      'no',
    ]);
    expect(second![8]).toBe('yes');
  });
});
