// Rules that keep the state coherent as the view changes; started once by the app, like URL sync.
// A therapy filter shows the therapy: a selected entity or relation outside the therapy's mechanism
// is let go, so the view is the mechanism, not a faded mechanism around an old selection. An
// imported element an unticked layer facet hides is let go too: the map no longer draws it.
import type { Graph } from '../model/graph';
import type { Story } from '../model/story';
import { drawsImported, type DerivedView, type Selection } from '../model/view';
import { useAppStore } from './store';
import { viewSelector } from './view';

/** Whether the selection is part of what the view keeps (a source is never dropped). */
export function selectionKept(view: DerivedView, sel: Selection): boolean {
  if (sel.type === 'node') return view.kept.nodes.has(sel.id);
  if (sel.type === 'edge') return view.kept.edges.has(sel.id);
  return true;
}

/** Start the rules; returns the unsubscribe function. */
export function startViewRules(graph: Graph, stories: readonly Story[]): () => void {
  const view = viewSelector(graph, stories);
  return useAppStore.subscribe((s, prev) => {
    const sel = s.selection;
    if (sel?.type === 'imported' && s.layerFacets !== prev.layerFacets && !drawsImported(view(s), sel))
      return s.select(null);
    const therapyChanged = s.filters.therapies !== prev.filters.therapies;
    // A link or back/forward that sets filters and selection together is taken as it is.
    if (!therapyChanged || s.story || !s.selection || s.selection !== prev.selection) return;
    if (s.filters.therapies.length > 0 && !selectionKept(view(s), s.selection)) s.select(null);
  });
}
