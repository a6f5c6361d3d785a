// Set up once per test file. Only files that run in jsdom (`// @vitest-environment jsdom`) get the
// DOM matchers and Testing Library: Node-only files skip loading them.
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { configure } = await import('@testing-library/react');
  // findBy*/waitFor return as soon as their condition holds; the limit only matters on a loaded
  // machine, where a part loaded on demand (a lazy panel) can take more than the default 1 s.
  configure({ asyncUtilTimeout: 10_000 });
}
export {};
