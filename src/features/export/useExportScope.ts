// What the exports cover: the derived view's filters and what they keep (a story step's own filter
// wins while a story is open, as on the canvas), and the words that describe it; or, when an
// imported network is open on its own, that network, which is all the map shows.
import { useMemo } from 'react';
import {
  networkCaption,
  storyCaption,
  storyCaptionTitle,
  type NetworkCaption,
  type StoryCaption,
} from '../../image/caption';
import type { Filters } from '../../model/filter';
import type { Subgraph } from '../../model/queries';
import { describeFilters } from '../common/describe';
import { exportTitle, slugify } from '../common/fileName';
import { useGraph, useKnowledgeBase } from '../common/graphContext';
import { useView } from '../common/useView';
import { selectStory } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { useShownLayers, type ShownLayers } from './useShownLayers';

export interface ExportScope {
  readonly filters: Filters;
  readonly subgraph: Subgraph;
  /** The filters in words; empty when nothing is filtered. */
  readonly filterText: string;
  readonly title: string;
  /** The story step on show, for the picture's caption (its story, step and own sources). */
  readonly story?: StoryCaption;
  /** The imported layers on screen (an open layer replaces the curated map). */
  readonly layers: ShownLayers;
  /** The network open on its own, named in the picture's caption. */
  readonly network?: NetworkCaption;
  /** The file-name subject when a layer is open on its own, else undefined (the filters decide). */
  readonly layerSubject?: string;
}

export function useExportScope(): ExportScope {
  const graph = useGraph();
  const { stories } = useKnowledgeBase();
  const playing = useAppStore(selectStory);
  const { filters, kept } = useView();
  const layers = useShownLayers();
  return useMemo(() => {
    const open = layers.open;
    const playingStory = !open && playing && stories.find((s) => s.id === playing.id);
    const story = playingStory ? storyCaption(playingStory, playing.step) : undefined;
    return {
      filters,
      subgraph: kept,
      filterText: open ? '' : describeFilters(graph, filters),
      title: open
        ? `Nociscope — imported network “${open.name}”`
        : story
          ? storyCaptionTitle(story)
          : exportTitle(graph, filters),
      layers,
      ...(story ? { story } : {}),
      ...(open
        ? {
            layerSubject: `${slugify(open.name) || 'layer'}-imported`,
            network: networkCaption({ name: open.name, fileNames: open.network.fileNames }),
          }
        : {}),
    };
  }, [graph, filters, kept, layers, playing, stories]);
}
