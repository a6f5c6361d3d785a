// The real knowledge base (graph-data) and a render helper that provides it, as the app does.
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

export const kb = load();

export function storyById(id: string) {
  const story = kb.stories.find((s) => s.id === id);
  if (!story) throw new Error(`no story ${id}`);
  return story;
}

export const renderWithGraph = (ui: ReactElement) =>
  render(<KnowledgeBaseContext.Provider value={kb}>{ui}</KnowledgeBaseContext.Provider>);
