// The one live Cytoscape instance — the curated map or the layer open on its own — for code in
// src/canvas and src/image that acts on demand (image export, step pictures) rather than through
// store subscriptions. Never put it in the store: it is a renderer, not state.
//
// It is held in one place, `window.nociscopeCy`, so browser tests (tests/e2e/*.ts) and benchmarks
// (bench/*.ts, bench/scale) read the same instance the app draws with: wait for
// `window.nociscopeCy?.nodes().length` and read positions, classes and the viewport from it. Tests
// read it; app code never reads state back from it (what the map shows is the derived view).
// A pathway diagram has its own instance (`window.nociscopeDiagramCy`, PathwayDiagram.tsx).
import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** The live Cytoscape instance (src/canvas/instance.ts), for browser tests and benchmarks. */
    nociscopeCy?: Core;
  }
}

const listeners = new Set<() => void>();
const host = (): Window | null => (typeof window === 'undefined' ? null : window);

/** Publish the instance a canvas has just made. */
export const setCurrentCy = (cy: Core): void => {
  const w = host();
  if (!w) return;
  // Assigned, never deleted: a benchmark may watch the property with a setter (bench/scale).
  w.nociscopeCy = cy;
  for (const listener of listeners) listener();
};

/**
 * Withdraw `cy` as it is destroyed, unless another canvas has already published its own (React
 * mounts the next canvas before it cleans up the last one).
 */
export const releaseCurrentCy = (cy: Core): void => {
  const w = host();
  if (!w || w.nociscopeCy !== cy) return;
  w.nociscopeCy = undefined;
  for (const listener of listeners) listener();
};

export const getCurrentCy = (): Core | null => host()?.nociscopeCy ?? null;

/** Called whenever the live instance appears or goes; returns the unsubscribe function. */
export function onCurrentCyChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
