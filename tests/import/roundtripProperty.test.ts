// @vitest-environment node
// Property: for generated views sampled from the curated relations (any few relations, new labels,
// positions and evidence: every kind, notes with quotes, separators, markup, new lines and any
// Unicode, optional locators), every export format imports back with the same ids, labels, kinds,
// polarity, evidence and positions (src/export/records.ts EVIDENCE_JSON, src/import/evidence.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citedSources, selectView, type ExportView } from '../../src/export/view';
import type { Edge } from '../../src/model/graph';
import type { Evidence } from '../../src/model/schema';
import { EVIDENCE_KINDS } from '../../src/model/vocabulary';
import { curatedGraph } from './curated';
import { expectSameAsView, READERS } from './roundtrip';

const graph = curatedGraph();
const base = selectView(graph);
const sourceIds = graph.sources.map((s) => s.id);

const note = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
  fc.constantFrom(
    'Quotes "inside", a comma, a semicolon; and a new\nline.',
    '=SUM(A1) starts like a formula',
    '-1 is a sign, not a formula',
    '<b>markup</b> & entities &amp; stay text',
    '[{"source":"not","kind":"real"}] is only text',
    'Tab\there, CR\r\nthere, NUL \u0000 too',
  ),
);

const evidence = fc.record(
  {
    source: fc.constantFrom(...sourceIds),
    kind: fc.constantFrom(...EVIDENCE_KINDS),
    note,
    locator: fc.string({ minLength: 1, maxLength: 12 }),
  },
  { requiredKeys: ['source', 'kind', 'note'] },
) as fc.Arbitrary<Evidence>;

/**
 * A label as a researcher writes one, without leading or trailing space (the importers trim labels);
 * it may start like a formula ("-ve", "=x", "'=x"), which CSV neutralises and its importer undoes.
 */
const label = fc.stringMatching(/^['=+@-]{0,2}[A-Za-z0-9αβ][A-Za-z0-9αβ "&<>;,'()/+-]{0,14}[A-Za-z0-9αβ)]$/);

const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => x + 0);

const view: fc.Arbitrary<ExportView> = fc
  .uniqueArray(fc.constantFrom(...base.edges), { minLength: 1, maxLength: 5, selector: (e) => e.id })
  .chain((picked) => {
    const ids = [...new Set(picked.flatMap((e) => [e.source, e.target]))];
    return fc
      .record({
        evidence: fc.tuple(
          ...picked.map(() =>
            fc.uniqueArray(evidence, {
              minLength: 1,
              maxLength: 4,
              selector: (ev) => JSON.stringify([ev.source, ev.kind, ev.note, ev.locator]),
            }),
          ),
        ),
        labels: fc.tuple(...ids.map(() => label)),
        positions: fc.tuple(...ids.map(() => fc.record({ x: coordinate, y: coordinate }))),
      })
      .map(({ evidence: lists, labels, positions }): ExportView => {
        const keep = new Set(ids);
        const edges: Edge[] = base.edges
          .filter((e) => picked.some((p) => p.id === e.id))
          .map((e) => ({ ...e, evidence: lists[picked.findIndex((p) => p.id === e.id)]! }));
        const nodes = base.nodes
          .filter((n) => keep.has(n.id))
          .map((n) => ({ ...n, label: labels[ids.indexOf(n.id)]! }));
        return {
          nodes,
          edges,
          sources: citedSources(graph, edges),
          positions: new Map(nodes.map((n) => [n.id, positions[ids.indexOf(n.id)]!])),
          meta: base.meta,
        };
      });
  });

describe('every format round-trips generated views', () => {
  for (const [format, read] of Object.entries(READERS)) {
    it(`${format}: ids, labels, kinds, polarity, evidence and positions come back`, () => {
      fc.assert(
        fc.property(view, (v) => {
          const r = read(v);
          expect(r.problems).toEqual([]);
          expectSameAsView(format, v, r.network!);
        }),
        { numRuns: 60 },
      );
    });
  }
});
