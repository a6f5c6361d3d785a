// Offline use in a classroom with poor Wi-Fi: a service worker keeps a copy of the app after the
// first visit. Only in production builds; the dev server must always serve fresh files.
import { useAppStore } from '../store/store';

/** What an open tab is told when a new version takes over (sw.js keeps this tab's files meanwhile). */
export const UPDATE_NOTICE =
  'A new version of Nociscope has been installed. This tab keeps working as it is; reload the page to use the new version.';

/**
 * Tell the reader when a new service worker takes over a tab that already had one: a deploy, not the
 * first visit (which has no controller before). Returns the function that stops listening.
 */
export function noticeUpdates(container: ServiceWorkerContainer): () => void {
  let hadController = container.controller !== null;
  const onChange = () => {
    if (hadController) useAppStore.getState().notify([UPDATE_NOTICE]);
    hadController = true;
  };
  container.addEventListener('controllerchange', onChange);
  return () => container.removeEventListener('controllerchange', onChange);
}

/** How long the page must have fetched nothing before the rest of the app is cached. */
export const QUIET_MS = 3000;

/**
 * Call `run` once the page has fetched nothing for `quietMs` and the browser is idle: the first
 * screen and the reader's first clicks have had the connection to themselves. Returns a cancel.
 */
export function whenQuiet(run: () => void, quietMs = QUIET_MS): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer =
    typeof PerformanceObserver === 'function' ? new PerformanceObserver(() => restart()) : null;
  const fire = () => {
    observer?.disconnect();
    const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 0));
    idle(() => {
      if (!cancelled) run();
    });
  };
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(fire, quietMs);
  };
  observer?.observe({ type: 'resource' });
  restart();
  return () => {
    cancelled = true;
    clearTimeout(timer);
    observer?.disconnect();
  };
}

/**
 * The worker cached only the core on install; once the page is quiet it caches the rest (sw.js), so
 * that the whole app works offline after one visit. Asked on every start: the worker skips what it
 * has, and resumes a run that a closed tab or a lost connection cut short.
 */
export function cacheRestWhenQuiet(container: ServiceWorkerContainer): void {
  void container.ready.then((registration) =>
    whenQuiet(() => registration.active?.postMessage({ type: 'cache-rest' })),
  );
}

export function registerOfflineSupport(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  noticeUpdates(navigator.serviceWorker);
  cacheRestWhenQuiet(navigator.serviceWorker);
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch((err: unknown) => {
      // Offline support is an extra; the app works without it.
      console.warn('Offline support unavailable:', err);
    });
  });
}
