// A relation: the claim as a sentence, where and when it holds, and every piece of evidence with
// its full citation, so a reader can check the claim at its source.
import { ReasoningFacts } from './ReasoningFacts';
import { authorityCaveat } from '../../model/authority';
import type { Edge } from '../../model/graph';
import type { Evidence, NodeId } from '../../model/schema';
import { relationSentence } from '../../model/sentence';
import { EVIDENCE_KIND_LABELS, humanize, RELATION_TYPES } from '../../model/vocabulary';
import { useAppStore } from '../../store/store';
import { useGraph } from '../common/graphContext';
import { CiteThisButton } from './CiteThisButton';
import { PolarityChip } from '../common/PolarityChip';
import { SourceCitation } from '../common/SourceCitation';

function EndButton({ id }: { id: NodeId }) {
  const graph = useGraph();
  const select = useAppStore((s) => s.select);
  const node = graph.nodeById.get(id);
  if (!node) return <span>{id}</span>;
  return (
    <button type="button" className="link-button" onClick={() => select({ type: 'node', id: node.id })}>
      {node.label}
    </button>
  );
}

function EvidenceItem({ evidence }: { evidence: Evidence }) {
  const graph = useGraph();
  const select = useAppStore((s) => s.select);
  const source = graph.sourceById.get(evidence.source);
  return (
    <li className="evidence">
      <p>
        <span className="badge">{EVIDENCE_KIND_LABELS[evidence.kind]}</span> {evidence.note}
      </p>
      {evidence.locator && <p className="muted">Where in the source: {evidence.locator}</p>}
      {source ? (
        <>
          <SourceCitation source={source} />
          <button
            type="button"
            className="link-button"
            onClick={() => select({ type: 'source', id: source.id })}
          >
            Everything this source supports
          </button>
        </>
      ) : (
        <p className="muted">Unknown source “{evidence.source}”.</p>
      )}
    </li>
  );
}

export function RelationDetails({ edge, headingId }: { edge: Edge; headingId: string }) {
  const graph = useGraph();
  const mechanism = graph.mechanisms.find((m) => m.id === edge.group);
  const ctx = edge.context;
  const contextRows: [string, string][] = [
    ['Location', (ctx?.location ?? []).map(humanize).join(', ')],
    ['Phase', (ctx?.phase ?? []).map(humanize).join(', ')],
    ['Species', (ctx?.species ?? []).map(humanize).join(', ')],
    ['Duration', ctx?.duration ?? ''],
  ];
  const shownContext = contextRows.filter(([, v]) => v !== '');
  const authority = authorityCaveat(edge, graph.sourceById);
  return (
    <>
      <h2 id={headingId} tabIndex={-1}>
        {relationSentence(graph, edge)}
      </h2>
      <p>
        <PolarityChip polarity={edge.polarity} />{' '}
        <span className="muted">
          “{RELATION_TYPES[edge.relation].verb}”: {RELATION_TYPES[edge.relation].meaning}
        </span>
      </p>
      <dl className="facts">
        <dt>From</dt>
        <dd>
          <EndButton id={edge.source} />
        </dd>
        <dt>To</dt>
        <dd>
          <EndButton id={edge.target} />
        </dd>
        {mechanism && (
          <>
            <dt>Mechanism</dt>
            <dd>{mechanism.title}</dd>
          </>
        )}
      </dl>

      {shownContext.length > 0 && (
        <>
          <h3>Context</h3>
          <dl className="facts">
            {shownContext.map(([term, value]) => (
              <div key={term}>
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}

      {edge.caveat && (
        <div className="caveat" role="note">
          <strong>Caveat:</strong> {edge.caveat}
        </div>
      )}
      {authority && (
        <div className="caveat caveat--authority" role="note">
          <strong>Source authority:</strong> {authority}
        </div>
      )}

      <ReasoningFacts edge={edge} />

      <h3>Evidence ({edge.evidence.length})</h3>
      <ul className="evidence-list">
        {edge.evidence.map((ev, i) => (
          <EvidenceItem key={`${ev.source}-${i}`} evidence={ev} />
        ))}
      </ul>
      <CiteThisButton what="relation" />
    </>
  );
}
