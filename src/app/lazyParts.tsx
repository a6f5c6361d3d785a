// Parts of the app loaded on first use, not with the first paint: the side-panel tabs other than
// Filters and Stories (Pathways, Sources, Map as text, and Export with the exporters and image code),
// the story player (with the printable handout), and the details panel until something is
// selected. Each shows a short placeholder while its code arrives; offline, the service worker has
// it cached.
import { lazy, Suspense, useEffect, useState } from 'react';
import { preloadable } from '../features/common/preloadable';
import { preloadImportedLegend } from '../features/legend/Legend';
import { DetailsHint } from '../features/details/DetailsHint';
import { selectHandoutId, useHandoutStore } from '../features/stories/handoutState';
import { selectSelection, selectStory } from '../store/selectors';
import { loadLayerStorage } from '../store/layers';
import { useAppStore } from '../store/store';
import { useImportSession } from '../features/import/session';
import type { StoredLayer } from '../import/layerStore';
import type { Graph } from '../model/graph';
import type { Story } from '../model/story';

const ExportPanelCode = lazy(() =>
  import('../features/export/ExportPanel').then((m) => ({ default: m.ExportPanel })),
);
const PathwaysPanelCode = lazy(() =>
  import('../features/pathways/PathwaysPanel').then((m) => ({ default: m.PathwaysPanel })),
);
const NetworkTableCode = lazy(() =>
  import('../features/table/NetworkTable').then((m) => ({ default: m.NetworkTable })),
);
const SourcesViewCode = lazy(() =>
  import('../features/sources/SourcesView').then((m) => ({ default: m.SourcesView })),
);
const TextViewCode = lazy(() =>
  import('../features/textview/TextView').then((m) => ({ default: m.TextView })),
);
const DetailsPanelCode = preloadable(() =>
  import('../features/details/DetailsPanel').then((m) => m.DetailsPanel),
);
const StoryPlayerCode = lazy(() =>
  import('../features/stories/StoryPlayer').then((m) => ({ default: m.StoryPlayer })),
);

const LayersPanelCode = lazy(() =>
  import('../features/import/LayersPanel').then((m) => ({ default: m.LayersPanel })),
);
const ImportDialogCode = lazy(() =>
  import('../features/import/ImportDialog').then((m) => ({ default: m.ImportDialog })),
);
const ImportedCanvasCode = preloadable(() =>
  import('../canvas/ImportedCanvas').then((m) => m.ImportedCanvas),
);

/**
 * The code a tap on the map needs (the details panel), fetched when the browser is idle after the
 * first paint, so the first selection does not wait for it.
 */
export function preloadAfterFirstPaint(): void {
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  idle(() => void DetailsPanelCode.preload().catch(() => undefined));
}

/**
 * While a file is being checked, the code that opening it needs: the layer's canvas, its legend
 * cues, storage and matching. "Open" then draws at once.
 */
function preloadForImport(): void {
  for (const load of [
    ImportedCanvasCode.preload,
    DetailsPanelCode.preload,
    preloadImportedLegend,
    loadLayerStorage,
    () => import('../import/match'),
  ])
    void load().catch(() => undefined);
}

const loading = <p role="status">Loading…</p>;

export function LazyLayersPanel() {
  return (
    <Suspense fallback={loading}>
      <LayersPanelCode />
    </Suspense>
  );
}

/** The import dialog is needed only while a file is being opened. */
export function LazyImportDialog() {
  const status = useImportSession((s) => s.status);
  useEffect(() => {
    if (status) preloadForImport();
  }, [status]);
  if (!status) return null;
  return (
    <Suspense fallback={loading}>
      <ImportDialogCode />
    </Suspense>
  );
}

/** The table of a layer on its own: its code loads when the reader opens it. */
export function LazyNetworkTable({ layer }: { layer: StoredLayer }) {
  return (
    <Suspense fallback={loading}>
      <NetworkTableCode layer={layer} />
    </Suspense>
  );
}

/** A layer on its own: its canvas code loads when one is opened. */
export function LazyImportedCanvas(props: { layer: StoredLayer; graph: Graph; stories: readonly Story[] }) {
  return (
    <Suspense fallback={loading}>
      <ImportedCanvasCode.Component {...props} />
    </Suspense>
  );
}

export function LazyExportPanel() {
  return (
    <Suspense fallback={loading}>
      <ExportPanelCode />
    </Suspense>
  );
}

export function LazyPathwaysPanel() {
  return (
    <Suspense fallback={loading}>
      <PathwaysPanelCode />
    </Suspense>
  );
}

export function LazyTextView() {
  return (
    <Suspense fallback={loading}>
      <TextViewCode />
    </Suspense>
  );
}

export function LazySourcesView() {
  return (
    <Suspense fallback={loading}>
      <SourcesViewCode />
    </Suspense>
  );
}

/** The player is needed only while a story is open or a handout is shown. */
export function LazyStoryPlayer() {
  const story = useAppStore(selectStory);
  const handout = useHandoutStore(selectHandoutId);
  if (!story && handout === null) return null;
  return (
    <Suspense fallback={null}>
      <StoryPlayerCode />
    </Suspense>
  );
}

/** Until the first selection the panel only says what it is for; then its code loads, and stays. */
export function LazyDetailsPanel() {
  const selection = useAppStore(selectSelection);
  const [needed, setNeeded] = useState(false);
  if (selection && !needed) setNeeded(true);
  const hint = (
    <section className="panel details" aria-labelledby="details-hint">
      <DetailsHint headingId="details-hint" />
    </section>
  );
  if (!needed) return hint;
  return (
    <Suspense fallback={hint}>
      <DetailsPanelCode.Component />
    </Suspense>
  );
}
