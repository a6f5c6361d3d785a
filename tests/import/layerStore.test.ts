// @vitest-environment node
// Stored layers on a fake IndexedDB: list, save, hide, remove; damaged or foreign records set aside.
import 'fake-indexeddb/auto';
import { createStore, entries, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import {
  LAYER_STORE_VERSION,
  listLayers,
  loadLayer,
  newLayer,
  removeLayer,
  saveLayer,
  setLayerHidden,
} from '../../src/import/layerStore';
import { parseNetworkFile } from '../../src/import/parse';
import { fixture } from './helpers';

let n = 0;
const freshStore = () => createStore(`nociscope-test-${++n}`, 'layers');
const network = () => parseNetworkFile('n.cx2', fixture('aliases-defaults.valid.cx2')).network!;

describe('layer store', () => {
  it('saves, lists, hides and removes layers one by one', async () => {
    const store = freshStore();
    const a = { ...newLayer(network(), 'own'), id: 'a', savedAt: '2026-01-01T00:00:00Z' };
    const b = {
      ...newLayer(network(), 'overlay', new Map([['10', 'tgfb1']])),
      id: 'b',
      savedAt: '2026-01-02T00:00:00Z',
    };
    expect(await saveLayer(b, store)).toBeUndefined();
    expect(await saveLayer(a, store)).toBeUndefined();
    let list = await listLayers(store);
    expect(list.notices).toEqual([]);
    expect(list.layers.map((l) => l.id)).toEqual(['a', 'b']);
    expect(list.layers[1]).toEqual(b);
    expect(await setLayerHidden('a', true, store)).toBe(true);
    expect((await loadLayer('a', store))!.hidden).toBe(true);
    expect(await setLayerHidden('missing', true, store)).toBe(false);
    expect(await removeLayer('a', store)).toBe(true);
    list = await listLayers(store);
    expect(list.layers.map((l) => l.id)).toEqual(['b']);
  });

  it('keeps an attribute named __proto__ as data through storage', async () => {
    const store = freshStore();
    const net = parseNetworkFile(
      'p.cyjs',
      '{"elements":{"nodes":[{"data":{"id":"a","__proto__":"x"}}]}}',
    ).network!;
    await saveLayer({ ...newLayer(net, 'own'), id: 'p' }, store);
    const back = await loadLayer('p', store);
    expect(back!.network.nodes[0]!.attributes['__proto__']).toBe('x');
    expect(Object.getPrototypeOf(back!.network.nodes[0]!.attributes)).toBe(Object.prototype);
  });

  it('sets aside damaged records and records of another version, with a notice, and keeps them', async () => {
    const store = freshStore();
    const good = { ...newLayer(network(), 'own'), id: 'good' };
    await saveLayer(good, store);
    await set('layer:broken', '{not json', store);
    await set(
      'layer:half',
      { app: 'nociscope', kind: 'layer', version: LAYER_STORE_VERSION, layer: { id: 'half' } },
      store,
    );
    await set(
      'layer:future',
      { app: 'nociscope', kind: 'layer', version: LAYER_STORE_VERSION + 1, layer: good },
      store,
    );
    const { layers, notices } = await listLayers(store);
    expect(layers.map((l) => l.id)).toEqual(['good']);
    expect(notices.map((x) => x.key).sort()).toEqual(['layer:broken', 'layer:future', 'layer:half']);
    expect(notices.find((x) => x.key === 'layer:future')!.message).toMatch(/another version/);
    const keys = (await entries(store)).map(([k]) => String(k));
    expect(keys.filter((k) => k.startsWith('quarantine:'))).toHaveLength(3);
    expect(keys.filter((k) => k.startsWith('layer:'))).toEqual(['layer:good']);
    // A second start finds nothing more to set aside.
    expect((await listLayers(store)).notices).toEqual([]);
  });

  it('never throws when IndexedDB fails', async () => {
    const broken = (() => Promise.reject(new DOMException('blocked', 'SecurityError'))) as Parameters<
      typeof listLayers
    >[0];
    const list = await listLayers(broken);
    expect(list.layers).toEqual([]);
    expect(list.notices[0]!.message).toMatch(/cannot be kept/);
    expect(await saveLayer(newLayer(network(), 'own'), broken)).toBeDefined();
    expect(await removeLayer('x', broken)).toBe(false);
    expect(await loadLayer('x', broken)).toBeUndefined();
  });
});
