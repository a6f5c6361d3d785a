// The query command line, run in-process through runQuery (same code path as npm run query).
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runQuery } from '../../src/cli/query';

describe('npm run query', () => {
  it('answers a therapy impact with its relieving paths, each step cited', () => {
    const r = runQuery(['impact', '--therapy', 'bmsc_therapy']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Intrathecal BMSC therapy: ↓ relieves pain/);
    expect(r.out).toMatch(/BMSC secretes TGF-β1 \[\+\] \(Chen et al\. 2015, animal model/);
    expect(r.out).toContain('References');
  });

  it('reports which relieving paths a knock-out breaks', () => {
    const r = runQuery(['impact', '--therapy', 'bmsc_therapy', '--knockout', 'tgfb1', '--json']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out);
    expect(data.knockedOut).toEqual(['tgfb1']);
    expect(data.brokenRelief.length).toBeGreaterThan(0);
    for (const p of data.brokenRelief) expect(p.nodes).toContain('tgfb1');
    for (const p of data.relieves) expect(p.nodes).not.toContain('tgfb1');
    expect(data.brokenRelief[0]).toMatchObject({
      steps: expect.arrayContaining(['bmsc_secretes_tgfb1']),
      net: expect.stringMatching(/^[+-]$/),
      strength: 'animal-model',
      evidence: { sources: expect.arrayContaining(['chen2015']) },
    });
  });

  it('says when a knock-out leaves no inferred route, and keeps the observed outcome', () => {
    const r = runQuery(['impact', '--therapy', 'cox_inhibitors', '--knockout', 'cox']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /Knocking out COX enzymes breaks 1 of 1 relieving route .*no inferred route remains\. After the knock-out: ∅ no effect observed\./,
    );
  });

  it('lists paths as JSON with steps as relation ids', () => {
    const r = runQuery([
      'paths',
      '--from',
      'bmsc',
      '--to',
      'neuropathic_pain',
      '--max-length',
      '3',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.out);
    expect(data.paths.length).toBeGreaterThan(0);
    for (const p of data.paths) {
      expect(p.steps.length).toBeLessThanOrEqual(3);
      expect(p.nodes[0]).toBe('bmsc');
      expect(p.nodes.at(-1)).toBe('neuropathic_pain');
    }
  });

  it('compares therapies: shared and unique mechanisms', () => {
    const r = runQuery(['compare', 'nk_cell_therapy', 'bmsc_therapy']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Shared mechanisms: /);
    expect(r.out).toMatch(/Unique mechanisms: .*TGF-β1/);
    expect(r.out).toMatch(/Unique mechanisms: .*NK cell/);
  });

  it('explains unknown ids with a suggestion, and bad input with usage and exit code 2', () => {
    const typo = runQuery(['paths', '--from', 'bmsc', '--to', 'tgfb']);
    expect(typo.code).toBe(2);
    expect(typo.err).toMatch(/unknown --to entity "tgfb"; did you mean "tgfb1"/);
    expect(typo.err).not.toMatch(/\bat .*\.ts:\d+/);
    expect(runQuery(['impact', '--therapy', 'bmsc']).err).toMatch(/"bmsc" is not a therapy/);
    expect(runQuery(['compare', 'bmsc_therapy']).code).toBe(2);
    expect(runQuery(['paths', '--from', 'a', '--to', 'b', '--max-length', 'x']).err).toMatch(/--max-length/);
    expect(runQuery(['pahts']).err).toMatch(/unknown command "pahts"; did you mean "paths"/);
    expect(runQuery(['--bogus']).code).toBe(2);
    expect(runQuery([]).code).toBe(2);
    const help = runQuery(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/npm run query -- impact --therapy ID/);
  });

  it('says so when there is no path', () => {
    const r = runQuery(['paths', '--from', 'neuropathic_pain', '--to', 'bmsc_therapy']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^No path from Neuropathic pain to Intrathecal BMSC therapy/);
  });

  it('refuses a repeated --therapy and a therapy compared with itself as usage errors (exit 2)', () => {
    const twice = runQuery(['impact', '--therapy', 'bmsc_therapy', '--therapy', 'cox_inhibitors']);
    expect(twice.code).toBe(2);
    expect(twice.err).toMatch(/^option --therapy is given more than once; give it once\n/);
    expect(twice.out).toBe('');
    const same = runQuery(['compare', 'bmsc_therapy', 'bmsc_therapy']);
    expect(same.code).toBe(2);
    expect(same.err).toMatch(/^compare names "bmsc_therapy" twice; give two or more different therapies\n/);
  });

  it('names the folder it was given when sources.yaml or the folder itself is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'query-data-'));
    mkdirSync(join(dir, 'entities'));
    const empty = runQuery(['impact', '--therapy', 'bmsc_therapy', '--data', dir]);
    expect(empty.code).toBe(1);
    expect(empty.err).toContain(`${join(dir, 'sources.yaml')}:1:1: no sources.yaml was found`);
    expect(empty.err).not.toMatch(/graph-data/);
    expect(empty.err).toContain(`run npm run validate -- ${dir}`);
    const missing = runQuery(['rules', '--data', join(dir, 'nowhere')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe(
      `cannot read the data folder "${join(dir, 'nowhere')}": no such file or folder\n`,
    );
  });
});
