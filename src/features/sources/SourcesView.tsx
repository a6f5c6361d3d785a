// The bibliography: every source, what kind it is and how much of the map rests on it. Choosing one
// selects it, and the canvas highlights exactly the relations it supports.
import { useId, useMemo } from 'react';
import { formatCitation, shortCitation } from '../../export/citation';
import { humanize } from '../../model/vocabulary';
import { selectSelection } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { useGraph } from '../common/graphContext';
import { relationsCiting } from '../../model/queries';
import { SourceLinks } from '../common/SourceCitation';

export function SourcesView() {
  const graph = useGraph();
  const selection = useAppStore(selectSelection);
  const select = useAppStore((s) => s.select);
  const headingId = useId();
  // Alphabetical by reference, as a reference list is read.
  const entries = useMemo(
    () =>
      graph.sources
        .map((source) => ({
          source,
          citation: formatCitation(source, 'apa'),
          supports: relationsCiting(graph, source.id).length,
        }))
        .sort((a, b) => a.citation.localeCompare(b.citation)),
    [graph],
  );
  return (
    <section className="panel sources" aria-labelledby={headingId}>
      <h2 id={headingId}>Sources</h2>
      <p className="muted">
        {entries.length} sources. Choose one to see what it supports; the map highlights those relations.
      </p>
      <ul className="source-list">
        {entries.map(({ source, citation, supports }) => {
          const current = selection?.type === 'source' && selection.id === source.id;
          const study = source.reportsOn ? graph.sourceById.get(source.reportsOn) : undefined;
          return (
            <li key={source.id} className="source">
              <h3>
                <button
                  type="button"
                  className="link-button"
                  aria-current={current ? 'true' : undefined}
                  onClick={() => select({ type: 'source', id: source.id })}
                >
                  {shortCitation(source)}
                </button>
              </h3>
              <p>
                <span className="badge">{humanize(source.kind)}</span>{' '}
                <span>
                  supports {supports} {supports === 1 ? 'relation' : 'relations'}
                </span>
              </p>
              <p>{citation}</p>
              {study && <p>Reports on: {shortCitation(study)}</p>}
              <SourceLinks source={source} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
