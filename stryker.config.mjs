// Mutation testing (npm run mutation), outside `npm test`: Stryker changes the code of src/model and
// src/import one small mutation at a time (a flipped condition, a dropped predicate, an emptied
// string) and runs the tests that cover it; a mutant no test notices is a rule the tests do not hold.
// The score is in the README ("Mutation testing"). A full run takes hours on two cores; to look at
// one part, name its files and the tests that cover them (vitest.mutation.config.ts):
//   MUTATION_TESTS='tests/view/**/*.test.ts' npm run mutation -- --mutate src/model/filter.ts
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/model/**/*.ts',
    'src/import/**/*.ts',
    // Generated data and type-only files carry no behaviour to mutate.
    '!src/model/generated/**',
    '!src/**/*.d.ts',
  ],
  coverageAnalysis: 'perTest',
  // The first run (every test once, to learn which tests cover which mutant) includes the ELK layout
  // and the fuzz tests: on a shared two-core machine it takes far more than the default 5 minutes.
  dryRunTimeoutMinutes: 60,
  // A mutant of a module-level constant (a table of words, a threshold) is "static": it can only be
  // tested by reloading everything for it, which took three quarters of the run's time. They are left
  // out and counted as ignored, not as survivors or kills.
  ignoreStatic: true,
  concurrency: 2,
  // A mutant that loops forever is killed by this limit instead of stalling the run.
  timeoutMS: 30_000,
  timeoutFactor: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
