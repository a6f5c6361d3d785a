// Every story in graph-data loads, names only real ids, and is built the way the classroom needs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { loadGraph } from '../../src/model/load';
import { formatProblem } from '../../src/model/problems';
import { kb, storyById } from './helpers';

const REQUIRED = [
  'nerve_injury_immune',
  'microglia_spinal',
  'nk_pruning',
  'bmsc_tgfb1',
  'stem_cell_mechanisms',
];

describe('stories in graph-data', () => {
  it('all load together with the rest of the knowledge base', () => {
    const result = loadGraph(readGraphFiles('graph-data'));
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.stories.length).toBeGreaterThanOrEqual(4);
    expect(result.stories.map((s) => s.id)).toEqual(expect.arrayContaining(REQUIRED));
  });

  it.each(REQUIRED)('%s ends with a references step and cites a source on every step', (id) => {
    const story = storyById(id);
    const last = story.steps[story.steps.length - 1]!;
    expect(last.title).toBe('References');
    for (const step of story.steps) expect(step.sources.length, step.title).toBeGreaterThan(0);
  });

  it('highlights both ends of every highlighted relation, and cites a source behind it', () => {
    for (const story of kb.stories) {
      story.steps.forEach((step, i) => {
        for (const rid of step.show.relations) {
          const edge = kb.graph.edgeById.get(rid)!;
          const where = `${story.id} step ${i + 1} ${rid}`;
          expect(step.show.nodes, where).toEqual(expect.arrayContaining([edge.source, edge.target]));
          expect(
            edge.evidence.some((ev) => step.sources.includes(ev.source)),
            `${where}: none of its sources is listed`,
          ).toBe(true);
        }
      });
    }
  });

  it('cites on a step only sources its relations rest on (a References step may list the whole story’s)', () => {
    for (const story of kb.stories) {
      const inStory = new Set(story.steps.flatMap((st) => st.sources));
      for (const step of story.steps) {
        if (!step.show.relations.length) continue;
        const cited = new Set(
          step.show.relations.flatMap(
            (id) => kb.graph.edgeById.get(id)?.evidence.map((ev) => ev.source) ?? [],
          ),
        );
        const references = step.title === 'References';
        for (const source of step.sources)
          expect(
            cited.has(source) || (references && inStory.has(source)),
            `${story.id}: ${step.title} cites ${source}, which none of its relations rests on`,
          ).toBe(true);
      }
    }
  });

  it('keeps narration short enough to read from the back of a room', () => {
    for (const story of kb.stories) {
      for (const step of story.steps) {
        const sentences = step.narration.split(/(?<=[.?!])\s+/).filter(Boolean);
        expect(sentences.length, `${story.id}: ${step.title}`).toBeLessThanOrEqual(4);
        expect(step.narration.length, `${story.id}: ${step.title}`).toBeLessThan(320);
      }
    }
  });

  it('asks the class to predict what blocking TGF-β1 does in the BMSC story', () => {
    const q = storyById('bmsc_tgfb1').steps.find((s) => s.question);
    expect(q?.question?.prompt).toMatch(/TGF-β1 is blocked/);
    expect(q?.sources).toContain('chen2015');
  });
});

describe('a story with an unknown node id', () => {
  const fixture = 'tests/fixtures/stories/bad-id.invalid.yaml';

  it('is reported at the file and line of the bad id, with a suggestion', () => {
    const real = readGraphFiles('graph-data').filter(
      (f) => !/(^|\/)stories\//.test(f.path.replace(/\\/g, '/')),
    );
    const result = loadGraph([...real, { path: fixture, text: readFileSync(fixture, 'utf8') }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem?.file).toBe(fixture);
    const badLine = readFileSync(fixture, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes('tgfb_1,') || l.includes('tgfb_1]'));
    expect(problem?.line).toBe(badLine + 1);
    expect(problem?.message).toMatch(/unknown node id "tgfb_1"; did you mean "tgfb1"/);
    expect(formatProblem(problem!)).toMatch(new RegExp(`^${fixture}:${badLine + 1}:\\d+: `));
  });
});
