// Which look a layer opens in. A module of its own, tiny, because the layer store reads it at start.
import type { ImportedNetwork } from './types';

/**
 * The look a layer opens in. A Cytoscape or NDEx user expects to see a styled network as it looked
 * there (NDEx and Cytoscape Web draw the file's style), so a layer on its own opens in it when the
 * file has one; from BIG_STYLED nodes on it opens in the fast look instead (labels and curved edges
 * of thousands of elements cost seconds), and the file's style is one click away.
 */
export const BIG_STYLED = 1000;
export type LayerLook = 'file' | 'nociscope';
export const defaultLook = (network: ImportedNetwork): LayerLook =>
  network.style && network.nodes.length < BIG_STYLED ? 'file' : 'nociscope';
