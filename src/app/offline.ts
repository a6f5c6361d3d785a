// Offline use in a classroom with poor Wi-Fi: a service worker keeps a copy of the app after the
// first visit. Only in production builds; the dev server must always serve fresh files.
export function registerOfflineSupport(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch((err: unknown) => {
      // Offline support is an extra; the app works without it.
      console.warn('Offline support unavailable:', err);
    });
  });
}
