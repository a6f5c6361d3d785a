// The resting frame loop's contract with Cytoscape's renderer (src/canvas/frameLoop.ts), on a
// stand-in that runs its loop as Cytoscape 3.34's `startRenderLoop` does: each frame calls the
// `beforeRender` callbacks (highest priority first, `willDraw` when a redraw was asked for), then
// asks for the next frame through `window.requestAnimationFrame`. The real loop is checked in
// Chromium (tests/e2e/frameLoop.e2e.ts).
import type { Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REST_AFTER_MS, restWhenIdle } from '../../src/canvas/frameLoop';

type Callback = { fn: (willDraw: boolean, now: number) => void; priority: number };

/** A page's clock and frame queue, and a renderer whose loop runs on them. */
function standIn() {
  let now = 0;
  let queue: FrameRequestCallback[] = [];
  const browsers = (fn: FrameRequestCallback) => {
    queue.push(fn);
    return queue.length;
  };
  const win = { requestAnimationFrame: browsers };
  vi.stubGlobal('window', win);
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const callbacks: Callback[] = [];
  const renderer = {
    requestedFrame: false,
    drawn: 0,
    beforeRender(fn: Callback['fn'], priority: number) {
      callbacks.push({ fn, priority });
      callbacks.sort((a, b) => b.priority - a.priority);
    },
    redraw() {
      this.requestedFrame = true;
    },
  };
  const loop = (t: number) => {
    const willDraw = renderer.requestedFrame;
    for (const c of callbacks) c.fn(willDraw, t);
    if (willDraw) renderer.drawn++;
    renderer.requestedFrame = false;
    win.requestAnimationFrame(loop);
  };
  const pool: unknown[] = [];
  let cameraAnimating = false;
  const core = {
    renderer: () => renderer,
    animated: () => cameraAnimating,
    addToAnimationPool(eles: unknown) {
      pool.push(eles);
    },
    animation() {
      return {
        hook() {
          cameraAnimating = true;
          return this;
        },
      };
    },
    _private: { aniEles: pool },
  };
  // An animation step of Cytoscape's own, at its priority (400): it ends the animations it runs.
  renderer.beforeRender(() => {
    pool.length = 0;
    cameraAnimating = false;
  }, 400);
  win.requestAnimationFrame(loop);
  /** Run `ms` of 16-ms frames; microtasks settle after each, as in a browser. */
  const run = async (ms: number) => {
    for (const end = now + ms; now < end;) {
      now += 16;
      const due = queue;
      queue = [];
      for (const fn of due) fn(now);
      await Promise.resolve();
    }
  };
  return { core, renderer, win, browsers, run, pending: () => queue.length, cy: core as unknown as Core };
}

beforeEach(() => {
  vi.restoreAllMocks();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('restWhenIdle', () => {
  it('asks for no frame once nothing has been drawn for REST_AFTER_MS, and gives the browser its function back', async () => {
    const s = standIn();
    restWhenIdle(s.cy);
    await s.run(REST_AFTER_MS / 2);
    expect(s.pending()).toBe(1);
    await s.run(REST_AFTER_MS);
    expect(s.pending()).toBe(0);
    expect(s.win.requestAnimationFrame).toBe(s.browsers);
  });

  it('draws a change asked for while resting, then rests again', async () => {
    const s = standIn();
    restWhenIdle(s.cy);
    await s.run(2 * REST_AFTER_MS);
    expect(s.pending()).toBe(0);
    s.core.renderer().redraw();
    expect(s.pending()).toBe(1);
    await s.run(32);
    expect(s.core.renderer().drawn).toBe(1);
    await s.run(2 * REST_AFTER_MS);
    expect(s.pending()).toBe(0);
  });

  it('wakes for an element animation and for a camera animation, and does not rest while one is queued', async () => {
    const s = standIn();
    restWhenIdle(s.cy);
    await s.run(2 * REST_AFTER_MS);
    s.core.addToAnimationPool(['tgfb1']);
    expect(s.pending()).toBe(1);
    await s.run(2 * REST_AFTER_MS);
    expect(s.pending()).toBe(0);
    (s.core.animation() as { hook(): unknown }).hook();
    expect(s.pending()).toBe(1);
  });

  it('keeps the loop going while an animation runs without drawing', async () => {
    const s = standIn();
    // An animation Cytoscape's step does not end (a long delay): the pool stays full.
    s.core._private.aniEles.push('waiting');
    s.core.renderer().beforeRender(() => s.core._private.aniEles.push('waiting'), 0);
    restWhenIdle(s.cy);
    await s.run(3 * REST_AFTER_MS);
    expect(s.pending()).toBe(1);
  });

  it('installs once per instance: a second call leaves the browser its own function', async () => {
    const s = standIn();
    restWhenIdle(s.cy);
    restWhenIdle(s.cy);
    await s.run(2 * REST_AFTER_MS);
    expect(s.pending()).toBe(0);
    expect(s.win.requestAnimationFrame).toBe(s.browsers);
    s.core.renderer().redraw();
    expect(s.pending()).toBe(1);
  });

  it('does nothing without a canvas renderer (a headless instance)', () => {
    const s = standIn();
    const headless = { renderer: () => ({ redraw() {} }) } as unknown as Core;
    expect(() => restWhenIdle(headless)).not.toThrow();
    expect(s.win.requestAnimationFrame).toBe(s.browsers);
  });
});
