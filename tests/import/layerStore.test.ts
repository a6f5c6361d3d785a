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

  it('sets aside a layer whose network is damaged beyond the schema: a dangling edge, a repeated id', async () => {
    const store = freshStore();
    const net = network();
    const record = (layer: unknown) => ({
      app: 'nociscope',
      kind: 'layer',
      version: LAYER_STORE_VERSION,
      layer,
    });
    const dangling = {
      ...newLayer({ ...net, edges: [{ ...net.edges[0]!, target: 'nowhere' }] }, 'own'),
      id: 'dangling',
    };
    const twice = { ...newLayer({ ...net, nodes: [...net.nodes, net.nodes[0]!] }, 'own'), id: 'twice' };
    const nul = {
      ...newLayer({ ...net, nodes: [...net.nodes, { ...net.nodes[0]!, id: 'a\u0000b' }] }, 'own'),
      id: 'nul',
    };
    await set('layer:dangling', record(dangling), store);
    await set('layer:twice', record(twice), store);
    await set('layer:nul', record(nul), store);
    const { layers, notices } = await listLayers(store);
    expect(layers).toEqual([]);
    expect(notices.find((x) => x.key === 'layer:dangling')!.message).toMatch(
      /set aside because its edge ".*" joins a node "nowhere" it does not hold/,
    );
    expect(notices.find((x) => x.key === 'layer:twice')!.message).toMatch(/two of its nodes have the id/);
    expect(notices.find((x) => x.key === 'layer:nul')!.message).toMatch(/control character U\+0000/);
    const keys = (await entries(store)).map(([k]) => String(k));
    expect(keys.filter((k) => k.startsWith('quarantine:'))).toHaveLength(3);
    expect(await loadLayer('dangling', store)).toBeUndefined();
  });

  it('drops stored matches of nodes the layer does not hold, once, with a notice', async () => {
    const store = freshStore();
    const net = network();
    const first = net.nodes[0]!.id;
    const layer = {
      ...newLayer(net, 'overlay'),
      id: 'm',
      matches: [
        [first, 'tgfb1'],
        ['ghost', 'tnf'],
        [first, 'il10'],
      ] as const,
    };
    await saveLayer(layer, store);
    const list = await listLayers(store);
    expect(list.layers[0]!.matches).toEqual([[first, 'tgfb1']]);
    expect(list.notices.map((x) => x.message)).toEqual([
      `The stored layer “${layer.name}” listed 2 matches to nodes it does not hold; they were left out.`,
    ]);
    expect((await listLayers(store)).notices).toEqual([]);
  });

  it('removes and hides a record by the key it was read from, even when its key and id differ', async () => {
    const store = freshStore();
    const layer = { ...newLayer(network(), 'own'), id: 'inner' };
    await set('layer:outer', { app: 'nociscope', kind: 'layer', version: LAYER_STORE_VERSION, layer }, store);
    expect((await listLayers(store)).layers.map((l) => l.id)).toEqual(['inner']);
    expect(await setLayerHidden('inner', true, store)).toBe(true);
    expect((await entries(store)).map(([k]) => String(k))).toEqual(['layer:outer']);
    expect((await listLayers(store)).layers[0]!.hidden).toBe(true);
    expect(await removeLayer('inner', store)).toBe(true);
    // Before, Remove deleted "layer:inner" and the record came back after a reload.
    expect((await listLayers(store)).layers).toEqual([]);
    expect(await entries(store)).toEqual([]);
  });

  it('sets aside a second record of the same layer id, keeping the one under its own key', async () => {
    const store = freshStore();
    const layer = { ...newLayer(network(), 'own'), id: 'same' };
    await saveLayer(layer, store);
    await set('layer:copy', { app: 'nociscope', kind: 'layer', version: LAYER_STORE_VERSION, layer }, store);
    const { layers, notices } = await listLayers(store);
    expect(layers.map((l) => l.id)).toEqual(['same']);
    expect(notices.map((x) => x.key)).toEqual(['layer:copy']);
    expect(notices[0]!.message).toMatch(/another stored layer has the same id "same"/);
  });
});
