// Layout only: header, side panel, canvas, details. Every feature lives in src/features.
import { useEffect, useId, useMemo, useState } from 'react';
import { GraphCanvas } from '../canvas/GraphCanvas';
import { KnowledgeBaseContext, type KnowledgeBase } from '../features/common/graphContext';
import { FilterPanel } from '../features/filters/FilterPanel';
import { HiddenIndicator, LayerHiddenIndicator } from '../features/filters/HiddenIndicator';
import { Legend } from '../features/legend/Legend';
import { Notices } from '../features/notices/Notices';
import { SearchBox } from '../features/search/SearchBox';
import { StoriesPanel } from '../features/stories/StoriesPanel';
import { OfflineIndicator } from '../features/offline/OfflineIndicator';
import { Toolbar } from '../features/toolbar/Toolbar';
import { DropTarget, OpenNetworkButton } from '../features/import/OpenNetworkButton';
import '../features/common/layers.css';
import { selectOpenLayer, useLayerStore } from '../store/layers';
import { useAppStore } from '../store/store';
import { selectPresenter } from '../store/selectors';
import { startUrlSync } from '../store/urlSync';
import { startViewRules } from '../store/viewRules';
import {
  LazyDetailsPanel,
  LazyExportPanel,
  LazyImportDialog,
  LazyImportedCanvas,
  LazyLayersPanel,
  LazyNetworkTable,
  LazyPathwaysPanel,
  LazySourcesView,
  LazyStoryPlayer,
  LazyTextView,
} from './lazyParts';
import { PanelBoundary } from './PanelBoundary';
import { SidePanel } from './SidePanel';

/** The mark the canvas sets on its first drawn frame (GraphCanvas, ImportedCanvas). */
const FIRST_FRAME_MARK = 'nociscope:first-render';
/**
 * If the map never draws (it failed, and its boundary says so), the panels come anyway after this
 * long: a safety net, not a schedule.
 */
const PANELS_AT_THE_LATEST_MS = 4000;

/**
 * Whether the side panel and the details column may render: once the map has drawn its first frame
 * (issue 20, "draw the map before the interface"). Their columns have fixed widths (responsive.css),
 * so the map's box is the same before and after they arrive, and Cytoscape measures it and draws
 * without waiting for React to render every panel first.
 */
function useMapDrawnFirst(): boolean {
  const [drawn, setDrawn] = useState(() => performance.getEntriesByName(FIRST_FRAME_MARK).length > 0);
  useEffect(() => {
    if (drawn) return;
    const show = () => setDrawn(true);
    const timer = setTimeout(show, PANELS_AT_THE_LATEST_MS);
    let observer: PerformanceObserver | null = null;
    if (typeof PerformanceObserver === 'function') {
      observer = new PerformanceObserver((marks) => {
        if (marks.getEntriesByName(FIRST_FRAME_MARK).length) show();
      });
      observer.observe({ type: 'mark', buffered: true });
    } else show();
    return () => {
      clearTimeout(timer);
      observer?.disconnect();
    };
  }, [drawn]);
  useEffect(() => {
    // For the benchmark (bench/firstPaint.ts, bench/slowFirstVisit.ts): every panel is on screen.
    if (drawn) performance.mark('nociscope:interactive');
  }, [drawn]);
  return drawn;
}

export function App({ kb }: { kb: KnowledgeBase }) {
  const presenter = useAppStore(selectPresenter);
  const panelsShown = useMapDrawnFirst();
  const openLayer = useLayerStore(selectOpenLayer);
  // The table of the network open on its own, under its map (closed until asked for).
  const [tableOpen, setTableOpen] = useState(false);
  const tableId = useId();
  useEffect(() => startUrlSync(kb.graph, kb.stories), [kb]);
  useEffect(() => startViewRules(kb.graph, kb.stories), [kb]);
  // Stored layers are read once after start: the curated map never waits for IndexedDB.
  useEffect(() => void useLayerStore.getState().loadStored(), []);
  const panels = useMemo(
    () => ({
      filters: <FilterPanel />,
      stories: <StoriesPanel />,
      paths: <LazyPathwaysPanel />,
      sources: <LazySourcesView />,
      export: <LazyExportPanel />,
      text: <LazyTextView />,
      layers: <LazyLayersPanel />,
    }),
    [],
  );
  return (
    <KnowledgeBaseContext.Provider value={kb}>
      <div className={presenter ? 'app app--presenter' : 'app'}>
        <a className="skip-link" href="#details">
          Skip to details
        </a>
        <header className="header">
          <h1 className="brand">
            Nociscope <span className="brand__tag">immune cells, stem cells &amp; neuropathic pain</span>
          </h1>
          <SearchBox />
          <Toolbar />
          <OpenNetworkButton />
          <OfflineIndicator />
        </header>
        <Notices />
        <div className="main">
          {panelsShown ? <SidePanel panels={panels} /> : <aside className="side" aria-label="Tools" />}
          {/* The map is the page's main content; the tools and details beside it are complementary. */}
          <main className="stage" aria-label="Graph">
            <PanelBoundary name="the import dialog">
              <LazyImportDialog />
            </PanelBoundary>
            <PanelBoundary name="the map">
              <DropTarget>
                {openLayer ? (
                  <>
                    {/* Only the sentence is a live region: a button inside one would be read out as
                        part of every announcement. */}
                    <p className="layer-banner">
                      <span role="status">
                        Viewing the imported network “{openLayer.name}” on its own, not the curated map.
                      </span>{' '}
                      <button type="button" onClick={() => useLayerStore.getState().openLayer(null)}>
                        Back to the curated map
                      </button>{' '}
                      <button
                        type="button"
                        aria-expanded={tableOpen}
                        aria-controls={tableId}
                        onClick={() => setTableOpen(!tableOpen)}
                      >
                        {tableOpen ? 'Hide the table' : 'Table of nodes and edges'}
                      </button>
                    </p>
                    <LayerHiddenIndicator layer={openLayer} />
                    <LazyImportedCanvas layer={openLayer} graph={kb.graph} stories={kb.stories} />
                    <div id={tableId} className="stage__table">
                      {tableOpen && (
                        <PanelBoundary name="the table">
                          <LazyNetworkTable layer={openLayer} />
                        </PanelBoundary>
                      )}
                    </div>
                  </>
                ) : (
                  <>
                    <HiddenIndicator />
                    <GraphCanvas graph={kb.graph} stories={kb.stories} />
                  </>
                )}
              </DropTarget>
            </PanelBoundary>
            <PanelBoundary name="the story player">
              <LazyStoryPlayer />
            </PanelBoundary>
          </main>
          {/* In the tab order (not -1): it scrolls, and with nothing selected it holds no control, so
              keyboard users could not scroll it otherwise. It is also the skip link's target. */}
          <aside id="details" className="details-column" aria-label="Details" tabIndex={0}>
            {panelsShown && (
              <>
                <PanelBoundary name="the details panel">
                  <LazyDetailsPanel />
                </PanelBoundary>
                <div className="legend-dock">
                  <Legend />
                </div>
              </>
            )}
          </aside>
        </div>
      </div>
    </KnowledgeBaseContext.Provider>
  );
}
