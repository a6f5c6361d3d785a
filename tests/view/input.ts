// The derived view's input at rest (no filter, fading, nothing selected, no story, path or overlay),
// for the view tests to change one field of: one place to extend when ViewInput grows a field.
import { NO_FILTERS } from '../../src/model/filter';
import type { Story } from '../../src/model/story';
import type { ViewInput } from '../../src/model/view';
import { NO_PATH_QUERY } from '../../src/store/pathwayUrl';

export function viewInput(stories: readonly Story[], changes: Partial<ViewInput> = {}): ViewInput {
  return {
    filters: NO_FILTERS,
    hiddenMode: 'fade',
    selection: null,
    stories,
    story: null,
    path: NO_PATH_QUERY,
    showPath: false,
    answerShown: false,
    overlays: [],
    ...changes,
  };
}
