// @vitest-environment jsdom
// A pick from elsewhere (search, table, path card) brings the imported element into view with the
// neighbours the derived view draws: a neighbour its layer's facets hide does not widen the frame.
// The hook asks the view what is drawn, never Cytoscape (`:visible`). A headless Cytoscape with a
// stubbed size stands in for the drawn one (tests/e2e/worknetwork.e2e.ts drives the real one).
import { act, cleanup, renderHook } from '@testing-library/react';
import cytoscape, { type AnimationOptions, type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importedElementId } from '../../src/canvas/importedIds';
import { layerElements } from '../../src/canvas/layerElements';
import { useImportedFocus } from '../../src/canvas/useImportedFocus';
import { newLayer } from '../../src/import/layerStore';
import { parseNetworkFile } from '../../src/import/parse';
import { resetStore, useAppStore } from '../../src/store/store';
import { viewSelector } from '../../src/store/view';
import { kb } from '../features/helpers';

// TGFB1 — IL10 close together, TNF far away; TNF is the only drug.
const csv = ['source,target,relation', 'TGFB1,IL10,activates', 'TGFB1,TNF,inhibits'].join('\n');
const parsed = parseNetworkFile('n.csv', csv).network!;
const place: Record<string, { x: number; y: number }> = {
  TGFB1: { x: 0, y: 0 },
  IL10: { x: 100, y: 0 },
  TNF: { x: 10_000, y: 0 },
};
const network = {
  ...parsed,
  nodes: parsed.nodes.map((n) => ({
    ...n,
    kind: n.label === 'TNF' ? 'drug' : 'gene',
    position: place[n.label]!,
  })),
};
const layer = { ...newLayer(network, 'own'), id: 'L' };
const idOf = (label: string) => network.nodes.find((n) => n.label === label)!.id;

let cy: Core;
let moves: AnimationOptions[];
beforeEach(() => {
  resetStore();
  useAppStore.setState({ layers: [layer], openLayerId: 'L', loaded: true });
  cy = cytoscape({ headless: true, styleEnabled: true, elements: layerElements(layer) });
  for (const n of network.nodes) cy.getElementById(importedElementId('L', n.id)).position(place[n.label]!);
  // The camera sees a small box far from every node, on an 800 × 600 canvas.
  cy.width = () => 800;
  cy.height = () => 600;
  cy.extent = () => ({ x1: -5000, x2: -4990, y1: -5000, y2: -4990, w: 10, h: 10 });
  moves = [];
  vi.spyOn(cy, 'animate').mockImplementation((o) => {
    moves.push(o as AnimationOptions);
    return cy;
  });
  renderHook(() => useImportedFocus(cy, viewSelector(kb.graph, kb.stories)));
});
afterEach(() => {
  cleanup();
  cy.destroy();
});

/** The model x the last move centres on. */
const centreX = () => {
  const { zoom, pan } = moves.at(-1)! as { zoom: number; pan: { x: number } };
  return (400 - pan.x) / zoom;
};

describe('useImportedFocus', () => {
  it('frames a pick with the neighbours drawn, and leaves out one its facets hide', () => {
    act(() => useAppStore.getState().selectImported({ layerId: 'L', type: 'node', id: idOf('TGFB1') }));
    // All three drawn: the frame reaches TNF, far to the right.
    expect(centreX()).toBeGreaterThan(4000);
    act(() => useAppStore.getState().selectImported(null));
    act(() => useAppStore.getState().toggleLayerFacet('L', 'nodeTypes', 'v:drug'));
    act(() => useAppStore.getState().selectImported({ layerId: 'L', type: 'node', id: idOf('TGFB1') }));
    // TNF hidden: the frame is TGFB1 and IL10.
    expect(centreX()).toBeLessThan(200);
  });

  it('does not move for a pick the view does not draw', () => {
    act(() => useAppStore.getState().toggleLayerFacet('L', 'nodeTypes', 'v:drug'));
    act(() => useAppStore.getState().selectImported({ layerId: 'L', type: 'node', id: idOf('TNF') }));
    expect(moves).toEqual([]);
  });
});
