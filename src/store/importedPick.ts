// The one door to the imported selection for search, the table and the pathway cards: which imported
// node or edge is picked, and picking one (its details shown). It is the one selection of the store
// (an imported pick replaces a curated one); this file only gives it the shape those callers use.
import { useMemo } from 'react';
import { selectImportedSelection } from './layers';
import { useAppStore } from './store';

/** An imported node or edge as the search, table and path cards name it. */
export interface ImportedPick {
  readonly layerId: string;
  readonly type: 'node' | 'edge';
  readonly id: string;
}
/** The name these callers have for an imported pick. */
export type ImportedSelection = ImportedPick;

/** The imported element picked on the map, in a table row or a search, or null. */
export function useImportedPick(): ImportedPick | null {
  const sel = useAppStore(selectImportedSelection);
  return useMemo(() => (sel ? { layerId: sel.layerId, type: sel.element, id: sel.id } : null), [sel]);
}

/**
 * Pick an imported node or edge (null: nothing). `showDetails` moves keyboard focus to its details,
 * as a curated search hit does. Each pick is a new selection, so picking the same element again
 * still reaches the canvas (which frames it when it is out of view).
 */
export function pickImported(pick: ImportedPick | null, showDetails = false): void {
  if (showDetails) useAppStore.setState((s) => ({ detailsFocus: s.detailsFocus + 1 }));
  useAppStore.getState().selectImported(pick ? { ...pick } : null);
}
