// Selectors defined at module level, so components subscribe narrowly and stably.
import type { AppState } from './store';

export const selectFilters = (s: AppState) => s.filters;
export const selectHiddenMode = (s: AppState) => s.hiddenMode;
export const selectSelection = (s: AppState) => s.selection;
export const selectLayout = (s: AppState) => s.layout;
export const selectPanel = (s: AppState) => s.panel;
export const selectNotices = (s: AppState) => s.notices;
export const selectPath = (s: AppState) => s.path;
export const selectStory = (s: AppState) => s.story;
export const selectAnswerShown = (s: AppState) => s.answerShown;
export const selectPresenter = (s: AppState) => s.presenter;
