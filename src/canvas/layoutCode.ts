// Layout code that loads on first use, not with the first paint: the force-directed layout
// (cytoscape-fcose with cose-base and layout-base, about 40 KB of gzipped JavaScript) is needed only
// when a reader picks it. The curated lanes and the concentric layout need nothing extra.
import cytoscape from 'cytoscape';
import type { LayoutName } from '../store/types';

let fcose: Promise<void> | null = null;

/** Whether `name` can run now, without waiting for its code (Cytoscape's registry knows). */
export const layoutCodeLoaded = (name: LayoutName): boolean => cytoscape('layout', name) !== undefined;

/** Resolves once `name` can run (at once for layouts Cytoscape has built in). */
export function layoutCode(name: LayoutName): Promise<void> {
  if (name !== 'fcose') return Promise.resolve();
  fcose ??= import('cytoscape-fcose').then(
    (m) => void cytoscape.use(m.default),
    (err: unknown) => {
      fcose = null; // let a later attempt (back online) try again
      throw err;
    },
  );
  return fcose;
}
