// Image export controls: format, scale, region, background, caption; Download; and a clear error
// with a way out when the browser cannot draw the picture that large.
import { useId, useState, type ReactNode } from 'react';
import {
  exportImage,
  IMAGE_FORMATS,
  planImage,
  PNG_SCALES,
  type ImageFormat,
  type ImageRequest,
  type PageSize,
  type Region,
} from '../../image/imageExport';
import { useViewVersion } from '../../canvas/useViewVersion';
import { selectHiddenMode } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { useGraph } from '../common/graphContext';
import { useView } from '../common/useView';
import { downloadBlob } from './download';
import { exportFileName, exportSubject, isoDate } from '../common/fileName';
import type { ExportScope } from './useExportView';

function Radios<T extends string | number>({
  legend,
  value,
  options,
  onChange,
}: {
  legend: string;
  value: T;
  options: readonly { value: T; label: ReactNode }[];
  onChange: (v: T) => void;
}) {
  const name = useId();
  return (
    <fieldset className="export__radios">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={String(o.value)}>
          <input type="radio" name={name} checked={value === o.value} onChange={() => onChange(o.value)} />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string; largest: number | null };

export function ImageSection({ scope }: { scope: ExportScope }) {
  const graph = useGraph();
  const hiddenMode = useAppStore(selectHiddenMode);
  const view = useView();
  const [format, setFormat] = useState<ImageFormat>('png');
  const [scale, setScale] = useState<number>(2);
  const [region, setRegion] = useState<Region>('full');
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  const [caption, setCaption] = useState(true);
  const [customTitle, setCustomTitle] = useState<string | null>(null);
  const [includeFaded, setIncludeFaded] = useState(false);
  const [page, setPage] = useState<PageSize>('a4');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const titleId = useId();

  const title = customTitle ?? scope.title;
  const date = isoDate();
  const request: ImageRequest = {
    format,
    scale,
    region,
    background: format === 'pdf' ? 'white' : background,
    caption: caption ? { title, filters: scope.filterText, date } : null,
    includeFaded: hiddenMode === 'fade' && includeFaded,
    page,
  };
  // Re-plan when the map is re-laid out, panned, zoomed or resized, not only when a control changes.
  useViewVersion();
  const plan = planImage(graph, view, request);
  const extension = format;
  const fileName = exportFileName(exportSubject(graph, scope.filters, region), date, extension);
  const scales = PNG_SCALES.includes(scale as (typeof PNG_SCALES)[number])
    ? [...PNG_SCALES]
    : [...PNG_SCALES, scale].sort((a, b) => a - b);

  const download = async (req: ImageRequest = request) => {
    setStatus({ kind: 'busy' });
    const result = await exportImage(graph, view, req);
    if (!result.ok) {
      setStatus({ kind: 'error', text: result.message, largest: result.largestScale });
      return;
    }
    downloadBlob(result.blob, fileName);
    const dims =
      req.format === 'pdf'
        ? `${req.page === 'a4' ? 'A4' : 'Letter'} page`
        : `${result.size.width} × ${result.size.height} px`;
    setStatus({ kind: 'done', text: `Saved ${fileName} (${dims}).` });
  };

  const applyLargest = (largest: number) => {
    setScale(largest);
    void download({ ...request, scale: largest });
  };

  return (
    <section className="export__section" aria-labelledby={`${titleId}-h`}>
      <h3 id={`${titleId}-h`}>Image</h3>
      <Radios
        legend="Format"
        value={format}
        options={IMAGE_FORMATS.map((f) => ({ value: f.id, label: f.label }))}
        onChange={setFormat}
      />
      {format === 'png' && (
        <Radios
          legend="Scale"
          value={scale}
          options={scales.map((s) => ({ value: s, label: `${s}×` }))}
          onChange={setScale}
        />
      )}
      {format === 'pdf' && (
        <Radios
          legend="Page"
          value={page}
          options={[
            { value: 'a4', label: 'A4' },
            { value: 'letter', label: 'US Letter' },
          ]}
          onChange={setPage}
        />
      )}
      <Radios
        legend="Region"
        value={region}
        options={[
          { value: 'view', label: 'Current view' },
          { value: 'full', label: 'Whole graph' },
        ]}
        onChange={setRegion}
      />
      {format !== 'pdf' && (
        <Radios
          legend="Background"
          value={background}
          options={[
            { value: 'white', label: 'White' },
            { value: 'transparent', label: 'Transparent' },
          ]}
          onChange={setBackground}
        />
      )}
      <label className="export__check">
        <input type="checkbox" checked={caption} onChange={(e) => setCaption(e.target.checked)} /> Caption
        below the picture (title, legend, filters, sources)
      </label>
      {caption && (
        <label className="export__field">
          Caption title
          <input type="text" value={title} onChange={(e) => setCustomTitle(e.target.value)} />
        </label>
      )}
      {hiddenMode === 'fade' && (
        <label className="export__check">
          <input type="checkbox" checked={includeFaded} onChange={(e) => setIncludeFaded(e.target.checked)} />{' '}
          Include the faded context (otherwise only what the filters show)
        </label>
      )}
      <p className="muted export__plan" data-testid="image-plan">
        {plan
          ? `${format.toUpperCase()}${format === 'png' ? ` ${scale}×` : ''}: ${plan.size.width} × ${plan.size.height} px${format === 'pdf' ? ` on a ${page === 'a4' ? 'A4' : 'Letter'} page` : ''} · ${fileName}`
          : 'Nothing to export: the filters or the view leave no element.'}
        {plan?.message && <span className="export__warning"> {plan.message}</span>}
      </p>
      <button
        type="button"
        className="export__primary"
        onClick={() => void download()}
        disabled={status.kind === 'busy'}
      >
        {status.kind === 'busy' ? 'Preparing…' : `Download ${format.toUpperCase()}`}
      </button>
      <div role="status" aria-live="polite" className="export__status">
        {status.kind === 'done' && status.text}
      </div>
      {status.kind === 'error' && (
        <div role="alert" className="export__error">
          <p>{status.text}</p>
          {status.largest !== null && (
            <button type="button" onClick={() => applyLargest(status.largest!)}>
              Use the largest size that works ({status.largest}×)
            </button>
          )}
        </div>
      )}
    </section>
  );
}
