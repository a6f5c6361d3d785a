// Data export: one button per format in DATA_FORMATS, written by the same pure exporters as the
// CLI from what the map shows: the filtered view with the overlay layers on it, or the imported
// network open on its own (less what its facets hide). A filtered map exports only what it shows.
import { useId, useMemo } from 'react';
import { DATA_FORMATS, companionPath, type DataFormat } from '../../export/formats';
import { selectView } from '../../export/view';
import { isLayerFiltered } from '../../import/facets';
import { openLayerExportView, shownOverlays, withOverlays } from '../../import/shownExport';
import { useGraph } from '../common/graphContext';
import { downloadText } from '../common/download';
import { exportFileName, exportSubject, isoDate } from '../common/fileName';
import type { ExportScope } from './useExportScope';

export function DataSection({ scope }: { scope: ExportScope }) {
  const graph = useGraph();
  const headingId = useId();
  const date = isoDate();
  const { open, openFacets, openShown, layers } = scope.layers;
  const view = useMemo(() => {
    const meta = {
      title: scope.title,
      exported: date,
      ...(scope.filterText ? { filters: scope.filterText } : {}),
    };
    if (open) return openLayerExportView(open, openShown, meta);
    return withOverlays(selectView(graph, meta, scope.subgraph), layers);
  }, [graph, scope, date, open, openShown, layers]);
  const subject = scope.layerSubject ?? exportSubject(graph, scope.filters, 'data');
  const overlays = open ? [] : shownOverlays(layers);

  const save = (format: DataFormat) => {
    const name = exportFileName(subject, date, format.extension);
    downloadText(format.write(view), name, format.mime);
    for (const c of format.companions ?? [])
      downloadText(c.write(view), companionPath(name, c.suffix), format.mime);
  };

  return (
    <section className="export__section" aria-labelledby={headingId}>
      <h3 id={headingId}>Data</h3>
      <p className="muted export__scope" data-testid="data-scope">
        {open
          ? `${view.nodes.length} nodes and ${view.edges.length} edges of the imported network “${open.name}”, as the map shows it.`
          : `${view.nodes.length} entities, ${view.edges.length} relations and ${view.sources.length} sources${
              scope.filterText ? ` (filtered by ${scope.filterText})` : ' (the whole map)'
            }${overlays.length ? `, with the imported ${overlays.length === 1 ? 'layer' : 'layers'} ${overlays.map((l) => `“${l.name}”`).join(', ')}` : ''}.`}
      </p>
      {open && isLayerFiltered(openFacets) && (
        <p className="muted" data-testid="data-whole-layer">
          What Filters hide is left out here; the Layers tab exports “{open.name}” whole.
        </p>
      )}
      <ul className="export__buttons">
        {DATA_FORMATS.map((f) => (
          <li key={f.id}>
            <button type="button" onClick={() => save(f)} data-format={f.id}>
              {f.label} <span className="muted">.{f.extension}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
