// How much of the graph the filters leave, said in words and announced politely when it changes.
import { useMemo } from 'react';
import { applyFilters, isFiltered } from '../../model/filter';
import { selectFilters } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { useGraph } from '../common/graphContext';
import { describeFilters } from './describe';

export function HiddenIndicator() {
  const graph = useGraph();
  const filters = useAppStore(selectFilters);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const view = useMemo(() => applyFilters(graph, filters), [graph, filters]);
  const filtered = isFiltered(filters);
  const total = `${graph.nodes.length} entities and ${graph.edges.length} relations`;
  const text = filtered
    ? `Showing ${view.nodes.size} of ${graph.nodes.length} entities and ${view.edges.size} of ` +
      `${graph.edges.length} relations — filtered by ${describeFilters(graph, filters)}`
    : `Showing all ${total}`;
  return (
    <div className="hidden-indicator">
      <p role="status" aria-live="polite">
        {text}
      </p>
      {filtered && (
        <button type="button" onClick={resetFilters}>
          Show all
        </button>
      )}
    </div>
  );
}
