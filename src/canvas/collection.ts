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

/**
 * Give `cls` to exactly `want` among `scope` (default: every element), touching only the elements
 * whose class changes. Cytoscape's removeClass and addClass restyle every element they are given,
 * whether it had the class or not (3.34's toggleClass marks them all changed): clearing a class
 * from the whole graph to set it again on a few would restyle the whole graph on every filter
 * click, and at mount, when nothing has the class yet, for nothing.
 */
export function setClassOn(
  cy: Core,
  cls: string,
  want: Collection,
  scope: Collection = cy.elements(),
): Collection {
  const lose = scope.filter(`.${cls}`).difference(want);
  const gain = want.filter((e) => !e.hasClass(cls));
  lose.removeClass(cls);
  gain.addClass(cls);
  // The elements whose look may change.
  return lose.union(gain);
}
