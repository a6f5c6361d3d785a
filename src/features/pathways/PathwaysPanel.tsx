// Pathways: how does one entity lead to another, what does a therapy do to pain (and what if an
// entity is knocked out), and how do therapies compare. Every answer comes from src/model/pathways,
// the same functions as `npm run query`, and is highlighted on the map.
import { useEffect, useId, useRef } from 'react';
import { answerDiagram, answerTitle } from '../../model/pathways/answer';
import { selectPath } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { currentLink } from '../../store/urlSync';
import { PATHWAY_MODES, type PathwayMode } from '../../store/types';
import { CopyButton } from '../common/CopyButton';
import { useGraph } from '../common/graphContext';
import { useView } from '../common/useView';
import { selectOpenLayer, useLayerStore } from '../../store/layers';
import { DiagramSlot } from './DiagramSlot';
import { ImportedPaths } from './ImportedPaths';
import { NetEffectNote } from './NetEffectNote';
import { CompareForm, ImpactForm, PathsForm } from './QueryForms';
import { revealAnswer } from './revealAnswer';
import { CompareResult, ImpactResult, PathsResult } from './Results';
import './pathways.css';

const MODE_LABELS: Record<PathwayMode, string> = {
  paths: 'Paths between two entities',
  impact: 'A therapy’s impact on pain (what if…)',
  compare: 'Compare therapies',
};

const PROMPTS: Record<PathwayMode, string> = {
  paths: 'Choose both ends to find the signed paths between them.',
  impact: 'Choose a therapy to see every path from it to pain.',
  compare: 'Tick two or more therapies to compare them.',
};

/** On a network open on its own, its own paths; else the curated questions. */
export function PathwaysPanel() {
  const open = useLayerStore(selectOpenLayer);
  return open ? <ImportedPaths layer={open} /> : <CuratedPathways />;
}

function CuratedPathways() {
  const graph = useGraph();
  const id = useId();
  const path = useAppStore(selectPath);
  const setPath = useAppStore((s) => s.setPath);
  const answer = useView().pathway;
  const samePoint = path.mode === 'paths' && path.from !== null && path.from === path.to;
  const heading = useRef<HTMLHeadingElement>(null);
  // A new answer starts in view: the side panel scrolls to it (focus stays in the form).
  const asked = answer ? JSON.stringify(path) : null;
  useEffect(() => {
    if (asked && heading.current) revealAnswer(heading.current);
  }, [asked]);
  return (
    <section className="panel pathways" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Pathways</h2>
      <fieldset className="pathways__modes">
        <legend>Question</legend>
        {PATHWAY_MODES.map((m) => (
          <label key={m} className="pathways__check">
            <input
              type="radio"
              name={`${id}-mode`}
              value={m}
              checked={path.mode === m}
              onChange={() => setPath({ mode: m })}
            />{' '}
            {MODE_LABELS[m]}
          </label>
        ))}
      </fieldset>
      {path.mode === 'paths' && <PathsForm />}
      {path.mode === 'impact' && <ImpactForm />}
      {path.mode === 'compare' && <CompareForm />}
      <NetEffectNote />
      {!answer && <p role="status">{samePoint ? 'Choose two different entities.' : PROMPTS[path.mode]}</p>}
      {answer && (
        <section className="pathways__answer" aria-labelledby={`${id}-answer`}>
          <h3 id={`${id}-answer`} ref={heading} className="pathways__answer-heading" tabIndex={-1}>
            Answer
          </h3>
          <div className="pathways__actions">
            <DiagramSlot
              answer={answer}
              input={answerDiagram(graph, answer)}
              title={answerTitle(graph, answer)}
            />
            {/* The question lives in the address (src/store/pathwayUrl.ts): the link is the answer. */}
            <CopyButton text={currentLink} label="Copy link to this answer" what="the link to this answer" />
          </div>
          {answer.mode === 'paths' && <PathsResult answer={answer} />}
          {answer.mode === 'impact' && <ImpactResult impact={answer.impact} what={answer.whatIf} />}
          {answer.mode === 'compare' && <CompareResult comparison={answer.comparison} />}
        </section>
      )}
    </section>
  );
}
