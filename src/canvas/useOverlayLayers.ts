// Overlay layers on the curated map: each overlay layer the derived view draws is added beside the
// curated map (its stored layout kept, moved right of the lanes), its matches to entities of the map
// (the view's `overlayMatches`) attach its edges to the curated entities, and those entities (the
// view's `matched`) get the `matched` class. Curated elements are never removed or moved; taking a
// layer off removes exactly what this hook added, which it remembers rather than asking Cytoscape
// for its classes. The element builder and the imported styles load with the first overlay layer,
// not with the first paint.
import type { Collection, Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { selectLayers, useLayerStore } from '../store/layers';
import { useAppStore } from '../store/store';
import type { ViewSelector } from '../store/view';
import { elementsOf, setClassOn } from './collection';
import { drawnNodeIds } from './drawn';
import { moveCamera } from './motion';

const styled = new WeakSet<Core>();

export function useOverlayLayers(cy: Core | null, view: ViewSelector) {
  const layers = useLayerStore(selectLayers);
  // Narrow picks of the view: a filter click or a selection leaves the overlays as they are.
  const attached = useAppStore((s) => view(s).overlayMatches);
  const matched = useAppStore((s) => view(s).matched);
  // The overlays shown so far, from when the stored layers were read: one the reader opens or shows
  // again after that is brought into view (it is placed beside the curated map, often off-screen).
  // Stored layers appearing at start-up leave the first view (a story step, a filter) alone.
  const known = useRef<ReadonlySet<string> | null>(null);
  // What this hook put on the canvas: the layers' elements and the entities it marked matched.
  const added = useRef<{ cy: Core; elements: Collection; matched: Collection } | null>(null);
  useEffect(() => {
    if (!cy) return;
    const shown = layers.filter((l) => attached.has(l.id));
    const before = known.current;
    const opened = before !== null && shown.some((l) => !before.has(l.id));
    // Recorded once this run has drawn them: a run cut short by the next change leaves the new
    // layer new, so the next run still brings it into view.
    const settle = () => {
      if (before || useLayerStore.getState().loaded) known.current = new Set(shown.map((l) => l.id));
    };
    const mine = added.current?.cy === cy ? added.current : null;
    if (shown.length === 0 && !mine) return settle();
    let live = true;
    let unfollow = () => {};
    void Promise.all([import('./layerElements'), import('./importedStylesheet'), import('./nearZoom')]).then(
      ([
        { boundsOf, IMPORTED_SUFFIX, layerElements, overlayOffsets, spreadOverlay },
        { BIG_LAYER, BIG_OVERLAY_BOX, IMPORTED_RULES },
        { followNearZoom, isNear },
      ]) => {
        if (!live || cy.destroyed()) return;
        // A big overlay is drawn for speed until the zoom makes it legible (importedStylesheet.ts).
        const bigClasses = isNear(cy) ? 'big near' : 'big';
        if (shown.some((l) => l.network.nodes.length >= BIG_LAYER))
          unfollow = followNearZoom(cy, '.imported.big');
        if (!styled.has(cy)) {
          styled.add(cy);
          cy.style().append(IMPORTED_RULES).update();
        }
        cy.batch(() => {
          const last = added.current?.cy === cy ? added.current : null;
          last?.elements.remove();
          const marked = elementsOf(cy, matched);
          setClassOn(cy, 'matched', marked, last ? last.matched.union(marked) : marked);
          const elements = cy.collection();
          added.current = shown.length ? { cy, elements, matched: marked } : null;
          if (shown.length === 0) return;
          const curated = boundsOf(cy.nodes().map((n) => n.position())) ?? {
            minX: 0,
            minY: 0,
            maxX: 0,
            maxY: 0,
          };
          // Spread so no two imported boxes overlap: an edge between overlapping nodes vanished.
          const spread = shown.map((l) =>
            l.network.nodes.length >= BIG_LAYER ? spreadOverlay(l, BIG_OVERLAY_BOX) : spreadOverlay(l),
          );
          const offsets = overlayOffsets(spread, curated);
          for (const layer of spread) {
            // Only matches to entities on the map (the view drops a stored match to one since removed).
            const matches = attached.get(layer.id)!;
            elements.merge(
              cy.add(
                layerElements(layer, {
                  offset: offsets.get(layer.id)!,
                  suffix: IMPORTED_SUFFIX,
                  matches,
                  ...(layer.network.nodes.length >= BIG_LAYER ? { classes: bigClasses } : {}),
                }),
              ),
            );
          }
        });
        settle();
        if (opened) {
          const drawn = elementsOf(cy, drawnNodeIds(view(useAppStore.getState())));
          moveCamera(cy, { fit: { eles: drawn, padding: 30 } }, 300);
        }
      },
    );
    return () => {
      live = false;
      unfollow();
    };
  }, [cy, layers, attached, matched, view]);
}
