// The path question asked of an imported network open on its own: its two ends, the longest path
// asked for, and the path the reader chose to show on the map (ids in the layer's own network). A
// slice of the one store, apart from the curated pathway question (`path`, which goes in the URL:
// an imported layer lives in one browser, so a link could not restore this one). The path shown is
// drawn through the derived view (`importedPath`, src/model/view.ts), like everything else.
import type { StoreApi } from 'zustand';
import type { ImportedPathInput } from '../model/view';

export interface ImportedPathQuery extends ImportedPathInput {
  readonly from: string | null;
  readonly to: string | null;
  /** Longest path asked for, in steps. */
  readonly maxLength: number;
}

export interface ImportedPathSlice {
  importedPath: ImportedPathQuery | null;
  setImportedPath: (query: ImportedPathQuery | null) => void;
}

export const initialImportedPathState = { importedPath: null as ImportedPathQuery | null };

export function createImportedPathSlice<S extends ImportedPathSlice>(
  set: StoreApi<S>['setState'],
): ImportedPathSlice {
  return {
    ...initialImportedPathState,
    setImportedPath: (importedPath) => set({ importedPath } as Partial<S>),
  };
}

export const selectImportedPathQuery = (s: ImportedPathSlice) => s.importedPath;
