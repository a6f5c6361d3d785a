// A resting frame loop for a live canvas.
//
// Cytoscape's canvas renderer asks the browser for an animation frame 60 times a second for as long as
// a map is open, whether or not anything changed (cytoscape.js #2656 and #2657, closed without a
// change; still so in 3.34: `startRenderLoop` in src/extensions/renderer/base/redraw.js). Measured
// here on the curated map in Chromium: an idle, open map costs 1.35 core-seconds every 15 s (9 % of a
// core, renderer and browser processes), against 0.2 with the loop stopped. That is a laptop's fan
// and battery during a lesson for a picture that does not change, and a tenth of a core for every
// map open in the browser tests.
//
// Cytoscape has no option for it, so this rests the loop from outside, through three of the
// renderer's own entry points rather than a patched copy of the library (which every update of it
// would have to carry):
// - a last (lowest-priority) `beforeRender` callback: when nothing has been drawn for REST_AFTER_MS
//   and no animation is queued, it takes the loop's request for its next frame, which the loop makes
//   right after its callbacks, and keeps it instead of handing it to the browser;
// - `redraw`, the one call every change makes (element, style, viewport, size, the renderer's own
//   texture caches): it hands the kept request to the browser, so the next frame draws as before;
// - how an animation starts, since the loop is what steps animations: `addToAnimationPool` for an
//   element's, and the `hook` of each animation of the camera that `cy.animation` makes (`cy.animate`
//   goes through it too). While any animation is queued or running the loop does not rest.
// What resting can cost: texture refinements Cytoscape queues for idle frames and finishes after a
// second of no drawing (rare: it serves on-screen elements first, and a finished batch on screen
// asks for a redraw) wait for the next change, so such a node stays a little blurry until then.
// A paused animation keeps the loop awake, as before. (Reviewed against Cytoscape 3.34's source.)
// tests/e2e/frameLoop.e2e.ts checks, in Chromium, that an idle map asks for no frames, and that a
// change, a user's zoom and an animation started while resting are all drawn.
import type { Core } from 'cytoscape';

/** Nothing drawn for this long: let the loop rest. Longer than any pause inside one interaction. */
export const REST_AFTER_MS = 1000;

/** Below Cytoscape's lowest (`lyrTxrSkip`, 100), so the loop's own request comes next. */
const LAST = -1000;

/** The parts of Cytoscape's renderer and core used here (not in its published types). */
type Renderer = {
  beforeRender?: (fn: (willDraw: boolean, now: number) => void, priority: number) => void;
  redraw: (this: Renderer, options?: unknown) => void;
  destroyed?: boolean;
  requestedFrame?: boolean;
};
type Animation = { hook(this: Animation): Animation };
type CoreInternals = {
  renderer(): Renderer | undefined;
  addToAnimationPool(this: CoreInternals, eles: unknown): void;
  animation(this: CoreInternals, ...args: unknown[]): Animation;
  animated(): boolean;
  _private?: { aniEles?: { length: number } };
};

/** Instances already resting: a second trap would capture the first as "the browser's function". */
const resting = new WeakSet<Core>();

/**
 * Let `cy`'s frame loop rest while nothing changes. Does nothing without a canvas renderer (headless
 * instances, jsdom). Ends with the instance: `cy.destroy()` stops the loop and drops a kept request.
 */
export function restWhenIdle(cy: Core): void {
  const core = cy as unknown as CoreInternals;
  const r = core.renderer();
  if (typeof window === 'undefined' || typeof r?.beforeRender !== 'function' || resting.has(cy)) return;
  resting.add(cy);
  let lastDrawn = performance.now();
  /** The loop's request for its next frame, kept while it rests. */
  let kept: FrameRequestCallback | null = null;
  // Called on every redraw request (139 in one filter click of the curated map): only a check unless
  // resting. A running loop needs nothing here: the frame that draws the request marks the time.
  const wake = () => {
    if (!kept || r.destroyed) return;
    const next = kept;
    kept = null;
    lastDrawn = performance.now();
    window.requestAnimationFrame(next);
  };
  const redraw = r.redraw;
  r.redraw = function (options) {
    redraw.call(this, options);
    wake();
  };
  const addToAnimationPool = core.addToAnimationPool;
  core.addToAnimationPool = function (eles) {
    addToAnimationPool.call(this, eles);
    wake();
  };
  const animation = core.animation;
  core.animation = function (...args) {
    const made = animation.apply(this, args);
    const hook = made.hook;
    made.hook = function () {
      const hooked = hook.call(this);
      wake();
      return hooked;
    };
    return made;
  };
  const animating = () => core.animated() || (core._private?.aniEles?.length ?? 0) > 0;
  r.beforeRender((willDraw, now) => {
    if (willDraw) lastDrawn = now;
    // A draw asked for but held back (Cytoscape's `skipFrame`, unused in 3.34) is not idle either.
    if (willDraw || r.requestedFrame || now - lastDrawn < REST_AFTER_MS || animating()) return;
    // The loop asks for its next frame as soon as its callbacks return, and this one is last: the
    // next request is the loop's. Keep it; put the browser's function back in any case.
    const browsers = window.requestAnimationFrame;
    window.requestAnimationFrame = (fn) => {
      window.requestAnimationFrame = browsers;
      kept = fn;
      return 0;
    };
    queueMicrotask(() => {
      window.requestAnimationFrame = browsers;
    });
  }, LAST);
}
