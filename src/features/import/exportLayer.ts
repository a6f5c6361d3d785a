// Export a layer back to a file, in any of the app's data formats: the same exporters as the curated
// map (src/export), fed through import12's importedToExportView, which marks every node and edge
// `imported: true` with the file it came from and keeps its own attributes.
import { DATA_FORMATS, companionPath } from '../../export/formats';
import type { StoredLayer } from '../../import/layerStore';
import { importedToExportView } from '../../import/toExportView';
import { downloadText } from '../common/download';
import { slugify } from '../common/fileName';

export function exportLayer(layer: StoredLayer, formatId: string): void {
  const format = DATA_FORMATS.find((f) => f.id === formatId) ?? DATA_FORMATS[0]!;
  const view = importedToExportView(layer.network);
  const name = `nociscope-${slugify(layer.name) || 'layer'}-imported.${format.extension}`;
  downloadText(format.write(view), name, format.mime);
  for (const c of format.companions ?? [])
    downloadText(c.write(view), companionPath(name, c.suffix), format.mime);
}
