// Data export: one button per format in DATA_FORMATS, written by the same pure exporters as the
// CLI from the filtered view, so a filtered map exports only what it shows.
import { useId, useMemo } from 'react';
import { DATA_FORMATS, companionPath, type DataFormat } from '../../export/formats';
import { selectView } from '../../export/view';
import { useGraph } from '../common/graphContext';
import { downloadText } from '../common/download';
import { exportFileName, exportSubject, isoDate } from '../common/fileName';
import type { ExportScope } from './useExportScope';

export function DataSection({ scope }: { scope: ExportScope }) {
  const graph = useGraph();
  const headingId = useId();
  const date = isoDate();
  const view = useMemo(
    () =>
      selectView(
        graph,
        { title: scope.title, exported: date, ...(scope.filterText ? { filters: scope.filterText } : {}) },
        scope.subgraph,
      ),
    [graph, scope, date],
  );
  const subject = exportSubject(graph, scope.filters, 'data');

  const save = (format: DataFormat) => {
    const name = exportFileName(subject, date, format.extension);
    downloadText(format.write(view), name, format.mime);
    for (const c of format.companions ?? [])
      downloadText(c.write(view), companionPath(name, c.suffix), format.mime);
  };

  return (
    <section className="export__section" aria-labelledby={headingId}>
      <h3 id={headingId}>Data</h3>
      <p className="muted">
        {view.nodes.length} entities, {view.edges.length} relations and {view.sources.length} sources
        {scope.filterText ? ` (filtered by ${scope.filterText})` : ' (the whole map)'}.
      </p>
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
