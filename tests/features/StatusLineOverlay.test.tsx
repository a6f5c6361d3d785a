// @vitest-environment jsdom
// The line above the map counts a network opened over the curated map too, as the canvas draws it:
// a node matched to a curated entity is that entity, not one more node.
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HiddenIndicator } from '../../src/features/filters/HiddenIndicator';
import type { StoredLayer } from '../../src/import/layerStore';
import { resetLayerStore, useLayerStore } from '../../src/store/layers';
import { resetStore } from '../../src/store/store';
import { importedEdge, importedNode } from '../import/builders';
import { kb, renderWithGraph } from './helpers';

const { graph } = kb;

const overlay = (id: string, name: string, hidden = false): StoredLayer => ({
  id,
  name,
  savedAt: '2026-01-01T00:00:00.000Z',
  hidden,
  mode: 'overlay',
  // "t" is TGF-β1 of the curated map: drawn as that entity, so not counted as a node of the layer.
  matches: [['t', 'tgfb1']],
  network: {
    name,
    format: 'cyjs',
    fileNames: [`${id}.cyjs`],
    directed: true,
    attributes: {},
    nodes: [importedNode('a'), importedNode('b'), importedNode('t')],
    edges: [importedEdge('e1', 'a', 'b'), importedEdge('e2', 'b', 't')],
  },
});

beforeEach(() => {
  resetStore();
  resetLayerStore();
});
afterEach(cleanup);

describe('the status line with networks over the curated map', () => {
  it('counts the curated map alone, then the overlay too', () => {
    renderWithGraph(<HiddenIndicator />);
    const curated = `Showing all ${graph.nodes.length} entities and ${graph.edges.length} relations`;
    expect(screen.getByRole('status')).toHaveTextContent(new RegExp(`^${curated}$`));
    act(() => useLayerStore.setState({ layers: [overlay('L1', 'Microglia screen')], loaded: true }));
    expect(screen.getByRole('status')).toHaveTextContent(
      `${curated}, plus 2 nodes and 2 edges of the network “Microglia screen” over it`,
    );
  });

  it('counts a node whose stored match names an entity no longer in the graph as a node of its own', () => {
    renderWithGraph(<HiddenIndicator />);
    const stale: StoredLayer = { ...overlay('L1', 'Old screen'), matches: [['t', 'no_such_entity']] };
    act(() => useLayerStore.setState({ layers: [stale], loaded: true }));
    // The canvas draws "t" as its own node (the view drops the match): 3 nodes, not 2.
    expect(screen.getByRole('status')).toHaveTextContent(
      ', plus 3 nodes and 2 edges of the network “Old screen” over it',
    );
  });

  it('adds up several overlays and leaves out hidden ones and networks opened on their own', () => {
    renderWithGraph(<HiddenIndicator />);
    act(() =>
      useLayerStore.setState({
        layers: [
          overlay('L1', 'One'),
          overlay('L2', 'Two'),
          overlay('L3', 'Hidden', true),
          { ...overlay('L4', 'Own'), mode: 'own' },
        ],
        loaded: true,
      }),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      ', plus 4 nodes and 4 edges of 2 imported networks over it',
    );
  });
});
