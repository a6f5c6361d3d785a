// @vitest-environment node
// The network's own metadata stays with the layer through storage (IndexedDB, layerStore.ts), so
// "About this network" and the credit its licence asks for are there after a reload.
import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { listLayers, newLayer, saveLayer } from '../../src/import/layerStore';
import { attributionOf } from '../../src/import/metadata';
import { parseNetworkFile } from '../../src/import/parse';

describe('stored metadata', () => {
  it('comes back with the layer', async () => {
    const store = createStore('nociscope-test-metadata', 'layers');
    const cyjs = JSON.stringify({
      data: { name: 'Credited (test)', author: 'A. Writer (test)', license: 'CC BY 4.0', year: 2024 },
      elements: { nodes: [{ data: { id: 'a' } }] },
    });
    const network = parseNetworkFile('c.cyjs', cyjs).network!;
    const layer = { ...newLayer(network, 'own'), id: 'm', savedAt: '2026-12-07T00:00:00Z' };
    expect(await saveLayer(layer, store)).toBeUndefined();
    const back = (await listLayers(store)).layers[0]!;
    expect(back.network.attributes).toEqual({
      name: 'Credited (test)',
      author: 'A. Writer (test)',
      license: 'CC BY 4.0',
      year: 2024,
    });
    expect(attributionOf(back.network)).toBe('“Credited (test)” by A. Writer (test), CC BY 4.0');
  });
});
