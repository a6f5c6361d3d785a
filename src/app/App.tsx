// Layout only: header, side panel, canvas, details. Every feature lives in src/features.
import { useEffect, useMemo } from 'react';
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
  LazyPathwaysPanel,
  LazySourcesView,
  LazyStoryPlayer,
  LazyTextView,
} from './lazyParts';
import { PanelBoundary } from './PanelBoundary';
import { SidePanel } from './SidePanel';

export function App({ kb }: { kb: KnowledgeBase }) {
  const presenter = useAppStore(selectPresenter);
  const openLayer = useLayerStore(selectOpenLayer);
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
          <SidePanel panels={panels} />
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
                      </button>
                    </p>
                    <LayerHiddenIndicator layer={openLayer} />
                    <LazyImportedCanvas layer={openLayer} graph={kb.graph} stories={kb.stories} />
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
            <PanelBoundary name="the details panel">
              <LazyDetailsPanel />
            </PanelBoundary>
            <div className="legend-dock">
              <Legend />
            </div>
          </aside>
        </div>
      </div>
    </KnowledgeBaseContext.Provider>
  );
}
