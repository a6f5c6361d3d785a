// @vitest-environment jsdom
// The keys a presentation clicker sends: B or the period blank the screen (presenter mode only) and
// any key brings the story back without stepping it; ↑/↓ step in presenter mode.
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetHandout } from '../../src/features/stories/handoutState';
import { StoryPlayer } from '../../src/features/stories/StoryPlayer';
import { resetStore, useAppStore } from '../../src/store/store';
import { renderWithGraph } from './helpers';

const blank = () => screen.queryByTestId('story-blank');

beforeEach(() => {
  resetStore();
  resetHandout();
});
afterEach(cleanup);

describe('blank screen', () => {
  it('B blanks, any key restores without stepping; the period toggles', async () => {
    const user = userEvent.setup();
    renderWithGraph(<StoryPlayer />);
    act(() => {
      useAppStore.getState().openStory('what_if_tgfb1', 1);
      useAppStore.getState().setPresenter(true);
    });
    await user.keyboard('b');
    expect(blank()).toBeInTheDocument();
    expect(blank()).toHaveTextContent(/Screen blanked/);
    await user.keyboard('{PageDown}');
    expect(blank()).not.toBeInTheDocument();
    expect(useAppStore.getState().story).toEqual({ id: 'what_if_tgfb1', step: 1 });
    await user.keyboard('.');
    expect(blank()).toBeInTheDocument();
    // Shift alone is half of a shortcut, not a request to come back.
    await user.keyboard('{Shift}');
    expect(blank()).toBeInTheDocument();
    await user.keyboard('.');
    expect(blank()).not.toBeInTheDocument();
    await user.keyboard('{PageDown}');
    expect(useAppStore.getState().story).toEqual({ id: 'what_if_tgfb1', step: 2 });
  });

  it('does nothing outside presenter mode', async () => {
    const user = userEvent.setup();
    renderWithGraph(<StoryPlayer />);
    act(() => useAppStore.getState().openStory('what_if_tgfb1', 1));
    await user.keyboard('b.');
    expect(blank()).not.toBeInTheDocument();
  });

  it('in presenter mode ↓ and ↑ step too, as some clickers send them; elsewhere they are left alone', async () => {
    const user = userEvent.setup();
    renderWithGraph(<StoryPlayer />);
    act(() => useAppStore.getState().openStory('what_if_tgfb1', 0));
    await user.keyboard('{ArrowDown}');
    expect(useAppStore.getState().story).toEqual({ id: 'what_if_tgfb1', step: 0 });
    act(() => useAppStore.getState().setPresenter(true));
    await user.keyboard('{ArrowDown}');
    expect(useAppStore.getState().story).toEqual({ id: 'what_if_tgfb1', step: 1 });
    await user.keyboard('{ArrowUp}');
    expect(useAppStore.getState().story).toEqual({ id: 'what_if_tgfb1', step: 0 });
  });
});
