// A source as a reader needs it: the formatted reference, links to the record, what a news item
// reports on, and the caveat we keep about the record itself (unverified authors, partial identity).
import type { ReactNode } from 'react';
import { doiUrl, formatCitation, pmcUrl, pubmedUrl } from '../../export/citation';
import type { Source } from '../../model/schema';
import { webUrl } from '../../model/webLink';
import { useGraph } from './graphContext';

/** A link that opens outside the app, in a new tab. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}

/** DOI, PubMed, PMC and web links of a record, those it has. */
export function SourceLinks({ source }: { source: Source }) {
  const links: ReactNode[] = [];
  if (source.doi) {
    links.push(
      <ExternalLink key="doi" href={doiUrl(source.doi)}>
        DOI {source.doi}
      </ExternalLink>,
    );
  }
  if (source.pmid) {
    links.push(
      <ExternalLink key="pmid" href={pubmedUrl(source.pmid)}>
        PubMed {source.pmid}
      </ExternalLink>,
    );
  }
  if (source.pmcid) {
    links.push(
      <ExternalLink key="pmc" href={pmcUrl(source.pmcid)}>
        PubMed Central {source.pmcid}
      </ExternalLink>,
    );
  }
  const url = webUrl(source.url);
  if (url && !source.doi) {
    links.push(
      <ExternalLink key="url" href={url}>
        Web page
      </ExternalLink>,
    );
  }
  if (links.length === 0) return <p className="muted">No link to this record is known.</p>;
  return (
    <p className="citation__links">
      {links.map((l, i) => (
        <span key={i}>
          {i > 0 && ' · '}
          {l}
        </span>
      ))}
    </p>
  );
}

/**
 * The full citation with its links; for a news item, the study it reports on as well. `showCaveat`
 * is off where the caveat is shown elsewhere (the source's own details).
 */
export function SourceCitation({ source, showCaveat = true }: { source: Source; showCaveat?: boolean }) {
  const graph = useGraph();
  const study = source.reportsOn ? graph.sourceById.get(source.reportsOn) : undefined;
  return (
    <div className="citation">
      <p>{formatCitation(source, 'apa')}</p>
      <SourceLinks source={source} />
      {study && (
        <div className="citation__reports-on">
          <p>
            <strong>Reports on:</strong> {formatCitation(study, 'apa')}
          </p>
          <SourceLinks source={study} />
        </div>
      )}
      {showCaveat && source.caveat && <p className="caveat muted">{source.caveat}</p>}
    </div>
  );
}
