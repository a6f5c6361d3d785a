// The state and actions behind the Image section of the Export panel: what to draw, what it will
// measure, what the file is called, and the download with its outcome.
import { useMemo, useState } from 'react';
import { useViewVersion } from '../../canvas/useViewVersion';
import {
  exportImage,
  planImage,
  PNG_SCALES,
  type ImageFormat,
  type ImageRequest,
  type PageSize,
  type Region,
} from '../../image/imageExport';
import { shownAttributions } from '../../import/shownExport';
import { pictureSubgraph, type DerivedView } from '../../model/view';
import { selectHiddenMode } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { exportFileName, exportSubject, isoDate } from '../common/fileName';
import { useGraph } from '../common/graphContext';
import { useView } from '../common/useView';
import { downloadBlob } from '../common/download';
import type { ExportScope } from './useExportScope';
import { layerPictureIds } from './layerPictureIds';

/** The imported elements drawn with the picture's curated entities (none drawn: a layer on its own). */
function layerIds(scope: ExportScope, view: DerivedView, includeFaded: boolean): string[] {
  const picture = pictureSubgraph(view, includeFaded);
  return layerPictureIds(scope.layers, scope.layers.open ? new Set() : picture.nodes);
}

export type ImageStatus =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string; largest: number | null };

/** The image export's settings, its plan (size, file name) and the download, for ImageSection. */
export function useImageExport(scope: ExportScope) {
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
  const [status, setStatus] = useState<ImageStatus>({ kind: 'idle' });

  const fadedToo = hiddenMode === 'fade' && includeFaded;
  const drawnLayerIds = useMemo(() => layerIds(scope, view, fadedToo), [scope, view, fadedToo]);
  const title = customTitle ?? scope.title;
  const date = isoDate();
  const request: ImageRequest = {
    format,
    scale,
    region,
    background: format === 'pdf' ? 'white' : background,
    caption: caption
      ? {
          title,
          filters: scope.filterText,
          date,
          ...(scope.story ? { story: scope.story } : {}),
          ...(scope.network ? { network: scope.network } : {}),
          attributions: shownAttributions(scope.layers.open, scope.layers.layers),
        }
      : null,
    includeFaded: hiddenMode === 'fade' && includeFaded,
    page,
    layerIds: drawnLayerIds,
  };
  // Re-plan when the map is re-laid out, panned, zoomed or resized, not only when a control changes.
  useViewVersion();
  const plan = planImage(graph, view, request);
  const extension = format;
  const fileName = exportFileName(
    scope.layerSubject ?? exportSubject(graph, scope.filters, region),
    date,
    extension,
  );
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

  return {
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
  };
}
