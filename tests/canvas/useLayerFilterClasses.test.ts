// @vitest-environment jsdom
// The layer canvas follows the facets without React: unticking a value sets `hidden` on the
// elements the pure layerFilter names (an edge with a hidden end is left to Cytoscape, which hides it
// with its node: it is not drawn, and costs no style update), ticking it again takes the class off,
// only changed elements are touched, and a selection that gets hidden is cleared (by the store's view
// rules: the hook only draws what the derived view says). A headless Cytoscape stands in for the
// drawn one (the drawing itself is checked in tests/e2e/import.e2e.ts).
import { act, cleanup, renderHook } from '@testing-library/react';
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { layerElements } from '../../src/canvas/layerElements';
import { LAYER_FILTER_RULES, useLayerFilterClasses } from '../../src/canvas/useLayerFilterClasses';
import { newLayer } from '../../src/import/layerStore';
import { parseNetworkFile } from '../../src/import/parse';
import { resetLayerStore, selectImportedSelection, useLayerStore } from '../../src/store/layers';
import { viewSelector } from '../../src/store/view';
import { startViewRules } from '../../src/store/viewRules';
import { kb } from '../features/helpers';

// Two node types (gene, drug) and three interaction words.
const csv = ['source,target,relation', 'TGFB1,IL10,activates', 'IL10,TNF,inhibits', 'TNF,TGFB1,binds'].join(
  '\n',
);
const nodesCsv = ['id,label,kind', 'TGFB1,TGFB1,gene', 'IL10,IL10,gene', 'TNF,TNF,drug'].join('\n');

function setup() {
  const parsed = parseNetworkFile('n.csv', csv).network!;
  const kinds = new Map(
    nodesCsv
      .split('\n')
      .slice(1)
      .map((l) => [l.split(',')[0]!, l.split(',')[2]!] as const),
  );
  const network = { ...parsed, nodes: parsed.nodes.map((n) => ({ ...n, kind: kinds.get(n.label)! })) };
  const layer = { ...newLayer(network, 'own', new Map()), id: 'L' };
  const cy: Core = cytoscape({
    headless: true,
    styleEnabled: true,
    style: LAYER_FILTER_RULES,
    elements: layerElements(layer),
  });
  useLayerStore.setState({ layers: [layer], openLayerId: 'L', loaded: true });
  const view = viewSelector(kb.graph, kb.stories);
  stopRules = startViewRules(kb.graph, kb.stories);
  renderHook(() => useLayerFilterClasses(cy, layer.id, view));
  const hidden = () =>
    cy
      .elements('.hidden')
      .map((e) => (e.isNode() ? (e.data('label') as string) : `edge ${e.data('iid') as string}`))
      .sort();
  return { cy, layer, hidden, id: (label: string) => network.nodes.find((n) => n.label === label)!.id };
}

let stopRules = () => {};
beforeEach(() => resetLayerStore());
afterEach(() => {
  stopRules();
  cleanup();
});

describe('useLayerFilterClasses', () => {
  it('hides the nodes of an unticked type and the edges touching them, and shows them again', () => {
    const { cy, hidden } = setup();
    expect(hidden()).toEqual([]);
    act(() => useLayerStore.getState().toggleLayerFacet('L', 'nodeTypes', 'v:drug'));
    expect(hidden().filter((h) => !h.startsWith('edge'))).toEqual(['TNF']);
    // IL10 → TNF and TNF → TGFB1 touch TNF: not drawn, though they carry no class of their own.
    expect(cy.edges().filter((e) => !e.visible())).toHaveLength(2);
    expect(cy.edges('.hidden')).toHaveLength(0);
    act(() => useLayerStore.getState().showAllOfLayer('L'));
    expect(hidden()).toEqual([]);
    expect(cy.elements().filter((e) => !e.visible())).toHaveLength(0);
  });

  it('hides edges by interaction word without touching nodes', () => {
    const { cy } = setup();
    act(() => useLayerStore.getState().toggleLayerFacet('L', 'interactions', 'v:binds'));
    expect(cy.nodes('.hidden')).toHaveLength(0);
    expect(cy.edges('.hidden').map((e) => e.data('iid') as string)).toEqual([
      cy
        .edges()
        .filter((e) => e.source().data('label') === 'TNF')[0]!
        .data('iid'),
    ]);
  });

  it('touches only the elements whose state changed', () => {
    const { cy } = setup();
    act(() => useLayerStore.getState().toggleLayerFacet('L', 'interactions', 'v:binds'));
    // Every element the hook changes, it looks up by id: count the look-ups.
    const looked: string[] = [];
    const byId = cy.getElementById.bind(cy);
    cy.getElementById = (id: string) => {
      looked.push(id);
      return byId(id);
    };
    act(() => useLayerStore.getState().toggleLayerFacet('L', 'interactions', 'v:inhibits'));
    expect(looked).toHaveLength(1);
    expect(cy.edges('.hidden')).toHaveLength(2);
  });

  it('clears a selection that the facets hide, and keeps one they do not', () => {
    const { cy, id } = setup();
    const tnf = cy.nodes().filter((n) => n.data('label') === 'TNF');
    act(() => useLayerStore.getState().selectImported({ layerId: 'L', type: 'node', id: id('TNF') }));
    act(() => useLayerStore.getState().toggleLayerFacet('L', 'nodeTypes', 'v:gene'));
    expect(selectImportedSelection(useLayerStore.getState())).not.toBeNull();
    expect(tnf.hasClass('selected-el')).toBe(true);
    act(() => useLayerStore.getState().toggleLayerFacet('L', 'nodeTypes', 'v:drug'));
    expect(selectImportedSelection(useLayerStore.getState())).toBeNull();
    expect(cy.$('.selected-el')).toHaveLength(0);
  });

  it('applies what was unticked before the canvas was made', () => {
    useLayerStore.getState().toggleLayerFacet('L', 'nodeTypes', 'v:gene');
    const { cy } = setup();
    expect(cy.nodes('.hidden')).toHaveLength(2);
    expect(cy.edges().filter((e) => e.visible())).toHaveLength(0);
  });
});
