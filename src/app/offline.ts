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

export function registerOfflineSupport(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  noticeUpdates(navigator.serviceWorker);
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch((err: unknown) => {
      // Offline support is an extra; the app works without it.
      console.warn('Offline support unavailable:', err);
    });
  });
}
