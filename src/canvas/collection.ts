// From the derived view's ids to the canvas's elements: the one way canvas and image code turn a
// set of ids into a Cytoscape collection.
import type { Collection, Core } from 'cytoscape';

/** The elements of these ids that the canvas has (unknown ids are skipped). */
export function elementsOf(cy: Core, ids: Iterable<string>): Collection {
  // merge grows the collection in place: a union per id would copy it every time.
  const eles = cy.collection();
  for (const id of ids) eles.merge(cy.getElementById(id));
  return eles;
}
