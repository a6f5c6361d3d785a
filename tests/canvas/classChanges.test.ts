// @vitest-environment node
// Class updates touch only the elements whose class changes. Cytoscape restyles every element
// handed to addClass/removeClass, whether its classes change or not, so clearing a class from the
// whole graph to set it on a few restyled the whole graph at mount and on every filter click.
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { setClassOn } from '../../src/canvas/collection';
import { applyFilterClasses } from '../../src/canvas/useCanvasSync';
import type { DerivedView } from '../../src/model/view';

let cy: Core;
afterEach(() => cy?.destroy());

/** A chain of `n` nodes; counts the elements Cytoscape reports a class change for. */
function chain(n: number) {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...Array.from({ length: n }, (_, i) => ({ group: 'nodes' as const, data: { id: `n${i}` } })),
      ...Array.from({ length: n - 1 }, (_, i) => ({
        group: 'edges' as const,
        data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}` },
      })),
    ],
  });
  const touched: string[] = [];
  cy.on('class', (e) => void touched.push((e.target as { id(): string }).id()));
  return touched;
}

const view = (faded: string[], hidden: string[] = []) =>
  ({
    faded: { nodes: new Set(faded), edges: new Set() },
    hidden: { nodes: new Set(hidden), edges: new Set() },
  }) as unknown as Pick<DerivedView, 'faded' | 'hidden'>;

describe('class changes', () => {
  it('at mount, with nothing filtered, no element is touched', () => {
    const touched = chain(50);
    applyFilterClasses(cy, view([]));
    expect(touched).toEqual([]);
  });

  it('a filter touches what it changes, and only that', () => {
    const touched = chain(50);
    applyFilterClasses(cy, view(['n1', 'n2']));
    expect(touched.sort()).toEqual(['n1', 'n2']);
    touched.length = 0;
    applyFilterClasses(cy, view(['n2', 'n3'], ['n4']));
    expect(touched.sort()).toEqual(['n1', 'n3', 'n4']);
    expect(cy.$('.faded').map((e) => e.id())).toEqual(['n2', 'n3']);
    expect(cy.$('.hidden').map((e) => e.id())).toEqual(['n4']);
  });

  it('setClassOn gives the class to exactly the wanted elements of its scope and returns the changed', () => {
    chain(5);
    cy.$('#n0, #n1').addClass('x');
    const changed = setClassOn(cy, 'x', cy.$('#n1, #n2'), cy.elements('node'));
    expect(changed.map((e) => e.id()).sort()).toEqual(['n0', 'n2']);
    expect(cy.$('.x').map((e) => e.id())).toEqual(['n1', 'n2']);
  });
});
