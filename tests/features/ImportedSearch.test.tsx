// @vitest-environment jsdom
// Search on an imported network: open on its own, the box finds its nodes (by label, alias column,
// identifier) and picks them for the details panel; over the curated map it finds both, the curated
// entity first among equal matches, and a matched node selects its curated entity.
import { readFileSync } from 'node:fs';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SearchBox } from '../../src/features/search/SearchBox';
import { newLayer } from '../../src/import/layerStore';
import { parseNetworkFile } from '../../src/import/parse';
import { searchImported } from '../../src/import/search';
import { selectImportedSelection, resetLayerStore, useLayerStore } from '../../src/store/layers';
import { resetStore, useAppStore } from '../../src/store/store';
import { renderWithGraph } from './helpers';

const ras = parseNetworkFile(
  'indra-ras.cx',
  readFileSync('tests/fixtures/import/indra-ras.valid.cx', 'utf8'),
).network!;

beforeEach(() => {
  resetStore();
  resetLayerStore();
});
afterEach(cleanup);

describe('searchImported', () => {
  it('finds a node by label, alias column, identifier and id, the exact label first', () => {
    expect(searchImported(ras, 'HRAS').map((h) => h.item.label)).toEqual(['HRAS']);
    expect(searchImported(ras, 'ERK2').map((h) => [h.item.label, h.matched])).toEqual([['MAPK1', 'ERK2']]);
    expect(searchImported(ras, 'P01112')[0]?.item.label).toBe('HRAS');
    expect(searchImported(ras, 'MAP').map((h) => h.item.label)).toEqual(['MAPK1', 'MAPK3', 'MAP2K1']);
    expect(searchImported(ras, 'RAS').map((h) => h.item.label)).toEqual(['HRAS', 'KRAS']);
    expect(searchImported(ras, '')).toEqual([]);
  });
});

describe('SearchBox on an imported network', () => {
  it('open on its own: finds HRAS, not curated entities, and picks it with its details', async () => {
    const layer = newLayer(ras, 'own', new Map());
    useLayerStore.setState({ layers: [layer], openLayerId: layer.id, loaded: true });
    useAppStore.setState({ selection: { type: 'node', id: 'tgfb1' } as never });
    const focus = useAppStore.getState().detailsFocus;
    const user = userEvent.setup();
    renderWithGraph(<SearchBox />);
    const box = screen.getByRole('combobox', { name: 'Search' });
    await user.type(box, 'HRAS');
    const options = within(screen.getByRole('listbox', { name: 'Matching nodes' })).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringMatching(/^HRAS protein, imported node/),
    ]);
    await user.keyboard('{Enter}');
    expect(selectImportedSelection(useLayerStore.getState())).toEqual({
      type: 'imported',
      layerId: layer.id,
      element: 'node',
      id: '3',
    });
    // One selection: the imported pick is it, so no curated entity stays selected beside it.
    expect(useAppStore.getState().selection?.type).toBe('imported');
    expect(useAppStore.getState().detailsFocus).toBe(focus + 1);

    await user.clear(box);
    await user.type(box, 'TGF');
    expect(screen.getByRole('option')).toHaveTextContent(/No node of “RAS to ERK .*” matches “TGF”/);
  });

  it('over the curated map: lists curated and imported hits, and a matched node selects its entity', async () => {
    const net = parseNetworkFile(
      'mine.csv',
      'source,target,relation\nTGFB1,TGF-beta target X,activates\n',
    ).network!;
    const layer = { ...newLayer(net, 'overlay', new Map([['TGFB1', 'tgfb1']])), name: 'Mine' };
    useLayerStore.setState({ layers: [layer], loaded: true });
    const user = userEvent.setup();
    renderWithGraph(<SearchBox />);
    const box = screen.getByRole('combobox', { name: 'Search' });
    await user.type(box, 'TGF');
    const texts = within(screen.getByRole('listbox', { name: 'Matching entities' }))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(texts[0]).toMatch(/^TGF-β1 Mediator/);
    expect(texts).toContainEqual(expect.stringMatching(/^TGF-beta target X imported \(Mine\)/));
    expect(texts).toContainEqual(expect.stringMatching(/^TGFB1 imported \(Mine\)/));

    await user.clear(box);
    await user.type(box, 'target X');
    await user.keyboard('{Enter}');
    expect(selectImportedSelection(useLayerStore.getState())).toMatchObject({
      type: 'imported',
      layerId: layer.id,
      element: 'node',
    });

    await user.clear(box);
    await user.type(box, 'TGFB1');
    const i = within(screen.getByRole('listbox'))
      .getAllByRole('option')
      .findIndex((o) => /imported/.test(o.textContent ?? ''));
    for (let k = 0; k < i; k++) await user.keyboard('{ArrowDown}');
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().selection).toEqual({ type: 'node', id: 'tgfb1' });
    expect(selectImportedSelection(useLayerStore.getState())).toBeNull();
  });
});
