// @vitest-environment jsdom
// The table of an imported network: its nodes and edges with the file's attributes, sorted by a
// header button (aria-sort says how), filtered by a text box, a page at a time (10,000 rows render
// 100), and linked to the selection both ways.
import { readFileSync } from 'node:fs';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NetworkTable, PAGE_SIZE } from '../../src/features/table/NetworkTable';
import { newLayer } from '../../src/import/layerStore';
import { parseNetworkFile } from '../../src/import/parse';
import { edgeTable, filterRows, nodeTable, sortRows } from '../../src/import/table';
import type { ImportedNetwork } from '../../src/import/types';
import { selectImportedSelection, resetLayerStore, useLayerStore } from '../../src/store/layers';
import { resetStore } from '../../src/store/store';

const ras = parseNetworkFile(
  'indra-ras.cx',
  readFileSync('tests/fixtures/import/indra-ras.valid.cx', 'utf8'),
).network!;
const layer = newLayer(ras, 'own', new Map());

function bigNetwork(count: number): ImportedNetwork {
  return {
    name: 'big',
    format: 'csv',
    fileNames: ['big.csv'],
    directed: true,
    attributes: {},
    nodes: Array.from({ length: count }, (_, i) => ({
      id: `g${i}`,
      label: `gene${i}`,
      identifiers: [],
      synonyms: [],
      attributes: { score: (i * 37) % 1000 },
    })),
    edges: [],
  };
}

beforeEach(() => {
  resetStore();
  resetLayerStore();
  useLayerStore.setState({ layers: [layer], openLayerId: layer.id, loaded: true });
});
afterEach(cleanup);

const bodyRows = () => within(screen.getAllByRole('rowgroup')[1]!).getAllByRole('row');
const firstCells = () => bodyRows().map((r) => within(r).getAllByRole('rowheader')[0]!.textContent);

describe('nodeTable and edgeTable', () => {
  it('lists every node and edge with its attributes, signs in words', () => {
    const nodes = nodeTable(ras);
    expect(nodes.rows).toHaveLength(11);
    expect(nodes.columns.map((c) => c.label)).toEqual(
      expect.arrayContaining(['Label', 'Id', 'Type', 'Identifiers', 'Edges']),
    );
    expect(nodes.columns.find((c) => c.key === 'degree')!.numeric).toBe(true);
    const edges = edgeTable(ras);
    expect(edges.rows).toHaveLength(12);
    const dusp = edges.rows.find((r) => r.cells[0] === 'DUSP6')!;
    expect(dusp.cells.slice(0, 4)).toEqual(['DUSP6', 'MAPK1', 'Inhibition', '− counters']);
    expect(edges.rows.find((r) => r.cells[2] === 'Complex')!.cells[3]).toBe('unsigned');
  });

  it('sorts numbers as numbers and text naturally, and filters by any cell', () => {
    const t = nodeTable(bigNetwork(10_000));
    const score = t.columns.findIndex((c) => c.label === 'score');
    expect(t.columns[score]!.numeric).toBe(true);
    const up = sortRows(t.rows, score, true, 'ascending').map((r) => Number(r.cells[score]));
    expect(up.slice(0, 3)).toEqual([0, 0, 0]);
    expect(up.every((v, i) => i === 0 || up[i - 1]! <= v)).toBe(true);
    const byLabel = sortRows(t.rows, 0, false, 'ascending').map((r) => r.cells[0]);
    expect(byLabel.slice(0, 3)).toEqual(['gene0', 'gene1', 'gene2']);
    expect(sortRows(t.rows, 0, false, 'descending')[0]!.cells[0]).toBe('gene9999');
    expect(filterRows(t.rows, 'GENE999').map((r) => r.cells[0])).toEqual([
      'gene999',
      'gene9990',
      'gene9991',
      'gene9992',
      'gene9993',
      'gene9994',
      'gene9995',
      'gene9996',
      'gene9997',
      'gene9998',
      'gene9999',
    ]);
  });
});

describe('NetworkTable', () => {
  it('sorts by a header button and says so with aria-sort', async () => {
    const user = userEvent.setup();
    render(<NetworkTable layer={layer} />);
    expect(firstCells()[0]).toBe('EGFR');
    const header = screen.getByRole('columnheader', { name: /Label/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(firstCells().slice(0, 3)).toEqual(['BRAF', 'DUSP6', 'EGFR']);
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(firstCells()[0]).toBe('SOS1');
    // By links: the most connected first when descending.
    const edgesHeader = screen.getByRole('columnheader', { name: /^Edges/ });
    await user.click(within(edgesHeader).getByRole('button'));
    await user.click(within(edgesHeader).getByRole('button'));
    expect(firstCells()[0]).toBe('MAP2K1');
  });

  it('filters, shows edges, and a row picks its node or edge on the map', async () => {
    const user = userEvent.setup();
    render(<NetworkTable layer={layer} />);
    await user.type(screen.getByRole('searchbox', { name: 'Filter nodes' }), 'map');
    expect(firstCells()).toEqual(['MAP2K1', 'MAPK1', 'MAPK3']);
    expect(screen.getByRole('status')).toHaveTextContent('Nodes 1–3 of 3 (filtered from 11)');
    await user.click(screen.getByRole('button', { name: 'MAPK1' }));
    expect(selectImportedSelection(useLayerStore.getState())).toEqual({
      type: 'imported',
      layerId: layer.id,
      element: 'node',
      id: '8',
    });
    expect(bodyRows()[1]).toHaveAttribute('aria-current', 'true');

    await user.click(screen.getByRole('button', { name: 'Edges (12)', pressed: false }));
    await user.clear(screen.getByRole('searchbox', { name: 'Filter edges' }));
    await user.type(screen.getByRole('searchbox', { name: 'Filter edges' }), 'counters');
    expect(firstCells()).toEqual(['DUSP6 → MAPK1', 'MAPK1 → SOS1']);
    await user.click(screen.getByRole('button', { name: 'DUSP6 → MAPK1' }));
    expect(selectImportedSelection(useLayerStore.getState())).toEqual({
      type: 'imported',
      layerId: layer.id,
      element: 'edge',
      id: '30',
    });
  });

  it('a pick on the map shows its table, turns to its page and marks its row', async () => {
    const big = newLayer(bigNetwork(10_000), 'own', new Map());
    useLayerStore.setState({ layers: [big], openLayerId: big.id });
    render(<NetworkTable layer={big} />);
    // One page is rendered, not 10,000 rows.
    expect(bodyRows()).toHaveLength(PAGE_SIZE);
    expect(screen.getByText('Page 1 of 100')).toBeInTheDocument();
    act(() => useLayerStore.getState().selectImported({ layerId: big.id, type: 'node', id: 'g4321' }));
    expect(screen.getByText('Page 44 of 100')).toBeInTheDocument();
    const current = bodyRows().filter((r) => r.getAttribute('aria-current') === 'true');
    expect(current.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['gene4321']);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByText('Page 45 of 100')).toBeInTheDocument();
  });
});
