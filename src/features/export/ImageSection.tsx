// Image export controls: format, scale, region, background, caption; Download; and a clear error
// with a way out when the browser cannot draw the picture that large.
import { useId } from 'react';
import { IMAGE_FORMATS } from '../../image/imageExport';
import { RadioGroup } from '../common/RadioGroup';
import { useImageExport } from './useImageExport';
import type { ExportScope } from './useExportScope';

export function ImageSection({ scope }: { scope: ExportScope }) {
  const titleId = useId();
  const {
    hiddenMode,
    format,
    setFormat,
    scale,
    setScale,
    scales,
    region,
    setRegion,
    background,
    setBackground,
    caption,
    setCaption,
    title,
    setCustomTitle,
    includeFaded,
    setIncludeFaded,
    page,
    setPage,
    plan,
    fileName,
    status,
    download,
    applyLargest,
  } = useImageExport(scope);

  return (
    <section className="export__section" aria-labelledby={`${titleId}-h`}>
      <h3 id={`${titleId}-h`}>Image</h3>
      <RadioGroup
        legend="Format"
        value={format}
        options={IMAGE_FORMATS.map((f) => ({ value: f.id, label: f.label }))}
        onChange={setFormat}
      />
      {format === 'png' && (
        <RadioGroup
          legend="Scale"
          value={scale}
          options={scales.map((s) => ({ value: s, label: `${s}×` }))}
          onChange={setScale}
        />
      )}
      {format === 'pdf' && (
        <RadioGroup
          legend="Page"
          value={page}
          options={[
            { value: 'a4', label: 'A4' },
            { value: 'letter', label: 'US Letter' },
          ]}
          onChange={setPage}
        />
      )}
      <RadioGroup
        legend="Region"
        value={region}
        options={[
          { value: 'view', label: 'Current view' },
          { value: 'full', label: 'Whole graph' },
        ]}
        onChange={setRegion}
      />
      {format !== 'pdf' && (
        <RadioGroup
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
