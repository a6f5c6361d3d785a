// Build of the scale bench page (bench/scale/), apart from the app: its own root and output folder
// (bench/dist-scale, gitignored), so it never touches dist/ that the browser tests serve.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./scale'),
  base: './',
  // Not the app's public/ (service worker, icons): the bench page needs none of it.
  publicDir: false,
  plugins: [react()],
  resolve: {
    // React's profiling build: the same production code, plus <Profiler> callbacks, which the bench
    // uses to count commits of GraphCanvas. Only the entry (createRoot) is swapped.
    alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }],
  },
  build: {
    outDir: here('./dist-scale'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  preview: { host: '127.0.0.1', port: 4175, strictPort: false },
  logLevel: 'warn',
});
