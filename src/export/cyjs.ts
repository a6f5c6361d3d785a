// Cytoscape.js JSON (cyjs): loads with cy.json() and in Cytoscape desktop (File > Import > Network).
// Desktop reads `name` for labels and `interaction` for edge types, so both are written besides ours
// (`name` is an imported file's own, else the label; the stylesheet labels by `label`).
// Each node carries its `position` in the curated lanes layout (both read it, so the picture is the
// app's, not a hairball), and `style` is a Cytoscape.js stylesheet of the app's shapes and colours,
// the same key cy.json() writes: Cytoscape.js applies it when styles are on (a headless instance
// ignores it); Cytoscape desktop ignores it and keeps its own styles.
import { FONT_STACK, KIND_STYLE_RULES, POLARITY_STYLE_RULES } from '../model/palette';
import type { GraphNode } from '../model/schema';
import { webUrl } from '../model/webLink';
import { formatCitation } from './citation';
import { edgeContexts, edgeName, ENVELOPE_NAMES, metadataColumns, metadataValue, nodeName } from './records';
import { withUniqueIds } from './uniqueIds';
import { EXPORT_FORMAT_VERSION, positionOf, type ExportView } from './view';

/**
 * A node's fields without its `endpoint:` mark: which entities the pathway answers are read against
 * is the app's reasoning, not a field of the exported formats (adding it would change the format).
 */
function withoutEndpoint(n: GraphNode): Omit<GraphNode, 'endpoint'> {
  if (!('endpoint' in n)) return n;
  const copy: Partial<typeof n> = { ...n };
  delete copy.endpoint;
  return copy as Omit<GraphNode, 'endpoint'>;
}

/** The app's look (src/canvas/stylesheet.ts) without its interaction states, sized for the lanes. */
export const CYJS_STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      width: 140,
      height: 56,
      'font-family': FONT_STACK,
      'font-size': 13,
      'font-weight': 600,
      color: '#111111',
      'text-valign': 'center',
      'text-halign': 'center',
      'text-wrap': 'wrap',
      'text-max-width': 126,
      'border-width': 2.5,
    },
  },
  ...KIND_STYLE_RULES,
  { selector: 'edge', style: { width: 2, 'curve-style': 'bezier', 'arrow-scale': 1.3, opacity: 0.85 } },
  ...POLARITY_STYLE_RULES,
];

export function toCyjs(input: ExportView): string {
  const view = withUniqueIds(input);
  const byId = new Map<string, GraphNode>(view.nodes.map((n) => [n.id, n]));
  const doc = {
    format_version: '1.0',
    generated_by: 'nociscope',
    target_cytoscapejs_version: '~3.34',
    data: {
      // The network's own metadata (author, licence, description…) as cy.json() keeps network data.
      ...metadataData(view),
      name: view.meta.title,
      nociscope: {
        formatVersion: EXPORT_FORMAT_VERSION,
        dataVersion: view.meta.dataVersion,
        ...(view.meta.exported ? { exported: view.meta.exported } : {}),
        ...(view.meta.filters ? { filters: view.meta.filters } : {}),
      },
      sources: view.sources.map((s) => ({
        id: s.id,
        kind: s.kind,
        title: s.title ?? null,
        authors: s.authors,
        moreAuthors: s.moreAuthors,
        authorsVerified: s.authorsVerified,
        citation: formatCitation(s, 'apa'),
        year: s.year ?? null,
        journal: s.container ?? null,
        volume: s.volume ?? null,
        issue: s.issue ?? null,
        pages: s.pages ?? s.articleNumber ?? null,
        doi: s.doi ?? null,
        pmid: s.pmid ?? null,
        pmcid: s.pmcid ?? null,
        url: webUrl(s.url) ?? null,
        reportsOn: s.reportsOn ?? null,
        identified: s.identified,
        caveat: s.caveat ?? null,
      })),
    },
    elements: {
      nodes: view.nodes.map((n) => ({
        data: {
          ...view.extra?.nodes.get(n.id),
          ...withoutEndpoint(n),
          name: nodeName(view, n),
          synonyms: n.synonyms,
          identifiers: n.identifiers,
        },
        position: { ...positionOf(view, n.id) },
      })),
      edges: edgeContexts(view).map(({ edge: e, sentence, authorityCaveat }) => ({
        data: {
          ...view.extra?.edges.get(e.id),
          id: e.id,
          source: e.source,
          target: e.target,
          relation: e.relation,
          interaction: e.relation,
          name: edgeName(view, e, byId),
          sentence,
          polarity: e.polarity,
          mechanism: e.group,
          ...(e.context ?? {}),
          ...(e.caveat ? { caveat: e.caveat } : {}),
          ...(authorityCaveat ? { authorityCaveat } : {}),
          evidenceCount: e.evidence.length,
          evidence: e.evidence.map((ev) => ({
            source: ev.source,
            kind: ev.kind,
            note: ev.note,
            ...(ev.locator ? { locator: ev.locator } : {}),
          })),
        },
      })),
    },
    style: CYJS_STYLE,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

/** The network's own metadata for `data`, in its types, without the names the envelope uses. */
function metadataData(view: ExportView): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of metadataColumns(view, new Set(ENVELOPE_NAMES.cyjs))) {
    Object.defineProperty(out, c.name, {
      value: metadataValue(view, c),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
