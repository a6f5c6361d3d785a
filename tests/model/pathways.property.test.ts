// Property tests on generated graphs: every reported path exists, its net effect is the composition
// of its steps (computed here independently, from the vocabulary), the search misses no path a brute
// force finds, and a knock-out never adds a path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, type Graph } from '../../src/model/graph';
import { therapyImpact, impactPaths } from '../../src/model/pathways/impact';
import { findPaths, type SignedPath } from '../../src/model/pathways/paths';
import { NodeSchema, RelationSchema, type NodeId } from '../../src/model/schema';
import { RELATION_TYPE_NAMES, RELATION_TYPES, type RelationType } from '../../src/model/vocabulary';

const NAMES = ['t', 'a', 'b', 'c', 'neuropathic_pain', 'analgesia'] as const;

const arbGraph = fc
  .array(
    fc.record({
      s: fc.integer({ min: 0, max: NAMES.length - 1 }),
      t: fc.integer({ min: 0, max: NAMES.length - 1 }),
      verb: fc.constantFrom(...RELATION_TYPE_NAMES),
      kind: fc.constantFrom('animal-model', 'review', 'news-report'),
    }),
    { maxLength: 12 },
  )
  .map((rels): Graph => {
    const nodes = NAMES.map((id) =>
      NodeSchema.parse(
        id === 't'
          ? {
              id,
              kind: 'therapy',
              label: id,
              description: 'A generated test therapy.',
              modality: 'biologic',
              status: 'proposed',
            }
          : {
              id,
              kind: 'process',
              label: id,
              description: 'A generated test entity.',
              // The two pain endpoints, marked as graph-data marks them.
              ...(id === 'neuropathic_pain' ? { endpoint: { role: 'pain', more_means: 'more-pain' } } : {}),
              ...(id === 'analgesia' ? { endpoint: { role: 'pain', more_means: 'less-pain' } } : {}),
            },
      ),
    );
    const relations = rels.map((r, i) => ({
      group: 'gen',
      relation: RelationSchema.parse({
        id: `r${i}`,
        source: NAMES[r.s],
        relation: r.verb,
        target: NAMES[r.t],
        evidence: [{ source: 'src', kind: r.kind, note: 'A generated piece of evidence.' }],
      }),
    }));
    return buildGraph({ nodes, relations, sources: [], mechanisms: [], version: 'gen' });
  });

const arbQuery = fc.record({
  from: fc.constantFrom(...NAMES),
  to: fc.constantFrom(...NAMES),
  maxLength: fc.integer({ min: 1, max: 5 }),
  knockedOut: fc.subarray([...NAMES]),
});

/** The sign of one verb, read straight from the vocabulary table (not through the code under test). */
function oracleSign(verb: RelationType): 1 | -1 | 0 | null {
  const info: { polarity: number; transmits?: string } = RELATION_TYPES[verb];
  const how = info.transmits ?? (info.polarity === 0 ? 'unknown' : 'sign');
  if (how === 'none') return null;
  if (how === 'unknown') return 0;
  if (how === 'relay') return 1;
  return info.polarity as 1 | -1;
}

function checkPath(g: Graph, p: SignedPath, from: string, to: string, maxLength: number) {
  expect(p.steps.length).toBeGreaterThan(0);
  expect(p.steps.length).toBeLessThanOrEqual(maxLength);
  const edges = p.steps.map((id) => g.edgeById.get(id)!);
  expect(edges.every(Boolean)).toBe(true);
  expect(edges[0]!.source).toBe(from);
  expect(edges.at(-1)!.target).toBe(to);
  edges.slice(1).forEach((e, i) => expect(e.source).toBe(edges[i]!.target));
  expect(new Set(p.nodes).size).toBe(p.nodes.length);
  expect(p.nodes).toEqual([edges[0]!.source, ...edges.map((e) => e.target)]);
  const signs = edges.map((e) => oracleSign(e.relation));
  expect(signs).not.toContain(null);
  const expected = signs.includes(0) ? '?' : signs.reduce<number>((a, s) => a * s!, 1) > 0 ? '+' : '-';
  expect(p.net).toBe(expected);
}

/** Every simple path by brute force over sequences of relations. */
function bruteForce(
  g: Graph,
  from: string,
  to: string,
  maxLength: number,
  out: readonly string[],
): Set<string> {
  const found = new Set<string>();
  if (from === to || out.includes(from)) return found;
  const extend = (at: string, seen: string[], steps: string[]) => {
    if (steps.length === maxLength) return;
    for (const e of g.edges) {
      if (e.source !== at || oracleSign(e.relation) === null || out.includes(e.target)) continue;
      if (seen.includes(e.target)) continue;
      if (e.target === to) found.add([...steps, e.id].join(' '));
      else extend(e.target, [...seen, e.target], [...steps, e.id]);
    }
  };
  extend(from, [from], []);
  return found;
}

const keys = (paths: readonly SignedPath[]) => paths.map((p) => p.steps.join(' '));

describe('signed paths on generated graphs', () => {
  it('report only real paths, with the composed net effect, and miss none', () => {
    fc.assert(
      fc.property(arbGraph, arbQuery, (g, q) => {
        const from = q.from as NodeId;
        const to = q.to as NodeId;
        const { paths } = findPaths(g, from, to, {
          maxLength: q.maxLength,
          knockedOut: q.knockedOut as NodeId[],
        });
        for (const p of paths) checkPath(g, p, q.from, q.to, q.maxLength);
        expect(new Set(keys(paths))).toEqual(bruteForce(g, q.from, q.to, q.maxLength, q.knockedOut));
        expect(new Set(keys(paths)).size).toBe(paths.length);
      }),
      { numRuns: 300 },
    );
  });

  it('a knock-out never adds a path, and removes exactly the paths through it', () => {
    // Paths from the therapy to a pain endpoint, over all runs: the impact half must not be vacuous.
    let reached = 0;
    fc.assert(
      fc.property(arbGraph, arbQuery, (g, q) => {
        const from = q.from as NodeId;
        const to = q.to as NodeId;
        const out = q.knockedOut as NodeId[];
        const before = keys(findPaths(g, from, to, { maxLength: q.maxLength }).paths);
        const afterPaths = findPaths(g, from, to, { maxLength: q.maxLength, knockedOut: out }).paths;
        const after = keys(afterPaths);
        expect(after.every((k) => before.includes(k))).toBe(true);
        expect(afterPaths.every((p) => p.nodes.every((n) => !out.includes(n)))).toBe(true);

        const impactPathsBefore = impactPaths(therapyImpact(g, 't' as NodeId, { maxLength: q.maxLength }));
        for (const p of impactPathsBefore)
          expect(['neuropathic_pain', 'analgesia']).toContain(p.nodes.at(-1));
        reached += impactPathsBefore.length;
        const impactBefore = keys(impactPathsBefore);
        const impactAfter = keys(
          impactPaths(therapyImpact(g, 't' as NodeId, { maxLength: q.maxLength, knockedOut: out })),
        );
        expect(impactAfter.every((k) => impactBefore.includes(k))).toBe(true);
      }),
      { numRuns: 300 },
    );
    expect(reached).toBeGreaterThan(0);
  });
});
