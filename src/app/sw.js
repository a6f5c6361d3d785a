// Nociscope's service worker: after one visit the app opens and works with no network (a classroom
// with poor Wi-Fi). This file is a template: the build (vite.config.ts) writes its version and the
// list of files it emitted into the two constants below and publishes it as dist/sw.js. A new build
// is a new sw.js, so browsers install it, cache the new files and delete the old cache.
const VERSION = 'dev';
const PRECACHE = [];

const CACHE = `nociscope-${VERSION}`;
// The app is one page: every navigation (any ?story=…&sel=… link) is answered with it, and it is
// kept under this one key, so an old deep link can never bring back an old page.
const PAGE = './';
// On weak Wi-Fi a page request can hang for a long time: after this long, the cached page answers.
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((c) => c.addAll([PAGE, ...PRECACHE]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('nociscope-') && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

const cachedPage = () => caches.open(CACHE).then((c) => c.match(PAGE));

/** Network first with a time limit; the cached page when the network is slow or gone. */
function page(request) {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (response) => {
      if (settled || !response) return false;
      settled = true;
      resolve(response);
      return true;
    };
    const timer = setTimeout(() => void cachedPage().then(settle), NETWORK_TIMEOUT_MS);
    fetch(request)
      .then((response) => {
        clearTimeout(timer);
        if (response.ok) {
          const copy = response.clone();
          void caches.open(CACHE).then((c) => c.put(PAGE, copy));
        }
        settle(response);
      })
      .catch((err) => {
        clearTimeout(timer);
        void cachedPage().then((hit) => {
          if (!settle(hit) && !settled) reject(err);
        });
      });
  });
}

/** Built files have hashed names, so a cached copy is always the right one. */
function asset(request) {
  // ignoreVary: the preview server varies on Origin, which module imports send and the install-time
  // precache requests do not; the files are the same.
  return caches.match(request, { ignoreVary: true }).then(
    (hit) =>
      hit ||
      fetch(request).then((response) => {
        if (response.ok) {
          const copy = response.clone();
          void caches.open(CACHE).then((c) => c.put(request, copy));
        }
        return response;
      }),
  );
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(req.mode === 'navigate' ? page(req) : asset(req));
});
