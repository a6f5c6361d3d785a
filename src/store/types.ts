// The shapes the store holds: ids and UI state only, never Cytoscape objects (STYLE.md habit 3).
import type { Filters } from '../model/filter';
import type { CuratedSelection, HiddenMode, PathQuery } from '../model/view';

export type {
  CuratedSelection,
  HiddenMode,
  ImportedSelection,
  PathQuery,
  Selection,
  ViewOverlay,
} from '../model/view';
export { PATHWAY_MODES, type PathwayMode } from '../model/pathways/answer';

export const LAYOUTS = ['layered', 'lanes', 'fcose', 'concentric'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
/** What the map opens with and links leave out: the stored layered picture (fewest crossings). */
export const DEFAULT_LAYOUT: LayoutName = 'layered';
export const LAYOUT_LABELS: Record<LayoutName, string> = {
  layered: 'Layered, cause to outcome',
  lanes: 'Curated lanes',
  fcose: 'Force-directed',
  concentric: 'Concentric by kind',
};

/** The tab of the side panel (details always show in their own column). */
export type PanelName = 'filters' | 'sources' | 'paths' | 'stories' | 'export' | 'text' | 'layers';
export const PANELS: readonly PanelName[] = [
  'filters',
  'stories',
  'paths',
  'sources',
  'export',
  'text',
  'layers',
];

/** Commands for the canvas that are events, not state: each has a serial so repeats still fire. */
export type ViewCommand = {
  readonly name: 'fit' | 'zoom-in' | 'zoom-out' | 'reset' | 'focus';
  readonly serial: number;
};

/** The part of the state that lives in the URL: a copied link restores exactly this. */
export interface UrlState {
  readonly filters: Filters;
  readonly hiddenMode: HiddenMode;
  /** Only a curated pick: an imported layer lives in this browser, so a link could not restore it. */
  readonly selection: CuratedSelection | null;
  readonly layout: LayoutName;
  readonly story: { readonly id: string; readonly step: number } | null;
  readonly presenter: boolean;
  readonly path: PathQuery;
}
