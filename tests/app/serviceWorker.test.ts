// @vitest-environment node
// The service worker's caches, run in a sandbox with an in-memory Cache Storage and tab list: the
// install caches only the core, the rest comes when the page asks or on first use; across a deploy,
// a tab opened before the update still loads the old build's files it has not loaded yet, and the
// old cache goes once every such tab is closed.
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const SCOPE = 'https://app.test/';
const TEMPLATE = readFileSync('src/app/sw.js', 'utf8');

/** A Cache with string keys (URLs), enough of the API sw.js uses. */
class FakeCache {
  readonly entries = new Map<string, Response>();
  match(req: Request | string) {
    const hit = this.entries.get(typeof req === 'string' ? new URL(req, SCOPE).href : req.url);
    return Promise.resolve(hit?.clone());
  }
  put(req: Request | string, res: Response) {
    this.entries.set(typeof req === 'string' ? new URL(req, SCOPE).href : req.url, res);
    return Promise.resolve();
  }
  delete(req: Request | string) {
    return Promise.resolve(this.entries.delete(typeof req === 'string' ? new URL(req, SCOPE).href : req.url));
  }
  addAll(urls: string[]) {
    return Promise.all(urls.map(async (u) => this.put(u, await server(new Request(new URL(u, SCOPE).href)))));
  }
}

class FakeCacheStorage {
  readonly named = new Map<string, FakeCache>();
  open(name: string) {
    if (!this.named.has(name)) this.named.set(name, new FakeCache());
    return Promise.resolve(this.named.get(name)!);
  }
  keys() {
    return Promise.resolve([...this.named.keys()]);
  }
  delete(name: string) {
    return Promise.resolve(this.named.delete(name));
  }
  async match(req: Request) {
    for (const c of this.named.values()) {
      const hit = await c.match(req);
      if (hit) return hit;
    }
    return undefined;
  }
}

/** What the host serves: only the files of the build deployed now. */
let deployed = new Map<string, string>();
/** Paths the worker fetched, in order; and whether the network is down. */
const fetched: string[] = [];
let offline = false;
let inFlight = 0;
let mostInFlight = 0;
async function server(req: Request): Promise<Response> {
  const path = new URL(req.url).pathname;
  fetched.push(path);
  if (offline) throw new TypeError('Failed to fetch');
  inFlight++;
  mostInFlight = Math.max(mostInFlight, inFlight);
  await new Promise((r) => setTimeout(r, 1));
  inFlight--;
  const body = path === '/' ? '<!doctype html>page' : deployed.get(`.${path}`);
  return body === undefined ? new Response('gone', { status: 404 }) : new Response(body);
}

const storage = new FakeCacheStorage();
let tabs: string[] = [];

const sha256 = async (text: string) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');

/**
 * One build's worker: its template with the version, file lists and hashes written in, as
 * vite.config.ts does. `core` is cached on install, `rest` later.
 */
async function worker(version: string, core: Record<string, string>, rest: Record<string, string> = {}) {
  const hashes: Record<string, string> = {};
  for (const [file, text] of Object.entries({ ...core, ...rest })) hashes[file] = await sha256(text);
  const source = TEMPLATE.replace(/^const VERSION = 'dev';$/m, `const VERSION = '${version}';`)
    .replace(/^const CORE = \[\];$/m, `const CORE = ${JSON.stringify(Object.keys(core))};`)
    .replace(/^const REST = \[\];$/m, `const REST = ${JSON.stringify(Object.keys(rest))};`)
    .replace(/^const HASHES = \{\};$/m, `const HASHES = ${JSON.stringify(hashes)};`);
  const listeners = new Map<string, (e: unknown) => void>();
  const self = {
    addEventListener: (type: string, fn: (e: unknown) => void) => listeners.set(type, fn),
    registration: { scope: SCOPE },
    location: { origin: new URL(SCOPE).origin },
    skipWaiting: () => Promise.resolve(),
    clients: {
      claim: () => Promise.resolve(),
      matchAll: () => Promise.resolve(tabs.map((id) => ({ id }))),
    },
  };
  runInNewContext(source, {
    self,
    caches: storage,
    fetch: (req: Request | string) =>
      server(typeof req === 'string' ? new Request(new URL(req, SCOPE)) : req),
    crypto: globalThis.crypto,
    Response,
    URL,
    Map,
    Set,
    Promise,
    Object,
    Array,
    JSON,
    setTimeout,
    clearTimeout,
    Uint8Array,
  });
  const run = async (type: string, extra: object = {}) => {
    const waits: Promise<unknown>[] = [];
    let response: Promise<Response> | undefined;
    listeners.get(type)!({
      ...extra,
      waitUntil: (p: Promise<unknown>) => waits.push(p),
      respondWith: (p: Promise<Response>) => (response = p),
    });
    await Promise.all(waits);
    return response;
  };
  return {
    install: () => run('install'),
    activate: () => run('activate'),
    /** The page's message once it has been quiet (offline.ts). */
    cacheRest: () => run('message', { data: { type: 'cache-rest' } }),
    get: async (path: string, mode = 'no-cors') => {
      const request = new Request(new URL(path, SCOPE));
      Object.defineProperty(request, 'mode', { value: mode });
      // run's promise resolves to respondWith's response itself (a promise inside a promise flattens).
      const res = (await run('fetch', { request })) as unknown as Response;
      return { status: res.status, text: await res.text() };
    },
  };
}

describe('service worker across a deploy', () => {
  it('keeps the old build’s files for the tabs that use them, and drops them once those tabs close', async () => {
    const v1 = { './assets/index-aaa.js': 'main v1' };
    const v1Later = { './assets/Panel-aaa.js': 'panel v1' };
    deployed = new Map(Object.entries({ ...v1, ...v1Later }));
    const one = await worker('v1', v1, v1Later);
    await one.install();
    await one.activate();
    // The tab has been quiet a while: the worker has cached the rest (the panel not opened yet).
    await one.cacheRest();
    tabs = ['tab-a'];
    expect(await await one.get('./assets/index-aaa.js')).toEqual({ status: 200, text: 'main v1' });

    // A deploy: the host now serves only build 2; tab-a stays open without reloading.
    const v2 = { './assets/index-bbb.js': 'main v2' };
    const v2Later = { './assets/Panel-bbb.js': 'panel v2' };
    deployed = new Map(Object.entries({ ...v2, ...v2Later }));
    const two = await worker('v2', v2, v2Later);
    await two.install();
    await two.activate();
    // tab-a opens a panel for the first time: its old file still loads, from the kept cache.
    expect(await two.get('./assets/Panel-aaa.js')).toEqual({ status: 200, text: 'panel v1' });
    expect(await two.get('./assets/Panel-bbb.js')).toEqual({ status: 200, text: 'panel v2' });
    expect((await storage.keys()).sort()).toEqual(['nociscope-v1', 'nociscope-v2']);

    // A new tab opens while tab-a is still there: the old cache stays.
    tabs = ['tab-a', 'tab-b'];
    await two.get('./', 'navigate');
    expect((await storage.keys()).sort()).toEqual(['nociscope-v1', 'nociscope-v2']);

    // A second deploy while tab-a is still open: both older caches are kept for it.
    const v3 = { './assets/index-ccc.js': 'main v3' };
    deployed = new Map(Object.entries(v3));
    const three = await worker('v3', v3);
    await three.install();
    await three.activate();
    expect((await storage.keys()).sort()).toEqual(['nociscope-v1', 'nociscope-v2', 'nociscope-v3']);
    expect(await three.get('./assets/Panel-aaa.js')).toEqual({ status: 200, text: 'panel v1' });

    // tab-a is closed: the next start drops v1; v2 was kept for tab-b too, until it closes as well.
    tabs = ['tab-b'];
    await three.get('./', 'navigate');
    expect((await storage.keys()).sort()).toEqual(['nociscope-v2', 'nociscope-v3']);
    tabs = [];
    await three.get('./', 'navigate');
    expect(await storage.keys()).toEqual(['nociscope-v3']);
    // Nothing is left over in the current cache: no record once nothing is kept.
    expect([...storage.named.get('nociscope-v3')!.entries.keys()].some((k) => k.includes('retired'))).toBe(
      false,
    );
  });

  it('with no tab open at the update, the old cache goes at once', async () => {
    for (const k of await storage.keys()) await storage.delete(k);
    tabs = [];
    const v1 = { './assets/a.js': '1' };
    deployed = new Map(Object.entries(v1));
    await (await worker('v1', v1)).install();
    const v2 = { './assets/b.js': '2' };
    deployed = new Map(Object.entries(v2));
    const two = await worker('v2', v2);
    await two.install();
    await two.activate();
    expect(await storage.keys()).toEqual(['nociscope-v2']);
  });
});

describe('what the worker caches when', () => {
  const cached = async (name: string) =>
    [...(await storage.open(name)).entries.keys()].map((k) => new URL(k).pathname).sort();
  const core = { './assets/index-a.js': 'main', './assets/index-a.css': 'styles' };
  const rest = {
    './assets/Panel-b.js': 'panel',
    './assets/pdf-c.js': 'pdf writer',
    './assets/Font-d.ttf': 'font',
    './assets/elk-worker-e.js': 'layout worker',
  };

  async function fresh() {
    for (const k of await storage.keys()) await storage.delete(k);
    tabs = [];
    offline = false;
    deployed = new Map(Object.entries({ ...core, ...rest }));
    const w = await worker('v1', core, rest);
    fetched.length = 0;
    return w;
  }

  it('installs with the page and the core only', async () => {
    const w = await fresh();
    await w.install();
    await w.activate();
    expect(await cached('nociscope-v1')).toEqual(['/', '/assets/index-a.css', '/assets/index-a.js']);
    expect(fetched.sort()).toEqual(['/', '/assets/index-a.css', '/assets/index-a.js']);
  });

  it('caches a later file on its first use, and the rest when the page asks, one file at a time', async () => {
    const w = await fresh();
    await w.install();
    await w.activate();
    expect(await w.get('./assets/Panel-b.js')).toEqual({ status: 200, text: 'panel' });
    expect(await cached('nociscope-v1')).toContain('/assets/Panel-b.js');

    fetched.length = 0;
    mostInFlight = 0;
    await w.cacheRest();
    // In the build's order, without fetching again what is there, never two at once.
    expect(fetched).toEqual(['/assets/pdf-c.js', '/assets/Font-d.ttf', '/assets/elk-worker-e.js']);
    expect(mostInFlight).toBe(1);
    expect(await cached('nociscope-v1')).toEqual(
      ['/', ...Object.keys({ ...core, ...rest }).map((f) => f.slice(1))].sort(),
    );
    // Offline now, every file is served from the cache.
    offline = true;
    for (const [file, text] of Object.entries(rest)) expect(await w.get(file)).toEqual({ status: 200, text });
    // Asked again on the next start, it fetches nothing.
    offline = false;
    fetched.length = 0;
    await w.cacheRest();
    expect(fetched).toEqual([]);
  });

  it('stops when the network goes and resumes on the next request; never keeps a damaged file', async () => {
    const w = await fresh();
    await w.install();
    await w.activate();
    // A proxy cuts the PDF writer short: it does not match the build's hash.
    deployed.set('./assets/pdf-c.js', 'pdf wri');
    offline = true;
    await w.cacheRest();
    expect(await cached('nociscope-v1')).toEqual(['/', '/assets/index-a.css', '/assets/index-a.js']);
    offline = false;
    await w.cacheRest();
    expect(await cached('nociscope-v1')).not.toContain('/assets/pdf-c.js');
    expect(await cached('nociscope-v1')).toContain('/assets/elk-worker-e.js');
    deployed.set('./assets/pdf-c.js', 'pdf writer');
    await w.cacheRest();
    expect(await cached('nociscope-v1')).toContain('/assets/pdf-c.js');
  });
});
