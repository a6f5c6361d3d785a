// A source: its reference, what we know of the record, and the relations it supports.
import { shortCitation } from '../../export/citation';
import type { Source } from '../../model/schema';
import { humanize } from '../../model/vocabulary';
import { useAppStore } from '../../store/store';
import { useGraph } from '../common/graphContext';
import { CiteThisButton } from './CiteThisButton';
import { relationsCiting } from '../../model/queries';
import { RelationList } from '../common/RelationList';
import { SourceCitation } from '../common/SourceCitation';

export function SourceDetails({ source, headingId }: { source: Source; headingId: string }) {
  const graph = useGraph();
  const select = useAppStore((s) => s.select);
  const supported = relationsCiting(graph, source.id);
  const reportedBy = graph.sources.filter((s) => s.reportsOn === source.id);
  return (
    <>
      <h2 id={headingId} tabIndex={-1}>
        {shortCitation(source)}
      </h2>
      <p>
        <span className="badge">{humanize(source.kind)}</span>
        {source.identified === 'partial' && <span className="badge">only partly identified</span>}
      </p>
      <SourceCitation source={source} showCaveat={false} />
      <CiteThisButton what="source" />
      {source.caveat && (
        <div className="caveat" role="note">
          <strong>About this record:</strong> {source.caveat}
        </div>
      )}
      {reportedBy.length > 0 && (
        <p>
          Reported by:{' '}
          {reportedBy.map((s, i) => (
            <span key={s.id}>
              {i > 0 && ', '}
              <button
                type="button"
                className="link-button"
                onClick={() => select({ type: 'source', id: s.id })}
              >
                {shortCitation(s)}
              </button>
            </span>
          ))}
        </p>
      )}
      <h3>
        Supports {supported.length} {supported.length === 1 ? 'relation' : 'relations'}
      </h3>
      <RelationList edges={supported} empty="No relation cites it directly." />
    </>
  );
}
