// @vitest-environment jsdom
// The layers list counts only the matches the map draws: a stored match to an entity the curated map
// does not hold is not counted.
import { cleanup, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { LayersPanel } from '../../src/features/import/LayersPanel';
import { newLayer } from '../../src/import/layerStore';
import { parseNetworkFile } from '../../src/import/parse';
import { resetLayerStore, useLayerStore } from '../../src/store/layers';
import { renderWithGraph } from './helpers';

afterEach(() => {
  cleanup();
  resetLayerStore();
});

it('counts matches to curated entities only', () => {
  const network = parseNetworkFile('m.csv', 'source,target\nTGFB1,X\nY,X\n').network!;
  const layer = {
    ...newLayer(
      network,
      'overlay',
      new Map([
        ['TGFB1', 'tgfb1'],
        ['Y', 'no_such_entity'],
      ]),
    ),
    name: 'Counted',
  };
  useLayerStore.setState({ layers: [layer], loaded: true });
  renderWithGraph(<LayersPanel />);
  expect(screen.getByText(/over the curated map, 1 matched/)).toBeTruthy();
});
