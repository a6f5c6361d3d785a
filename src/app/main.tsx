import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { DataErrorScreen } from './DataErrorScreen';
import { applyDeferredStyles } from './deferredStyles';
import { followFirstView } from './firstView';
import { loadBundledGraph } from './graphData';
import { preloadAfterFirstPaint } from './lazyParts';
import { registerOfflineSupport } from './offline';
import './styles.css';
import './responsive.css';

performance.mark('nociscope:script-start');
// The page's picture of the map (build/firstView.ts) stays until the live canvas has drawn.
const firstView = followFirstView();
const result = loadBundledGraph();
performance.mark('nociscope:data-loaded');
if (!result.ok) firstView.drop();
const root = createRoot(document.getElementById('root')!);
// The page's own stylesheet does not hold back its first paint (build/firstView.ts); the interface
// waits for it, the data above did not.
void applyDeferredStyles().then(() => {
  firstView.mapComing();
  root.render(
    <StrictMode>
      {result.ok ? (
        <App kb={{ graph: result.graph, stories: result.stories }} />
      ) : (
        <DataErrorScreen problems={result.problems} />
      )}
    </StrictMode>,
  );
});
registerOfflineSupport();
// Once the map is drawn, fetch what the first tap on it needs.
if (typeof PerformanceObserver === 'function')
  new PerformanceObserver((marks, observer) => {
    if (!marks.getEntriesByName('nociscope:first-render').length) return;
    observer.disconnect();
    preloadAfterFirstPaint();
  }).observe({ type: 'mark', buffered: true });
