// Serve the production build, and start Chromium, once for all browser tests.
import { existsSync } from 'node:fs';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';
import { launchChromiumServer } from './chromium';

let server: PreviewServer | undefined;
let chromium: BrowserServer | undefined;

export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  server = await preview({
    preview: { port: 4173, strictPort: false, host: '127.0.0.1' },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
  project.provide('baseURL', url);
  chromium = await launchChromiumServer();
  project.provide('chromiumWs', chromium.wsEndpoint());
}

export async function teardown() {
  await chromium?.close();
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** Where test files connect to the run's one Chromium (tests/e2e/browser.ts launch()). */
    chromiumWs: string;
  }
}
