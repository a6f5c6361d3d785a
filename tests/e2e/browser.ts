// Launch Debian's Chromium (never a downloaded browser) and open the app. playwright-core gives each
// launch a fresh temporary profile itself.
//
// Every page of every browser test is watched: a console error, an uncaught exception or an unhandled
// promise rejection in any page fails the test that was running (checkPageErrors, run after every
// test by tests/e2e/setup.ts). A test that provokes an error on purpose names it with
// expectPageError; nothing else is filtered.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { launchChromium } from './chromium';

export { CHROMIUM } from './chromium';
export const ARTIFACTS = 'test-results';

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far in this page. */
  errors: string[];
  /** Done with the app: close a fresh context (openApp); blank a reused tab for the next test (reopenApp). */
  close: () => Promise<void>;
}

/** Errors of every watched page since the last test ended. */
const pageErrors: string[] = [];
/** Errors the running test provokes on purpose. */
let expected: RegExp[] = [];

/** Declare an error the running test causes on purpose (e.g. a failed fetch with the network cut). */
export function expectPageError(pattern: RegExp): void {
  expected.push(pattern);
}

/** What the watch has collected so far in the running test (for the watch's own test). */
export function pendingPageErrors(): readonly string[] {
  return pageErrors;
}

/**
 * Fail the test that just ran if a watched page logged an error it did not declare. Registered as an
 * afterEach by tests/e2e/setup.ts, a setup file, so every test file gets it: the browser test files
 * share this module (isolate: false), and a hook registered here would be registered only in the
 * first file that loaded it.
 */
export function checkPageErrors(): void {
  const seen = pageErrors.splice(0);
  const unexpected = seen.filter((e) => !expected.some((p) => p.test(e)));
  expected = [];
  expect(unexpected, 'console errors, uncaught exceptions or unhandled rejections in the page').toEqual([]);
}

const watched = new WeakSet<BrowserContext>();

async function watch(context: BrowserContext): Promise<void> {
  // browser.newPage makes its context through newContext: watch each context once.
  if (watched.has(context)) return;
  watched.add(context);
  // Whatever the Content-Security-Policy blocks is an error too (Chromium does not always log it).
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
    });
  });
  context.on('console', (m) => {
    if (m.type() === 'error')
      pageErrors.push(`console error: ${m.text()} (${m.location().url || m.page()?.url()})`);
  });
  // Uncaught exceptions and unhandled promise rejections of every page in the context.
  // With the first frames of its stack: a race seen once in a busy run is otherwise hard to place.
  context.on('weberror', (e) => {
    const err = e.error();
    const where = err.stack?.split('\n').slice(1, 4).join(' | ').trim();
    pageErrors.push(`uncaught: ${String(err)} (${e.page()?.url()})${where ? ` at ${where}` : ''}`);
  });
}

/**
 * Chromium whose every context (and so every page) is watched for errors. One browser per test
 * worker: the files of a worker run one after another and share this module (isolate: false), and
 * starting Chromium costs about 1.5 s of CPU, 20 times a run. Every test still gets its own context
 * (openApp), which is what keeps tests apart: storage, service workers, cache. A file's `close()`
 * closes the contexts it left open and keeps the process for the next file; the process ends with
 * the worker (playwright-core closes it at exit, and Chromium ends itself when its pipe closes).
 */
export async function launch(): Promise<Browser> {
  shared ??= start();
  const browser = await shared;
  if (browser.isConnected()) return browser;
  shared = start(); // a crash in an earlier file must not fail this one
  return shared;
}

let shared: Promise<Browser> | undefined;

async function start(): Promise<Browser> {
  const browser = await launchChromium();
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    await watch(context);
    return context;
  };
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (...args) => {
    const page = await newPage(...args);
    await watch(page.context());
    return page;
  };
  // The files of a worker run one after another, so every context open now is the closing file's,
  // except the reused tab's (reopenApp), which the next file's tests open the app in again.
  browser.close = async () => {
    await Promise.all(
      browser
        .contexts()
        .filter((c) => c !== tab?.context)
        .map((c) => c.close()),
    );
  };
  return browser;
}

/**
 * Open the app at `query` (e.g. "?therapy=bmsc_therapy") and wait until the graph is drawn.
 * Without the service worker: it is the subject of offline.e2e.ts and deploy.e2e.ts (which make
 * their own contexts, where it runs); in every other fresh context it would download and cache the
 * whole app again beside the test (about 0.35 s of CPU per opening, about 60 openings a run).
 */
export async function openApp(
  browser: Browser,
  query = '',
  viewport = { width: 1440, height: 900 },
): Promise<AppPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = await goToApp(page, query);
  return { page, context, errors, close: () => context.close() };
}

/** Collect the page's errors from now on, open the app at `query`, wait for the graph. */
async function goToApp(page: Page, query: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(new URL(query, inject('baseURL')).href);
  await waitForGraph(page);
  return errors;
}

/** The worker's reused tab (reopenApp). */
let tab: { context: BrowserContext; page: Page } | undefined;

/**
 * Open the app at `query` as openApp does, in the tab the worker's previous reopenApp used. A fresh
 * context (openApp) starts a renderer process that compiles the whole bundle again: about 2
 * core-seconds per opening, against 0.8 for a navigation in a running tab (eight openings: renderer
 * 10.4 against 4.7 core-seconds, browser process 3.9 against 1.6), and the browser tests opened the
 * app about 80 times a run. Before each opening the tab leaves the app (about:blank, so no page
 * holds the storage open), the origin's storage is cleared (IndexedDB, local storage, caches,
 * cookies), permissions dropped, and mouse, emulated media, viewport and the test's page listeners
 * put back; the global error watch stays on. What a tab cannot forget stays out of it: tests that
 * add routes or init scripts, grant permissions, go back in history, set the network offline, open
 * more pages or compare separate loads use openApp.
 */
export async function reopenApp(
  browser: Browser,
  query = '',
  viewport = { width: 1440, height: 900 },
): Promise<AppPage> {
  if (!tab || tab.page.isClosed() || !browser.contexts().includes(tab.context)) {
    const context = await browser.newContext({ viewport, acceptDownloads: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    tab = { context, page };
  } else {
    const { page } = tab;
    await page.mouse.move(0, 0);
    if (page.url() !== 'about:blank') await page.goto('about:blank');
    const cdp = await tab.context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', {
      origin: new URL(inject('baseURL')).origin,
      storageTypes: 'all',
    });
    await cdp.detach();
    await tab.context.clearPermissions();
    await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null });
    await page.setViewportSize(viewport);
    for (const event of ['console', 'pageerror', 'dialog', 'download', 'request', 'response'] as const)
      await page.removeAllListeners(event);
  }
  const { page, context } = tab;
  const errors = await goToApp(page, query);
  // Closing leaves the app for a blank page, so a map left open (Cytoscape's frame loop, a 10,000-node
  // layer's memory) does not run beside the worker's next tests in their own contexts. The suite's
  // CPU did not measurably change (290 against 292 core-seconds), but nothing is left running.
  const close = async () => {
    if (!page.isClosed()) await page.goto('about:blank');
  };
  return { page, context, errors, close };
}

export async function waitForGraph(page: Page) {
  await page.waitForFunction(() => (window.nociscopeCy?.nodes().length ?? 0) > 0, undefined, {
    timeout: 30_000,
  });
}

/**
 * Wait until the map is still: no element or camera animation runs and the viewport is the same
 * 300 ms apart. "Nothing animated" alone raced: a camera move (a selection's, a filter's fit) can
 * start a frame after the change that asked for it.
 */
export async function waitForRest(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    const cy = window.nociscopeCy!;
    const at = () => JSON.stringify([cy.zoom(), cy.pan()]);
    const before = at();
    await new Promise((r) => setTimeout(r, 300));
    return !cy.animated() && cy.$(':animated').empty() && at() === before;
  });
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/** Ids of nodes that are drawn and not faded or hidden. */
export function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window
      .nociscopeCy!.nodes()
      .filter((n) => !n.hasClass('faded') && !n.hasClass('hidden'))
      .map((n) => n.id())
      .sort(),
  );
}
