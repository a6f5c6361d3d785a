// The unit tests Stryker (stryker.config.mjs) runs against each mutant of src/model and src/import:
// those of the model, the importers, the derived view and the exporters, all in Node where they can.
// MUTATION_TESTS (comma-separated globs) narrows them for a run over a few files.
import { defineConfig } from 'vitest/config';

const ALL = [
  'tests/model/**/*.test.ts',
  'tests/import/**/*.test.ts',
  'tests/view/**/*.test.ts',
  'tests/export/**/*.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    include: process.env.MUTATION_TESTS?.split(',') ?? ALL,
    setupFiles: ['tests/setup.ts'],
    testTimeout: 120_000,
  },
});
