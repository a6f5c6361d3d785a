// @vitest-environment node
// The convert command as a user runs it: exit codes, messages on standard error, no stack traces, and
// output that the importer reads back.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConvert } from '../../src/cli/convert';
import { parseNetworkFile, parseNetworkFiles } from '../../src/import/parse';

/** The command in-process, as the terminal runs it (runConvert); cli.test.ts starts it as a process. */
function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = runConvert(args, { out: (t) => void (stdout += t), err: (t) => void (stderr += t) });
  return { status, stdout, stderr };
}
const FIX = 'tests/fixtures/import';

describe('npm run convert', () => {
  it('prints a warning repeated on every row once, with its count and first rows', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'convert-')), 'out.cyjs');
    const r = run(`${FIX}/repeated-warning.valid.csv`, '--format', 'cyjs', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.includes(': warning: '));
    expect(warnings).toEqual([
      expect.stringContaining(
        'the polarity "mixed" of edge … is not a sign this app reads, in 12 rows: 2, 3, 4 and 9 more',
      ),
    ]);
  });

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

  it('refuses /dev/zero and a folder as not regular files, instead of reading forever', () => {
    const zero = run('/dev/zero', '--format', 'csv');
    expect(zero.status).toBe(3);
    expect(zero.stderr.trim()).toBe(
      '/dev/zero: cannot be read (not a regular file) — give the path of a network file.',
    );
    const folder = run(FIX, '--format', 'csv');
    expect(folder.status).toBe(3);
    expect(folder.stderr).toMatch(/not a regular file but a folder/);
  });

  it('refuses an edge list of 4.8 million rows (45 MB) by its node and edge caps, not by running out of memory', () => {
    // The probe's repro: a two-column CSV just under the byte cap, which used to end with exit 134.
    const dir = mkdtempSync(join(tmpdir(), 'convert-big-'));
    const csv = join(dir, 'edges.csv');
    const rows = 4_800_000;
    const parts = ['source,target'];
    for (let i = 0; i < rows; i++)
      parts.push(`g${(i % 46_000).toString(36)},g${((i * 7) % 45_000).toString(36)}`);
    writeFileSync(csv, parts.join('\n'));
    expect(statSync(csv).size).toBeGreaterThan(40 * 1024 * 1024);
    const r = run(csv, '--format', 'graphml', '--out', join(dir, 'out.graphml'));
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(
      /edges\.csv: error: the file has 4,800,001 lines \(one edge or node each\), more than the 50,000 edges and 20,000 nodes this app opens — Open a subnetwork/,
    );
    expect(r.stderr).toMatch(/nothing was written/);
  }, 60_000);

  it('refuses a SIF file with too many edges, and a cyjs file with too many nodes, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'convert-big-'));
    const sif = join(dir, 'big.sif');
    writeFileSync(sif, Array.from({ length: 80_000 }, (_, i) => `g${i}\tpp\tg${i + 1}`).join('\n'));
    const r = run(sif, '--format', 'cx2');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/big\.sif: error: the file has 80,000 lines/);
    const cyjs = join(dir, 'big.cyjs');
    const nodes = Array.from({ length: 20_001 }, (_, i) => ({ data: { id: `n${i}` } }));
    writeFileSync(cyjs, JSON.stringify({ elements: { nodes, edges: [] } }));
    const c = run(cyjs, '--format', 'csv');
    expect(c.status).toBe(1);
    expect(c.stderr).toMatch(
      /big\.cyjs: error: the network has 20,001 nodes, more than the 20,000 this app opens/,
    );
  }, 60_000);
});
