import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isLayerFiltered,
  LAYER_FACETS,
  layerFacetOptions,
  layerFilter,
  MAX_FACET_OPTIONS,
  NONE_KEY,
  OTHER_KEY,
  toggleLayerFacet,
  type LayerFacetState,
} from '../../src/import/facets';
import type { ImportedNode, Polarity } from '../../src/import/types';
import { importedEdge, importedNetwork, importedNode } from './builders';

const node = importedNode;
const edge = importedEdge;

const network = importedNetwork;

// cell a — activates → protein b — binds → protein c; d has no type; e → d has no interaction word.
const small = network(
  [node('a', 'cell'), node('b', 'protein'), node('c', 'protein'), node('d'), node('e', 'cell')],
  [
    edge('ab', 'a', 'b', 'activates', 1),
    edge('bc', 'b', 'c', 'binds'),
    edge('ca', 'c', 'a', 'inhibits', -1),
    edge('ed', 'e', 'd'),
  ],
);

describe('layerFacetOptions', () => {
  it('lists node types, interaction words and directions with counts, most common first', () => {
    const o = layerFacetOptions(small);
    expect(o.nodeTypes).toEqual([
      { key: 'v:cell', label: 'cell', count: 2 },
      { key: 'v:protein', label: 'protein', count: 2 },
      { key: NONE_KEY, label: 'untyped', count: 1 },
    ]);
    expect(o.interactions.map((x) => [x.label, x.count])).toEqual([
      ['activates', 1],
      ['binds', 1],
      ['inhibits', 1],
      ['no interaction word', 1],
    ]);
    expect(o.directions).toEqual([
      { key: '1', label: 'increases', count: 1 },
      { key: '-1', label: 'decreases', count: 1 },
      { key: '0', label: 'no stated direction', count: 2 },
    ]);
  });

  it('keeps a file word "other" or "none" apart from the options it makes up', () => {
    const n = network([node('x', 'other'), node('y', 'none'), node('z')], []);
    const keys = layerFacetOptions(n).nodeTypes.map((o) => o.key);
    expect(keys).toEqual(['v:none', 'v:other', NONE_KEY]);
    const hidden = layerFilter(n, { nodeTypes: ['v:other'] }).hiddenNodes;
    expect([...hidden]).toEqual(['x']);
  });

  it('folds the rarest values past the first 30 into "other", and hides them together', () => {
    // Type t0 has 50 nodes, t1 49 … so the 30 most common are t0…t29.
    const nodes: ImportedNode[] = [];
    for (let t = 0; t < 45; t++) for (let i = 0; i < 50 - t; i++) nodes.push(node(`n${t}-${i}`, `t${t}`));
    const n = network(nodes, []);
    const options = layerFacetOptions(n).nodeTypes;
    expect(options).toHaveLength(MAX_FACET_OPTIONS + 1);
    expect(options[0]).toEqual({ key: 'v:t0', label: 't0', count: 50 });
    const other = options.at(-1)!;
    expect(other.key).toBe(OTHER_KEY);
    expect(other.label).toBe('15 other types');
    let rest = 0;
    for (let t = 30; t < 45; t++) rest += 50 - t;
    expect(other.count).toBe(rest);
    const r = layerFilter(n, { nodeTypes: [OTHER_KEY] });
    expect(r.hiddenNodes.size).toBe(rest);
    expect(r.hiddenNodes.has('n30-0')).toBe(true);
    expect(r.hiddenNodes.has('n29-0')).toBe(false);
  });
});

describe('layerFilter', () => {
  it('hides nothing when nothing is unticked', () => {
    const r = layerFilter(small, undefined);
    expect(r.hiddenNodes.size + r.hiddenEdges.size).toBe(0);
    expect(r.counts).toEqual({ nodes: 5, totalNodes: 5, edges: 4, totalEdges: 4 });
    expect(isLayerFiltered({ nodeTypes: [] })).toBe(false);
  });

  it('hides the nodes of an unticked type and every edge touching them', () => {
    const r = layerFilter(small, { nodeTypes: ['v:cell'] });
    expect([...r.hiddenNodes].sort()).toEqual(['a', 'e']);
    expect([...r.hiddenEdges].sort()).toEqual(['ab', 'ca', 'ed']);
    expect(r.counts).toEqual({ nodes: 3, totalNodes: 5, edges: 1, totalEdges: 4 });
  });

  it('hides untyped nodes with the "untyped" option', () => {
    expect([...layerFilter(small, { nodeTypes: [NONE_KEY] }).hiddenNodes]).toEqual(['d']);
  });

  it('hides edges by interaction word or direction, never their nodes', () => {
    const words = layerFilter(small, { interactions: ['v:binds', NONE_KEY] });
    expect([...words.hiddenEdges].sort()).toEqual(['bc', 'ed']);
    expect(words.hiddenNodes.size).toBe(0);
    const signs = layerFilter(small, { directions: ['0'] });
    expect([...signs.hiddenEdges].sort()).toEqual(['bc', 'ed']);
    expect(signs.counts.nodes).toBe(5);
  });

  it('answers the same state from its last result, and a new state afresh', () => {
    const state: LayerFacetState = { nodeTypes: ['v:cell'] };
    const first = layerFilter(small, state);
    expect(layerFilter(small, state)).toBe(first);
    const other = layerFilter(small, { nodeTypes: ['v:protein'] });
    expect([...other.hiddenNodes].sort()).toEqual(['b', 'c']);
  });

  it('toggles an option off and on again', () => {
    const once = toggleLayerFacet(undefined, 'directions', '1');
    expect(once).toEqual({ directions: ['1'] });
    expect(toggleLayerFacet(once, 'directions', '1')).toEqual({ directions: [] });
  });
});

// Generated networks: a handful of types and words (some missing) so that facets really overlap.
const arbNetwork = fc
  .record({
    kinds: fc.array(
      fc.option(fc.constantFrom('cell', 'protein', 'gene', 'other', 'none', ''), { nil: undefined }),
      {
        minLength: 1,
        maxLength: 30,
      },
    ),
    edges: fc.array(
      fc.record({
        s: fc.nat(),
        t: fc.nat(),
        word: fc.option(fc.constantFrom('activates', 'binds', 'pp', 'inhibits'), { nil: undefined }),
        polarity: fc.constantFrom<Polarity>(1, -1, 0),
      }),
      { maxLength: 60 },
    ),
  })
  .map(({ kinds, edges }) =>
    network(
      kinds.map((k, i) => node(`n${i}`, k)),
      edges.map((e, i) =>
        edge(`e${i}`, `n${e.s % kinds.length}`, `n${e.t % kinds.length}`, e.word, e.polarity),
      ),
    ),
  );

/** A state unticking a random subset of the network's real options. */
const arbCase = arbNetwork.chain((n) => {
  const o = layerFacetOptions(n);
  const pick = (keys: string[]) => fc.subarray(keys);
  return fc
    .record({
      nodeTypes: pick(o.nodeTypes.map((x) => x.key)),
      interactions: pick(o.interactions.map((x) => x.key)),
      directions: pick(o.directions.map((x) => x.key)),
    })
    .map((state: LayerFacetState) => ({ n, state }));
});

describe('layerFilter properties', () => {
  it('never leaves an edge drawn to a hidden node', () => {
    fc.assert(
      fc.property(arbCase, ({ n, state }) => {
        const r = layerFilter(n, state);
        for (const e of n.edges)
          if (r.hiddenNodes.has(e.source) || r.hiddenNodes.has(e.target))
            expect(r.hiddenEdges.has(e.id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('hides nothing with every option ticked', () => {
    fc.assert(
      fc.property(arbNetwork, (n) => {
        const r = layerFilter(n, { nodeTypes: [], interactions: [], directions: [] });
        expect(r.hiddenNodes.size).toBe(0);
        expect(r.hiddenEdges.size).toBe(0);
        expect(r.counts.nodes).toBe(n.nodes.length);
        expect(r.counts.edges).toBe(n.edges.length);
      }),
      { numRuns: 200 },
    );
  });

  it('counts add up: options cover every element once, shown + hidden = total', () => {
    fc.assert(
      fc.property(arbCase, ({ n, state }) => {
        const o = layerFacetOptions(n);
        const sum = (xs: readonly { count: number }[]) => xs.reduce((s, x) => s + x.count, 0);
        expect(sum(o.nodeTypes)).toBe(n.nodes.length);
        expect(sum(o.interactions)).toBe(n.edges.length);
        expect(sum(o.directions)).toBe(n.edges.length);
        const r = layerFilter(n, state);
        expect(r.counts.nodes + r.hiddenNodes.size).toBe(n.nodes.length);
        expect(r.counts.edges + r.hiddenEdges.size).toBe(n.edges.length);
        // Hidden nodes are exactly the unticked node types' counts.
        const unticked = new Set(state.nodeTypes);
        expect(r.hiddenNodes.size).toBe(sum(o.nodeTypes.filter((x) => unticked.has(x.key))));
      }),
      { numRuns: 300 },
    );
  });

  it('unticking more never shows more', () => {
    fc.assert(
      fc.property(arbCase, fc.constantFrom(...LAYER_FACETS), fc.nat(), ({ n, state }, facet, i) => {
        const keys = layerFacetOptions(n)[facet].map((x) => x.key);
        if (!keys.length) return;
        const key = keys[i % keys.length]!;
        if (state[facet]?.includes(key)) return;
        const before = layerFilter(n, state);
        const after = layerFilter(n, toggleLayerFacet(state, facet, key));
        for (const id of before.hiddenNodes) expect(after.hiddenNodes.has(id)).toBe(true);
        for (const id of before.hiddenEdges) expect(after.hiddenEdges.has(id)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
