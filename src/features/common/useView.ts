// The derived view (src/model/view.ts) for components: what the map shows right now. Every panel
// that counts, lists or exports what is shown reads this one value.
import type { DerivedView } from '../../model/view';
import { useAppStore } from '../../store/store';
import { viewSelector } from '../../store/view';
import { useKnowledgeBase } from './graphContext';

export function useView(): DerivedView {
  const { graph, stories } = useKnowledgeBase();
  return useAppStore(viewSelector(graph, stories));
}
