// The one door to the imported selection for search, the table and the pathway cards: which imported
// node or edge is picked, and picking one (its details shown, the curated selection cleared). Kept in
// one small file so a change to where selections are stored touches only this file.
import { useLayerStore, type ImportedSelection, type LayerState } from './layers';
import { useAppStore } from './store';

export type { ImportedSelection } from './layers';

const selectPick = (s: LayerState) => s.importedSelection;

/** The imported element picked on the map, in a table row or a search, or null. */
export const useImportedPick = (): ImportedSelection | null => useLayerStore(selectPick);

/**
 * Pick an imported node or edge (null: nothing). `showDetails` moves keyboard focus to its details,
 * as a curated search hit does. A new object each time, so picking the same element again still
 * reaches the canvas (which frames it when it is out of view).
 */
export function pickImported(selection: ImportedSelection | null, showDetails = false): void {
  // The details panel shows an imported element only while no curated one is selected; a focus
  // request (detailsFocus) moves keyboard focus to the heading of what it then shows.
  if (showDetails) useAppStore.setState((s) => ({ selection: null, detailsFocus: s.detailsFocus + 1 }));
  else if (useAppStore.getState().selection) useAppStore.getState().select(null);
  useLayerStore.getState().selectImported(selection ? { ...selection } : null);
}
