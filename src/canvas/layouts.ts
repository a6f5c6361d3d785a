// Layout options as module-level constants. Every layout is deterministic: fcose starts from the
// curated positions (randomize: false) so it gives the same picture each time.
import type { LayoutOptions } from 'cytoscape';
import type { LayoutName } from '../store/types';
import { NODE_KINDS, type NodeKind } from '../model/vocabulary';

/** Layouts whose positions are stored, not computed in the page: layered (generated) and lanes. */
export type StoredLayoutName = 'layered' | 'lanes';
export const isStoredLayout = (l: LayoutName): l is StoredLayoutName => l === 'layered' || l === 'lanes';

/** Concentric rings by kind, outermost first (also the benchmark's control: bench/compare.ts). */
export const KIND_RING: Record<NodeKind, number> = {
  therapy: 6,
  cell: 5,
  mediator: 4,
  receptor: 3,
  process: 2,
  condition: 1,
};

export const LAYOUT_OPTIONS: Record<Exclude<LayoutName, StoredLayoutName>, LayoutOptions> = {
  fcose: {
    name: 'fcose',
    randomize: false,
    quality: 'default',
    animate: false,
    nodeRepulsion: 9000,
    idealEdgeLength: 110,
    nodeSeparation: 90,
    fit: true,
    padding: 30,
  } as LayoutOptions,
  concentric: {
    name: 'concentric',
    concentric: (node: { data: (k: string) => NodeKind }) => KIND_RING[node.data('kind')],
    levelWidth: () => 1,
    minNodeSpacing: 24,
    animate: false,
    fit: true,
    padding: 30,
  } as LayoutOptions,
};

export { NODE_KINDS };
