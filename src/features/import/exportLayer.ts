// Export a layer back to a file. Until the shared exporters can write an imported network (import12's
// toExportView), a layer is written as Cytoscape.js JSON or a CSV edge list here: both mark every
// element as imported and keep ids, labels, attributes, positions, interaction, polarity and evidence.
import type { StoredLayer } from '../../import/layerStore';
import { downloadText } from '../common/download';
import { slugify } from '../common/fileName';

export interface LayerExportFormat {
  readonly id: string;
  readonly label: string;
  readonly extension: string;
  readonly mime: string;
  readonly write: (layer: StoredLayer) => string;
}

function toLayerCyjs(layer: StoredLayer): string {
  const n = layer.network;
  const from = n.fileNames.join(', ');
  return JSON.stringify(
    {
      format_version: '1.0',
      generated_by: 'Nociscope',
      data: { ...n.attributes, name: n.name, imported: true, imported_from: from },
      elements: {
        nodes: n.nodes.map((node) => ({
          data: {
            ...node.attributes,
            id: node.id,
            name: node.label,
            ...(node.kind ? { kind: node.kind } : {}),
            identifiers: node.identifiers,
            synonyms: node.synonyms,
            imported: true,
            imported_from: from,
          },
          ...(node.position ? { position: node.position } : {}),
        })),
        edges: n.edges.map((e) => ({
          data: {
            ...e.attributes,
            id: e.id,
            source: e.source,
            target: e.target,
            ...(e.interaction ? { interaction: e.interaction } : {}),
            polarity: e.polarity,
            pmids: e.evidence.flatMap((ev) => (ev.pmid ? [ev.pmid] : [])),
            dois: e.evidence.flatMap((ev) => (ev.doi ? [ev.doi] : [])),
            imported: true,
            imported_from: from,
          },
        })),
      },
    },
    null,
    2,
  );
}

const csvCell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function toLayerCsv(layer: StoredLayer): string {
  const n = layer.network;
  const labels = new Map(n.nodes.map((node) => [node.id, node.label]));
  const rows = [['source', 'target', 'relation', 'polarity', 'pmid', 'doi', 'imported_from']];
  for (const e of n.edges)
    rows.push([
      labels.get(e.source) ?? e.source,
      labels.get(e.target) ?? e.target,
      e.interaction ?? '',
      String(e.polarity),
      e.evidence.flatMap((ev) => (ev.pmid ? [ev.pmid] : [])).join(';'),
      e.evidence.flatMap((ev) => (ev.doi ? [ev.doi] : [])).join(';'),
      n.fileNames.join(', '),
    ]);
  return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

export const LAYER_EXPORT_FORMATS: readonly LayerExportFormat[] = [
  {
    id: 'cyjs',
    label: 'Cytoscape.js JSON',
    extension: 'cyjs.json',
    mime: 'application/json',
    write: toLayerCyjs,
  },
  { id: 'csv', label: 'CSV edge list', extension: 'csv', mime: 'text/csv', write: toLayerCsv },
];

export function exportLayer(layer: StoredLayer, formatId: string): void {
  const format = LAYER_EXPORT_FORMATS.find((f) => f.id === formatId) ?? LAYER_EXPORT_FORMATS[0]!;
  downloadText(
    format.write(layer),
    `nociscope-${slugify(layer.name) || 'layer'}-imported.${format.extension}`,
    format.mime,
  );
}
