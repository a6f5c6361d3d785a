// The imported selection on a canvas (the layer on its own, or overlays on the curated map): the
// picked node or edge, whoever picked it (a tap, a search hit, a table row, a path card), is brought
// into view with its neighbours when it is not in view already. A tap picks what is in view, so only
// picks from elsewhere move the camera. Its highlight is the derived view's (useLayerFilterClasses).
import type { Core, SingularElementArgument } from 'cytoscape';
import { useEffect } from 'react';
import { selectImportedPathQuery, useImportedPaths } from '../store/importedPaths';
import { selectImportedSelection } from '../store/layers';
import { useAppStore } from '../store/store';
import { elementIdOf, importedEdgeId, importedElementId } from './importedIds';

/** Closest a framed pick zooms in: a lone node framed alone would fill the screen. */
const MAX_FOCUS_ZOOM = 1.5;

function inView(cy: Core, el: SingularElementArgument): boolean {
  const bb = el.boundingBox();
  const ext = cy.extent();
  return bb.x1 >= ext.x1 && bb.x2 <= ext.x2 && bb.y1 >= ext.y1 && bb.y2 <= ext.y2;
}

/** Bring `el` and its neighbours into view, zoomed no closer than MAX_FOCUS_ZOOM. */
export function frameElement(cy: Core, el: SingularElementArgument): void {
  const eles = el.isNode() ? el.closedNeighborhood() : el.union(el.connectedNodes());
  const bb = eles.filter(':visible').union(el).boundingBox();
  const pad = 60;
  const zoom = Math.max(
    cy.minZoom(),
    Math.min(MAX_FOCUS_ZOOM, (cy.width() - 2 * pad) / bb.w, (cy.height() - 2 * pad) / bb.h),
  );
  const centre = { x: bb.x1 + bb.w / 2, y: bb.y1 + bb.h / 2 };
  cy.stop();
  cy.animate({
    zoom,
    pan: { x: cy.width() / 2 - zoom * centre.x, y: cy.height() / 2 - zoom * centre.y },
    duration: 250,
  });
}

export function useImportedFocus(cy: Core | null): void {
  const pick = useAppStore(selectImportedSelection);
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const el = pick ? cy.getElementById(elementIdOf(pick)) : cy.collection();
    const one = el.nonempty() ? el[0]! : null;
    if (one && one.visible() && !inView(cy, one)) frameElement(cy, one);
  }, [cy, pick]);
}

/** The imported path shown from the Pathways panel: its nodes and edges get `path-el`. */
export function useImportedPathClasses(cy: Core | null, layerId: string): void {
  const query = useImportedPaths(selectImportedPathQuery);
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    const shown = query?.layerId === layerId ? query.shown : null;
    if (!shown) return;
    // The classes this effect set are the ones it takes off (never read back from the canvas).
    const eles = cy.collection();
    for (const id of shown.nodes) eles.merge(cy.getElementById(importedElementId(layerId, id)));
    for (const id of shown.edges) eles.merge(cy.getElementById(importedEdgeId(layerId, id)));
    eles.addClass('path-el');
    return () => {
      if (!cy.destroyed()) eles.removeClass('path-el');
    };
  }, [cy, query, layerId]);
}
