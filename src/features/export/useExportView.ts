// What the exports cover: the filters the canvas draws with (a story step's own filter wins while
// a story is open, as on the canvas), the subgraph they leave, and the words that describe it.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { applyFilters, type Filters } from '../../model/filter';
import type { Subgraph } from '../../model/queries';
import { effectiveFilters } from '../../model/story';
import { useAppStore, type AppState } from '../../store/store';
import { useKnowledgeBase } from '../common/graphContext';
import { describeFilters } from '../common/describe';
import { exportTitle } from '../common/fileName';

const selectFilterState = (s: AppState) => ({ filters: s.filters, story: s.story });

export interface ExportScope {
  readonly filters: Filters;
  readonly subgraph: Subgraph;
  /** The filters in words; empty when nothing is filtered. */
  readonly filterText: string;
  readonly title: string;
}

export function useExportScope(): ExportScope {
  const { graph, stories } = useKnowledgeBase();
  const state = useAppStore(useShallow(selectFilterState));
  return useMemo(() => {
    const filters = effectiveFilters(state.filters, stories, state.story);
    return {
      filters,
      subgraph: applyFilters(graph, filters),
      filterText: describeFilters(graph, filters),
      title: exportTitle(graph, filters),
    };
  }, [graph, stories, state]);
}
