// @vitest-environment jsdom
// The stories list and the printable handout, with the real store and stories.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handoutFromSearch, resetHandout } from '../../src/features/stories/handoutState';
import { StoriesPanel } from '../../src/features/stories/StoriesPanel';
import { StoryPlayer } from '../../src/features/stories/StoryPlayer';
import { resetStore, useAppStore } from '../../src/store/store';
import { kb, renderWithGraph, storyById } from './helpers';
import { recordFits } from '../view/fits';

// The step pictures need a real canvas (tested in the browser, tests/e2e/stories.e2e.ts); here they
// are held back until the test lets them go, to show the print dialog waits for them.
const pictures = vi.hoisted(() => ({ release: () => {} }));
vi.mock('../../src/image/stepPictures', () => ({
  drawStepPictures: (_graph: unknown, steps: readonly unknown[]) =>
    new Promise((resolve) => {
      pictures.release = () =>
        resolve(steps.map(() => ({ src: 'data:image/svg+xml,%3Csvg%2F%3E', width: 400, height: 300 })));
    }),
}));

beforeEach(() => {
  resetStore();
  resetHandout();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('StoriesPanel', () => {
  it('lists every story with its summary and number of steps', () => {
    renderWithGraph(<StoriesPanel />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(kb.stories.length);
    kb.stories.forEach((s, i) => {
      const item = items[i]!;
      expect(within(item).getByRole('heading', { name: s.title })).toBeInTheDocument();
      expect(item).toHaveTextContent(s.summary);
      expect(item).toHaveTextContent(`${s.steps.length} steps`);
    });
  });

  it('starts a story at step 1 and fits the canvas to it exactly once', async () => {
    const user = userEvent.setup();
    renderWithGraph(<StoriesPanel />);
    const { fits, stop } = recordFits(kb);
    await user.click(screen.getByRole('button', { name: `Start: ${storyById('nk_pruning').title}` }));
    stop();
    expect(useAppStore.getState().story).toEqual({ id: 'nk_pruning', step: 0 });
    expect(fits).toEqual(['frame']);
    expect(useAppStore.getState().presenter).toBe(false);
  });

  it('presents a story in presenter mode', async () => {
    const user = userEvent.setup();
    renderWithGraph(<StoriesPanel />);
    await user.click(screen.getByRole('button', { name: `Present: ${storyById('bmsc_tgfb1').title}` }));
    expect(useAppStore.getState().story).toEqual({ id: 'bmsc_tgfb1', step: 0 });
    expect(useAppStore.getState().presenter).toBe(true);
  });

  it('prints a handout with every step, its relations as sentences, the answers and the references', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const story = storyById('bmsc_tgfb1');
    renderWithGraph(
      <>
        <StoriesPanel />
        <StoryPlayer />
      </>,
    );
    await user.click(screen.getByRole('button', { name: `Print handout: ${story.title}` }));
    const handout = screen.getByRole('region', { name: story.title });
    for (const step of story.steps) expect(handout).toHaveTextContent(step.narration);
    expect(handout).toHaveTextContent('BMSC secretes TGF-β1');
    const q = story.steps.find((s) => s.question)!.question!;
    expect(handout).toHaveTextContent(q.answer);
    expect(within(handout).getByRole('heading', { name: 'References' })).toBeInTheDocument();
    // No print dialog before the pictures are drawn: a printout must not lack them.
    await new Promise((r) => setTimeout(r, 300));
    expect(print).not.toHaveBeenCalled();
    pictures.release();
    const images = await within(handout).findAllByRole('img', { name: /^Map of step \d+:/ });
    expect(images).toHaveLength(story.steps.length);
    expect(images[0]).toHaveAccessibleName(
      `Map of step 1: ${story.steps[0]!.show.nodes.map((id) => kb.graph.nodeById.get(id)!.label).join(', ')}.`,
    );
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1));

    // Story keys stay quiet under the handout; Escape closes it.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: story.title })).not.toBeInTheDocument();
  });

  it('reads ?story=ID&print=1 as a request for a printed handout', () => {
    expect(handoutFromSearch('?story=bmsc_tgfb1&print=1')).toEqual({
      storyId: 'bmsc_tgfb1',
      autoPrint: true,
      includeAnswers: true,
    });
    expect(handoutFromSearch('?story=bmsc_tgfb1&step=2')).toEqual({
      storyId: null,
      autoPrint: false,
      includeAnswers: true,
    });
    // The students' copy, printed straight away.
    expect(handoutFromSearch('?story=bmsc_tgfb1&print=1&answers=0')).toMatchObject({
      storyId: 'bmsc_tgfb1',
      includeAnswers: false,
    });
  });

  it('prints the students’ copy: questions and predictions without their answers, room to write', async () => {
    const user = userEvent.setup();
    vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderWithGraph(
      <>
        <StoriesPanel />
        <StoryPlayer />
      </>,
    );
    for (const id of ['bmsc_tgfb1', 'what_if_tgfb1']) {
      const story = storyById(id);
      await user.click(screen.getByRole('button', { name: `Print handout: ${story.title}` }));
      const handout = screen.getByRole('region', { name: story.title });
      const answers = screen.getByRole('checkbox', { name: 'Include answers' });
      // The teacher's copy first: every answer, the computed one too.
      expect(answers).toBeChecked();
      const q = story.steps.find((s) => s.question)?.question;
      const predict = story.steps.find((s) => s.predict)?.predict;
      if (q) expect(handout).toHaveTextContent(q.answer);
      if (predict) expect(handout).toHaveTextContent('Answer (computed from the map):');
      await user.click(answers);
      expect(answers).not.toBeChecked();
      expect(handout).toHaveTextContent('without answers');
      for (const step of story.steps) {
        if (step.question) {
          expect(handout).toHaveTextContent(step.question.prompt);
          expect(handout).not.toHaveTextContent(step.question.answer);
        }
        if (step.predict) expect(handout).toHaveTextContent(step.predict.prompt);
      }
      expect(handout).not.toHaveTextContent('Answer (computed from the map):');
      expect(handout).not.toHaveTextContent('Routes still standing');
      const room = within(handout).getAllByText(/^Your (answer|prediction):$/);
      expect(room).toHaveLength(story.steps.filter((s) => s.question || s.predict).length);
      // The choice holds for the next handout until changed.
      await user.click(within(handout).getByRole('button', { name: 'Close handout' }));
      if (id === 'bmsc_tgfb1') {
        await user.click(
          screen.getByRole('button', { name: `Print handout: ${storyById('what_if_tgfb1').title}` }),
        );
        expect(screen.getByRole('checkbox', { name: 'Include answers' })).not.toBeChecked();
        await user.click(screen.getByRole('checkbox', { name: 'Include answers' }));
        await user.click(screen.getByRole('button', { name: 'Close handout' }));
      }
    }
  });
});
