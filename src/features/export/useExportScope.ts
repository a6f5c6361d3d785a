// What the exports cover: the derived view's filters and what they keep (a story step's own filter
// wins while a story is open, as on the canvas), and the words that describe it.
import { useMemo } from 'react';
import { storyCaption, storyCaptionTitle, type StoryCaption } from '../../image/caption';
import type { Filters } from '../../model/filter';
import type { Subgraph } from '../../model/queries';
import { describeFilters } from '../common/describe';
import { exportTitle } from '../common/fileName';
import { useGraph, useKnowledgeBase } from '../common/graphContext';
import { useView } from '../common/useView';
import { selectStory } from '../../store/selectors';
import { useAppStore } from '../../store/store';

export interface ExportScope {
  readonly filters: Filters;
  readonly subgraph: Subgraph;
  /** The filters in words; empty when nothing is filtered. */
  readonly filterText: string;
  readonly title: string;
  /** The story step on show, for the picture's caption (its story, step and own sources). */
  readonly story?: StoryCaption;
}

export function useExportScope(): ExportScope {
  const graph = useGraph();
  const { stories } = useKnowledgeBase();
  const playing = useAppStore(selectStory);
  const { filters, kept } = useView();
  return useMemo(() => {
    const open = playing && stories.find((s) => s.id === playing.id);
    const story = open ? storyCaption(open, playing.step) : undefined;
    return {
      filters,
      subgraph: kept,
      filterText: describeFilters(graph, filters),
      title: story ? storyCaptionTitle(story) : exportTitle(graph, filters),
      ...(story ? { story } : {}),
    };
  }, [graph, filters, kept, playing, stories]);
}
