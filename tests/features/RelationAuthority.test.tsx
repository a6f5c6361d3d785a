// @vitest-environment jsdom
// The relation panel and the story card show the derived low-authority caveat.
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RelationId } from '../../src/model/schema';
import { DetailsPanel } from '../../src/features/details/DetailsPanel';
import { resetHandout } from '../../src/features/stories/handoutState';
import { StoryPlayer } from '../../src/features/stories/StoryPlayer';
import { resetStore, useAppStore } from '../../src/store/store';
import { kb, renderWithGraph } from './helpers';

beforeEach(() => {
  resetStore();
  resetHandout();
});
afterEach(cleanup);

describe('low-authority caveats on screen', () => {
  it('a relation resting only on the web article says so in its details', () => {
    renderWithGraph(<DetailsPanel />);
    act(() => useAppStore.getState().select({ type: 'edge', id: 'stem_cells_secrete_gdnf' as RelationId }));
    expect(screen.getByRole('note')).toHaveTextContent(
      /Source authority:.*low-authority sources \(a web article\)/,
    );
  });

  it('a relation backed by a study does not', () => {
    renderWithGraph(<DetailsPanel />);
    act(() => useAppStore.getState().select({ type: 'edge', id: 'bmsc_secretes_tgfb1' as RelationId }));
    expect(screen.queryByText(/Source authority/)).not.toBeInTheDocument();
  });

  it('a story step resting only on the web article says so under its narration', () => {
    const story = kb.stories.find((s) => s.id === 'stem_cell_mechanisms')!;
    const step = story.steps.findIndex((s) => /Growth factors/.test(s.title));
    renderWithGraph(<StoryPlayer />);
    act(() => useAppStore.getState().openStory(story.id, step));
    expect(screen.getByRole('note')).toHaveTextContent(/Source authority:.*Every relation in this step/);
    act(() => useAppStore.getState().openStory(story.id, 0));
    expect(screen.queryByText(/Source authority/)).not.toBeInTheDocument();
  });
});
