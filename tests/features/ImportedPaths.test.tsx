// @vitest-environment jsdom
// The Pathways panel on a network open on its own: paths between two of its nodes from its own
// edges, signed where the file signs them, worded as the user's network (not curated evidence); a
// card draws its path on the map and a step picks its edge.
import { readFileSync } from 'node:fs';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PathwaysPanel } from '../../src/features/pathways/PathwaysPanel';
import { newLayer } from '../../src/import/layerStore';
import { parseNetworkFile } from '../../src/import/parse';
import { selectImportedSelection, resetLayerStore, useLayerStore } from '../../src/store/layers';
import { resetStore, useAppStore } from '../../src/store/store';
import { renderWithGraph } from './helpers';

const ras = parseNetworkFile(
  'indra-ras.cx',
  readFileSync('tests/fixtures/import/indra-ras.valid.cx', 'utf8'),
).network!;
const layer = newLayer(ras, 'own', new Map());

beforeEach(() => {
  resetStore();
  resetLayerStore();
  useLayerStore.setState({ layers: [layer], openLayerId: layer.id, loaded: true });
});
afterEach(cleanup);

describe('PathwaysPanel on an imported network', () => {
  it('answers paths between two of its nodes, signed, as paths in the user’s network', async () => {
    const user = userEvent.setup();
    renderWithGraph(<PathwaysPanel />);
    expect(
      screen.getByText(/Paths in your network “RAS to ERK.*”.*not curated evidence/),
    ).toBeInTheDocument();
    // Its own nodes, not the curated entities.
    const from = screen.getByRole('combobox', { name: 'From' });
    expect(within(from).queryByRole('option', { name: /TGF-β1/ })).toBeNull();
    await user.selectOptions(from, within(from).getByRole('option', { name: /^MAPK1/ }));
    const to = screen.getByRole('combobox', { name: 'To' });
    await user.selectOptions(to, within(to).getByRole('option', { name: /^HRAS/ }));
    expect(screen.getByText(/^1 path from MAPK1 to HRAS in “RAS to ERK.*”: 1 counter\./)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Path 1: MAPK1 → SOS1 → HRAS' })).toBeInTheDocument();
    expect(screen.getByText(/counters \(every step signed in the file\)/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show path 1 on the map' }));
    expect(useAppStore.getState().importedPath?.shown).toEqual({
      nodes: ['8', '2', '3'],
      edges: ['31', '22'],
    });
    expect(screen.getByRole('button', { name: 'Hide path 1 on the map' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(screen.getByRole('button', { name: /MAPK1 — Inhibition → SOS1/ }));
    expect(selectImportedSelection(useLayerStore.getState())).toEqual({
      type: 'imported',
      layerId: layer.id,
      element: 'edge',
      id: '31',
    });
  });

  it('says when no path is within reach, and an unsigned step leaves the effect unknown', async () => {
    const user = userEvent.setup();
    renderWithGraph(<PathwaysPanel />);
    const from = screen.getByRole('combobox', { name: 'From' });
    const to = screen.getByRole('combobox', { name: 'To' });
    await user.selectOptions(from, within(from).getByRole('option', { name: /^EGFR/ }));
    await user.selectOptions(to, within(to).getByRole('option', { name: /^MAPK1/ }));
    expect(screen.getByText(/No path of up to 4 steps from EGFR to MAPK1/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Longest path (steps)' }), '6');
    expect(screen.getByText(/^2 paths from EGFR to MAPK1 .*: 2 of unknown net effect\./)).toBeInTheDocument();
  });

  it('back on the curated map, the curated questions return', () => {
    useLayerStore.setState({ openLayerId: null });
    renderWithGraph(<PathwaysPanel />);
    expect(screen.getByRole('radio', { name: 'Paths between two entities' })).toBeInTheDocument();
  });
});
