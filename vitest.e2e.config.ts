// Browser tests: Debian's Chromium driven by playwright-core against the built app (vite preview).
// Two files at a time, one per core: a file spends part of its time waiting on the page, and once the
// unit tests got lighter the machine idled under one file at a time (about 1.5 of 2 cores busy). The
// files share helper modules (isolate: false: playwright-core is loaded once per worker, not once per
// file); the error watch's check is therefore a hook in a setup file, which every file runs.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    setupFiles: ['tests/e2e/setup.ts'],
    maxWorkers: 2,
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
