// The story card over the canvas: step counter, narration, question, citations and navigation.
// It also hosts the printable handout, because it is the one story component that is always mounted.
import { useEffect } from 'react';
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
import './stories.css';

export function StoryPlayer() {
  const { stories } = useKnowledgeBase();
  const current = useAppStore(selectStory);
  const handoutOpen = useHandoutStore(selectHandoutId) !== null;
  const story = current ? stories.find((s) => s.id === current.id) : undefined;
  useStoryKeys(story, !handoutOpen);
  usePresenterFollowsFullscreen();
  return (
    <>
      {story && current && <StoryCard story={story} step={current.step} />}
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
    <section className="story-player" aria-label={`Story: ${story.title}`}>
      <header className="story-player__head">
        <p className="story-player__counter" aria-live="polite">
          Step {index + 1} of {story.steps.length}
          <span className="story-player__story"> · {story.title}</span>
        </p>
        <button type="button" aria-pressed={presenter} onClick={togglePresenter}>
          Presenter mode
        </button>
      </header>
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
            <p className="story-player__answer" role="status">
              <strong>Answer:</strong> {step.question.answer}
            </p>
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
            <div className="story-player__answer" role="status">
              <PredictAnswer predict={step.predict} />
            </div>
          ) : (
            <p className="story-player__hint">Make a prediction, then press → to reveal what the map says</p>
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

      <nav className="story-player__nav" aria-label="Story steps">
        {STORY_COMMANDS.map((c) => (
          <button
            key={c.id}
            type="button"
            className={`story-player__${c.id}`}
            disabled={!c.enabled(story)}
            onClick={() => c.run(story)}
            aria-keyshortcuts={c.keys.map((k) => (k === ' ' ? 'Space' : k)).join(' ')}
          >
            {c.id === 'next' && pending ? 'Show answer' : c.label}
          </button>
        ))}
        <CopyButton text={currentLink} label="Copy link to this step" what="the link to this step" />
      </nav>
    </section>
  );
}
