// The unit tests (`npm run test:unit`): vite.config.ts (the app's plugins, so `virtual:graph-data`
// resolves as in the build) with the test settings below. The browser tests: vitest.e2e.config.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

const PATTERN = /\.test\.tsx?$/;
const files = (readdirSync('tests', { recursive: true }) as string[])
  .filter((f) => PATTERN.test(f) && !f.startsWith('e2e'))
  .map((f) => join('tests', f).replaceAll('\\', '/'))
  .sort();
const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

/** A file that renders components or reads `window` says so in its first line. */
const DOM = /^\/\/ @vitest-environment jsdom/;
/**
 * What makes a Node file need a fresh module graph of its own: it mocks or stubs (a mock would leak
 * into, or miss, modules another file loaded first), fakes the clock, or uses the app's store (one
 * zustand store per module graph, whose state a file may leave behind).
 */
const MOCKS = /\bvi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers|spyOn)\b/;
const NEEDS_ISOLATION = new RegExp(`${MOCKS.source}|src\\/(store|app)\\/`);

const dom = files.filter((f) => DOM.test(text.get(f)!));
const isolated = files.filter((f) => !dom.includes(f) && NEEDS_ISOLATION.test(text.get(f)!));
const shared = files.filter((f) => !dom.includes(f) && !isolated.includes(f));
/** DOM files that mock, stub or fake the clock: a fresh module graph each (a mock would leak). */
const domIsolated = dom.filter((f) => MOCKS.test(text.get(f)!));
const domShared = dom.filter((f) => !domIsolated.includes(f));

/**
 * The files that take longest, started first: on a fresh clone vitest knows no durations and starts
 * the largest files first, so a small file with a long run (the fast-check properties) started last
 * and the other core idled while it finished.
 */
const SLOW_FIRST = [
  'tests/store/url.fuzz.test.ts',
  'tests/model/fuzz.test.ts',
  'tests/cli/cli.test.ts',
  'tests/import/hostile.test.ts',
];

class SlowFirst extends BaseSequencer {
  override async sort(specs: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(specs);
    const rank = (s: TestSpecification) => {
      const i = SLOW_FIRST.findIndex((f) => s.moduleId.replaceAll('\\', '/').endsWith(f));
      return i < 0 ? SLOW_FIRST.length : i;
    };
    return sorted
      .map((s, i) => ({ s, i }))
      .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
      .map((x) => x.s);
  }
}

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Node by default: a jsdom environment costs most of a small test file's time. A file that needs
      // the DOM (every component test, the URL and history tests) says so in its first line:
      // `// @vitest-environment jsdom`.
      environment: 'node',
      setupFiles: ['tests/setup.ts'],
      // Two cores: keep the worker count small so jsdom suites do not starve each other.
      maxWorkers: 2,
      // jsdom panel tests with userEvent take ~1 s idle, the fast-check properties of the importers a
      // few seconds. On a 2-core machine shared with other work (load average 30 to 36), 20 s timed out
      // three of them (a panel test at 20.5 s, two hostile-input properties at 35 and 38 s). 60 s still
      // stops a real hang within a minute.
      testTimeout: 60_000,
      hookTimeout: 60_000,
      sequence: { sequencer: SlowFirst },
      projects: [
        // Pure Node files share one module graph per worker (isolate: false): each file loading the
        // model, the importers, zod and cytoscape afresh was two thirds of their CPU time (80 s
        // against 27 s for 76 files). What they load holds no state a file could leave behind.
        { extends: true, test: { name: 'node', include: shared, isolate: false } },
        // Files that mock, fake the clock or use the store, and the DOM files: a fresh module graph
        // (and jsdom) each, in worker threads, which start cheaper than processes (the 44 DOM files:
        // 76 s of CPU against 85 s in forks; no file here changes the process's directory or exits).
        { extends: true, test: { name: 'node-isolated', include: isolated, pool: 'threads' } },
        // The other DOM files share one module graph per worker too (jsdom is still made afresh for
        // each file): loading React, the app and its stores again for each of 36 files was 50 of
        // their 77 s of CPU. What they share that holds state, the app's zustand stores, is put back
        // to its first state before each file (tests/setupSharedDom.ts).
        {
          extends: true,
          test: {
            name: 'dom',
            include: domShared,
            pool: 'threads',
            isolate: false,
            setupFiles: ['tests/setup.ts', 'tests/setupSharedDom.ts'],
          },
        },
        { extends: true, test: { name: 'dom-isolated', include: domIsolated, pool: 'threads' } },
      ],
    },
  }),
);
