// The one live Cytoscape instance, for code in src/cy that acts on demand (image export) rather
// than through store subscriptions. Never put it in the store: it is a renderer, not state.
import type { Core } from 'cytoscape';

let current: Core | null = null;

export const setCurrentCy = (cy: Core | null): void => {
  current = cy;
};

export const getCurrentCy = (): Core | null => current;
