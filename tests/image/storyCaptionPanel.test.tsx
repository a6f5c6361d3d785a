// @vitest-environment jsdom
// The Export panel while a story plays: the picture's caption title names the story and the step.
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportPanel } from '../../src/features/export/ExportPanel';
import { resetStore, useAppStore } from '../../src/store/store';
import { kb, renderWithGraph } from '../features/helpers';

beforeEach(() => resetStore());
afterEach(cleanup);

describe('Export panel during a story', () => {
  it('titles the picture with the story and the step, and goes back to the map’s title after', () => {
    const story = kb.stories.find((s) => s.id === 'what_if_tgfb1')!;
    renderWithGraph(<ExportPanel />);
    const title = () => (screen.getByRole('textbox', { name: 'Caption title' }) as HTMLInputElement).value;
    const before = title();
    act(() => useAppStore.getState().openStory(story.id, 2));
    expect(title()).toBe(`Nociscope — ${story.title} Step 3: ${story.steps[2]!.title}`);
    act(() => useAppStore.getState().closeStory());
    expect(title()).toBe(before);
  });
});
