import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, SECURITY_HEADERS } from './build/csp';
import { firstView } from './build/firstView';
import { graphData } from './build/graphData';
import { jspdfWithoutAddons } from './build/jspdfAddons';
import { splitPrecache, type BuiltFile } from './build/precache';

/**
 * The service worker (src/app/sw.js) as dist/sw.js, with this build's version, its files split in
 * two lists and each file's SHA-256 written in. The worker caches the core (what the first screen
 * loads, build/precache.ts) when it installs, and the rest (other panels, the PDF writer and its
 * fonts, the layout workers) when the page is quiet or on first use, so the first visit on a slow
 * network is not spent downloading parts nobody asked for yet. It checks every cached copy against
 * its hash before serving it (a damaged copy is fetched again instead of leaving the app blank on
 * every start), and a new build is a new worker that takes over, keeping the old cache until the
 * tabs opened before it are closed (sw.js).
 * Written after the bundle is on disk, so the hashes are those of the files as served.
 */
function serviceWorker(): Plugin {
  let outDir = 'dist';
  return {
    name: 'nociscope-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle(options, bundle) {
      const dir = options.dir ?? outDir;
      let split: ReturnType<typeof splitPrecache>;
      try {
        split = splitPrecache(bundle as Record<string, BuiltFile>);
      } catch (err) {
        return this.error(err instanceof Error ? err.message : String(err));
      }
      const { core, rest } = split;
      const bytes = new Map([...core, ...rest].map((f) => [f, readFileSync(join(dir, f))]));
      const hashes = Object.fromEntries(
        [...bytes].map(([f, b]) => [`./${f}`, createHash('sha256').update(b).digest('hex')]),
      );
      // Smallest first: the many small panel chunks are cached before the big layout worker and fonts.
      rest.sort((a, b) => bytes.get(a)!.length - bytes.get(b)!.length || a.localeCompare(b));
      const listed = (files: string[]) => JSON.stringify(files.map((f) => `./${f}`));
      const version = createHash('sha256').update(JSON.stringify(hashes)).digest('hex').slice(0, 12);
      const template = readFileSync(fileURLToPath(new URL('src/app/sw.js', import.meta.url)), 'utf8');
      const source = template
        .replace(/^const VERSION = 'dev';$/m, `const VERSION = '${version}';`)
        .replace(/^const CORE = \[\];$/m, `const CORE = ${listed(core)};`)
        .replace(/^const REST = \[\];$/m, `const REST = ${listed(rest)};`)
        .replace(/^const HASHES = \{\};$/m, `const HASHES = ${JSON.stringify(hashes)};`);
      if ([version, 'const CORE = ["./', 'const REST = ["./', '":"'].some((part) => !source.includes(part)))
        this.error('src/app/sw.js: the VERSION, CORE, REST and HASHES lines were not found');
      writeFileSync(join(dir, 'sw.js'), source);
    },
  };
}

// Relative base: the built app works from any folder or a file server, which the offline
// classroom copy relies on.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    graphData(),
    firstView(),
    jspdfWithoutAddons(),
    serviceWorker(),
    contentSecurityPolicy(),
  ],
  server: { port: 5173, strictPort: true },
  // The preview (and so every browser test) sends the headers a real host should send.
  preview: { port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
  // Every browser the app supports preloads modules natively: no polyfill in the first load.
  build: { chunkSizeWarningLimit: 2000, modulePreload: { polyfill: false } },
});
