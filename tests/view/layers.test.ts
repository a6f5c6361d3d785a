// Imported layers in the one derived view: what a layer's facets hide, whether the imported pick is
// still drawn, and one selection for curated and imported picks (only a curated one in the URL).
import { beforeEach, describe, expect, it } from 'vitest';
import { viewInput } from './input';
import { newLayer } from '../../src/import/layerStore';
import { parseNetworkFile } from '../../src/import/parse';
import type { NodeId } from '../../src/model/schema';
import { deriveView, drawsImported, layerView } from '../../src/model/view';
import { selectImportedSelection } from '../../src/store/layers';
import { resetStore, useAppStore } from '../../src/store/store';
import { toSearch } from '../../src/store/url';
import { viewSelector } from '../../src/store/view';
import { startViewRules } from '../../src/store/viewRules';
import { kb } from '../features/helpers';

const { graph, stories } = kb;
const base = viewInput(stories);
// a → b → c, c → a: hiding b leaves a → b and b → c undrawn through their end; c → a stays.
const edges = [
  { id: 'e1', source: 'a', target: 'b' },
  { id: 'e2', source: 'b', target: 'c' },
  { id: 'e3', source: 'c', target: 'a' },
];
const layer = (hiddenNodes: string[], hiddenEdges: string[]) => ({
  id: 'L',
  edges,
  hiddenNodes: new Set(hiddenNodes),
  hiddenEdges: new Set(hiddenEdges),
});

describe('layerView', () => {
  it('marks only edges hidden for their own sake, and counts those with a hidden end as gone', () => {
    // The facet rule (layerFilter) hides the edges of a hidden node too, and one edge of its own.
    const v = layerView(layer(['b'], ['e1', 'e2', 'e3']));
    expect([...v.hiddenNodes]).toEqual(['b']);
    expect([...v.hiddenEdges]).toEqual(['e3']);
    expect([...v.goneEdges].sort()).toEqual(['e1', 'e2', 'e3']);
  });

  it('an imported pick is drawn until its node, its edge or an end of its edge is hidden', () => {
    const pick = (element: 'node' | 'edge', id: string) => ({
      type: 'imported' as const,
      layerId: 'L',
      element,
      id,
    });
    const v = deriveView(graph, { ...base, layers: [layer(['b'], ['e1', 'e2'])] });
    expect(drawsImported(v, pick('node', 'a'))).toBe(true);
    expect(drawsImported(v, pick('node', 'b'))).toBe(false);
    expect(drawsImported(v, pick('edge', 'e2'))).toBe(false);
    expect(drawsImported(v, pick('edge', 'e3'))).toBe(true);
    expect(drawsImported(v, { ...pick('node', 'a'), layerId: 'gone' })).toBe(false);
    expect(
      deriveView(graph, { ...base, layers: [layer(['b'], [])], selection: pick('node', 'b') }).selected,
    ).toBeNull();
    const drawn = deriveView(graph, { ...base, layers: [layer(['b'], [])], selection: pick('node', 'a') });
    expect(drawn.selected).toEqual(pick('node', 'a'));
    // An imported pick emphasises nothing of the curated map.
    expect(drawn.highlighted).toBeNull();
  });
});

describe('one selection in one store', () => {
  const csv = ['source,target,relation', 'TGFB1,IL10,activates', 'IL10,TNF,inhibits'].join('\n');
  const network = parseNetworkFile('n.csv', csv).network!;
  const stored = { ...newLayer(network, 'own', new Map()), id: 'L' };
  const tgf = graph.nodes[0]!.id;
  const nodeOf = (label: string) => network.nodes.find((n) => n.label === label)!.id;
  beforeEach(() => {
    resetStore();
    useAppStore.setState({ layers: [stored], openLayerId: 'L', loaded: true });
  });

  it('an imported pick replaces a curated one and the reverse; only a curated one is in the URL', () => {
    const s = () => useAppStore.getState();
    s().select({ type: 'node', id: tgf });
    s().selectImported({ layerId: 'L', type: 'node', id: nodeOf('IL10') });
    expect(s().selection).toEqual({ type: 'imported', layerId: 'L', element: 'node', id: nodeOf('IL10') });
    s().select({ type: 'node', id: tgf as NodeId });
    expect(selectImportedSelection(s())).toBeNull();
    expect(toSearch({ ...s(), selection: { type: 'node', id: tgf } })).toContain('sel=node');
  });

  it('the view hides what an unticked facet hides, and the view rules let the hidden pick go', () => {
    const view = viewSelector(graph, stories);
    const stop = startViewRules(graph, stories);
    try {
      const s = () => useAppStore.getState();
      s().selectImported({ layerId: 'L', type: 'node', id: nodeOf('TNF') });
      expect(view(s()).layers.get('L')?.hiddenNodes.size).toBe(0);
      s().toggleLayerFacet('L', 'interactions', 'v:inhibits');
      // The edge goes, its ends stay: the pick is still drawn and still picked.
      expect(view(s()).layers.get('L')?.hiddenEdges.size).toBe(1);
      expect(s().selection?.type).toBe('imported');
      s().showAllOfLayer('L');
      s().selectImported({ layerId: 'L', type: 'edge', id: network.edges[1]!.id });
      s().toggleLayerFacet('L', 'interactions', 'v:inhibits');
      expect(s().selection).toBeNull();
    } finally {
      stop();
    }
  });
});
