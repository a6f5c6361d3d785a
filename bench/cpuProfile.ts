// What the bench's profiling scripts share (profileCurated, profileInteract, profileLayer, cpuCurated):
// the shape of a V8 CPU profile from the DevTools protocol (Profiler.stop), and the init script that
// records the app's frames from the moment its Cytoscape instance exists.

/** One node of a V8 CPU profile's call tree. */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
/** A V8 CPU profile: the call tree and which node each sample was in. */
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Installed before the page's scripts (`context.addInitScript`, so it must stand alone): pushes the
 * time of every `render` of the app's instance into `window.benchRenders`.
 */
export function installRenderWatch() {
  const renders: number[] = [];
  (window as unknown as { benchRenders: number[] }).benchRenders = renders;
  let current: unknown;
  Object.defineProperty(window, 'nociscopeCy', {
    configurable: true,
    get: () => current,
    set: (cy: { on(e: string, f: () => void): void } | undefined) => {
      current = cy;
      cy?.on('render', () => void renders.push(performance.now()));
    },
  });
}
