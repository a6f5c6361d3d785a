// @vitest-environment node
// A big layer far out draws no lines (nor labels); near, both come back, and what a filter hides
// stays hidden either way: on a layer of its own and over the curated map.
import cytoscape, { type StylesheetJson } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { IMPORTED_RULES, importedStylesheet } from '../../src/canvas/importedStylesheet';
import { STYLESHEET } from '../../src/canvas/stylesheet';
import { LAYER_FILTER_RULES } from '../../src/canvas/useLayerFilterClasses';

/** A headless instance with styles, one edge between two nodes, every element given `classes`. */
function drawn(style: StylesheetJson, classes: string) {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style,
    elements: [
      { group: 'nodes', data: { id: 'a', label: 'a' }, classes, position: { x: 0, y: 0 } },
      { group: 'nodes', data: { id: 'b', label: 'b' }, classes, position: { x: 50, y: 0 } },
      { group: 'edges', data: { id: 'ab', source: 'a', target: 'b', polarity: 1 }, classes },
    ],
  });
  const edge = cy.getElementById('ab');
  const out = { edge: edge.visible(), label: cy.getElementById('a').style('label') as string };
  cy.destroy();
  return out;
}

describe('a big layer far out and near', () => {
  const own = [...importedStylesheet(true), ...LAYER_FILTER_RULES] as StylesheetJson;
  const overlay = [...STYLESHEET, ...IMPORTED_RULES] as StylesheetJson;

  it('on its own: no lines or labels far out, both near, none of what a filter hides', () => {
    expect(drawn(own, '')).toEqual({ edge: false, label: '' });
    expect(drawn(own, 'near')).toEqual({ edge: true, label: 'a' });
    expect(drawn(own, 'near hidden').edge).toBe(false);
  });

  it('over the curated map: the same', () => {
    expect(drawn(overlay, 'imported big').edge).toBe(false);
    expect(drawn(overlay, 'imported big near').edge).toBe(true);
    expect(drawn(overlay, 'imported big near hidden').edge).toBe(false);
  });

  it('a small layer keeps its lines at every zoom', () => {
    expect(drawn(importedStylesheet(false), '').edge).toBe(true);
  });
});
