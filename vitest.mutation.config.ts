// The unit tests Stryker (stryker.config.mjs) runs against each mutant of src/model and src/import:
// those of the model, the importers, the derived view and the exporters, all in Node where they can.
// MUTATION_TESTS (comma-separated globs) narrows them for a run over a few files.
import { defineConfig } from 'vitest/config';

// Component tests (.tsx) in these folders hold rules too (the link rule's, the exports' links).
const ALL = [
  'tests/model/**/*.test.{ts,tsx}',
  'tests/import/**/*.test.{ts,tsx}',
  'tests/view/**/*.test.{ts,tsx}',
  'tests/export/**/*.test.{ts,tsx}',
];

export default defineConfig({
  test: {
    environment: 'node',
    include: process.env.MUTATION_TESTS?.split(',') ?? ALL,
    setupFiles: ['tests/setup.ts'],
    testTimeout: 120_000,
  },
});
