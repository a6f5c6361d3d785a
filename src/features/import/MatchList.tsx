// Proposed matches of imported nodes to curated entities, each to accept (ticked) or undo.
import type { ProposedMatch } from '../../import/match';
import type { ImportedNetwork } from '../../import/types';
import { useGraph } from '../common/graphContext';

const REASONS: Record<ProposedMatch['reason'], string> = {
  identifier: 'same identifier',
  id: 'same id',
  name: 'same name',
  synonym: 'same as a synonym',
};

interface Props {
  network: ImportedNetwork;
  matches: readonly ProposedMatch[];
  undone: ReadonlySet<string>;
  onToggle: (importedId: string) => void;
}

export function MatchList({ network, matches, undone, onToggle }: Props) {
  const graph = useGraph();
  if (matches.length === 0)
    return (
      <p>
        No imported node shares an identifier or a name with a curated entity; the layer is drawn beside the
        map.
      </p>
    );
  const labels = new Map(network.nodes.map((n) => [n.id, n.label]));
  return (
    <fieldset className="import__matches">
      <legend>
        Matches to the curated map ({matches.length - undone.size} of {matches.length} accepted)
      </legend>
      <p className="muted">A matched node is drawn as the curated entity; untick a match to undo it.</p>
      <ul>
        {matches.slice(0, 500).map((m) => (
          <li key={m.importedId}>
            <label>
              <input
                type="checkbox"
                checked={!undone.has(m.importedId)}
                onChange={() => onToggle(m.importedId)}
              />{' '}
              {labels.get(m.importedId)} → {graph.nodeById.get(m.curatedId)?.label ?? m.curatedId}{' '}
              <span className="muted">
                ({REASONS[m.reason]}: {m.via})
              </span>
            </label>
          </li>
        ))}
      </ul>
      {matches.length > 500 && <p>…and {matches.length - 500} more, all accepted.</p>}
    </fieldset>
  );
}
