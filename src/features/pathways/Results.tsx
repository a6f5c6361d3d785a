// The answers: path lists grouped by what they do to pain, the what-if's broken and remaining
// routes, and the comparison table. Words and icons carry every meaning; colour only repeats it.
import type { ReactNode } from 'react';
import {
  comparisonAsMarkdown,
  comparisonAsText,
  impactAsMarkdown,
  impactAsText,
  impactHeadline,
  INFERRED_GROUPS,
} from '../../export/pathwayReport';
import {
  answerPaths,
  caveatsOf,
  caveatSummary,
  countsSentence,
  findingLines,
  impactHeadlineParts,
  whatIfHeadline,
  whatIfParts,
} from '../../export/answerSummary';
import { relationSentence } from '../../model/sentence';
import { pathsAsMarkdown, pathsAsText } from '../../export/pathNarrative';
import type { PathwayAnswer } from '../../model/pathways/answer';
import type { TherapyComparison } from '../../model/pathways/compare';
import { VERDICT_ICONS, VERDICT_LABELS, type Verdict } from '../../model/pathways/endpoints';
import type { ImpactPath, TherapyImpact } from '../../model/pathways/impact';
import type { SignedPath } from '../../model/pathways/paths';
import type { WhatIf } from '../../model/pathways/whatIf';
import type { NodeId } from '../../model/schema';
import { CopyButton } from '../common/CopyButton';
import { useGraph } from '../common/graphContext';
import { PathCard, VerdictBadge } from './PathCard';
import './reasoning.css';

function CopyBar({ text, markdown }: { text: () => string; markdown: () => string }) {
  return (
    <div className="pathways__copy">
      <CopyButton text={text} label="Copy as text" what="the answer as text" />
      <CopyButton text={markdown} label="Copy as Markdown" what="the answer as Markdown" />
    </div>
  );
}

function Group({
  title,
  icon,
  paths,
  verdicts = true,
  broken = false,
  children,
}: {
  title: string;
  icon: string;
  paths: readonly (SignedPath & { verdict?: Verdict; basis?: 'observed' | 'inferred' })[];
  verdicts?: boolean;
  broken?: boolean;
  children?: ReactNode;
}) {
  if (!paths.length) return null;
  return (
    <section className="pathways__group" aria-label={`${title} (${paths.length})`}>
      <h3>
        <span aria-hidden="true">{icon} </span>
        {title} ({paths.length})
      </h3>
      {children}
      <ol className="path-list">
        {paths.map((p, i) => (
          <PathCard
            key={p.steps.join(' ')}
            path={p}
            index={i}
            verdict={verdicts ? p.verdict : undefined}
            broken={broken}
            basis={p.basis}
          />
        ))}
      </ol>
    </section>
  );
}

export function PathsResult({ answer }: { answer: Extract<PathwayAnswer, { mode: 'paths' }> }) {
  const graph = useGraph();
  const from = graph.nodeById.get(answer.from)?.label ?? answer.from;
  const to = graph.nodeById.get(answer.to)?.label ?? answer.to;
  const n = answer.paths.length;
  const without = answer.knockedOut.length
    ? ` without ${answer.knockedOut.map((k) => graph.nodeById.get(k)?.label ?? k).join(', ')}`
    : '';
  const heading = n
    ? `${n} signed ${n === 1 ? 'path' : 'paths'} from ${from} to ${to}${without} (up to ${answer.maxLength} steps), strongest evidence first`
    : `No path from ${from} to ${to}${without} within ${answer.maxLength} steps following the arrows.`;
  const items = answer.paths.map((path) => ({ path }));
  return (
    <>
      <p role="status">{heading}</p>
      {answer.truncated && <p>The search stopped early: there are more paths than shown.</p>}
      {answer.knockedOut.length > 0 && (
        <p className="pathways__whatif" data-testid="what-if">
          <span aria-hidden="true">✕ </span>
          The knock-out breaks {answer.broken.length} of {answer.broken.length + n}{' '}
          {answer.broken.length + n === 1 ? 'path' : 'paths'}; {n} remain.
        </p>
      )}
      <Group title="Broken by the knock-out" icon="✕" paths={answer.broken} verdicts={false} broken />
      {n > 0 && (
        <>
          <CopyBar
            text={() => pathsAsText(graph, items, heading)}
            markdown={() => pathsAsMarkdown(graph, items, heading)}
          />
          <ol className="path-list">
            {answer.paths.map((p, i) => (
              <PathCard key={p.steps.join(' ')} path={p} index={i} />
            ))}
          </ol>
        </>
      )}
    </>
  );
}

function EndpointTable({ impact }: { impact: TherapyImpact }) {
  const graph = useGraph();
  if (!impact.endpoints.length) return null;
  return (
    <table className="pathways__table">
      <caption>Impact on each pain endpoint</caption>
      <thead>
        <tr>
          <th scope="col">Endpoint</th>
          <th scope="col">Answer</th>
          <th scope="col">Observed</th>
          <th scope="col">Inferred routes (relieve / prevent / worsen / unknown)</th>
        </tr>
      </thead>
      <tbody>
        {impact.endpoints.map((e) => (
          <tr key={e.id}>
            <th scope="row">{graph.nodeById.get(e.id)?.label ?? e.id}</th>
            <td>
              <VerdictBadge verdict={e.verdict} />
              {e.disagrees && (
                <span className="pathways__disagree"> ≠ observation and inference disagree</span>
              )}
            </td>
            <td>
              {e.observed ? <VerdictBadge verdict={e.observed} /> : <span className="muted">none</span>}
            </td>
            <td>
              {e.relieves} / {e.prevents} / {e.worsens} / {e.unknown}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Findings({ impact }: { impact: TherapyImpact }) {
  const graph = useGraph();
  if (!impact.findings.length) return null;
  return (
    <section className="pathways__group" aria-label={`Findings (${impact.findings.length})`}>
      <h3>Findings the inferred routes restate ({impact.findings.length})</h3>
      <p className="muted">{countsSentence(graph, impact.counts)}.</p>
      <ul className="pathways__findings">
        {findingLines(graph, impact).map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </section>
  );
}

function Caveats({ impact, what }: { impact: TherapyImpact; what?: WhatIf }) {
  const graph = useGraph();
  const paths = answerPaths(impact, what);
  const summary = caveatSummary(paths);
  const caveats = caveatsOf(paths);
  if (!summary) return null;
  return (
    <details className="pathways__caveats" data-testid="answer-caveats">
      <summary>
        <span aria-hidden="true">⚠ </span>
        {summary}
      </summary>
      <ul>
        {caveats.map((c) => {
          const e = graph.edgeById.get(c.relation);
          return (
            <li key={c.relation}>
              <strong>{e ? relationSentence(graph, e) : c.relation}:</strong> {c.text}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

export function ImpactResult({ impact, what }: { impact: TherapyImpact; what?: WhatIf }) {
  const graph = useGraph();
  // A what-if leads with the knock-out's verdict; the therapy as it was follows under it.
  const head = what
    ? { verdict: whatIfHeadline(graph, what), lines: [] as string[] }
    : impactHeadlineParts(graph, impact);
  const parts = what && whatIfParts(graph, what);
  const whatIfLines = parts ? [...parts.experiments, ...parts.inferred] : [];
  return (
    <>
      <div role="status" className="pathways__headline">
        <p>
          <strong>{head.verdict}</strong>
        </p>
        <ul>
          {head.lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </div>
      {what && (
        <div className="pathways__whatif" data-testid="what-if">
          {whatIfLines.map((part, i) => (
            <p key={part}>
              {i === 0 && <span aria-hidden="true">✕ </span>}
              {part}
            </p>
          ))}
        </div>
      )}
      {what && <p className="muted">Before the knock-out: {impactHeadline(graph, what.before)}</p>}
      <Caveats impact={impact} what={what} />
      <CopyBar
        text={() => impactAsText(graph, impact, what)}
        markdown={() => impactAsMarkdown(graph, impact, what)}
      />
      <EndpointTable impact={impact} />
      <Group title="Observed outcomes of the therapy itself" icon="◉" paths={impact.observed}>
        <p className="muted">What a study saw after giving the therapy: this outweighs any inferred route.</p>
      </Group>
      <Findings impact={impact} />
      {what && (
        <Group
          title="Broken by the knock-out"
          icon="✕"
          paths={[...what.brokenObserved, ...what.brokenRelief]}
          broken
        >
          <p className="muted">
            These routes ran through a knocked-out entity, or a relation of theirs works through it.
          </p>
        </Group>
      )}
      {INFERRED_GROUPS.map((g) => (
        <Group
          key={g}
          title={`${what ? 'Remaining inferred' : 'Inferred'}: ${VERDICT_LABELS[g]}`}
          icon={VERDICT_ICONS[g]}
          paths={impact[g] as readonly ImpactPath[]}
        />
      ))}
      <Group title="Risks and safety reports" icon="⚠" paths={impact.risks} verdicts={false} />
      {impact.truncated && <p>The search stopped early: there are more paths than shown.</p>}
    </>
  );
}

function Names({ ids }: { ids: readonly NodeId[] }) {
  const graph = useGraph();
  if (!ids.length) return <span className="muted">none</span>;
  return <>{ids.map((id) => graph.nodeById.get(id)?.label ?? id).join(', ')}</>;
}

export function CompareResult({ comparison }: { comparison: TherapyComparison }) {
  const graph = useGraph();
  const label = (id: NodeId) => graph.nodeById.get(id)?.label ?? id;
  return (
    <>
      <p role="status">Comparing {comparison.therapies.map((t) => label(t.therapy)).join(', ')}</p>
      <CopyBar
        text={() => comparisonAsText(graph, comparison)}
        markdown={() => comparisonAsMarkdown(graph, comparison)}
      />
      <section aria-label="Shared mechanisms" className="pathways__group">
        <h3>Shared mechanisms</h3>
        <p data-testid="shared-mechanisms">
          <Names ids={comparison.sharedEntities} />
        </p>
      </section>
      {comparison.therapies.map((t, i) => {
        return (
          <section
            key={t.therapy}
            className={`pathways__group pathways__therapy pathways__therapy--${i}`}
            aria-label={`Unique to ${label(t.therapy)}`}
          >
            <h3>Unique to {label(t.therapy)}</h3>
            <p data-testid={`unique-${t.therapy}`}>
              <Names ids={t.uniqueEntities} />
            </p>
            <p className="muted">{impactHeadline(graph, t.impact)}</p>
            <p>Findings ({t.impact.findings.length}):</p>
            <ul className="pathways__findings">
              {findingLines(graph, t.impact).map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </section>
        );
      })}
      <table className="pathways__table">
        <caption>Impact on each pain endpoint</caption>
        <thead>
          <tr>
            <th scope="col">Endpoint</th>
            {comparison.therapies.map((t) => (
              <th key={t.therapy} scope="col">
                {label(t.therapy)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.endpoints.map((id) => (
            <tr key={id}>
              <th scope="row">{label(id)}</th>
              {comparison.therapies.map((t) => {
                const e = t.impact.endpoints.find((x) => x.id === id);
                return (
                  <td key={t.therapy}>
                    {e ? (
                      <>
                        <VerdictBadge verdict={e.verdict} />{' '}
                        <span className="muted">({e.observed ? 'observed' : 'inferred'})</span>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
