// Launch Debian's Chromium (never a downloaded browser) and open the app. playwright-core gives each
// launch a fresh temporary profile itself.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';

export { CHROMIUM, launchChromium as launch } from './chromium';
export const ARTIFACTS = 'test-results';

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

/** Open the app at `query` (e.g. "?therapy=bmsc_therapy") and wait until the graph is drawn. */
export async function openApp(
  browser: Browser,
  query = '',
  viewport = { width: 1440, height: 900 },
): Promise<AppPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(new URL(query, inject('baseURL')).href);
  await waitForGraph(page);
  return { page, context, errors };
}

export async function waitForGraph(page: Page) {
  await page.waitForFunction(() => (window.nociscopeCy?.nodes().length ?? 0) > 0, undefined, {
    timeout: 30_000,
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
