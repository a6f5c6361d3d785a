// A printable handout of one story: every step in words (narration, what the map highlights, the
// relations as sentences, the question and answer) with a vector picture of what the step shows,
// then the references. Shown as a full-page overlay; stories.css hides everything else when
// printing. The print dialog waits for the pictures, so a printed handout never lacks them.
import { useId, useRef } from 'react';
import { PredictAnswer } from './PredictStep';
import { createPortal } from 'react-dom';
import type { StepPicture } from '../../image/stepPictures';
import { formatCitation, shortCitation } from '../../export/citation';
import { stepAuthorityCaveat } from '../../model/authority';
import type { Graph } from '../../model/graph';
import { relationSentence } from '../../model/sentence';
import type { Story, StoryStep } from '../../model/story';
import { useGraph, useKnowledgeBase } from '../common/graphContext';
import { useHandoutStore } from './handoutState';
import { useHandout } from './useHandout';
import { stepSources, storySources } from './references';

/** Renders the open handout, if any, at the top of the page (outside the app, so print CSS can hide the app). */
export function HandoutHost() {
  const { stories } = useKnowledgeBase();
  const storyId = useHandoutStore((s) => s.storyId);
  const story = storyId ? stories.find((s) => s.id === storyId) : undefined;
  if (!story) return null;
  return createPortal(<StoryHandout story={story} />, document.body);
}

export function StoryHandout({ story }: { story: Story }) {
  const graph = useGraph();
  const close = useHandoutStore((s) => s.closeHandout);
  const answers = useHandoutStore((s) => s.includeAnswers);
  const setAnswers = useHandoutStore((s) => s.setIncludeAnswers);
  const answersId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const root = useRef<HTMLElement>(null);
  const pictures = useHandout(story, root, heading);

  return (
    <section ref={root} className="handout" aria-labelledby="handout-title">
      <div className="handout__toolbar">
        {/* The teacher's copy has the answers; the students' copy leaves room to write them. */}
        <span className="handout__option">
          <input
            id={answersId}
            type="checkbox"
            checked={answers}
            onChange={(e) => setAnswers(e.target.checked)}
          />{' '}
          <label htmlFor={answersId}>Include answers</label>
        </span>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" onClick={close}>
          Close handout
        </button>
      </div>
      <header className="handout__header">
        <p className="handout__brand">
          Nociscope · classroom handout · {answers ? 'with answers' : 'without answers'}
        </p>
        <h1 id="handout-title" ref={heading} tabIndex={-1}>
          {story.title}
        </h1>
        <p className="handout__summary">{story.summary}</p>
      </header>
      <ol className="handout__steps">
        {story.steps.map((step, i) => (
          <HandoutStep
            key={i}
            graph={graph}
            step={step}
            index={i}
            picture={pictures?.[i] ?? null}
            answers={answers}
          />
        ))}
      </ol>
      <section className="handout__references" aria-labelledby="handout-references">
        <h2 id="handout-references">References</h2>
        <ol>
          {storySources(graph, story).map((s) => (
            <li key={s.id}>
              {formatCitation(s, 'apa')}
              {s.caveat && <span className="handout__caveat"> Note: {s.caveat}</span>}
            </li>
          ))}
        </ol>
        <p className="handout__version">Knowledge-base version {graph.version}.</p>
      </section>
    </section>
  );
}

function HandoutStep({
  graph,
  step,
  index,
  picture,
  answers,
}: {
  graph: Graph;
  step: StoryStep;
  index: number;
  picture: StepPicture | null;
  answers: boolean;
}) {
  const entities = step.show.nodes.map((id) => graph.nodeById.get(id)?.label ?? id);
  const sentences = step.show.relations.flatMap((id) => {
    const e = graph.edgeById.get(id);
    return e ? [relationSentence(graph, e)] : [];
  });
  const sources = stepSources(graph, step);
  const authority = stepAuthorityCaveat(graph, step);
  return (
    <li className="handout__step">
      <h2>
        Step {index + 1}. {step.title}
      </h2>
      <p className="handout__narration">{step.narration}</p>
      {authority && (
        <p className="handout__caveat">
          <strong>Source authority:</strong> {authority}
        </p>
      )}
      {picture && (
        <img
          className="handout__picture"
          src={picture.src}
          width={picture.width}
          height={picture.height}
          alt={`Map of step ${index + 1}: ${entities.join(', ')}.`}
        />
      )}
      {entities.length > 0 && (
        <p>
          <strong>On the map:</strong> {entities.join(', ')}.
        </p>
      )}
      {sentences.length > 0 && (
        <ul className="handout__relations">
          {sentences.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      )}
      {step.question && (
        <div className="handout__question">
          <p>
            <strong>Question:</strong> {step.question.prompt}
          </p>
          {answers ? (
            <p>
              <strong>Answer:</strong> {step.question.answer}
            </p>
          ) : (
            <WriteIn label="Your answer:" />
          )}
        </div>
      )}
      {step.predict && (
        <div className="handout__question">
          <p>
            <strong>Predict:</strong> {step.predict.prompt}
          </p>
          {answers ? <PredictAnswer predict={step.predict} /> : <WriteIn label="Your prediction:" />}
        </div>
      )}
      {sources.length > 0 && (
        <p className="handout__sources">Sources: {sources.map((s) => shortCitation(s)).join('; ')}</p>
      )}
    </li>
  );
}

/** Room to write an answer by hand on the students' copy. */
function WriteIn({ label }: { label: string }) {
  return (
    <div className="handout__write-in">
      <p>
        <strong>{label}</strong>
      </p>
      <div className="handout__lines" aria-hidden="true" />
    </div>
  );
}
