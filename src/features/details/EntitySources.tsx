// The sources behind an entity: each work cited by the evidence of its relations, as the relation
// panel cites it (full reference, DOI and PubMed links), with how many of the relations it supports.
import { useState } from 'react';
import { shortCitation } from '../../export/citation';
import type { Edge } from '../../model/graph';
import type { GraphNode } from '../../model/schema';
import { relationsOf, sourcesOfEntity } from '../../model/support';
import { useAppStore } from '../../store/store';
import { useGraph } from '../common/graphContext';
import { RelationList } from '../common/RelationList';
import { SourceCitation } from '../common/SourceCitation';

const relationsWord = (n: number) => (n === 1 ? 'relation' : 'relations');

/**
 * How many of the entity's relations a source supports, opening to list them. The list is rendered
 * only while open, so a closed one adds no second copy of each relation button to the panel.
 */
function SupportedRelations({ relations, total }: { relations: readonly Edge[]; total: number }) {
  const [open, setOpen] = useState(false);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Supports {relations.length} of {total} {relationsWord(total)}
      </summary>
      {open && <RelationList edges={relations} />}
    </details>
  );
}

export function EntitySources({ node }: { node: GraphNode }) {
  const graph = useGraph();
  const select = useAppStore((s) => s.select);
  const total = relationsOf(graph, node.id).length;
  const sources = sourcesOfEntity(graph, node.id);
  if (sources.length === 0) return null;
  return (
    <>
      <h3>Sources ({sources.length})</h3>
      <p className="muted">
        The works cited for {node.label}’s {total} {relationsWord(total)}, those supporting most first.
      </p>
      <ul className="evidence-list">
        {sources.map(({ source, relations }) => {
          const short = shortCitation(source);
          return (
            <li key={source.id} className="evidence">
              <h4>{short}</h4>
              <SourceCitation source={source} />
              <SupportedRelations relations={relations} total={total} />
              <button
                type="button"
                className="link-button"
                onClick={() => select({ type: 'source', id: source.id })}
              >
                Everything {short} supports
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
