// What the first load of the built app costs in JavaScript: the entry script of dist/index.html,
// the modules it preloads and, transitively, every module they import statically. Parts loaded on
// demand (import()) are listed apart and do not count. Used by check-bundle-size.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzip: number;
}

/** The first load's budget: initial JavaScript, gzipped (issue 13). */
export const INITIAL_JS_LIMIT_GZIP = 250 * 1024;

const HTML_SCRIPTS =
  /<(?:script[^>]*\stype="module"[^>]*\ssrc|link[^>]*\srel="modulepreload"[^>]*\shref)="([^"]+)"/g;
// `import x from "./a.js"`, `import "./a.js"`, `export * from "./a.js"`; not `import("./a.js")`.
const STATIC_IMPORTS =
  /(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORTS = /(?:^|[^.\w$])import\s*\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

const size = (dist: string, file: string): FileSize => {
  const bytes = readFileSync(join(dist, file));
  return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

/** Initial and on-demand JavaScript files of a build, paths relative to `dist`. */
export function measureBuild(dist: string): { initial: FileSize[]; lazy: FileSize[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const resolve = (from: string, spec: string) => normalize(relative(dist, join(dist, dirname(from), spec)));
  const initial = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORTS)) visit(resolve(file, m[1]!));
    for (const m of code.matchAll(DYNAMIC_IMPORTS)) lazy.add(resolve(file, m[1]!));
  };
  for (const m of html.matchAll(HTML_SCRIPTS)) visit(resolve('index.html', m[1]!));
  // What a lazy module imports is lazy too, unless the first load has it already.
  const lazyVisit = (file: string) => {
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of [...code.matchAll(STATIC_IMPORTS), ...code.matchAll(DYNAMIC_IMPORTS)]) {
      const dep = resolve(file, m[1]!);
      if (!initial.has(dep) && !lazy.has(dep)) {
        lazy.add(dep);
        lazyVisit(dep);
      }
    }
  };
  for (const f of [...lazy]) lazyVisit(f);
  for (const f of initial) lazy.delete(f);
  const bySize = (a: FileSize, b: FileSize) => b.gzip - a.gzip;
  return {
    initial: [...initial].map((f) => size(dist, f)).sort(bySize),
    lazy: [...lazy].map((f) => size(dist, f)).sort(bySize),
  };
}

/**
 * Libraries the first load must not carry: graph-data is validated at build time (build/graphData.ts),
 * so the YAML parser and the schema library load only if some later feature needs them. Each is
 * recognised by a name its code keeps after minification.
 */
export const NOT_AT_FIRST_LOAD: Readonly<Record<string, string>> = {
  'the YAML parser (yaml)': 'YAMLParseError',
  'the schema library (zod)': '$ZodError',
};

/** Which of NOT_AT_FIRST_LOAD appear in `files` (paths relative to `dist`). */
export function unwantedLibraries(dist: string, files: readonly FileSize[]): string[] {
  const code = files.map((f) => readFileSync(join(dist, f.file), 'utf8')).join('\n');
  return Object.entries(NOT_AT_FIRST_LOAD)
    .filter(([, marker]) => code.includes(marker))
    .map(([name]) => name);
}

export const totalGzip = (files: readonly FileSize[]) => files.reduce((n, f) => n + f.gzip, 0);

/**
 * Libraries no file of the build may carry: jsPDF's optional add-ons, which Nociscope never calls
 * (build/jspdfAddons.ts keeps them out; ~380 KB that the service worker would cache). Each is
 * recognised by a string its code keeps after minification and jsPDF's own code does not have.
 */
export const NOT_IN_BUILD: Readonly<Record<string, string>> = {
  "jsPDF's html2canvas add-on": 'html2canvas-ignore',
  "jsPDF's canvg add-on": 'enableRedraw',
  'core-js (pulled in by canvg)': 'Denis Pushkarev',
  "jsPDF's DOMPurify add-on": 'data-tt-policy-suffix',
};

const scripts = (dir: string, under = ''): string[] =>
  readdirSync(join(dir, under), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? scripts(dir, join(under, e.name)) : e.name.endsWith('.js') ? [join(under, e.name)] : [],
  );

/** Which of NOT_IN_BUILD some script of `dist` carries, with the file (relative to `dist`). */
export function unusedAddons(dist: string): { name: string; file: string }[] {
  const found: { name: string; file: string }[] = [];
  for (const file of scripts(dist)) {
    const code = readFileSync(join(dist, file), 'utf8');
    for (const [name, marker] of Object.entries(NOT_IN_BUILD))
      if (code.includes(marker)) found.push({ name, file });
  }
  return found;
}

/** What the service worker caches when it installs, at most, gzipped (issue 23: the core only). */
export const INSTALL_CACHE_LIMIT_GZIP = 400 * 1024;

/**
 * The files dist/sw.js caches on install (the page and CORE) and later (REST), paths relative to
 * `dist`, in the worker's order.
 */
export function measurePrecache(dist: string): { install: FileSize[]; later: FileSize[] } {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const list = (name: string) => {
    const line = new RegExp(`^const ${name} = (\\[.*\\]);$`, 'm').exec(sw);
    if (!line) throw new Error(`${dist}/sw.js has no ${name} list`);
    return (JSON.parse(line[1]!) as string[]).map((f) => size(dist, normalize(f)));
  };
  return { install: [size(dist, 'index.html'), ...list('CORE')], later: list('REST') };
}
