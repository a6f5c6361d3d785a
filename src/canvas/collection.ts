// From the derived view's ids to the canvas's elements: the one way canvas and image code turn a
// set of ids into a Cytoscape collection.
import type { Collection, Core } from 'cytoscape';

/** The elements of these ids that the canvas has (unknown ids are skipped). */
export function elementsOf(cy: Core, ids: Iterable<string>): Collection {
  let eles = cy.collection();
  for (const id of ids) eles = eles.union(cy.getElementById(id));
  return eles;
}
