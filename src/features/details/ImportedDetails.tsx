// Details of an imported node or edge: what its file says, marked as imported. Every value is shown
// as text (React escapes it); a link is made only where the app's one link rule (`webUrl`,
// model/webLink.ts) accepts it: an attribute that is an http(s) address, and the PubMed and DOI records
// of the file's citations, as curated citations link them. Identifiers stay plain text, so nothing
// from a file can run code or load anything from another host on its own.
import { doiUrl, pubmedUrl } from '../../export/citation';
import type { StoredLayer } from '../../import/layerStore';
import type { AttributeValue, ImportedEvidence } from '../../import/types';
import { webUrl } from '../../model/webLink';
import type { ImportedSelection } from '../../store/types';
import { ExternalLink } from '../common/SourceCitation';
import '../common/layers.css';

function Value({ value }: { value: AttributeValue }) {
  const text = Array.isArray(value) ? value.join('; ') : String(value);
  const url = typeof value === 'string' ? webUrl(value) : undefined;
  return url ? <ExternalLink href={url}>{value}</ExternalLink> : <>{text}</>;
}

/** One citation of the file: its source and note as text, its PubMed id and DOI as links to the record. */
function Citation({ evidence }: { evidence: ImportedEvidence }) {
  const parts: (string | { label: string; url: string | undefined })[] = [];
  if (evidence.source) parts.push(evidence.source);
  if (evidence.pmid) parts.push({ label: `PubMed ${evidence.pmid}`, url: webUrl(pubmedUrl(evidence.pmid)) });
  if (evidence.doi) parts.push({ label: `DOI ${evidence.doi}`, url: webUrl(doiUrl(evidence.doi)) });
  if (evidence.note) parts.push(evidence.note);
  return (
    <>
      {parts.map((p, i) => (
        <span key={i}>
          {i > 0 && ' · '}
          {typeof p === 'string' ? p : p.url ? <ExternalLink href={p.url}>{p.label}</ExternalLink> : p.label}
        </span>
      ))}
    </>
  );
}

function Attributes({ attributes }: { attributes: Record<string, AttributeValue> }) {
  const entries = Object.entries(attributes).slice(0, 60);
  if (entries.length === 0) return null;
  return (
    <dl className="imported__attributes">
      {entries.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>
            <Value value={v} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function ImportedDetails({
  layer,
  selection,
  headingId,
}: {
  layer: StoredLayer;
  selection: ImportedSelection;
  headingId: string;
}) {
  const badge = (
    <p className="imported__badge">
      <span aria-hidden="true">⬚</span> Imported from layer “{layer.name}” (
      {layer.network.fileNames.join(', ')}), not part of the curated knowledge base.
    </p>
  );
  if (selection.element === 'node') {
    const node = layer.network.nodes.find((n) => n.id === selection.id);
    if (!node) return null;
    const matched = layer.matches.find(([i]) => i === node.id);
    return (
      <>
        <h2 id={headingId} tabIndex={-1}>
          {node.label}
        </h2>
        {badge}
        {node.kind && <p>Type in the file: {node.kind}</p>}
        {matched && <p>Matched to the curated entity “{matched[1]}”.</p>}
        {node.identifiers.length > 0 && <p>Identifiers: {node.identifiers.join(', ')}</p>}
        {node.synonyms.length > 0 && <p>Other names: {node.synonyms.join(', ')}</p>}
        <Attributes attributes={node.attributes} />
      </>
    );
  }
  const edge = layer.network.edges.find((e) => e.id === selection.id);
  if (!edge) return null;
  const label = (id: string) => layer.network.nodes.find((n) => n.id === id)?.label ?? id;
  const sign = edge.polarity === 1 ? 'increases' : edge.polarity === -1 ? 'decreases' : 'no stated direction';
  return (
    <>
      <h2 id={headingId} tabIndex={-1}>
        {label(edge.source)} → {label(edge.target)}
      </h2>
      {badge}
      <p>
        Interaction: {edge.interaction ?? 'not given'} ({sign})
      </p>
      {edge.evidence.length > 0 && (
        <ul aria-label="Citations in the file">
          {edge.evidence.map((ev, i) => (
            <li key={i}>
              <Citation evidence={ev} />
            </li>
          ))}
        </ul>
      )}
      <Attributes attributes={edge.attributes} />
    </>
  );
}
