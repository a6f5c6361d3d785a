// The imported selection on a canvas (the layer on its own, or overlays on the curated map): the
// picked node or edge, whoever picked it (a tap, a search hit, a table row, a path card), is brought
// into view with its neighbours when it is not in view already. A tap picks what is in view, so only
// picks from elsewhere move the camera. Whether the pick and its neighbours are drawn is the derived
// view's answer (`drawsImported`, `drawnNodes`), never Cytoscape's `:visible`; its highlight is the
// view's too (useLayerFilterClasses), and so is the path shown from the Pathways panel.
import type { Core, SingularElementArgument } from 'cytoscape';
import { useEffect } from 'react';
import { drawsImported } from '../model/view';
import { selectImportedSelection } from '../store/layers';
import { useAppStore } from '../store/store';
import type { ViewSelector } from '../store/view';
import { elementsOf } from './collection';
import { drawnNodeIds } from './drawn';
import { elementIdOf, importedEdgeId, importedElementId } from './importedIds';
import { moveCamera } from './motion';

/** Closest a framed pick zooms in: a lone node framed alone would fill the screen. */
const MAX_FOCUS_ZOOM = 1.5;

function inView(cy: Core, el: SingularElementArgument): boolean {
  const bb = el.boundingBox();
  const ext = cy.extent();
  return bb.x1 >= ext.x1 && bb.x2 <= ext.x2 && bb.y1 >= ext.y1 && bb.y2 <= ext.y2;
}

/**
 * Bring `el` and its neighbours into view, zoomed no closer than MAX_FOCUS_ZOOM. `drawn` holds the
 * Cytoscape ids of the nodes the view draws: a neighbour it leaves out does not widen the frame.
 */
export function frameElement(cy: Core, el: SingularElementArgument, drawn: ReadonlySet<string>): void {
  const ends = el.isNode() ? el.closedNeighborhood().nodes() : el.connectedNodes();
  const bb = ends
    .filter((n) => drawn.has(n.id()))
    .union(el)
    .boundingBox();
  const pad = 60;
  const zoom = Math.max(
    cy.minZoom(),
    Math.min(MAX_FOCUS_ZOOM, (cy.width() - 2 * pad) / bb.w, (cy.height() - 2 * pad) / bb.h),
  );
  const centre = { x: bb.x1 + bb.w / 2, y: bb.y1 + bb.h / 2 };
  const pan = { x: cy.width() / 2 - zoom * centre.x, y: cy.height() / 2 - zoom * centre.y };
  cy.stop();
  moveCamera(cy, { zoom, pan }, 250);
}

export function useImportedFocus(cy: Core | null, view: ViewSelector): void {
  const pick = useAppStore(selectImportedSelection);
  useEffect(() => {
    if (!cy || cy.destroyed() || !pick) return;
    const v = view(useAppStore.getState());
    if (!drawsImported(v, pick)) return;
    const el = cy.getElementById(elementIdOf(pick));
    const one = el.nonempty() ? el[0]! : null;
    if (one && !inView(cy, one)) frameElement(cy, one, new Set(drawnNodeIds(v)));
  }, [cy, pick, view]);
}

/** The imported path shown from the Pathways panel (the view's `importedPath`) gets `path-el`. */
export function useImportedPathClasses(cy: Core | null, layerId: string, view: ViewSelector): void {
  const path = useAppStore((s) => view(s).importedPath);
  useEffect(() => {
    if (!cy || cy.destroyed()) return;
    if (path?.layerId !== layerId) return;
    // The classes this effect set are the ones it takes off (never read back from the canvas).
    const eles = elementsOf(cy, [
      ...[...path.nodes].map((id) => importedElementId(layerId, id)),
      ...[...path.edges].map((id) => importedEdgeId(layerId, id)),
    ]);
    eles.addClass('path-el');
    return () => {
      if (!cy.destroyed()) eles.removeClass('path-el');
    };
  }, [cy, path, layerId]);
}
