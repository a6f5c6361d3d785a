// Parts of the app loaded on first use, not with the first paint: the side-panel tabs other than
// Filters and Stories (Pathways, Sources, Map as text, and Export with the exporters and image code),
// the story player (with the printable handout), and the details panel until something is
// selected. Each shows a short placeholder while its code arrives; offline, the service worker has
// it cached.
import { lazy, Suspense, useState } from 'react';
import { DetailsHint } from '../features/details/DetailsHint';
import { selectHandoutId, useHandoutStore } from '../features/stories/handoutState';
import { selectSelection, selectStory } from '../store/selectors';
import { useAppStore } from '../store/store';

const ExportPanelCode = lazy(() =>
  import('../features/export/ExportPanel').then((m) => ({ default: m.ExportPanel })),
);
const PathwaysPanelCode = lazy(() =>
  import('../features/pathways/PathwaysPanel').then((m) => ({ default: m.PathwaysPanel })),
);
const SourcesViewCode = lazy(() =>
  import('../features/sources/SourcesView').then((m) => ({ default: m.SourcesView })),
);
const TextViewCode = lazy(() =>
  import('../features/textview/TextView').then((m) => ({ default: m.TextView })),
);
const DetailsPanelCode = lazy(() =>
  import('../features/details/DetailsPanel').then((m) => ({ default: m.DetailsPanel })),
);
const StoryPlayerCode = lazy(() =>
  import('../features/stories/StoryPlayer').then((m) => ({ default: m.StoryPlayer })),
);

const loading = <p role="status">Loading…</p>;

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
      <DetailsPanelCode />
    </Suspense>
  );
}
