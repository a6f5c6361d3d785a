// Browser tests: Debian's Chromium driven by playwright-core against the built app (vite preview).
// One file at a time: the machine has two cores and software rendering.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    fileParallelism: !process.env.E2E_SERIAL,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
