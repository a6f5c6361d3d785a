// Details of an imported node or edge: what its file says, marked as imported. Every value is shown
// as text (React escapes it); a link is made only for an http(s) URL, and identifiers and citations
// stay plain text, so nothing from a file can run code or load anything from another host on its own.
import type { StoredLayer } from '../../import/layerStore';
import type { AttributeValue } from '../../import/types';
import type { ImportedSelection } from '../../store/types';

const isWebLink = (v: string) => /^https?:\/\/[^\s]+$/i.test(v);

function Value({ value }: { value: AttributeValue }) {
  const text = Array.isArray(value) ? value.join('; ') : String(value);
  if (typeof value === 'string' && isWebLink(value))
    return (
      <a href={value} rel="noopener noreferrer nofollow" target="_blank">
        {value}
      </a>
    );
  return <>{text}</>;
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
              {[ev.source, ev.pmid && `PMID ${ev.pmid}`, ev.doi && `DOI ${ev.doi}`, ev.note]
                .filter(Boolean)
                .join(' · ')}
            </li>
          ))}
        </ul>
      )}
      <Attributes attributes={edge.attributes} />
    </>
  );
}
