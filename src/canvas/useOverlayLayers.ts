// Overlay layers on the curated map: each visible overlay layer is added beside the curated map
// (its stored layout kept, moved right of the lanes), its accepted matches attach its edges to the
// curated entities, and those entities get the `matched` class. Curated elements are never removed
// or moved; taking a layer off removes exactly what it added.
import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { selectLayers, useLayerStore } from '../store/layers';
import { boundsOf, IMPORTED_SUFFIX, layerElements, overlayOffsets } from './layerElements';

export function useOverlayLayers(cy: Core | null) {
  const layers = useLayerStore(selectLayers);
  useEffect(() => {
    if (!cy) return;
    const shown = layers.filter((l) => l.mode === 'overlay' && !l.hidden);
    cy.batch(() => {
      cy.elements('.imported').remove();
      cy.nodes('.matched').removeClass('matched');
      if (shown.length === 0) return;
      const curated = boundsOf(cy.nodes().map((n) => n.position())) ?? { minX: 0, minY: 0, maxX: 0, maxY: 0 };
      const offsets = overlayOffsets(shown, curated);
      for (const layer of shown) {
        // Only matches to entities on the map: a stored match to an entity since removed is dropped.
        const matches = new Map(
          layer.matches.filter(([, curatedId]) => cy.getElementById(curatedId).nonempty()),
        );
        cy.add(layerElements(layer, { offset: offsets.get(layer.id)!, suffix: IMPORTED_SUFFIX, matches }));
        for (const curatedId of matches.values()) cy.getElementById(curatedId).addClass('matched');
      }
    });
  }, [cy, layers]);
}
