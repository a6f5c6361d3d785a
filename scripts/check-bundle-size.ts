// npm run size: fails when the first load of dist/ carries more JavaScript than the budget, when
// the service worker caches more than its budget on install, or when the build carries jsPDF's
// unused add-ons; prints what it measured, so the cause of a failure is on screen. Run after
// `npm run build`. The check is a function (checkBundleSize), so the tests run it in-process.
import { existsSync } from 'node:fs';
import { isEntryPoint, type Io } from '../src/cli/cli';
import {
  INITIAL_JS_LIMIT_GZIP,
  INSTALL_CACHE_LIMIT_GZIP,
  measureBuild,
  measurePrecache,
  totalGzip,
  unusedAddons,
  unwantedLibraries,
  type FileSize,
} from './bundleSize';

/** Check the build in `dist`, print what was measured, and return the exit code (0, 1, or 2: no build). */
export function checkBundleSize(dist: string, io: Io): number {
  const log = (line: string) => io.out(`${line}\n`);
  const error = (line: string) => io.err(`${line}\n`);
  if (!existsSync(`${dist}/index.html`)) {
    error(`${dist}/index.html is missing: run \`npm run build\` first.`);
    return 2;
  }
  let code = 0;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const table = (title: string, files: readonly FileSize[]) => {
    log(title);
    for (const f of files) log(`  ${kb(f.gzip).padStart(10)} gzip  ${kb(f.bytes).padStart(10)}  ${f.file}`);
  };
  const { initial, lazy } = measureBuild(dist);
  table('Initial JavaScript (loaded before the first paint):', initial);
  table('Loaded on demand (not counted):', lazy);
  const total = totalGzip(initial);
  const verdict = `Initial JavaScript: ${kb(total)} gzip, budget ${kb(INITIAL_JS_LIMIT_GZIP)}.`;
  if (total > INITIAL_JS_LIMIT_GZIP) {
    error(`${verdict} Over budget: load the new code on demand (import()) or make it smaller.`);
    code = 1;
  } else log(verdict);
  for (const name of unwantedLibraries(dist, initial)) {
    error(`The first load carries ${name}: load it on demand (import()) where it is used.`);
    code = 1;
  }
  for (const { name, file } of unusedAddons(dist)) {
    error(`The build carries ${name} (${file}): build/jspdfAddons.ts should keep it out.`);
    code = 1;
  }
  if (existsSync(`${dist}/sw.js`)) {
    let precache: ReturnType<typeof measurePrecache>;
    try {
      precache = measurePrecache(dist);
    } catch (err) {
      error(String(err instanceof Error ? err.message : err));
      return 1;
    }
    const { install, later } = precache;
    const cached = `Service worker: caches ${install.length} files, ${kb(totalGzip(install))} gzip on install (budget ${kb(INSTALL_CACHE_LIMIT_GZIP)}); ${later.length} files, ${kb(totalGzip(later))} gzip when the page is quiet or on first use.`;
    if (totalGzip(install) > INSTALL_CACHE_LIMIT_GZIP) {
      table('Cached on install:', install);
      error(
        `${cached} Over budget: keep what the first screen does not load out of build/precache.ts's core.`,
      );
      code = 1;
    } else log(cached);
  }
  return code;
}

if (isEntryPoint(import.meta.url))
  process.exitCode = checkBundleSize(process.argv[2] ?? 'dist', {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
  });
