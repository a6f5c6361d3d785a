// How much of the graph the filters leave, said in words and announced politely when it changes.
import { useMemo } from 'react';
import { applyFilters, isFiltered } from '../../model/filter';
import { effectiveFilters } from '../../model/story';
import { selectFilters, selectStory } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { useKnowledgeBase } from '../common/graphContext';
import { describeFilters } from '../common/describe';

export function HiddenIndicator() {
  const { graph, stories } = useKnowledgeBase();
  const userFilters = useAppStore(selectFilters);
  const story = useAppStore(selectStory);
  const resetFilters = useAppStore((s) => s.resetFilters);
  // What the map shows right now: a story's own filter while one plays (model/story.ts).
  const filters = useMemo(() => effectiveFilters(userFilters, stories, story), [userFilters, stories, story]);
  const view = useMemo(() => applyFilters(graph, filters), [graph, filters]);
  const filtered = isFiltered(filters);
  const paused = story !== null && isFiltered(userFilters);
  const total = `${graph.nodes.length} entities and ${graph.edges.length} relations`;
  const text = filtered
    ? `Showing ${view.nodes.size} of ${graph.nodes.length} entities and ${view.edges.size} of ` +
      `${graph.edges.length} relations — filtered by ${describeFilters(graph, filters)}`
    : `Showing all ${total}`;
  const note = paused ? ' (your filters are paused while the story plays)' : '';
  return (
    <div className="hidden-indicator">
      <p role="status" aria-live="polite">
        {text}
        {note}
      </p>
      {filtered && !story && (
        <button type="button" onClick={resetFilters}>
          Show all
        </button>
      )}
    </div>
  );
}
