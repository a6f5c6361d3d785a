// Nociscope's service worker: after one visit the app opens and works with no network (a classroom
// with poor Wi-Fi). This file is a template: the build (vite.config.ts) writes its version and the
// list of files it emitted into the two constants below and publishes it as dist/sw.js. A new build
// is a new sw.js, so browsers install it, cache the new files and delete the old cache.
const VERSION = 'dev';
const PRECACHE = [];
/** SHA-256 (hex) of each precached file, as built. */
const HASHES = {};

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

// Absolute URL → expected hash, resolved against the scope: the app may live in any folder.
const HASH_BY_URL = new Map(
  Object.entries(HASHES).map(([file, hash]) => [new URL(file, self.registration.scope).href, hash]),
);

const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** Whether a response holds the file the build made (true for files the build did not list). */
async function intact(response, url) {
  const want = HASH_BY_URL.get(url);
  if (!want) return true;
  const body = await response.clone().arrayBuffer();
  return hex(await crypto.subtle.digest('SHA-256', body)) === want;
}

/**
 * Built files have hashed names, so a cached copy is the right one, if it is whole: a copy damaged on
 * disk or cut short on a bad connection would otherwise break every start until the next release.
 * Each cached copy is checked against the build's hash; a bad one is dropped and fetched again.
 */
async function asset(request) {
  const cache = await caches.open(CACHE);
  // ignoreVary: the preview server varies on Origin, which module imports send and the install-time
  // precache requests do not; the files are the same.
  const hit = await cache.match(request, { ignoreVary: true });
  if (hit && (await intact(hit, request.url))) return hit;
  if (hit) while (await cache.delete(request, { ignoreVary: true }));
  const response = await fetch(request);
  if (response.ok && (await intact(response, request.url))) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(req.mode === 'navigate' ? page(req) : asset(req));
});
