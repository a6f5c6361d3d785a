// What the pathway reasoning knows about a relation beyond its verb (src/model/pathways/context.ts):
// an observed outcome, the treatment it holds under, and what it works through, each with its study.
import { shortCitation } from '../../export/citation';
import type { Edge } from '../../model/graph';
import { nodeById } from '../../model/ids';
import { MEDIATION_FINDING_LABELS } from '../../model/vocabulary';
import { useGraph } from '../common/graphContext';

export function ReasoningFacts({ edge }: { edge: Edge }) {
  const graph = useGraph();
  const label = (id: string) => nodeById(graph, id)?.label ?? id;
  if (!edge.observed && !edge.only_under && !edge.mediated_by) return null;
  return (
    <>
      <h3>What the reasoning knows</h3>
      <ul className="reasoning-facts">
        {edge.observed && (
          <li>
            <strong>Observed outcome:</strong> a study saw this after the treatment; pathway answers show it
            before any inferred route.
          </li>
        )}
        {edge.only_under && (
          <li>
            <strong>Holds only under:</strong> {edge.only_under.map(label).join(', ')} (walked only from
            there).
          </li>
        )}
        {edge.mediated_by?.map((m) => {
          const s = graph.sourceById.get(m.evidence.source);
          return (
            <li key={m.entity}>
              <strong>Works through {label(m.entity)}:</strong> {MEDIATION_FINDING_LABELS[m.finding]}
              {m.method ? ` (${m.method})` : ''}. {m.evidence.note}{' '}
              <span className="muted">({s ? shortCitation(s) : m.evidence.source})</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
