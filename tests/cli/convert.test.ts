// @vitest-environment node
// The convert command as a user runs it: exit codes, messages on standard error, no stack traces, and
// output that the importer reads back.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNetworkFile, parseNetworkFiles } from '../../src/import/parse';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/convert.ts', ...args], { encoding: 'utf8' });
const FIX = 'tests/fixtures/import';

describe('npm run convert', () => {
  it('--help lists the formats and the exit codes', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--format/);
    expect(r.stdout).toMatch(/Exit codes:[\s\S]*1 {2}the input has errors/);
  });

  it('converts a CX file to GraphML that reads back, marked imported', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'convert-')), 'out.graphml');
    const r = run(`${FIX}/ndex-pathway.valid.cx`, '--format', 'graphml', '--out', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/wrote .*4 nodes, 3 edges/);
    const back = parseNetworkFile('out.graphml', readFileSync(out, 'utf8')).network!;
    expect(back.nodes.map((n) => n.label)).toEqual(['TGFB1', 'TNF', 'IL10', 'Neuropathic pain']);
    expect(back.nodes[0]!.position).toEqual({ x: -120.5, y: 40 });
    expect(back.nodes.every((n) => n.attributes.imported === true)).toBe(true);
  });

  it('converts an export to CSV, GraphML and CX2 keeping every evidence item, and reads back', () => {
    // The v4 cyjs golden file: the export fixture, with evidence of every kind, notes and locators.
    const input = 'tests/export/golden/cyjs.v4.json';
    const original = parseNetworkFile('in.cyjs', readFileSync(input, 'utf8')).network!;
    expect(original.edges.some((e) => e.evidence.some((ev) => ev.kind && ev.note && ev.pmid))).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'convert-'));
    for (const format of ['csv', 'graphml', 'cx2']) {
      const out = join(dir, `out.${format}`);
      const r = run(input, '--format', format, '--out', out);
      expect(r.status, r.stderr).toBe(0);
      const back =
        format === 'csv'
          ? parseNetworkFiles([
              { name: 'out.csv', content: readFileSync(out, 'utf8') },
              { name: 'out-nodes.csv', content: readFileSync(join(dir, 'out-nodes.csv'), 'utf8') },
            ])
          : parseNetworkFile(`out.${format}`, readFileSync(out, 'utf8'));
      expect(back.problems, format).toEqual([]);
      const net = back.network!;
      expect(net.nodes.map((n) => [n.id, n.label, n.kind, n.position])).toEqual(
        original.nodes.map((n) => [n.id, n.label, n.kind, n.position]),
      );
      expect(net.edges.map((e) => [e.id, e.interaction, e.polarity, e.evidence])).toEqual(
        original.edges.map((e) => [e.id, e.interaction, e.polarity, e.evidence]),
      );
    }
  });

  it('prints the problems of a broken file with their place, writes nothing, exits 1', () => {
    const r = run(`${FIX}/empty-cells.invalid.csv`, '--format', 'cx2');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /empty-cells\.invalid\.csv row 2 \[target\]: error: the "target" cell is empty — /,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on a wrong format and 3 on a missing file, in one line each', () => {
    const wrong = run(`${FIX}/edge-list.valid.csv`, '--format', 'pdf');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr.trim()).toBe('unknown format "pdf"; use one of: cyjs, graphml, csv, cx2');
    const missing = run('no-such-file.cx2', '--format', 'csv');
    expect(missing.status).toBe(3);
    expect(missing.stderr.trim()).toBe('no-such-file.cx2: cannot be read (ENOENT)');
  });
});
