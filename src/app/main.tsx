import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { DataErrorScreen } from './DataErrorScreen';
import { loadBundledGraph } from './graphData';
import { registerOfflineSupport } from './offline';
import './styles.css';

const result = loadBundledGraph();
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
