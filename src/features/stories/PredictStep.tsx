// A predict-then-reveal step: the question names a knock-out; the answer is the what-if computed
// from the graph when the step plays (src/model/pathways/whatIf.ts), never text written by hand.
import { useMemo } from 'react';
import { whatIfSentence } from '../../export/pathwayReport';
import type { SignedPath } from '../../model/pathways/paths';
import { whatIf } from '../../model/pathways/whatIf';
import type { StoryStep } from '../../model/story';
import { useGraph } from '../common/graphContext';

type Predict = NonNullable<StoryStep['predict']>;

export function usePredictAnswer(predict: Predict) {
  const graph = useGraph();
  return useMemo(() => {
    const w = whatIf(graph, predict.therapy, predict.knockout);
    const chain = (p: SignedPath) => p.nodes.map((n) => graph.nodeById.get(n)?.label ?? n).join(' → ');
    return {
      summary: whatIfSentence(graph, w),
      broken: w.brokenRelief.map(chain),
      remaining: w.remainingRelief.map(chain),
    };
  }, [graph, predict]);
}

/** The computed answer: a sentence, then the broken and the remaining routes. */
export function PredictAnswer({ predict }: { predict: Predict }) {
  const answer = usePredictAnswer(predict);
  return (
    <div className="predict-answer">
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
            <span aria-hidden="true">✓ </span>Routes still standing:
          </p>
          <ul>
            {answer.remaining.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
