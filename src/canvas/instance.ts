// The one live Cytoscape instance, for code in src/canvas and src/image that acts on demand (image export) rather
// than through store subscriptions. Never put it in the store: it is a renderer, not state.
import type { Core } from 'cytoscape';

let current: Core | null = null;
const listeners = new Set<() => void>();

export const setCurrentCy = (cy: Core | null): void => {
  current = cy;
  for (const listener of listeners) listener();
};

export const getCurrentCy = (): Core | null => current;

/** Called whenever the live instance appears or goes; returns the unsubscribe function. */
export function onCurrentCyChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
