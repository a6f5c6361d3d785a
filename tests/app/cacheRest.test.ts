// @vitest-environment jsdom
// The page asks the service worker for the rest of the app only once it has fetched nothing for a
// while and the browser is idle: the first screen and the reader's first clicks keep the connection.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cacheRestWhenQuiet, QUIET_MS, whenQuiet } from '../../src/app/offline';

/** A PerformanceObserver whose 'resource' entries the test reports by hand. */
let report: () => void = () => undefined;
class FakeObserver {
  constructor(callback: () => void) {
    report = callback;
  }
  observe() {}
  disconnect() {
    report = () => undefined;
  }
}
let idle: (() => void)[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  idle = [];
  vi.stubGlobal('requestIdleCallback', (f: () => void) => idle.push(f));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('caching the rest when the page is quiet', () => {
  it('waits for a quiet network, then for an idle moment', () => {
    const run = vi.fn();
    whenQuiet(run);
    vi.advanceTimersByTime(QUIET_MS - 100);
    // A click loads a panel: the quiet period starts again.
    report();
    vi.advanceTimersByTime(QUIET_MS - 100);
    expect(idle).toHaveLength(0);
    vi.advanceTimersByTime(100);
    expect(idle).toHaveLength(1);
    expect(run).not.toHaveBeenCalled();
    idle.shift()!();
    expect(run).toHaveBeenCalledOnce();
    // Once only: later fetches ask nothing more.
    report();
    vi.advanceTimersByTime(QUIET_MS * 2);
    expect(idle).toHaveLength(0);
  });

  it('a cancelled wait never runs', () => {
    const run = vi.fn();
    const cancel = whenQuiet(run);
    vi.advanceTimersByTime(QUIET_MS);
    cancel();
    idle.forEach((f) => f());
    vi.advanceTimersByTime(QUIET_MS * 2);
    expect(run).not.toHaveBeenCalled();
  });

  it('posts the request to the active worker', async () => {
    const postMessage = vi.fn();
    cacheRestWhenQuiet({
      ready: Promise.resolve({ active: { postMessage } }),
    } as unknown as ServiceWorkerContainer);
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(postMessage).not.toHaveBeenCalled();
    idle.shift()!();
    expect(postMessage).toHaveBeenCalledWith({ type: 'cache-rest' });
  });
});
