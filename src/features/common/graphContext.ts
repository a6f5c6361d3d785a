// The loaded knowledge base, provided once at the top of the app. It never changes while the app
// runs, so it lives in context rather than in the store (the store holds only ids and UI state).
import { createContext, useContext } from 'react';
import type { Graph } from '../../model/graph';
import type { Story } from '../../model/story';

export interface KnowledgeBase {
  readonly graph: Graph;
  readonly stories: readonly Story[];
}

export const KnowledgeBaseContext = createContext<KnowledgeBase | null>(null);

export function useKnowledgeBase(): KnowledgeBase {
  const kb = useContext(KnowledgeBaseContext);
  if (!kb) throw new Error('useKnowledgeBase needs a KnowledgeBaseContext provider');
  return kb;
}

export const useGraph = () => useKnowledgeBase().graph;
