/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * precache.json: every file the build emits, for the service worker (public/sw.js) to cache on its
 * first visit. Without it, parts loaded on demand (the PDF writer and its fonts) would be missing
 * in a classroom that went offline before anyone exported a PDF.
 */
function precacheManifest(): Plugin {
  return {
    name: 'nociscope-precache-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((f) => !f.endsWith('.map'))
        .map((f) => `./${f}`);
      this.emitFile({ type: 'asset', fileName: 'precache.json', source: JSON.stringify(files.sort()) });
    },
  };
}

// Relative base: the built app works from any folder or a file server, which the offline
// classroom copy relies on.
export default defineConfig({
  base: './',
  plugins: [react(), precacheManifest()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: { chunkSizeWarningLimit: 2000 },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**'],
    setupFiles: ['tests/setup.ts'],
    // Two cores: keep the worker count small so jsdom suites do not starve each other.
    maxWorkers: 2,
  },
});
