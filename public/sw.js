// Nociscope's service worker: cache what the app loads so it opens and works with no network.
// Pages: network first (fresh data when online), cache as fallback. Built assets have hashed names,
// so cache first is safe for them.
const CACHE = 'nociscope-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then(async (c) => {
        await c.addAll(['./', './index.html']);
        // Everything the build emitted (vite.config.ts writes the list), so parts loaded on demand,
        // such as the PDF writer and its fonts, work offline too. A dev server has no list: skip.
        const list = await fetch('./precache.json')
          .then((r) => (r.ok ? r.json() : []))
          .catch(() => []);
        await c.addAll(list);
      })
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  const put = (res) => {
    if (res.ok) {
      const copy = res.clone();
      caches.open(CACHE).then((c) => c.put(req, copy));
    }
    return res;
  };
  if (req.mode === 'navigate') {
    event.respondWith(
      fetch(req)
        .then(put)
        .catch(() =>
          caches.match(req, { ignoreSearch: true }).then((r) => r || caches.match('./index.html')),
        ),
    );
    return;
  }
  // ignoreVary: the preview server varies on Origin, which module imports send and the install-time
  // precache requests do not; the files are the same.
  event.respondWith(caches.match(req, { ignoreVary: true }).then((hit) => hit || fetch(req).then(put)));
});
