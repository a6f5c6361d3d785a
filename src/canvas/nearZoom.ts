// Big networks show labels and each relation's effect only near enough to read them
// (importedStylesheet's NEAR_ZOOM): the elements get the class `near` when the zoom crosses that
// line and lose it on the way back, so the restyle costs once per crossing, never per frame. Used
// by a big layer on its own (every element) and by a big overlay on the curated map (its elements).
import type { Core } from 'cytoscape';
import { NEAR_ZOOM } from './importedStylesheet';

/** Whether elements made now should carry `near` (they follow the zoom from then on). */
export const isNear = (cy: Core) => cy.zoom() >= NEAR_ZOOM;

/** Keep `near` on the elements matching `selector` in step with the zoom; returns the unsubscribe. */
export function followNearZoom(cy: Core, selector = '*'): () => void {
  let near = isNear(cy);
  const update = () => {
    const now = isNear(cy);
    if (now === near) return;
    near = now;
    const eles = cy.elements(selector);
    cy.batch(() => (now ? eles.addClass('near') : eles.removeClass('near')));
  };
  cy.on('zoom', update);
  return () => void cy.off('zoom', update);
}
