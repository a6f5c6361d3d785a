// A network by node index, the least a layout needs: node i and edges as (source, target) index pairs
// in one typed array, which a worker receives in one cheap copy.

/** A graph by node index: `edges` holds source, target pairs. */
export interface IndexedGraph {
  readonly nodeCount: number;
  readonly edges: Uint32Array;
}

/** A network of named nodes by index (their order); edges naming an unknown node are left out. */
export function indexedGraph(
  nodeIds: readonly string[],
  edges: readonly { readonly source: string; readonly target: string }[],
): IndexedGraph {
  const index = new Map(nodeIds.map((id, i) => [id, i]));
  const pairs: number[] = [];
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s !== undefined && t !== undefined) pairs.push(s, t);
  }
  return { nodeCount: nodeIds.length, edges: Uint32Array.from(pairs) };
}
