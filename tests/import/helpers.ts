// Reading import fixtures: tests/fixtures/import/<trait>.<valid|invalid>.<ext>.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { parseNetworkFile } from '../../src/import/parse';
import type { ImportedNetwork, ImportProblem, ImportResult } from '../../src/import/types';

export const FIXTURES = 'tests/fixtures/import';

export const fixture = (name: string) => readFileSync(`${FIXTURES}/${name}`);

/** Parse a fixture from its bytes, as the app does with a dropped file. */
export const parseFixture = (name: string): ImportResult => parseNetworkFile(name, fixture(name));

/** The problems of a result that have this severity. */
export const ofSeverity = (r: ImportResult, severity: ImportProblem['severity']): ImportProblem[] =>
  r.problems.filter((p) => p.severity === severity);

/** The network read from `text` as a file named `name`; fails the test on any error. */
export function networkFrom(name: string, text: string): ImportedNetwork {
  const r = parseNetworkFile(name, text);
  expect(ofSeverity(r, 'error')).toEqual([]);
  return r.network!;
}

/** A valid fixture's network; fails the test with the problems when there is none. */
export function networkOf(name: string): { network: ImportedNetwork; problems: readonly ImportProblem[] } {
  const r = parseFixture(name);
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(r.network).toBeDefined();
  return { network: r.network!, problems: r.problems };
}

export const node = (n: ImportedNetwork, label: string) => {
  const found = n.nodes.find((x) => x.label === label);
  expect(found, `node ${label}`).toBeDefined();
  return found!;
};

export const edgeBetween = (n: ImportedNetwork, source: string, target: string) => {
  const s = node(n, source).id;
  const t = node(n, target).id;
  const found = n.edges.find((e) => e.source === s && e.target === t);
  expect(found, `edge ${source} -> ${target}`).toBeDefined();
  return found!;
};

/** The errors of a result; at least one is expected, and no network. */
export function errorsOf(name: string): ImportProblem[] {
  const r = parseFixture(name);
  const errors = r.problems.filter((p) => p.severity === 'error');
  expect(errors.length).toBeGreaterThan(0);
  expect(r.network).toBeUndefined();
  for (const p of r.problems) {
    expect(p.file).toBe(name);
    expect(p.message.length).toBeGreaterThan(5);
    expect(p.hint.length).toBeGreaterThan(5);
  }
  return errors;
}
