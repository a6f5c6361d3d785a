// npm run size: fails when the first load of dist/ carries more JavaScript than the budget, when
// the service worker caches more than its budget on install, or when the build carries jsPDF's
// unused add-ons; prints what it measured, so the cause of a failure is on screen. Run after
// `npm run build`.
import { existsSync } from 'node:fs';
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

const dist = process.argv[2] ?? 'dist';
if (!existsSync(`${dist}/index.html`)) {
  console.error(`${dist}/index.html is missing: run \`npm run build\` first.`);
  process.exit(2);
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const table = (title: string, files: readonly FileSize[]) => {
  console.log(title);
  for (const f of files)
    console.log(`  ${kb(f.gzip).padStart(10)} gzip  ${kb(f.bytes).padStart(10)}  ${f.file}`);
};
const { initial, lazy } = measureBuild(dist);
table('Initial JavaScript (loaded before the first paint):', initial);
table('Loaded on demand (not counted):', lazy);
const total = totalGzip(initial);
const verdict = `Initial JavaScript: ${kb(total)} gzip, budget ${kb(INITIAL_JS_LIMIT_GZIP)}.`;
if (total > INITIAL_JS_LIMIT_GZIP) {
  console.error(`${verdict} Over budget: load the new code on demand (import()) or make it smaller.`);
  process.exitCode = 1;
} else console.log(verdict);
for (const name of unwantedLibraries(dist, initial)) {
  console.error(`The first load carries ${name}: load it on demand (import()) where it is used.`);
  process.exitCode = 1;
}
for (const { name, file } of unusedAddons(dist)) {
  console.error(`The build carries ${name} (${file}): build/jspdfAddons.ts should keep it out.`);
  process.exitCode = 1;
}
if (existsSync(`${dist}/sw.js`)) {
  let precache: ReturnType<typeof measurePrecache> | undefined;
  try {
    precache = measurePrecache(dist);
  } catch (err) {
    console.error(String(err instanceof Error ? err.message : err));
    process.exit(1);
  }
  const { install, later } = precache;
  const cached = `Service worker: caches ${install.length} files, ${kb(totalGzip(install))} gzip on install (budget ${kb(INSTALL_CACHE_LIMIT_GZIP)}); ${later.length} files, ${kb(totalGzip(later))} gzip when the page is quiet or on first use.`;
  if (totalGzip(install) > INSTALL_CACHE_LIMIT_GZIP) {
    table('Cached on install:', install);
    console.error(
      `${cached} Over budget: keep what the first screen does not load out of build/precache.ts's core.`,
    );
    process.exitCode = 1;
  } else console.log(cached);
}
