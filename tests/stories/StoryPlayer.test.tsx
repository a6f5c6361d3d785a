// @vitest-environment jsdom
// The story player with the real store and the real stories, driven by the keyboard as a teacher would.
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetHandout } from '../../src/features/stories/handoutState';
import { StoriesPanel } from '../../src/features/stories/StoriesPanel';
import { StoryPlayer } from '../../src/features/stories/StoryPlayer';
import { resetStore, useAppStore } from '../../src/store/store';
import { kb, renderWithGraph, storyById } from './helpers';
import { recordFits } from '../view/fits';

const BMSC = 'bmsc_tgfb1';
const story = storyById(BMSC);
const questionIndex = story.steps.findIndex((s) => s.question);
const counter = () => screen.getByText(/^Step \d+ of \d+/);
const open = (step = 0) => act(() => useAppStore.getState().openStory(BMSC, step));

beforeEach(() => {
  resetStore();
  resetHandout();
});
afterEach(cleanup);

describe('StoryPlayer', () => {
  it('shows nothing while no story is open', () => {
    const { container } = renderWithGraph(<StoryPlayer />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows the counter, title, narration and short citations of the open step', () => {
    renderWithGraph(<StoryPlayer />);
    open();
    expect(counter()).toHaveTextContent(`Step 1 of ${story.steps.length}`);
    expect(screen.getByRole('heading', { name: story.steps[0]!.title })).toBeInTheDocument();
    expect(screen.getByText(story.steps[0]!.narration)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Chen et al. 2015' })).toBeInTheDocument();
  });

  it('moves forward with →, Space or Page Down, back with ← or Page Up, and fits the canvas once on every step', async () => {
    const user = userEvent.setup();
    renderWithGraph(<StoryPlayer />);
    open();
    const { fits, stop } = recordFits(kb);
    await user.keyboard('{ArrowRight}');
    expect(counter()).toHaveTextContent(`Step 2 of ${story.steps.length}`);
    expect(fits).toEqual(['frame']);
    stop();
    await user.keyboard(' ');
    expect(counter()).toHaveTextContent(`Step 3 of ${story.steps.length}`);
    await user.keyboard('{ArrowLeft}');
    expect(counter()).toHaveTextContent(`Step 2 of ${story.steps.length}`);
    expect(useAppStore.getState().story).toEqual({ id: BMSC, step: 1 });
    // A presentation clicker's Page Down / Page Up do the same.
    await user.keyboard('{PageDown}');
    expect(counter()).toHaveTextContent(`Step 3 of ${story.steps.length}`);
    await user.keyboard('{PageUp}');
    expect(counter()).toHaveTextContent(`Step 2 of ${story.steps.length}`);
  });

  it('reveals the answer of a question step before moving on', async () => {
    const user = userEvent.setup();
    renderWithGraph(<StoryPlayer />);
    open(questionIndex);
    const q = story.steps[questionIndex]!.question!;
    expect(screen.getByText(q.prompt)).toBeInTheDocument();
    expect(screen.getByText('Press → to reveal the answer')).toBeInTheDocument();
    expect(screen.queryByText(q.answer)).not.toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    expect(screen.getByText(q.answer)).toBeInTheDocument();
    expect(counter()).toHaveTextContent(`Step ${questionIndex + 1} of`);

    await user.keyboard('{ArrowRight}');
    expect(counter()).toHaveTextContent(`Step ${questionIndex + 2} of`);
    expect(useAppStore.getState().answerShown).toBe(false);
  });

  it('has visible Back / Next / Exit buttons that do the same', async () => {
    const user = userEvent.setup();
    renderWithGraph(<StoryPlayer />);
    open();
    expect(screen.getByRole('button', { name: 'Back' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(counter()).toHaveTextContent('Step 2 of');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(counter()).toHaveTextContent('Step 1 of');
    await user.click(screen.getByRole('button', { name: 'Exit' }));
    expect(useAppStore.getState().story).toBeNull();
  });

  it('lists every reference of the story on the last step, and Next stops there', async () => {
    const user = userEvent.setup();
    renderWithGraph(<StoryPlayer />);
    open(story.steps.length - 1);
    expect(screen.getByRole('heading', { name: 'All sources of this story' })).toBeInTheDocument();
    expect(screen.getByText(/Journal of Clinical Investigation, 125\(8\)/)).toBeInTheDocument();
    expect(screen.getByText(/Say Goodbye to Back Pain/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    await user.keyboard('{ArrowRight}');
    expect(counter()).toHaveTextContent(`Step ${story.steps.length} of ${story.steps.length}`);
  });

  it('closes the story with Escape, leaving presenter mode', async () => {
    const user = userEvent.setup();
    renderWithGraph(<StoryPlayer />);
    open(2);
    act(() => useAppStore.getState().setPresenter(true));
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().story).toBeNull();
    expect(useAppStore.getState().presenter).toBe(false);
    expect(screen.queryByText(/^Step \d+ of/)).not.toBeInTheDocument();
  });

  it("hands focus to the story's Start button when the story closes, not to the page body", async () => {
    const user = userEvent.setup();
    renderWithGraph(
      <>
        <StoriesPanel />
        <StoryPlayer />
      </>,
    );
    open(1);
    screen.getByRole('button', { name: 'Next' }).focus();
    await user.keyboard('{Escape}');
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: `Start: ${story.title}` })),
    );
  });

  it('ends presenter mode when the browser leaves full screen by itself', () => {
    renderWithGraph(<StoryPlayer />);
    open();
    act(() => useAppStore.getState().setPresenter(true));
    // The browser's own Esc leaves full screen without a key event reaching the page.
    act(() => void document.dispatchEvent(new Event('fullscreenchange')));
    expect(useAppStore.getState().presenter).toBe(false);
    expect(useAppStore.getState().story).toEqual({ id: BMSC, step: 0 });
  });

  it('leaves keys typed into a field alone', async () => {
    const user = userEvent.setup();
    renderWithGraph(
      <>
        <input aria-label="Search" />
        <StoryPlayer />
      </>,
    );
    open();
    await user.click(screen.getByRole('textbox', { name: 'Search' }));
    await user.keyboard('{ArrowRight} {Escape}');
    expect(useAppStore.getState().story).toEqual({ id: BMSC, step: 0 });
  });

  it('toggles presenter mode from the player', async () => {
    const user = userEvent.setup();
    renderWithGraph(<StoryPlayer />);
    open();
    const toggle = screen.getByRole('button', { name: 'Presenter mode' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(useAppStore.getState().presenter).toBe(true);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
  });

  it('copies the link to the step and says so', async () => {
    const user = userEvent.setup();
    renderWithGraph(<StoryPlayer />);
    open();
    await user.click(screen.getByRole('button', { name: 'Copy link to this step' }));
    expect(await screen.findByText('✓ Copied the link to this step')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(window.location.href);
  });

  it('shows the link selected in a field when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    renderWithGraph(<StoryPlayer />);
    open();
    await user.click(screen.getByRole('button', { name: 'Copy link to this step' }));
    const field = await screen.findByRole('textbox', { name: 'the link to this step to copy' });
    expect(field).toHaveValue(window.location.href);
    expect(screen.getByText(/did not allow copying/)).toBeInTheDocument();
    expect(field).toHaveFocus();
  });
});
