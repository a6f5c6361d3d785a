import { beforeEach, describe, expect, it } from 'vitest';
import { loadGraph } from '../../src/model/load';
import type { NodeId } from '../../src/model/schema';
import { relationsOf, sourcesOfEntity } from '../../src/model/support';

const source = (id: string, year?: number) =>
  `  - id: ${id}\n    kind: primary-research\n    title: A study called ${id}\n` +
  (year ? `    year: ${year}\n` : '');
const node = (id: string) =>
  `  - id: ${id}\n    kind: process\n    label: ${id}\n    description: A test entity called ${id}.\n`;
const rel = (id: string, s: string, t: string, sources: string[]) =>
  `  - id: ${id}\n    source: ${s}\n    relation: activates\n    target: ${t}\n    evidence:\n` +
  sources.map((src) => `      - {source: ${src}, kind: animal-model, note: Shown in mice.}\n`).join('');

// x has r1 in and r2, r3 out; r4 does not touch x, so its source is none of x's.
const result = loadGraph([
  {
    path: 'graph-data/sources.yaml',
    text:
      'sources:\n' +
      source('undated') +
      source('new2020b', 2020) +
      source('old2010', 2010) +
      source('mid2015', 2015) +
      source('new2020', 2020) +
      source('other', 2024),
  },
  { path: 'graph-data/entities/all.yaml', text: 'nodes:\n' + ['x', 'y', 'z', 'w'].map(node).join('') },
  {
    path: 'graph-data/relations/test.yaml',
    text:
      'title: Test\nrelations:\n' +
      rel('r1', 'y', 'x', ['new2020', 'old2010']) +
      rel('r2', 'x', 'z', ['old2010', 'old2010', 'undated']) +
      rel('r3', 'x', 'w', ['mid2015', 'new2020b']) +
      rel('r4', 'y', 'z', ['other']),
  },
]);
if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
const graph = result.graph;
const x = 'x' as NodeId;

describe('sourcesOfEntity', () => {
  // Worked out in each test, not once when the file is read: a mutation run (README, "Mutation
  // testing") changes the code between tests, and a value computed before them hid every change.
  let found: ReturnType<typeof sourcesOfEntity> = [];
  let summary: [string, string[]][] = [];
  beforeEach(() => {
    found = sourcesOfEntity(graph, x);
    summary = found.map((s) => [s.source.id, s.relations.map((r) => r.id)]);
  });

  it("lists every source behind the entity's relations with the relations each supports", () => {
    expect(Object.fromEntries(summary)).toEqual({
      old2010: ['r1', 'r2'],
      new2020: ['r1'],
      new2020b: ['r3'],
      mid2015: ['r3'],
      undated: ['r2'],
    });
  });

  it('leaves out sources of relations that do not touch the entity', () => {
    expect(found.map((s) => s.source.id)).not.toContain('other');
  });

  it('counts a relation once even when a source backs it twice', () => {
    expect(found[0]).toMatchObject({ source: { id: 'old2010' } });
    expect(found[0]!.relations).toHaveLength(2);
  });

  it('orders by how many relations a source supports, then newer first, undated last, then by id', () => {
    expect(found.map((s) => s.source.id)).toEqual(['old2010', 'new2020', 'new2020b', 'mid2015', 'undated']);
  });

  it('finds nothing for an unknown entity', () => {
    expect(sourcesOfEntity(graph, 'unicorn' as NodeId)).toEqual([]);
  });
});

describe('relationsOf', () => {
  it('gives the relations acting on an entity, then those it acts through', () => {
    expect(relationsOf(graph, x).map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
  });
});
