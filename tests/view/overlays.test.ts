// What the derived view makes of imported layers over the curated map, of the path asked of an
// imported network and of a predict step's what-if: all of it derived from the one store, so the
// canvases only apply it (issue 21: no state read back from Cytoscape).
import { beforeEach, describe, expect, it } from 'vitest';
import { viewInput } from './input';
import { newLayer, type StoredLayer } from '../../src/import/layerStore';
import { parseNetworkFile } from '../../src/import/parse';
import { NO_FILTERS } from '../../src/model/filter';
import { predictFocus } from '../../src/model/pathways/answer';
import { predictWhatIf } from '../../src/model/pathways/predict';
import { deriveView, drawnNodes } from '../../src/model/view';
import { resetStore, useAppStore } from '../../src/store/store';
import { viewSelector } from '../../src/store/view';
import { kb } from '../features/helpers';

const { graph, stories } = kb;
const csv = ['source,target,relation', 'TGFB1,IL10,activates', 'IL10,TNF,inhibits'].join('\n');
const network = parseNetworkFile('n.csv', csv).network!;
const nodeOf = (label: string) => network.nodes.find((n) => n.label === label)!.id;
const entity = graph.nodes[0]!.id;
/** An overlay layer whose TGFB1 is matched to a curated entity, and whose IL10 names one long gone. */
const overlay = (id: string, extra: Partial<StoredLayer> = {}): StoredLayer => ({
  ...newLayer(network, 'overlay'),
  id,
  matches: [
    [nodeOf('TGFB1'), entity],
    [nodeOf('IL10'), 'no_such_entity'],
  ],
  ...extra,
});
const s = () => useAppStore.getState();
const view = viewSelector(graph, stories);

beforeEach(() => {
  resetStore();
});

describe('overlay layers in the view', () => {
  it('each layer shown over the map brings its matches to entities still in the graph', () => {
    useAppStore.setState({ layers: [overlay('A'), overlay('B', { hidden: true })], loaded: true });
    const v = view(s());
    expect([...v.overlayMatches.keys()]).toEqual(['A']);
    expect([...v.overlayMatches.get('A')!]).toEqual([[nodeOf('TGFB1'), entity]]);
    expect([...v.matched]).toEqual([entity]);
    // The matched node is drawn as the entity; the other two are drawn as the layer's own.
    expect(drawnNodes(v).imported.get('A')).toEqual([nodeOf('IL10'), nodeOf('TNF')]);
  });

  it('a layer open on its own, or none shown, matches nothing on the curated map', () => {
    useAppStore.setState({ layers: [overlay('A')], openLayerId: 'A', loaded: true });
    expect(view(s()).overlayMatches.size).toBe(0);
    expect(view(s()).matched.size).toBe(0);
    // Open on its own, every node of the layer is drawn as its own.
    expect(drawnNodes(view(s())).imported.get('A')).toHaveLength(3);
    useAppStore.setState({ layers: [], openLayerId: null });
    expect(view(s()).matched.size).toBe(0);
  });

  it('a layer shown over the map leaves what is kept and emphasised as it was (same objects)', () => {
    s().select({ type: 'node', id: entity });
    const before = view(s());
    useAppStore.setState({ layers: [overlay('A')], loaded: true });
    const after = view(s());
    expect(after.matched.size).toBe(1);
    expect(after.kept).toBe(before.kept);
    expect(after.highlighted).toBe(before.highlighted);
  });
});

describe('what the view draws', () => {
  const base = viewInput(stories, { filters: { ...NO_FILTERS, kinds: ['therapy'] }, hiddenMode: 'hide' });
  it('the curated entities kept or faded, and a picked one the filters hide', () => {
    const hidden = deriveView(graph, base);
    const left = graph.nodes.find((n) => hidden.hidden.nodes.has(n.id))!.id;
    expect(new Set(drawnNodes(hidden).curated)).toEqual(hidden.kept.nodes);
    const picked = deriveView(graph, { ...base, selection: { type: 'node', id: left } });
    expect(drawnNodes(picked).curated).toContain(left);
    const faded = deriveView(graph, { ...base, hiddenMode: 'fade' });
    expect(drawnNodes(faded).curated).toHaveLength(graph.nodes.length);
  });

  it("a layer's nodes less those its facets hide", () => {
    const v = deriveView(graph, {
      ...base,
      layers: [
        {
          id: 'L',
          nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
          edges: [],
          hiddenNodes: new Set(['b']),
          hiddenEdges: new Set(),
        },
      ],
    });
    expect(drawnNodes(v).imported.get('L')).toEqual(['a', 'c']);
  });
});

describe('the path asked of an imported network', () => {
  it('is in the view while its layer is drawn, and lives in the one store', () => {
    const own = { ...newLayer(network, 'own'), id: 'L' };
    useAppStore.setState({ layers: [own], openLayerId: 'L', loaded: true });
    const shown = { nodes: [nodeOf('TGFB1'), nodeOf('IL10')], edges: [network.edges[0]!.id] };
    s().setImportedPath({ layerId: 'L', from: null, to: null, maxLength: 4, shown });
    expect(view(s()).importedPath).toEqual({
      layerId: 'L',
      nodes: new Set(shown.nodes),
      edges: new Set(shown.edges),
    });
    // Back on the curated map the layer is not drawn: no path is.
    s().openLayer(null);
    expect(view(s()).importedPath).toBeNull();
    s().openLayer('L');
    s().setImportedPath({ layerId: 'L', from: null, to: null, maxLength: 4, shown: null });
    expect(view(s()).importedPath).toBeNull();
  });
});

describe("a predict step's what-if", () => {
  it('is computed once and is the one the view draws', () => {
    const story = stories.find((st) => st.steps.some((step) => step.predict))!;
    const index = story.steps.findIndex((step) => step.predict);
    const predict = story.steps[index]!.predict!;
    const w = predictWhatIf(graph, predict);
    expect(predictWhatIf(graph, predict)).toBe(w);
    const v = deriveView(
      graph,
      viewInput(stories, { story: { id: story.id, step: index }, answerShown: true }),
    );
    const focus = predictFocus(w, true);
    expect(v.knockedOut).toEqual(focus.knockedOut);
    expect(v.broken).toEqual(focus.broken);
  });
});
