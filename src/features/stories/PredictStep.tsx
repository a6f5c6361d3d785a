// A predict-then-reveal step: the question names a knock-out; the answer is the what-if computed
// from the graph when the step plays (src/model/pathways/whatIf.ts), never text written by hand. It
// is the one what-if of the step (predictWhatIf), the same the map's emphasis is drawn from.
// Where a study did the knock-out itself, its result is revealed first; the map's inferred routes
// follow, labelled as inferences, with their caveats and the sources they actually rest on.
import { useMemo } from 'react';
import { shortCitation } from '../../export/citation';
import { interventionSentence } from '../../export/pathNarrative';
import { caveatsOf, whatIfParts } from '../../export/answerSummary';
import type { SignedPath } from '../../model/pathways/paths';
import { predictWhatIf } from '../../model/pathways/predict';
import type { StoryStep } from '../../model/story';
import { useGraph } from '../common/graphContext';

type Predict = NonNullable<StoryStep['predict']>;

export function usePredictAnswer(predict: Predict) {
  const graph = useGraph();
  return useMemo(() => {
    const w = predictWhatIf(graph, predict);
    const chain = (p: SignedPath) => p.nodes.map((n) => graph.nodeById.get(n)?.label ?? n).join(' → ');
    const shown = [...w.brokenObserved, ...w.brokenRelief, ...w.remainingRelief];
    const sources = [...new Set(shown.flatMap((p) => p.evidence.sources))]
      .flatMap((id) => graph.sourceById.get(id) ?? [])
      .map(shortCitation);
    return {
      experiments: w.experiments.map((x) => interventionSentence(graph, x, '')),
      observedAfter: w.observedAfter,
      // The experiments are listed above the answer: the summary is what the map infers.
      summary: whatIfParts(graph, w).inferred.join(' '),
      broken: [...w.brokenObserved, ...w.brokenRelief].map(chain),
      remaining: w.remainingRelief.map(chain),
      caveats: caveatsOf(w.remainingRelief).map((c) => c.text),
      sources,
    };
  }, [graph, predict]);
}

/** The computed answer: the experiment first, then the broken and the remaining inferred routes. */
export function PredictAnswer({ predict }: { predict: Predict }) {
  const answer = usePredictAnswer(predict);
  return (
    <div className="predict-answer">
      {answer.experiments.length > 0 && (
        <>
          <p className="predict-answer__label">
            <strong>What the experiment found (observed):</strong>
          </p>
          <ul>
            {answer.experiments.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        <strong>Answer (computed from the map):</strong> {answer.summary}
      </p>
      {answer.broken.length > 0 && (
        <div className="predict-answer__routes">
          <p className="predict-answer__label">
            <span aria-hidden="true">✕ </span>Broken routes:
          </p>
          <ul>
            {answer.broken.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      {answer.remaining.length > 0 && (
        <div className="predict-answer__routes">
          <p className="predict-answer__label">
            <span aria-hidden="true">{answer.observedAfter === 'lost' ? '? ' : '✓ '}</span>
            {answer.observedAfter === 'lost'
              ? 'Inferred routes still on the map (the experiment does not support them):'
              : 'Routes still standing (inferred):'}
          </p>
          <ul>
            {answer.remaining.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      {answer.caveats.length > 0 && (
        <p className="predict-answer__caveats">
          <span aria-hidden="true">⚠ </span>
          Caveats: {answer.caveats.join(' ')}
        </p>
      )}
      {answer.sources.length > 0 && (
        <p className="muted">Sources of these routes: {answer.sources.join('; ')}.</p>
      )}
    </div>
  );
}
