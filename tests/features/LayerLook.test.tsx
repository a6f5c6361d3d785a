// @vitest-environment jsdom
// The look of an imported layer in its controls and the legend: a styled layer on its own offers its
// file's style (chosen by default) and Nociscope's look; over the curated map it keeps the imported
// look and says why; an unstyled layer offers nothing; the legend says when the look is the file's.
import 'fake-indexeddb/auto';
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LayersPanel } from '../../src/features/import/LayersPanel';
import { ImportedLegend } from '../../src/features/legend/ImportedLegend';
import { newLayer, type LayerMode } from '../../src/import/layerStore';
import { parseNetworkFile } from '../../src/import/parse';
import { resetLayerStore, selectLayerLook, useLayerStore } from '../../src/store/layers';
import { resetStore } from '../../src/store/store';
import { renderWithGraph } from './helpers';

const read = (name: string) => parseNetworkFile(name, readFileSync(`tests/fixtures/import/${name}`)).network!;

function show(name: string, mode: LayerMode) {
  const layer = { ...newLayer(read(name), mode), id: 'L' };
  act(() =>
    useLayerStore.setState({ layers: [layer], openLayerId: mode === 'own' ? 'L' : null, loaded: true }),
  );
  renderWithGraph(
    <>
      <LayersPanel />
      <ImportedLegend />
    </>,
  );
  return layer;
}

beforeEach(() => {
  resetLayerStore();
  resetStore();
});
afterEach(cleanup);

describe('the look of a layer', () => {
  it('a styled layer on its own opens in its file’s style and switches to Nociscope’s look', async () => {
    const user = userEvent.setup();
    const layer = show('wikipathways-style.valid.cx2', 'own');
    const file = screen.getByRole('radio', { name: 'File’s own style' });
    const ours = screen.getByRole('radio', { name: 'Nociscope look' });
    expect(file).toBeChecked();
    expect(
      screen.getByText(/is drawn in its file’s own style \(its CX2 visual properties\)/),
    ).toBeInTheDocument();
    await user.click(ours);
    expect(selectLayerLook(layer)(useLayerStore.getState())).toBe('nociscope');
    expect(ours).toBeChecked();
    expect(screen.queryByText(/is drawn in its file’s own style/)).toBeNull();
  });

  it('over the curated map a styled layer keeps the imported look, and says why', () => {
    show('wikipathways-style.valid.cx2', 'overlay');
    expect(screen.queryByRole('radio')).toBeNull();
    expect(
      screen.getByText(/keeps the imported look, which tells its entities from curated ones/),
    ).toBeInTheDocument();
  });

  it('a layer whose file has no style offers no choice', () => {
    show('real-cx/wikipathways-ndex.valid.cx2', 'own');
    expect(screen.queryByRole('group', { name: /Look of/ })).toBeNull();
    expect(screen.queryByText(/file’s own style/)).toBeNull();
  });
});
