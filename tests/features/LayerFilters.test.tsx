// @vitest-environment jsdom
// The Filters panel with an imported network open on its own: its node types, interaction words and
// directions with counts, unticking hides, the "Showing" line follows, and Reset / Show all tick
// everything again. The real layer store; the layer is put in memory (no IndexedDB needed).
import 'fake-indexeddb/auto';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FilterPanel } from '../../src/features/filters/FilterPanel';
import { LayerHiddenIndicator } from '../../src/features/filters/HiddenIndicator';
import { LayersPanel } from '../../src/features/import/LayersPanel';
import type { StoredLayer } from '../../src/import/layerStore';
import { resetLayerStore, useLayerStore } from '../../src/store/layers';
import { resetStore } from '../../src/store/store';
import { renderWithGraph } from './helpers';
import { importedEdge, importedNetwork, importedNode } from '../import/builders';

const node = importedNode;
const edge = importedEdge;

// 3 cells, 2 proteins, 1 untyped node; 4 edges.
const layer: StoredLayer = {
  id: 'L1',
  name: 'Test network',
  savedAt: '2026-01-01T00:00:00.000Z',
  hidden: false,
  mode: 'own',
  matches: [],
  network: importedNetwork(
    [
      node('c1', 'cell'),
      node('c2', 'cell'),
      node('c3', 'cell'),
      node('p1', 'protein'),
      node('p2', 'protein'),
      node('u'),
    ],
    [
      edge('e1', 'c1', 'p1', 'activates', 1),
      edge('e2', 'c2', 'p2', 'activates', 1),
      edge('e3', 'p1', 'p2', 'binds', 0),
      edge('e4', 'p2', 'u', 'inhibits', -1),
    ],
    'Test network',
  ),
};

// The panel's parts that load on demand (the layer's facets, the Source facet, the indicator), fetched
// once before the tests: the first test then waits for no module transform, however busy the machine.
beforeAll(async () => {
  await Promise.all([
    import('../../src/features/filters/LayerFilters'),
    import('../../src/features/filters/SourceFacet'),
  ]);
});

beforeEach(() => {
  resetStore();
  resetLayerStore();
  useLayerStore.setState({ layers: [layer], openLayerId: layer.id, loaded: true });
});
afterEach(cleanup);

async function renderPanel() {
  renderWithGraph(
    <>
      <LayerHiddenIndicator layer={layer} />
      <FilterPanel />
    </>,
  );
  // Both parts load on demand.
  await screen.findByRole('group', { name: /Node type/ });
  await screen.findByRole('status');
}

describe('layer facets in the Filters panel', () => {
  it('lists node types, interactions and directions with their counts, all ticked', async () => {
    await renderPanel();
    const types = screen.getByRole('group', { name: 'Node type (nodes)' });
    const boxes = within(types).getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('.facet__option')?.textContent)).toEqual([
      'cell (3)',
      'protein (2)',
      'untyped (1)',
    ]);
    for (const b of boxes) expect(b).toBeChecked();
    const words = screen.getByRole('group', { name: 'Interaction (edges)' });
    expect(within(words).getByRole('checkbox', { name: 'activates (2)' })).toBeChecked();
    expect(within(words).getByRole('checkbox', { name: 'binds (1)' })).toBeChecked();
    const directions = screen.getByRole('group', { name: 'Direction (edges)' });
    expect(within(directions).getByRole('checkbox', { name: 'increases (2)' })).toBeInTheDocument();
    expect(within(directions).getByRole('checkbox', { name: 'decreases (1)' })).toBeInTheDocument();
    expect(within(directions).getByRole('checkbox', { name: 'no stated direction (1)' })).toBeInTheDocument();
    // The curated facets do not apply to a file's network.
    expect(screen.queryByRole('group', { name: /Therapy/ })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing all 6 nodes and 4 edges');
    expect(screen.getByRole('button', { name: 'Reset filters' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Show all' })).not.toBeInTheDocument();
  });

  it('unticking a node type hides its nodes and their edges; Show all brings them back', async () => {
    const user = userEvent.setup();
    await renderPanel();
    const cell = screen.getByRole('checkbox', { name: 'cell (3)' });
    await user.click(cell);
    expect(cell).not.toBeChecked();
    expect(useLayerStore.getState().layerFacets.L1).toEqual({ nodeTypes: ['v:cell'] });
    // 3 cells hidden, and e1, e2 which touch them.
    expect(screen.getByRole('status')).toHaveTextContent('Showing 3 of 6 nodes and 2 of 4 edges');
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(cell).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('Showing all 6 nodes and 4 edges');
  });

  it('unticking an interaction hides edges only; Reset filters ticks everything again', async () => {
    const user = userEvent.setup();
    await renderPanel();
    await user.click(screen.getByRole('checkbox', { name: 'activates (2)' }));
    await user.click(screen.getByRole('checkbox', { name: 'decreases (1)' }));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 6 of 6 nodes and 1 of 4 edges');
    const reset = screen.getByRole('button', { name: 'Reset filters' });
    expect(reset).toBeEnabled();
    await user.click(reset);
    expect(screen.getByRole('status')).toHaveTextContent('Showing all 6 nodes and 4 edges');
    expect(useLayerStore.getState().layerFacets.L1).toBeUndefined();
  });

  it('works from the keyboard: Tab reaches the checkboxes and Space toggles them', async () => {
    const user = userEvent.setup();
    await renderPanel();
    const untyped = screen.getByRole('checkbox', { name: 'untyped (1)' });
    untyped.focus();
    await user.keyboard(' ');
    expect(untyped).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 5 of 6 nodes and 3 of 4 edges');
    await user.tab();
    expect(screen.getByRole('checkbox', { name: 'activates (2)' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 5 of 6 nodes and 1 of 4 edges');
  });

  it('keeps each layer’s choices apart and forgets them when the layer is removed', async () => {
    const user = userEvent.setup();
    await renderPanel();
    await user.click(screen.getByRole('checkbox', { name: 'protein (2)' }));
    act(() => useLayerStore.getState().toggleLayerFacet('other-layer', 'nodeTypes', 'v:cell'));
    expect(useLayerStore.getState().layerFacets.L1).toEqual({ nodeTypes: ['v:protein'] });
    await act(() => useLayerStore.getState().removeLayer('L1'));
    expect(useLayerStore.getState().layerFacets.L1).toBeUndefined();
    expect(useLayerStore.getState().layerFacets['other-layer']).toEqual({ nodeTypes: ['v:cell'] });
  });

  it('starts a layer read again under the same id with every value ticked', async () => {
    act(() => useLayerStore.getState().toggleLayerFacet('L1', 'nodeTypes', 'v:cell'));
    await act(() => useLayerStore.getState().addLayer(layer));
    expect(useLayerStore.getState().layerFacets.L1).toBeUndefined();
  });

  it('shows the curated filters again once the layer is closed', async () => {
    await renderPanel();
    act(() => useLayerStore.getState().openLayer(null));
    expect(await screen.findByRole('group', { name: /Therapy/ })).toBeInTheDocument();
  });

  it('says in the Layers tab that exporting back keeps the whole network', () => {
    renderWithGraph(<LayersPanel />);
    const note = /The export holds the whole network/;
    expect(screen.queryByText(note)).not.toBeInTheDocument();
    act(() => useLayerStore.getState().toggleLayerFacet('L1', 'nodeTypes', 'v:cell'));
    expect(screen.getByText(note)).toBeInTheDocument();
  });
});
