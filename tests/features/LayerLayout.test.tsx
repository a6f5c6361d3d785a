// @vitest-environment jsdom
// The Layout menu with an imported network open on its own: it offers the layer's layouts, a choice
// moves every node and keeps the positions with the layer (in the store and in IndexedDB), the force
// layout (in-process here: jsdom has no Worker) shows its progress and ends off the grid, and Cancel
// leaves the positions as they were.
import 'fake-indexeddb/auto';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLayerLayout } from '../../src/canvas/layerLayout';
import { LayoutProgress } from '../../src/canvas/LayoutProgress';
import { Toolbar } from '../../src/features/toolbar/Toolbar';
import { loadLayer, type StoredLayer } from '../../src/import/layerStore';
import { resetLayerStore, useLayerStore } from '../../src/store/layers';
import { resetStore } from '../../src/store/store';
import { importedEdge, importedNode } from '../import/builders';

/** A chain of `n` nodes on a grid row, as a file without positions opens. */
function chain(n: number): StoredLayer {
  return {
    id: 'L1',
    name: 'Chain',
    savedAt: '2026-01-01T00:00:00.000Z',
    hidden: false,
    mode: 'own',
    matches: [],
    network: {
      name: 'Chain',
      format: 'csv',
      fileNames: ['chain.csv'],
      directed: true,
      attributes: {},
      nodes: Array.from({ length: n }, (_, i) => ({
        ...importedNode(`n${i}`),
        position: { x: i * 140, y: 0 },
      })),
      edges: Array.from({ length: n - 1 }, (_, i) => importedEdge(`e${i}`, `n${i}`, `n${i + 1}`)),
    },
  };
}

const positions = () => useLayerStore.getState().layers[0]!.network.nodes.map((n) => n.position);
const onOneRow = () => positions().every((p) => p?.y === 0);

beforeEach(() => {
  resetStore();
  resetLayerStore();
  useLayerLayout.setState({ running: null, chosen: {} });
  const layer = chain(60);
  useLayerStore.setState({ layers: [layer], openLayerId: layer.id, loaded: true });
});
afterEach(() => {
  useLayerLayout.getState().cancel();
  cleanup();
});

function renderAll() {
  const layer = useLayerStore.getState().layers[0]!;
  render(
    <>
      <Toolbar />
      <LayoutProgress layer={layer} />
    </>,
  );
}

describe('Layout menu on an imported network', () => {
  it('offers the layer’s layouts and keeps a chosen one with the layer', async () => {
    renderAll();
    const menu = screen.getByRole('combobox', { name: 'Layout' });
    expect(menu).toHaveDisplayValue('As stored');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'As stored',
      'Force-directed',
      'Grid',
      'Circle',
      'Rings by degree',
    ]);
    await userEvent.selectOptions(menu, 'Circle');
    expect(onOneRow()).toBe(false);
    expect(menu).toHaveDisplayValue('Circle');
    // Kept in the browser's storage too, as positions always are.
    await waitFor(async () =>
      expect((await loadLayer('L1'))?.network.nodes[1]?.position).toEqual(positions()[1]),
    );
  });

  it('runs the force layout with progress and ends off the grid', async () => {
    renderAll();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Layout' }), 'Force-directed');
    expect(await screen.findByRole('progressbar', { name: 'Force-directed layout' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Laying out 60 nodes (force-directed layout)…');
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument(), {
      timeout: 20_000,
    });
    expect(onOneRow()).toBe(false);
    expect(screen.getByRole('combobox', { name: 'Layout' })).toHaveDisplayValue('Force-directed');
  });

  it('Cancel keeps the positions the network had', async () => {
    renderAll();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Layout' }), 'Force-directed');
    await screen.findByRole('progressbar');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel layout' }));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    // Long enough for a layout that was not really stopped to land.
    await act(() => new Promise((r) => setTimeout(r, 300)));
    expect(onOneRow()).toBe(true);
    expect(screen.getByRole('combobox', { name: 'Layout' })).toHaveDisplayValue('As stored');
  });
});
