// The path question asked of an imported network open on its own: its two ends, and the path shown
// on the map (its nodes and edges, by their ids in the layer). A store of its own, beside the layer
// store, so the curated pathway state (and its URL) is untouched; the canvas marks what it names.
import { create } from 'zustand';

export interface ImportedPathQuery {
  readonly layerId: string;
  readonly from: string | null;
  readonly to: string | null;
  /** Longest path asked for, in steps. */
  readonly maxLength: number;
  /** The path drawn on the map, if the reader chose one. */
  readonly shown: { readonly nodes: readonly string[]; readonly edges: readonly string[] } | null;
}

interface State {
  query: ImportedPathQuery | null;
  setQuery: (query: ImportedPathQuery | null) => void;
}

export const useImportedPaths = create<State>()((set) => ({
  query: null,
  setQuery: (query) => set({ query }),
}));

export const selectImportedPathQuery = (s: State) => s.query;
