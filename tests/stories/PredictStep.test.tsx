// @vitest-environment jsdom
// A predict-then-reveal step: the answer appears on the next press and is computed from the map,
// and the canvas focus marks the knocked-out entity and, once revealed, the broken routes.
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PathwayDiagramProps } from '../../src/canvas/PathwayDiagram';
import { StoryPlayer } from '../../src/features/stories/StoryPlayer';
import { whatIf } from '../../src/model/pathways/whatIf';
import { predictDiagram, predictFocus } from '../../src/model/pathways/answer';
import { deriveView } from '../../src/model/view';
import { NO_FILTERS } from '../../src/model/filter';
import { NO_PATH_QUERY } from '../../src/store/pathwayUrl';
import type { NodeId } from '../../src/model/schema';
import { resetStore, useAppStore } from '../../src/store/store';
import { kb, renderWithGraph, storyById } from './helpers';

// jsdom has no canvas: the diagram itself is measured in Chromium (tests/e2e/readable.e2e.ts); here
// only what the story hands it.
const drawn: PathwayDiagramProps[] = [];
vi.mock('../../src/canvas/PathwayDiagram', () => ({
  PathwayDiagram: (props: PathwayDiagramProps) => {
    drawn.push(props);
    return <div data-testid="diagram" />;
  },
}));

const ID = 'what_if_tgfb1';
const story = storyById(ID);
const index = story.steps.findIndex((s) => s.predict);

beforeEach(() => resetStore());
afterEach(cleanup);

describe('predict-then-reveal steps', () => {
  it('the new story asks what blocking TGF-β1 does to the BMSC relief, citing Chen et al. 2015', () => {
    const step = story.steps[index]!;
    expect(step.predict).toEqual({
      prompt: 'Blocking TGF-β1 — what happens to the BMSC relief?',
      therapy: 'bmsc_therapy',
      knockout: ['tgfb1'],
    });
    expect(step.sources).toContain('chen2015');
  });

  it('hides the answer until the next press, then shows the what-if computed from the map', async () => {
    const user = userEvent.setup();
    renderWithGraph(<StoryPlayer />);
    act(() => useAppStore.getState().openStory(ID, index));
    expect(screen.getByText(/Blocking TGF-β1 — what happens to the BMSC relief\?/)).toBeInTheDocument();
    expect(screen.queryByText(/Answer \(computed from the map\)/)).toBeNull();
    await user.keyboard('{ArrowRight}');
    expect(useAppStore.getState().story?.step).toBe(index);
    const w = whatIf(kb.graph, 'bmsc_therapy' as NodeId, ['tgfb1' as NodeId]);
    const answer = screen.getByText(/Answer \(computed from the map\)/).closest('div')!;
    // Chen et al. 2015 did this very knock-out: "neutralising TGF-β1 reversed the analgesic effect of
    // BMSCs" (the issue's summary of their key experiment). The reveal shows that result first.
    expect(w.observedAfter).toBe('lost');
    expect(answer.textContent!.indexOf('What the experiment found (observed)')).toBe(0);
    expect(answer).toHaveTextContent(
      /Chen et al\. 2015 took TGF-β1 out .*“BMSC relieves Neuropathic pain” was lost/,
    );
    expect(answer).toHaveTextContent(/After the knock-out: ∅ no effect observed/);
    // Said once: listed as the experiment, not repeated in the computed answer under it.
    expect(answer.textContent!.match(/took TGF-β1 out/g)).toHaveLength(1);
    expect(answer).toHaveTextContent(
      `breaks ${w.brokenRelief.length + w.brokenObserved.length} of ${w.before.relieves.length + w.before.observed.length} relieving routes`,
    );
    expect(answer).toHaveTextContent('Broken routes:');
    expect(answer).toHaveTextContent(
      'Inferred routes still on the map (the experiment does not support them)',
    );
    // Sources derived from the routes shown, never a study they do not rest on.
    expect(answer).toHaveTextContent(/Sources of these routes: Chen et al\. 2015; .*Mondo Health 2024/);
    expect(answer).toHaveTextContent('Intrathecal BMSC therapy → BMSC → TGF-β1 → Neuropathic pain');
    await user.keyboard('{ArrowRight}');
    expect(useAppStore.getState().story?.step).toBe(index + 1);
  });

  it('draws the knock-out: the entity marked before the reveal, the broken routes after it', () => {
    const view = (answerShown: boolean) =>
      deriveView(kb.graph, {
        filters: NO_FILTERS,
        hiddenMode: 'fade',
        selection: null,
        stories: kb.stories,
        story: { id: ID, step: index },
        path: NO_PATH_QUERY,
        showPath: false,
        answerShown,
        overlays: [],
      });
    const before = view(false);
    const after = view(true);
    expect([...before.knockedOut]).toEqual(['tgfb1']);
    expect(before.broken.size).toBe(0);
    expect(before.highlighted!.edges.has('bmsc_secretes_tgfb1' as never)).toBe(true);
    expect(before.frame).toContain('tgfb1');
    expect(after.broken.has('bmsc_secretes_tgfb1' as never)).toBe(true);
    // The summary arrow works through TGF-β1, so the map draws it broken too, as the experiment found.
    expect(after.broken.has('bmsc_relieves_np' as never)).toBe(true);
    expect(after.broken.has('bmsc_therapy_delivers_bmsc' as never)).toBe(false);
  });
});

describe("a predict step's picture: the routes as a diagram over the map", () => {
  const w = whatIf(kb.graph, 'bmsc_therapy' as NodeId, ['tgfb1' as NodeId]);

  it('draws the same routes as the map, from the therapy, and gives nothing away before the reveal', () => {
    const before = predictDiagram(w, false);
    const after = predictDiagram(w, true);
    expect(new Set(before.relationIds)).toEqual(predictFocus(w, false).edges);
    expect(new Set(after.relationIds)).toEqual(predictFocus(w, true).edges);
    expect(before.from).toBe('bmsc_therapy');
    // Before the reveal no entity is crossed out (the diagram would mark the broken routes).
    expect(before.knockedOut).toEqual([]);
    expect(after.knockedOut).toEqual(['tgfb1']);
  });

  it('covers the map on the predict step, and "Show on the map" gives the map back for that step', async () => {
    const user = userEvent.setup();
    renderWithGraph(<StoryPlayer />);
    act(() => useAppStore.getState().openStory(ID, index));
    expect(screen.getByTestId('story-diagram')).toBeInTheDocument();
    expect(drawn.at(-1)).toMatchObject({ stage: true, from: 'bmsc_therapy', knockedOut: [] });
    await user.keyboard('{ArrowRight}');
    expect(drawn.at(-1)).toMatchObject({ stage: true, knockedOut: ['tgfb1'] });
    await user.click(screen.getByRole('button', { name: 'Show on the map' }));
    expect(screen.queryByTestId('story-diagram')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show as a diagram' }));
    expect(screen.getByTestId('story-diagram')).toBeInTheDocument();
    // Other steps are drawn on the map.
    act(() => useAppStore.getState().setStep(index + 1));
    expect(screen.queryByTestId('story-diagram')).toBeNull();
  });
});

describe('a predict step that names what the map lacks', () => {
  it('is reported with a suggestion, and may not also carry a written question', async () => {
    const { readGraphFiles } = await import('../../src/cli/readGraphFiles');
    const { loadGraph } = await import('../../src/model/load');
    const real = readGraphFiles('graph-data').filter((f) => !/stories\//.test(f.path.replace(/\\/g, '/')));
    const text = `title: Bad predictions
summary: A story whose prediction names ids the map does not have.
steps:
  - title: Predict
    narration: Guess what happens when this entity is knocked out of the map.
    show: { nodes: [], relations: [] }
    predict: { prompt: What happens to the relief now?, therapy: bmsc, knockout: [tgfb_1] }
    question: { prompt: A written question as well?, answer: Not allowed on the same step. }
`;
    const r = loadGraph([...real, { path: 'graph-data/stories/bad.yaml', text }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const messages = r.problems.map((p) => p.message);
    expect(messages).toContain('a step asks either a question or a prediction, not both');
    expect(
      messages.some((m) => /"bmsc" is not a therapy; a prediction asks about one of: .*bmsc_therapy/.test(m)),
    ).toBe(true);
    expect(
      messages.some((m) => /"tgfb_1".*did you mean "tgfb1"/.test(m)),
      messages.join(' / '),
    ).toBe(true);
  });
});
