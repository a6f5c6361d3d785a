// Cytoscape.js JSON (cyjs): loads with cy.json() and in Cytoscape desktop (File > Import > Network).
// Desktop reads `name` for labels and `interaction` for edge types, so both are written besides ours.
import { formatCitation } from './citation';
import { EXPORT_FORMAT_VERSION, type ExportView } from './view';

export function toCyjs(view: ExportView): string {
  const doc = {
    format_version: '1.0',
    generated_by: 'nociscope',
    target_cytoscapejs_version: '~3.34',
    data: {
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
        url: s.url ?? null,
        reportsOn: s.reportsOn ?? null,
        identified: s.identified,
        caveat: s.caveat ?? null,
      })),
    },
    elements: {
      nodes: view.nodes.map((n) => ({
        data: {
          ...n,
          name: n.label,
          synonyms: n.synonyms,
          identifiers: n.identifiers,
        },
      })),
      edges: view.edges.map((e) => ({
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          relation: e.relation,
          interaction: e.relation,
          name: `${e.source} (${e.relation}) ${e.target}`,
          polarity: e.polarity,
          mechanism: e.group,
          ...(e.context ?? {}),
          ...(e.caveat ? { caveat: e.caveat } : {}),
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
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
