// What of an imported layer the map draws, as the derived view says (src/model/view.ts, its
// `layers` entry for the layer): the one answer the "Showing …" line, the data and picture exports
// and the canvas's fit all read, so none of them applies the facets again on its own. Pure.
import type { LayerView } from '../model/view';
import type { ImportedNetwork } from './types';

/** The part of the view's LayerView these readers need: what is not drawn. */
export type LayerShown = Pick<LayerView, 'hiddenNodes' | 'goneEdges'>;

/** Whether the view leaves anything of the layer out (undefined: the layer is not drawn at all). */
export const cutsLayer = (shown: LayerShown | undefined): boolean =>
  !!shown && (shown.hiddenNodes.size > 0 || shown.goneEdges.size > 0);

/** How much of the network the view draws. */
export function shownCounts(
  network: ImportedNetwork,
  shown: LayerShown | undefined,
): { nodes: number; totalNodes: number; edges: number; totalEdges: number } {
  const totalNodes = network.nodes.length;
  const totalEdges = network.edges.length;
  return {
    nodes: totalNodes - (shown?.hiddenNodes.size ?? 0),
    totalNodes,
    edges: totalEdges - (shown?.goneEdges.size ?? 0),
    totalEdges,
  };
}

/** The ids of the network's nodes the view draws, in the file's order. */
export const shownNodeIds = (network: ImportedNetwork, shown: LayerShown | undefined): string[] =>
  network.nodes.filter((n) => !shown?.hiddenNodes.has(n.id)).map((n) => n.id);

/** The network less what the view leaves out (an edge with a hidden end goes with it). */
export function shownNetwork(network: ImportedNetwork, shown: LayerShown | undefined): ImportedNetwork {
  if (!cutsLayer(shown)) return network;
  return {
    ...network,
    nodes: network.nodes.filter((n) => !shown!.hiddenNodes.has(n.id)),
    edges: network.edges.filter((e) => !shown!.goneEdges.has(e.id)),
  };
}
