// Render a panel inside the real knowledge base (graph-data), as the app does.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { KnowledgeBaseContext, type KnowledgeBase } from '../../src/features/common/graphContext';
import { loadGraph } from '../../src/model/load';

function load(): KnowledgeBase {
  const result = loadGraph(readGraphFiles('graph-data'));
  if (!result.ok)
    throw new Error(`graph-data does not load: ${result.problems.map((p) => p.message).join('; ')}`);
  return { graph: result.graph, stories: result.stories };
}

/** The real knowledge base, loaded once per test file. */
export const kb = load();

export function renderWithGraph(ui: ReactElement) {
  return render(<KnowledgeBaseContext.Provider value={kb}>{ui}</KnowledgeBaseContext.Provider>);
}
