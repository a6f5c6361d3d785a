// Nociscope's service worker: after one visit the app opens and works with no network (a classroom
// with poor Wi-Fi). This file is a template: the build (vite.config.ts) writes its version and the
// lists of files it emitted into the constants below and publishes it as dist/sw.js. A new build
// is a new sw.js, so browsers install it and cache the new files. The old cache is kept while a tab
// opened before the update is still open: that tab's page names the old hashed files, and a panel it
// has not opened yet (loaded on demand) must still load — from the old cache, since the new build's
// server no longer has those files. Once every such tab is closed (or reloaded), the old cache goes.
// What is cached when (docs/adr/service-worker-cache.md): the core on install; the rest when
// the page says it has been quiet for a while, or each file on its first use, so on a slow network
// the first visit does not download the layout worker and the PDF fonts while the reader clicks.
const VERSION = 'dev';
/** Cached on install: what the first screen loads (its script, styles, the map's code). */
const CORE = [];
/** Cached later: the other panels, the PDF writer and its fonts, the workers; smallest first. */
const REST = [];
/** SHA-256 (hex) of each listed file, as built. */
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
      .then((c) => c.addAll([PAGE, ...CORE]))
      .then(() => self.skipWaiting()),
  );
});

// Which old caches are kept, and for which tabs: { cacheName: [client ids open when it was replaced] },
// stored in the current cache (a worker is stopped and started at will, so memory would not do), and
// only while there is something to keep.
const RETIRED = './.nociscope-retired-caches';

async function readRetired() {
  const hit = await (await caches.open(CACHE)).match(RETIRED);
  if (!hit) return {};
  try {
    const value = await hit.json();
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}

async function writeRetired(retired) {
  const cache = await caches.open(CACHE);
  if (Object.keys(retired).length === 0) await cache.delete(RETIRED);
  else
    await cache.put(
      RETIRED,
      new Response(JSON.stringify(retired), { headers: { 'Content-Type': 'application/json' } }),
    );
}

const openTabs = async () =>
  new Set((await self.clients.matchAll({ type: 'window', includeUncontrolled: true })).map((c) => c.id));

/**
 * Delete the old caches whose tabs are all closed. A retired cache lists the tabs open when it was
 * replaced (every one of them loaded an older page or may have); tabs opened since load this build.
 */
async function sweep(retired) {
  const open = await openTabs();
  const names = await caches.keys();
  for (const [name, tabs] of Object.entries(retired)) {
    const inUse = Array.isArray(tabs) && tabs.some((id) => open.has(id));
    if (inUse && names.includes(name)) continue;
    await caches.delete(name);
    delete retired[name];
  }
  await writeRetired(retired);
}

/** On taking over: every other cache of ours is retired, kept for the tabs open now. */
async function retireOldCaches() {
  const open = [...(await openTabs())];
  const retired = await readRetired();
  for (const name of await caches.keys()) {
    if (!name.startsWith('nociscope-') || name === CACHE || name in retired) continue;
    // An older build's own record: the caches it still kept for its tabs stay kept for them.
    const older = await (await caches.open(name)).match(RETIRED);
    if (older) {
      try {
        Object.assign(retired, await older.json());
      } catch {
        // An unreadable record keeps nothing: those caches are swept with this one below.
      }
    }
    retired[name] = open;
  }
  await sweep(retired);
}

self.addEventListener('activate', (event) => {
  event.waitUntil(retireOldCaches().then(() => self.clients.claim()));
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
  // A file of an older build, asked for by a tab opened before the update: its retired cache has it.
  if (!HASH_BY_URL.has(request.url)) {
    const old = await caches.match(request, { ignoreVary: true });
    if (old) return old;
  }
  const response = await fetch(request);
  if (response.ok && (await intact(response, request.url))) await cache.put(request, response.clone());
  return response;
}

let cachingRest = null;

/**
 * Cache the files of REST not cached yet, one at a time, so that the page's own requests still get
 * most of a slow connection. Stops at the first network failure: the next start tries again.
 */
function cacheRest() {
  cachingRest ??= (async () => {
    const cache = await caches.open(CACHE);
    for (const file of REST) {
      const url = new URL(file, self.registration.scope).href;
      if (await cache.match(url, { ignoreVary: true })) continue;
      let response;
      try {
        response = await fetch(url);
      } catch {
        return;
      }
      if (response.ok && (await intact(response, url))) await cache.put(url, response);
    }
  })().finally(() => {
    cachingRest = null;
  });
  return cachingRest;
}

// The page (offline.ts) asks once it has been quiet for a while.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'cache-rest') event.waitUntil(cacheRest());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    event.respondWith(page(req));
    // A start or a reload is when tabs of an older page may have gone: their caches go with them.
    event.waitUntil(readRetired().then((r) => (Object.keys(r).length ? sweep(r) : undefined)));
  } else event.respondWith(asset(req));
});
