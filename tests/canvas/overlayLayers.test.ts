// @vitest-environment jsdom
// An overlay layer on the curated map follows the derived view: its elements are added beside the
// map, the entities the view says it is matched to get `matched` (a stored match to an entity no
// longer in the graph is dropped by the view), and taking the layer off removes exactly what was
// added, without asking Cytoscape which elements carry the classes. A headless Cytoscape stands in
// for the drawn one (the drawing itself is checked in tests/e2e/import.e2e.ts).
import { cleanup, renderHook } from '@testing-library/react';
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toElements } from '../../src/canvas/elements';
import { STYLESHEET } from '../../src/canvas/stylesheet';
import { useOverlayLayers } from '../../src/canvas/useOverlayLayers';
import { newLayer } from '../../src/import/layerStore';
import { parseNetworkFile } from '../../src/import/parse';
import { resetStore, useAppStore } from '../../src/store/store';
import { viewSelector } from '../../src/store/view';
import { kb } from '../features/helpers';

const csv = ['source,target,relation', 'TGFB1,IL10,activates', 'IL10,TNF,inhibits'].join('\n');
const network = parseNetworkFile('n.csv', csv).network!;
const nodeOf = (label: string) => network.nodes.find((n) => n.label === label)!.id;
const entity = kb.graph.nodes[0]!.id;
const layer = {
  ...newLayer(network, 'overlay'),
  id: 'L',
  matches: [
    [nodeOf('TGFB1'), entity],
    [nodeOf('IL10'), 'no_such_entity'],
  ] as const,
};

let cy: Core;
beforeEach(() => {
  resetStore();
  cy = cytoscape({ headless: true, styleEnabled: true, style: STYLESHEET, elements: toElements(kb.graph) });
});
afterEach(() => {
  cleanup();
  cy.destroy();
});

const withClass = (cls: string) => cy.elements(`.${cls}`).map((e) => e.id());

describe('overlay layers on the curated map', () => {
  it('adds the layer, marks the matched entity, and takes off exactly what it added', async () => {
    const curated = cy.elements().length;
    renderHook(() => useOverlayLayers(cy, viewSelector(kb.graph, kb.stories)));
    useAppStore.setState({ layers: [layer], loaded: true });
    // TGFB1 is drawn as the entity: IL10 (its match names nothing in the graph) and TNF are its own.
    await vi.waitFor(() => expect(cy.elements('.imported').nodes().length).toBe(2));
    expect(cy.elements('.imported').edges().length).toBe(2);
    expect(withClass('matched')).toEqual([entity]);
    // An edge of a matched node attaches to the entity.
    expect(cy.getElementById(entity).connectedEdges('.imported').length).toBe(1);

    useAppStore.setState({ layers: [{ ...layer, hidden: true }] });
    await vi.waitFor(() => expect(cy.elements().length).toBe(curated));
    expect(withClass('matched')).toEqual([]);
  });
});
