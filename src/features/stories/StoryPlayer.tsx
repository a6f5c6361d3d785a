// The story card over the canvas: step counter, narration, question, citations and navigation.
// It also hosts the printable handout, because it is the one story component that is always mounted.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { formatCitation, shortCitation } from '../../export/citation';
import { stepAuthorityCaveat } from '../../model/authority';
import type { Story } from '../../model/story';
import { selectAnswerShown, selectPresenter, selectStory } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { CopyButton } from '../common/CopyButton';
import { useGraph, useKnowledgeBase } from '../common/graphContext';
import { currentLink } from '../../store/urlSync';
import { answerPending, STORY_COMMANDS } from './commands';
import { enterFullscreen, leaveFullscreen, onFullscreenExit } from './fullscreen';
import { selectHandoutId, useHandoutStore } from './handoutState';
import { HandoutHost } from './StoryHandout';
import { stepSources, storySources } from './references';
import { useStoryKeys } from './useStoryKeys';
import { PredictAnswer } from './PredictStep';
import { StepDiagram } from './StepDiagram';
import { BlankScreen, useBlankScreen } from './BlankScreen';
import { hasMoreText } from './storyText';
import './stories.css';

export function StoryPlayer() {
  const { stories } = useKnowledgeBase();
  const current = useAppStore(selectStory);
  const handoutOpen = useHandoutStore(selectHandoutId) !== null;
  const story = current ? stories.find((s) => s.id === current.id) : undefined;
  const presenter = useAppStore(selectPresenter);
  useStoryKeys(story, !handoutOpen);
  usePresenterFollowsFullscreen();
  const [blank, setBlank] = useBlankScreen(presenter && story !== undefined && !handoutOpen);
  return (
    <>
      {story && current && <StoryCard story={story} step={current.step} />}
      {blank && <BlankScreen onRestore={() => setBlank(false)} />}
      <HandoutHost />
    </>
  );
}

/**
 * Presenter mode goes full screen; when the browser leaves full screen by itself (its own Esc, which
 * the page never receives), presenter mode ends too, instead of leaving the panels hidden.
 */
function usePresenterFollowsFullscreen() {
  useEffect(
    () =>
      onFullscreenExit(() => {
        if (useAppStore.getState().presenter) useAppStore.getState().setPresenter(false);
      }),
    [],
  );
}

function StoryCard({ story, step: index }: { story: Story; step: number }) {
  const graph = useGraph();
  const answerShown = useAppStore(selectAnswerShown);
  const presenter = useAppStore(selectPresenter);
  const setPresenter = useAppStore((s) => s.setPresenter);
  const select = useAppStore((s) => s.select);
  const step = story.steps[index];
  const body = useRef<HTMLDivElement>(null);
  const answer = useRef<HTMLDivElement>(null);
  const card = useRef<HTMLElement>(null);
  // A predict step is drawn as a diagram over the map until the reader asks for the map (per step).
  const [onMap, setOnMap] = useState<string | null>(null);
  const stepKey = `${story.id}/${index}`;
  // A new step starts at its top; a revealed answer scrolls into the card's view (a clicker cannot
  // scroll, and in presenter mode the card is a third of the screen).
  useLayoutEffect(() => {
    if (body.current) body.current.scrollTop = 0;
  }, [story.id, index]);
  useLayoutEffect(() => {
    const box = body.current;
    const shown = answer.current;
    if (!answerShown || !box || !shown) return;
    const offset = shown.getBoundingClientRect().top - box.getBoundingClientRect().top;
    const question = shown.parentElement?.getBoundingClientRect();
    // The prompt stays in view with its answer when both fit; otherwise the answer comes first.
    const prompt = question ? shown.getBoundingClientRect().top - question.top : 0;
    const fits = prompt + shown.offsetHeight <= box.clientHeight;
    box.scrollTop += Math.max(0, offset - (fits ? prompt : 0));
  }, [answerShown, story.id, index]);
  const more = useMoreText(body, presenter);
  if (!step) return null;
  const authority = stepAuthorityCaveat(graph, step);
  const last = index === story.steps.length - 1;
  const pending = answerPending(story);

  const togglePresenter = () => {
    setPresenter(!presenter);
    if (presenter) leaveFullscreen();
    else enterFullscreen();
  };

  return (
    <>
      <section ref={card} className="story-player" aria-label={`Story: ${story.title}`}>
        <header className="story-player__head">
          <p className="story-player__counter" aria-live="polite">
            Step {index + 1} of {story.steps.length}
            <span className="story-player__story"> · {story.title}</span>
          </p>
          <button type="button" aria-pressed={presenter} onClick={togglePresenter}>
            Presenter mode
          </button>
        </header>
        {/* Scrolls by itself when a step is long; focusable, so ↑/↓ scroll it (in presenter mode they step, and Page Down shows the rest first). */}
        <div ref={body} className="story-player__body" tabIndex={0} role="group" aria-label="Step text">
          <h2 className="story-player__title">{step.title}</h2>
          <p className="story-player__narration">{step.narration}</p>
          {authority && (
            <p className="caveat story-player__authority" role="note">
              <strong>Source authority:</strong> {authority}
            </p>
          )}

          {step.question && (
            <div className="story-player__question">
              <p>
                <strong>Question:</strong> {step.question.prompt}
              </p>
              {answerShown ? (
                <div ref={answer} className="story-player__answer" role="status">
                  <p>
                    <strong>Answer:</strong> {step.question.answer}
                  </p>
                </div>
              ) : (
                <p className="story-player__hint">Press → to reveal the answer</p>
              )}
            </div>
          )}

          {step.predict && (
            <div className="story-player__question story-player__predict">
              <p>
                <strong>Predict:</strong> {step.predict.prompt}
              </p>
              {answerShown ? (
                <div ref={answer} className="story-player__answer" role="status">
                  <PredictAnswer predict={step.predict} />
                </div>
              ) : (
                <p className="story-player__hint">
                  Make a prediction, then press → to reveal what the map says
                </p>
              )}
            </div>
          )}

          {last ? (
            <div className="story-player__references">
              <h3>All sources of this story</h3>
              <ol>
                {storySources(graph, story).map((s) => (
                  <li key={s.id}>{formatCitation(s, 'apa')}</li>
                ))}
              </ol>
            </div>
          ) : (
            step.sources.length > 0 && (
              <p className="story-player__sources">
                Sources:{' '}
                {stepSources(graph, step).map((s, i) => (
                  <span key={s.id}>
                    {i > 0 && '; '}
                    <button
                      type="button"
                      className="link-button"
                      title={formatCitation(s, 'apa')}
                      onClick={() => select({ type: 'source', id: s.id })}
                    >
                      {shortCitation(s)}
                    </button>
                  </span>
                ))}
              </p>
            )
          )}
        </div>

        <nav className="story-player__nav" aria-label="Story steps">
          {STORY_COMMANDS.map((c) => {
            // In presenter mode Next first shows the text still below in the card, Back the text above.
            const scrolls = (c.id === 'next' && more.below) || (c.id === 'back' && more.above);
            return (
              <button
                key={c.id}
                type="button"
                className={`story-player__${c.id}`}
                disabled={!c.enabled(story) && !scrolls}
                onClick={() => c.run(story)}
                aria-keyshortcuts={[...c.keys, ...(presenter ? (c.presenterKeys ?? []) : [])]
                  .map((k) => (k === ' ' ? 'Space' : k))
                  .join(' ')}
              >
                {c.id === 'next' && more.below ? (
                  <>
                    More<span aria-hidden="true"> ▾</span>
                  </>
                ) : c.id === 'next' && pending ? (
                  'Show answer'
                ) : (
                  c.label
                )}
              </button>
            );
          })}
          <CopyButton
            text={currentLink}
            label={presenter ? 'Copy link' : 'Copy link to this step'}
            what="the link to this step"
          />
          {step.predict && onMap === stepKey && (
            <button type="button" onClick={() => setOnMap(null)}>
              Show as a diagram
            </button>
          )}
        </nav>
      </section>
      {/* After the card: its box is measured to place the diagram above it. */}
      {step.predict && onMap !== stepKey && (
        <StepDiagram
          predict={step.predict}
          revealed={answerShown}
          card={card}
          onHide={() => setOnMap(stepKey)}
        />
      )}
    </>
  );
}

/** Whether the presenter card's text has more below or above its view (always false elsewhere). */
function useMoreText(body: RefObject<HTMLDivElement | null>, enabled: boolean) {
  const [more, setMore] = useState({ below: false, above: false });
  useEffect(() => {
    const box = body.current;
    if (!enabled || !box) {
      setMore({ below: false, above: false });
      return;
    }
    const update = () => {
      const next = { below: hasMoreText(box, 1), above: hasMoreText(box, -1) };
      setMore((m) => (m.below === next.below && m.above === next.above ? m : next));
    };
    update();
    box.addEventListener('scroll', update, { passive: true });
    // The text changes (a step, a revealed answer) or the window does: the box's content or size.
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : null;
    resize?.observe(box);
    for (const child of box.children) resize?.observe(child);
    const mutations = new MutationObserver(() => {
      update();
      for (const child of box.children) resize?.observe(child);
    });
    mutations.observe(box, { childList: true, subtree: true, characterData: true });
    return () => {
      box.removeEventListener('scroll', update);
      resize?.disconnect();
      mutations.disconnect();
    };
  }, [body, enabled]);
  return more;
}
