// Plain strings become the graph's own branded ids at the boundary, or nothing.
import { describe, expect, it } from 'vitest';
import { nodeById, selectionOf } from '../../src/model/ids';
import { kb } from '../features/helpers';

const { graph } = kb;

describe('ids from plain strings', () => {
  it('finds the graph element and hands back its own id', () => {
    const sel = selectionOf(graph, 'node', 'tgfb1');
    expect(sel).toEqual({ type: 'node', id: 'tgfb1' });
    expect(selectionOf(graph, 'edge', graph.edges[0]!.id)).toEqual({ type: 'edge', id: graph.edges[0]!.id });
    expect(selectionOf(graph, 'source', 'chen2015')).toEqual({ type: 'source', id: 'chen2015' });
  });
  it('gives nothing for an unknown id, a wrong type, or an id of another kind of element', () => {
    expect(selectionOf(graph, 'node', 'no_such_node')).toBeNull();
    expect(selectionOf(graph, 'cluster', 'tgfb1')).toBeNull();
    // A wrong type names nothing, even when the id is a source's (a mutant read every other type as one).
    expect(selectionOf(graph, 'cluster', 'chen2015')).toBeNull();
    expect(selectionOf(graph, 'edge', 'tgfb1')).toBeNull();
    expect(nodeById(graph, 'chen2015')).toBeUndefined();
  });
});
