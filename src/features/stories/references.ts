// The sources a story rests on, in the order the story first cites them.
import type { Graph } from '../../model/graph';
import type { Source, SourceId } from '../../model/schema';
import type { Story, StoryStep } from '../../model/story';

const resolve = (graph: Graph, ids: readonly SourceId[]): Source[] =>
  ids.map((id) => graph.sourceById.get(id)).filter((s): s is Source => s !== undefined);

export const stepSources = (graph: Graph, step: StoryStep): Source[] =>
  resolve(graph, [...new Set(step.sources)]);

export const storySources = (graph: Graph, story: Story): Source[] =>
  resolve(graph, [...new Set(story.steps.flatMap((s) => s.sources))]);
