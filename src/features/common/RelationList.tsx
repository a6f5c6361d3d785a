// Relations as sentence buttons: the way every panel lists relations and lets the reader open one.
import type { Edge } from '../../model/graph';
import { relationSentence } from '../../model/sentence';
import { useAppStore } from '../../store/store';
import { useGraph } from './graphContext';
import { PolarityChip } from './PolarityChip';

/** A relation's sentence as a button that selects it, followed by its polarity chip. */
export function RelationLine({ edge }: { edge: Edge }) {
  const graph = useGraph();
  const select = useAppStore((s) => s.select);
  return (
    <>
      <button type="button" className="link-button" onClick={() => select({ type: 'edge', id: edge.id })}>
        {relationSentence(graph, edge)}
      </button>{' '}
      <PolarityChip polarity={edge.polarity} />
    </>
  );
}

export function RelationList({
  edges,
  empty = 'None recorded.',
}: {
  edges: readonly Edge[];
  empty?: string;
}) {
  if (edges.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="relation-list">
      {edges.map((e) => (
        <li key={e.id}>
          <RelationLine edge={e} />
        </li>
      ))}
    </ul>
  );
}
