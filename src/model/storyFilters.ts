// What the map is filtered by while a story plays. Apart from story.ts (which validates story files
// with zod and yaml) so the app can use it without loading either.
import { NO_FILTERS, type Filters } from './filter';
import type { Story } from './story';

/**
 * What the map is filtered by. While a story plays, the story decides: its step's own filter, or
 * nothing, never the reader's earlier filters, which could hide the very entities a step narrates
 * (and with "hide the rest" leave an empty map). The reader's filters come back when the story ends.
 */
export function effectiveFilters(
  filters: Filters,
  stories: readonly Story[],
  open: { readonly id: string; readonly step: number } | null,
): Filters {
  if (!open) return filters;
  const step = stories.find((s) => s.id === open.id)?.steps[open.step];
  return {
    ...NO_FILTERS,
    therapies: step?.filter?.therapies ?? [],
    kinds: step?.filter?.kinds ?? [],
  };
}
