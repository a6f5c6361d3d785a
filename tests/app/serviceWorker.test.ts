// @vitest-environment node
// The service worker's caches across a deploy, run in a sandbox with an in-memory Cache Storage and
// tab list: a tab opened before an update still loads the old build's files it has not loaded yet,
// and the old cache goes once every such tab is closed.
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
function server(req: Request): Promise<Response> {
  const path = new URL(req.url).pathname;
  const body = path === '/' ? '<!doctype html>page' : deployed.get(`.${path}`);
  return Promise.resolve(body === undefined ? new Response('gone', { status: 404 }) : new Response(body));
}

const storage = new FakeCacheStorage();
let tabs: string[] = [];

/** One build's worker: its template with the version and file list written in, as vite.config.ts does. */
function worker(version: string, files: Record<string, string>) {
  const source = TEMPLATE.replace(/^const VERSION = 'dev';$/m, `const VERSION = '${version}';`).replace(
    /^const PRECACHE = \[\];$/m,
    `const PRECACHE = ${JSON.stringify(Object.keys(files))};`,
  );
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
    const v1 = { './assets/index-aaa.js': 'main v1', './assets/Panel-aaa.js': 'panel v1' };
    deployed = new Map(Object.entries(v1));
    const one = worker('v1', v1);
    await one.install();
    await one.activate();
    tabs = ['tab-a'];
    expect(await await one.get('./assets/index-aaa.js')).toEqual({ status: 200, text: 'main v1' });

    // A deploy: the host now serves only build 2; tab-a stays open without reloading.
    const v2 = { './assets/index-bbb.js': 'main v2', './assets/Panel-bbb.js': 'panel v2' };
    deployed = new Map(Object.entries(v2));
    const two = worker('v2', v2);
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
    const three = worker('v3', v3);
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
    await worker('v1', v1).install();
    const v2 = { './assets/b.js': '2' };
    deployed = new Map(Object.entries(v2));
    const two = worker('v2', v2);
    await two.install();
    await two.activate();
    expect(await storage.keys()).toEqual(['nociscope-v2']);
  });
});
