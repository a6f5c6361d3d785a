import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  INITIAL_JS_LIMIT_GZIP,
  INSTALL_CACHE_LIMIT_GZIP,
  measureBuild,
  measurePrecache,
  NOT_IN_BUILD,
  totalGzip,
  unusedAddons,
} from '../../scripts/bundleSize';
import { checkBundleSize } from '../../scripts/check-bundle-size';

/** npm run size on a folder, in-process: its exit code and what it printed. */
function sizeCheck(dist: string) {
  let stdout = '';
  let stderr = '';
  const status = checkBundleSize(dist, { out: (t) => void (stdout += t), err: (t) => void (stderr += t) });
  return { status, stdout, stderr };
}

/** A small dist/: an entry that preloads one module, imports another, and loads two on demand. */
function fakeDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'nociscope-size-'));
  mkdirSync(join(dist, 'assets'));
  const put = (file: string, text: string) => writeFileSync(join(dist, file), text);
  put(
    'index.html',
    '<script type="module" crossorigin src="./assets/index-a.js"></script>' +
      '<link rel="modulepreload" crossorigin href="./assets/vendor-b.js">',
  );
  put('assets/index-a.js', 'import{x as y}from"./shared-c.js";const l=()=>import(`./lazy-d.js`);');
  put('assets/vendor-b.js', 'export const v=1;');
  put('assets/shared-c.js', 'export*from"./deep-e.js";');
  put('assets/deep-e.js', 'export const d=2;');
  put('assets/lazy-d.js', 'import"./shared-c.js";import"./lazy-only-f.js";const p=()=>import("./pdf-g.js");');
  put('assets/lazy-only-f.js', 'export{}');
  put('assets/pdf-g.js', 'x'.repeat(5000));
  return dist;
}

describe('initial JavaScript of a build', () => {
  it('counts the entry, what it preloads and its static imports, never what loads on demand', () => {
    const { initial, lazy } = measureBuild(fakeDist());
    expect(initial.map((f) => f.file).sort()).toEqual([
      'assets/deep-e.js',
      'assets/index-a.js',
      'assets/shared-c.js',
      'assets/vendor-b.js',
    ]);
    expect(lazy.map((f) => f.file).sort()).toEqual([
      'assets/lazy-d.js',
      'assets/lazy-only-f.js',
      'assets/pdf-g.js',
    ]);
    expect(totalGzip(initial)).toBe(initial.reduce((n, f) => n + f.gzip, 0));
    expect(initial.every((f) => f.gzip > 0 && f.bytes > 0)).toBe(true);
  });

  it('npm run size fails above the budget and names the files', () => {
    const dist = fakeDist();
    const run = () => sizeCheck(dist);
    const ok = run();
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('assets/index-a.js');
    // Random hex hardly compresses: 700 KB of it is well over 250 KB gzipped.
    writeFileSync(
      join(dist, 'assets/vendor-b.js'),
      `export const v="${randomBytes(350_000).toString('hex')}";`,
    );
    const over = run();
    expect(over.status).toBe(1);
    expect(over.stderr).toMatch(/Over budget/);
    expect(over.stdout).toMatch(/KB gzip .*assets\/vendor-b\.js/);
  });

  it('fails when the first load carries the YAML parser or zod, not when a lazy part does', () => {
    const dist = fakeDist();
    const run = () => sizeCheck(dist);
    writeFileSync(join(dist, 'assets/lazy-only-f.js'), 'class YAMLParseError{};const e="$ZodError";');
    expect(run().status).toBe(0);
    writeFileSync(join(dist, 'assets/deep-e.js'), 'export class YAMLParseError{};');
    const yaml = run();
    expect(yaml.status).toBe(1);
    expect(yaml.stderr).toContain('the YAML parser (yaml)');
    expect(yaml.stderr).not.toContain('zod');
  });

  it("finds jsPDF's unused add-ons in any script of the build, loaded at first, on demand or by a worker", () => {
    const dist = fakeDist();
    expect(unusedAddons(dist)).toEqual([]);
    mkdirSync(join(dist, 'assets/workers'));
    writeFileSync(join(dist, 'assets/lazy-only-f.js'), 'e.setAttribute("data-html2canvas-ignore","")');
    writeFileSync(join(dist, 'assets/workers/w.js'), `var c="© 2014-2025 Denis Pushkarev (zloirock.ru)";`);
    // jsPDF itself names the add-ons (its loader and error messages): that is no add-on.
    writeFileSync(join(dist, 'assets/pdf-g.js'), 'Promise.reject(new Error("Could not load DOMPurify: "+e))');
    expect(unusedAddons(dist)).toEqual([
      { name: "jsPDF's html2canvas add-on", file: 'assets/lazy-only-f.js' },
      { name: 'core-js (pulled in by canvg)', file: 'assets/workers/w.js' },
    ]);
    expect(Object.keys(NOT_IN_BUILD)).toHaveLength(4);
  });

  it('measures what the service worker caches on install (the page and CORE) and later (REST)', () => {
    const dist = fakeDist();
    writeFileSync(
      join(dist, 'sw.js'),
      [
        "const VERSION = 'abc';",
        'const CORE = ["./assets/index-a.js","./assets/vendor-b.js"];',
        'const REST = ["./assets/pdf-g.js"];',
        'const HASHES = {};',
      ].join('\n'),
    );
    const { install, later } = measurePrecache(dist);
    expect(install.map((f) => f.file)).toEqual(['index.html', 'assets/index-a.js', 'assets/vendor-b.js']);
    expect(later.map((f) => f.file)).toEqual(['assets/pdf-g.js']);
    expect(later[0]!.bytes).toBe(5000);
    writeFileSync(join(dist, 'sw.js'), 'const PRECACHE = [];');
    expect(() => measurePrecache(dist)).toThrow(/sw\.js has no CORE list/);
    expect(INSTALL_CACHE_LIMIT_GZIP).toBe(400 * 1024);
  });

  it('has the budget issue 13 sets: 250 KB gzip', () => {
    expect(INITIAL_JS_LIMIT_GZIP).toBe(250 * 1024);
  });
});
