// The "Export & cite" tab: pictures for slides, data for other tools, citations for papers.
import './export.css';
import { CiteSection } from './CiteSection';
import { DataSection } from './DataSection';
import { ImageSection } from './ImageSection';
import { useExportScope } from './useExportScope';

export function ExportPanel() {
  const scope = useExportScope();
  return (
    <div className="panel export">
      <h2>Export &amp; cite</h2>
      <ImageSection scope={scope} />
      <DataSection scope={scope} />
      <CiteSection scope={scope} />
    </div>
  );
}
