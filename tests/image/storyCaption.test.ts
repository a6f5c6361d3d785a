// A picture exported while a story plays: its caption names the story, the step and the step's own
// sources, not "Filters: none" and every source behind the drawn relations.
import { describe, expect, it } from 'vitest';
import { captionContent, storyCaption, storyCaptionTitle } from '../../src/image/caption';
import { layoutCaption, roughMeasure } from '../../src/image/captionLayout';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { loadGraph } from '../../src/model/load';

const loaded = loadGraph(readGraphFiles('graph-data'));
if (!loaded.ok) throw new Error('graph-data does not load');
const { graph, stories } = loaded;
const story = stories.find((s) => s.id === 'what_if_tgfb1')!;
const index = story.steps.findIndex((s) => s.predict);
const step = story.steps[index]!;

/** Everything a picture of the whole map would show. */
const everything = { nodes: graph.nodes.map((n) => n.id), edges: graph.edges.map((e) => e.id) };
const words = (c: ReturnType<typeof captionContent>) =>
  layoutCaption(c, 900, roughMeasure)
    .ops.flatMap((op) => (op.type === 'text' ? [op.text] : []))
    .join(' ');

describe('the caption of a story step', () => {
  const s = storyCaption(story, index)!;
  const content = captionContent(graph, everything, {
    title: storyCaptionTitle(s),
    filters: '',
    date: '2026-12-07',
    story: s,
  });

  it('names the story and the step in its title and its first line', () => {
    expect(content.title).toBe(`Nociscope — ${story.title} Step ${index + 1}: ${step.title}`);
    expect(content.story).toBe(
      `Story: ${story.title}, step ${index + 1} of ${story.steps.length}: ${step.title}`,
    );
    const text = words(content);
    expect(text).toContain(`step ${index + 1} of ${story.steps.length}`);
    expect(text).not.toContain('Filters');
  });

  it('credits the step’s own sources, not every source behind what is drawn', () => {
    const own = step.sources.map((id) => graph.sourceById.get(id)!);
    expect(own.length).toBeGreaterThan(0);
    expect(content.credits).toHaveLength(own.length);
    expect(content.credits[0]).toMatch(/^Chen/);
    const map = captionContent(graph, everything, { title: 't', filters: '', date: '2026-12-07' });
    expect(map.credits.length).toBeGreaterThan(content.credits.length);
    expect(words(content)).toContain(`Sources: ${content.credits.join('; ')}`);
  });

  it('still says a filter the step sets, and is the map’s own caption outside a story', () => {
    const filtered = captionContent(graph, everything, {
      title: 't',
      filters: 'kind: cell',
      date: '2026-12-07',
      story: s,
    });
    expect(words(filtered)).toContain('Filters: kind: cell');
    const plain = captionContent(graph, everything, { title: 't', filters: '', date: '2026-12-07' });
    expect(plain.story).toBe('');
    expect(words(plain)).toContain('Filters: none (everything in the map)');
    expect(storyCaption(story, story.steps.length)).toBeUndefined();
  });
});
