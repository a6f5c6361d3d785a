// One path: its chain of entities, what it does (word + icon, never colour alone), its evidence,
// a caveat when it rests on news, web or opinion, and each step as a cited sentence.
import { authorityCaveat, interventionSentence, pathSummary } from '../../export/pathNarrative';
import { shortCitation } from '../../export/citation';
import {
  VERDICT_ICONS,
  VERDICT_LABELS,
  type CombinedVerdict,
  type Verdict,
} from '../../model/pathways/endpoints';
import type { SignedPath } from '../../model/pathways/paths';
import { EVIDENCE_KIND_LABELS } from '../../model/vocabulary';
import { useAppStore } from '../../store/store';
import { useGraph } from '../common/graphContext';
import { RelationLine } from '../common/RelationList';

export function VerdictBadge({ verdict }: { verdict: CombinedVerdict }) {
  return (
    <span className={`verdict verdict--${verdict}`}>
      <span aria-hidden="true">{VERDICT_ICONS[verdict]}</span> {VERDICT_LABELS[verdict]}
    </span>
  );
}

export function PathCard({
  path,
  verdict,
  index,
  broken = false,
  basis,
}: {
  path: SignedPath;
  verdict?: Verdict;
  index: number;
  broken?: boolean;
  basis?: 'observed' | 'inferred';
}) {
  const graph = useGraph();
  const select = useAppStore((s) => s.select);
  const caveat = authorityCaveat(path);
  const chain = path.nodes.map((n) => graph.nodeById.get(n)?.label ?? n).join(' → ');
  return (
    <li className={broken ? 'path-card path-card--broken' : 'path-card'} data-steps={path.steps.join(' ')}>
      <h4 className="path-card__title">
        {broken && <span className="path-card__broken">✕ Broken: </span>}
        {basis === 'observed' ? 'Observed' : 'Path'} {index + 1}: {chain}
      </h4>
      <p className="path-card__summary">
        {basis && (
          <span className="path-card__basis">
            {basis === 'observed' ? 'Observed in a study' : 'Inferred'}:{' '}
          </span>
        )}
        {verdict && <VerdictBadge verdict={verdict} />} <span className="muted">{pathSummary(path)}</span>
      </p>
      {path.tested && <p className="path-card__tested">{interventionSentence(graph, path.tested)}</p>}
      {caveat && (
        <p className="path-card__caveat">
          <span aria-hidden="true">⚠ </span>
          {caveat}
        </p>
      )}
      <ol className="relation-list">
        {path.steps.map((id) => {
          const e = graph.edgeById.get(id);
          if (!e) return null;
          return (
            <li key={id}>
              <RelationLine edge={e} />
              <span className="path-card__cites">
                {' '}
                (
                {e.evidence.map((ev, i) => {
                  const s = graph.sourceById.get(ev.source);
                  return (
                    <span key={`${ev.source}-${i}`}>
                      {i > 0 && '; '}
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => select({ type: 'source', id: ev.source })}
                      >
                        {s ? shortCitation(s) : ev.source}
                      </button>
                      , {EVIDENCE_KIND_LABELS[ev.kind].toLowerCase()}
                    </span>
                  );
                })}
                )
              </span>
              {e.caveat && (
                <span className="path-card__step-caveat">
                  {' '}
                  <span aria-hidden="true">⚠ </span>
                  Caveat: {e.caveat}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </li>
  );
}
