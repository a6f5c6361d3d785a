// An entity: what it is, where it is catalogued, every relation into and out of it, and the sources
// behind those relations.
import type { Graph } from '../../model/graph';
import { identifierUrl, NAMESPACES, namespaceOf } from '../../model/identifiers';
import type { GraphNode } from '../../model/schema';
import { humanize } from '../../model/vocabulary';
import { useGraph } from '../common/graphContext';
import { EntitySources } from './EntitySources';
import { KindBadge } from './KindBadge';
import { RelationList } from '../common/RelationList';
import { ExternalLink } from '../common/SourceCitation';

const mechanismTitles = (graph: Graph, node: GraphNode): string[] => {
  const groups = new Set(
    [...(graph.incoming.get(node.id) ?? []), ...(graph.outgoing.get(node.id) ?? [])].map((e) => e.group),
  );
  return graph.mechanisms.filter((m) => groups.has(m.id)).map((m) => m.title);
};

export function NodeDetails({ node, headingId }: { node: GraphNode; headingId: string }) {
  const graph = useGraph();
  const upstream = graph.incoming.get(node.id) ?? [];
  const downstream = graph.outgoing.get(node.id) ?? [];
  const mechanisms = mechanismTitles(graph, node);
  // "Microglia act on", as every relation sentence agrees with a plural label (model/sentence.ts).
  const plural = node.number === 'plural';
  return (
    <>
      <h2 id={headingId} tabIndex={-1}>
        {node.label}
      </h2>
      <dl className="facts">
        <dt>Kind</dt>
        <dd>
          <KindBadge kind={node.kind} />
        </dd>
        {node.kind === 'mediator' && (
          <>
            <dt>Class</dt>
            <dd>{humanize(node.class)}</dd>
          </>
        )}
        {node.kind === 'therapy' && (
          <>
            <dt>Modality</dt>
            <dd>{humanize(node.modality)}</dd>
            {node.route && (
              <>
                <dt>Route</dt>
                <dd>{node.route}</dd>
              </>
            )}
            <dt>Status</dt>
            <dd>{humanize(node.status)}</dd>
          </>
        )}
        {node.synonyms.length > 0 && (
          <>
            <dt>Also called</dt>
            <dd>{node.synonyms.join(', ')}</dd>
          </>
        )}
      </dl>
      <p>{node.description}</p>

      {node.identifiers.length > 0 && (
        <>
          <h3>Identifiers</h3>
          <ul>
            {node.identifiers.map((curie) => {
              const url = identifierUrl(curie);
              const ns = namespaceOf(curie);
              return (
                <li key={curie}>
                  {url ? <ExternalLink href={url}>{curie}</ExternalLink> : curie}
                  {ns && <span className="muted"> ({NAMESPACES[ns].name})</span>}
                </li>
              );
            })}
          </ul>
        </>
      )}

      <h3>Upstream (acts on {node.label})</h3>
      <RelationList edges={upstream} empty={`Nothing in the sources acts on ${plural ? 'them' : 'it'}.`} />
      <h3>
        Downstream ({node.label} {plural ? 'act' : 'acts'} on)
      </h3>
      <RelationList
        edges={downstream}
        empty={`${plural ? 'They act' : 'It acts'} on nothing else in the sources.`}
      />
      <EntitySources node={node} />

      {mechanisms.length > 0 && (
        <>
          <h3>Mechanism {mechanisms.length === 1 ? 'group' : 'groups'}</h3>
          <ul>
            {mechanisms.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
