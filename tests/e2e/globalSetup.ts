// Serve the production build once for all browser tests.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { preview, type PreviewServer } from 'vite';

let server: PreviewServer | undefined;

export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  server = await preview({
    preview: { port: 4173, strictPort: false, host: '127.0.0.1' },
    logLevel: 'error',
  });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
  project.provide('baseURL', url);
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
