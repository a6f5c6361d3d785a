// One zustand store of slices: filters, selection, layout/view, ui, paths, stories, imported
// layers (layerSlice.ts) and the path asked of an imported network (importedPathSlice.ts). Actions live here; components select narrowly with the selectors in
// selectors.ts and layers.ts. Why two small feature stores stay apart: docs/adr/stores.md.
import { create } from 'zustand';
import { createLayerSlice, initialLayerState, type LayerSlice } from './layerSlice';
import {
  createImportedPathSlice,
  initialImportedPathState,
  type ImportedPathSlice,
} from './importedPathSlice';
import { NO_FILTERS, type Filters } from '../model/filter';
import type { NodeId } from '../model/schema';
import { isPathQueryAsked, NO_PATH_QUERY } from './pathwayUrl';
import {
  DEFAULT_LAYOUT,
  type HiddenMode,
  type LayoutName,
  type PanelName,
  type PathQuery,
  type Selection,
  type UrlState,
  type ViewCommand,
  type ViewOverlay,
} from './types';

type FacetValue<K extends keyof Filters> = Filters[K][number];

export interface FilterSlice {
  filters: Filters;
  hiddenMode: HiddenMode;
  toggleFacet: <K extends keyof Filters>(facet: K, value: FacetValue<K>) => void;
  setFacet: <K extends keyof Filters>(facet: K, values: Filters[K]) => void;
  resetFilters: () => void;
  setHiddenMode: (mode: HiddenMode) => void;
}

export interface SelectionSlice {
  /** The one selection: a curated entity, relation or source, or an element of an imported layer. */
  selection: Selection | null;
  select: (selection: Selection | null) => void;
  /** Counts requests to move keyboard focus to the details of the selection (after a search). */
  detailsFocus: number;
  /** Select, and ask the details panel to take keyboard focus once it shows the selection. */
  selectAndShow: (selection: Selection) => void;
}

export interface ViewSlice {
  layout: LayoutName;
  command: ViewCommand | null;
  setLayout: (layout: LayoutName) => void;
  runCommand: (name: ViewCommand['name']) => void;
}

export interface UiSlice {
  panel: PanelName;
  notices: readonly string[];
  presenter: boolean;
  setPanel: (panel: PanelName) => void;
  notify: (messages: readonly string[]) => void;
  dismissNotice: (index: number) => void;
  dismissAllNotices: () => void;
  setPresenter: (on: boolean) => void;
}

export interface PathSlice {
  path: PathQuery;
  setPath: (patch: Partial<PathQuery>) => void;
}

export interface StorySlice {
  story: { id: string; step: number } | null;
  answerShown: boolean;
  openStory: (id: string, step?: number) => void;
  setStep: (step: number) => void;
  showAnswer: (shown: boolean) => void;
  closeStory: () => void;
}

/** More inputs to the derived view (what-if knock-outs, imported layers), by overlay id. */
export interface OverlaySlice {
  overlays: readonly ViewOverlay[];
  /** Add an overlay, or replace the one with the same id. */
  setOverlay: (overlay: ViewOverlay) => void;
  removeOverlay: (id: string) => void;
}

export type AppState = FilterSlice &
  SelectionSlice &
  ViewSlice &
  UiSlice &
  PathSlice &
  StorySlice &
  OverlaySlice &
  LayerSlice &
  ImportedPathSlice;

export const initialState = {
  filters: NO_FILTERS,
  hiddenMode: 'fade' as HiddenMode,
  selection: null,
  detailsFocus: 0,
  layout: DEFAULT_LAYOUT,
  command: null,
  panel: 'filters' as PanelName,
  notices: [] as readonly string[],
  presenter: false,
  path: NO_PATH_QUERY,
  story: null,
  answerShown: false,
  overlays: [] as readonly ViewOverlay[],
  ...initialLayerState,
  ...initialImportedPathState,
};

let serial = 0;

export const useAppStore = create<AppState>()((set, get) => ({
  ...initialState,
  ...createLayerSlice<AppState>(set, get),
  ...createImportedPathSlice<AppState>(set),

  toggleFacet: (facet, value) =>
    set((s) => {
      const current = s.filters[facet] as readonly unknown[];
      const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
      return { filters: { ...s.filters, [facet]: next } };
    }),
  setFacet: (facet, values) => set((s) => ({ filters: { ...s.filters, [facet]: values } })),
  resetFilters: () => set({ filters: NO_FILTERS }),
  setHiddenMode: (hiddenMode) => set({ hiddenMode }),

  select: (selection) => set({ selection }),
  selectAndShow: (selection) => set((s) => ({ selection, detailsFocus: s.detailsFocus + 1 })),

  setLayout: (layout) => set({ layout }),
  runCommand: (name) => set({ command: { name, serial: ++serial } }),

  setPanel: (panel) => set({ panel }),
  notify: (messages) => set((s) => ({ notices: [...s.notices, ...messages] })),
  dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
  dismissAllNotices: () => set({ notices: [] }),
  setPresenter: (presenter) => set({ presenter }),

  setPath: (patch) => set((s) => ({ path: { ...s.path, ...patch } })),

  openStory: (id, step = 0) => set({ story: { id, step }, answerShown: false, panel: 'stories' }),
  setStep: (step) => set((s) => (s.story ? { story: { ...s.story, step }, answerShown: false } : {})),
  showAnswer: (answerShown) => set({ answerShown }),
  closeStory: () => set({ story: null, answerShown: false, presenter: false }),

  setOverlay: (overlay) =>
    set((s) => ({ overlays: [...s.overlays.filter((o) => o.id !== overlay.id), overlay] })),
  removeOverlay: (id) => set((s) => ({ overlays: s.overlays.filter((o) => o.id !== id) })),
}));

/** Apply a state read from the URL (back/forward, deep links). */
export function applyUrlState(state: UrlState): void {
  // A step link opens where it was shared: on the Stories tab, as when walking the story; a link
  // that asks a pathway question opens the Pathways tab, where the answer is.
  const panel = state.story
    ? { panel: 'stories' as const }
    : isPathQueryAsked(state.path)
      ? { panel: 'paths' as const }
      : {};
  useAppStore.setState({ ...state, answerShown: false, ...panel });
}

/** Back to a fresh app: used by tests and by "reset view". */
export function resetStore(): void {
  useAppStore.setState({ ...initialState });
}

export type { NodeId };
