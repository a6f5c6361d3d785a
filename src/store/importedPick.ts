// Picking an imported node or edge from search, the table or a path card (its details shown). The
// pick is the store's one selection (it replaces a curated one).
import { useAppStore } from './store';

/** An imported node or edge as the search, table and path cards pick it (selectImported's shape). */
export interface ImportedPick {
  readonly layerId: string;
  readonly type: 'node' | 'edge';
  readonly id: string;
}

/**
 * Pick an imported node or edge (null: nothing). `showDetails` moves keyboard focus to its details,
 * as a curated search hit does. Each pick is a new selection, so picking the same element again
 * still reaches the canvas (which frames it when it is out of view). Reading it is
 * `selectImportedSelection` (store/layers.ts): the one selection.
 */
export function pickImported(pick: ImportedPick | null, showDetails = false): void {
  if (showDetails) useAppStore.setState((s) => ({ detailsFocus: s.detailsFocus + 1 }));
  useAppStore.getState().selectImported(pick ? { ...pick } : null);
}
