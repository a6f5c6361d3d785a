// What the search box lists: the curated entities, or the imported network open on its own, or
// both when overlay layers are drawn over the curated map. Hits of the curated map and of each
// layer are merged by how well they matched (the curated one first among equals).
import type { StoredLayer } from '../../import/layerStore';
import { searchImported } from '../../import/search';
import type { Graph } from '../../model/graph';
import type { GraphNode } from '../../model/schema';
import { searchHits } from '../../model/search';
import type { ImportedNode } from '../../import/types';

interface HitBase {
  readonly matched: string;
  readonly field: 'label' | 'synonym' | 'identifier';
  readonly tier: number;
}
export type Hit =
  | (HitBase & { readonly kind: 'curated'; readonly node: GraphNode })
  | (HitBase & { readonly kind: 'imported'; readonly layer: StoredLayer; readonly node: ImportedNode });

/** A hit's key, unique in a list of hits. */
export const hitKey = (h: Hit) => (h.kind === 'curated' ? h.node.id : `${h.layer.id}\u0000${h.node.id}`);

/**
 * Hits for `query`: only the `open` layer's nodes when a layer is open on its own, else the
 * curated entities and the nodes of the `overlays` drawn over them.
 */
export function findAll(
  graph: Graph,
  open: StoredLayer | null,
  overlays: readonly StoredLayer[],
  query: string,
  limit: number,
): Hit[] {
  const fromLayer = (layer: StoredLayer): Hit[] =>
    searchImported(layer.network, query, limit).map((f) => ({
      kind: 'imported',
      layer,
      node: f.item,
      matched: f.matched,
      field: f.field,
      tier: f.tier,
    }));
  if (open) return fromLayer(open);
  const curated: Hit[] = searchHits(graph, query, limit).map((f) => ({
    kind: 'curated',
    node: f.item,
    matched: f.matched,
    field: f.field,
    tier: f.tier,
  }));
  // A stable sort keeps each search's own order (and the curated map first) among equal tiers.
  return [...curated, ...overlays.flatMap(fromLayer)].sort((a, b) => a.tier - b.tier).slice(0, limit);
}
