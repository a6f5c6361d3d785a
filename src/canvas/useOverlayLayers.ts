// Overlay layers on the curated map: each visible overlay layer is added beside the curated map
// (its stored layout kept, moved right of the lanes), its accepted matches attach its edges to the
// curated entities, and those entities get the `matched` class. Curated elements are never removed
// or moved; taking a layer off removes exactly what it added. The element builder and the imported
// styles load with the first overlay layer, not with the first paint.
import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { selectLayers, useLayerStore } from '../store/layers';

const styled = new WeakSet<Core>();

export function useOverlayLayers(cy: Core | null) {
  const layers = useLayerStore(selectLayers);
  // The overlays shown so far, from when the stored layers were read: one the reader opens or shows
  // again after that is brought into view (it is placed beside the curated map, often off-screen).
  // Stored layers appearing at start-up leave the first view (a story step, a filter) alone.
  const known = useRef<ReadonlySet<string> | null>(null);
  useEffect(() => {
    if (!cy) return;
    const shown = layers.filter((l) => l.mode === 'overlay' && !l.hidden);
    const before = known.current;
    const opened = before !== null && shown.some((l) => !before.has(l.id));
    // Recorded once this run has drawn them: a run cut short by the next change leaves the new
    // layer new, so the next run still brings it into view.
    const settle = () => {
      if (before || useLayerStore.getState().loaded) known.current = new Set(shown.map((l) => l.id));
    };
    if (shown.length === 0 && cy.elements('.imported, .matched').empty()) return settle();
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
          cy.elements('.imported').remove();
          cy.nodes('.matched').removeClass('matched');
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
            // Only matches to entities on the map: a stored match to an entity since removed is dropped.
            const matches = new Map(
              layer.matches.filter(([, curatedId]) => cy.getElementById(curatedId).nonempty()),
            );
            cy.add(
              layerElements(layer, {
                offset: offsets.get(layer.id)!,
                suffix: IMPORTED_SUFFIX,
                matches,
                ...(layer.network.nodes.length >= BIG_LAYER ? { classes: bigClasses } : {}),
              }),
            );
            for (const curatedId of matches.values()) cy.getElementById(curatedId).addClass('matched');
          }
        });
        settle();
        if (opened) cy.animate({ fit: { eles: cy.elements(':visible'), padding: 30 }, duration: 300 });
      },
    );
    return () => {
      live = false;
      unfollow();
    };
  }, [cy, layers]);
}
