// What the exports cover: the derived view's filters and what they keep (a story step's own filter
// wins while a story is open, as on the canvas), and the words that describe it.
import { useMemo } from 'react';
import type { Filters } from '../../model/filter';
import type { Subgraph } from '../../model/queries';
import { describeFilters } from '../common/describe';
import { exportTitle } from '../common/fileName';
import { useGraph } from '../common/graphContext';
import { useView } from '../common/useView';

export interface ExportScope {
  readonly filters: Filters;
  readonly subgraph: Subgraph;
  /** The filters in words; empty when nothing is filtered. */
  readonly filterText: string;
  readonly title: string;
}

export function useExportScope(): ExportScope {
  const graph = useGraph();
  const { filters, kept } = useView();
  return useMemo(
    () => ({
      filters,
      subgraph: kept,
      filterText: describeFilters(graph, filters),
      title: exportTitle(graph, filters),
    }),
    [graph, filters, kept],
  );
}
