// npm run size: fails when the first load of dist/ carries more JavaScript than the budget, and
// prints what it carries, so the cause of a failure is on screen. Run after `npm run build`.
import { existsSync } from 'node:fs';
import {
  INITIAL_JS_LIMIT_GZIP,
  measureBuild,
  totalGzip,
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
