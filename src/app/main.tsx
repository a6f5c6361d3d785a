import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { DataErrorScreen } from './DataErrorScreen';
import { loadBundledGraph } from './graphData';
import { preloadAfterFirstPaint } from './lazyParts';
import { registerOfflineSupport } from './offline';
import './styles.css';
import './responsive.css';

performance.mark('nociscope:script-start');
const result = loadBundledGraph();
performance.mark('nociscope:data-loaded');
const root = createRoot(document.getElementById('root')!);
root.render(
  <StrictMode>
    {result.ok ? (
      <App kb={{ graph: result.graph, stories: result.stories }} />
    ) : (
      <DataErrorScreen problems={result.problems} />
    )}
  </StrictMode>,
);
registerOfflineSupport();
// Once the map is drawn, fetch what the first tap on it needs.
if (typeof PerformanceObserver === 'function')
  new PerformanceObserver((marks, observer) => {
    if (!marks.getEntriesByName('nociscope:first-render').length) return;
    observer.disconnect();
    preloadAfterFirstPaint();
  }).observe({ type: 'mark', buffered: true });
