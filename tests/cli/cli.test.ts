// @vitest-environment node
// The command line as a user meets it: clear one-line messages and documented exit codes for every
// mistake (never a stack trace), strict flags, and complete output when piped into a slow reader.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain, type Command } from '../../src/cli/cli';
import { runConvert } from '../../src/cli/convert';
import { exportCommand } from '../../src/cli/export';
import { validate } from '../../src/cli/validate';
import { SOURCES } from '../model/helpers';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const COMMANDS: Record<string, Command> = { validate, export: exportCommand, convert: runConvert };

/**
 * Run a command in-process, through the same runMain path the terminal uses (src/cli/cli.ts), with
 * its output caught: no process to start, so a loaded machine costs no 2-s tsx start per check.
 */
function cli(script: string, args: string[]): Run {
  let stdout = '';
  let stderr = '';
  const main = COMMANDS[script]!;
  const io = { out: (t: string) => void (stdout += t), err: (t: string) => void (stderr += t) };
  const code = script === 'convert' ? main(args, io) : runMain(main, args, io);
  return { code, stdout, stderr };
}

/**
 * Run a CLI script as `npm run` does, with Node and tsx: for what only a process shows (the script
 * runs when started, its exit code, output drained into a pipe). `slowReader` reads stderr a chunk
 * at a time with a pause after each, as `| tail` on a busy machine does, so output still queued in
 * the CLI when it exits is lost.
 */
function processRun(script: string, args: string[], slowReader = false): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      if (slowReader) {
        child.stderr.pause();
        setTimeout(() => child.stderr.resume(), 150);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const STACK = /^\s+at .+:\d+:\d+\)?$/m;
const TIMEOUT = 120_000;

const tmp = mkdtempSync(join(tmpdir(), 'nociscope-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A user's mistake: one message naming it, no stack trace, exit code 2 (usage) or 3 (a file). */
function expectUsageError(r: Run, message: RegExp, code = 2) {
  expect(r.stderr, r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.code, r.stderr).toBe(code);
}

describe('validate', () => {
  it(
    'says a missing folder is missing',
    async () =>
      expectUsageError(await cli('validate', ['/nonexistent']), /"\/nonexistent".*no such file or folder/, 3),
    TIMEOUT,
  );

  it(
    'says a folder without graph-data is not one (and blames no other file)',
    async () => {
      const r = await cli('validate', ['src']);
      expectUsageError(r, /"src" is not a graph-data folder/);
      expect(r.stderr).not.toMatch(/graph-data\/sources\.yaml/);
    },
    TIMEOUT,
  );

  it(
    'rejects an unknown option and a repeated one',
    async () => {
      const [unknown, repeated] = await Promise.all([
        cli('validate', ['--verbose']),
        cli('validate', ['--data', 'graph-data', '--data', 'graph-data']),
      ]);
      expectUsageError(unknown, /--verbose/);
      expectUsageError(repeated, /--data is given more than once/);
    },
    TIMEOUT,
  );

  it(
    'documents its options and exit codes in --help',
    async () => {
      const r = await cli('validate', ['--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/--data DIR/);
      expect(r.stdout).toMatch(/0 +success/);
      expect(r.stdout).toMatch(/1 +graph-data has problems/);
      expect(r.stdout).toMatch(/2 +usage error/);
    },
    TIMEOUT,
  );

  it(
    'delivers every problem line and the summary to a slow reader of a pipe',
    async () => {
      const dir = join(tmp, 'many');
      mkdirSync(join(dir, 'entities'), { recursive: true });
      writeFileSync(join(dir, 'sources.yaml'), SOURCES.text);
      // 6,000 independent mistakes: 30 files of 200 entities, each with an unknown field.
      const files = 30;
      const perFile = 200;
      const n = files * perFile;
      for (let f = 0; f < files; f++) {
        const nodes = Array.from(
          { length: perFile },
          (_, i) =>
            `  - id: n${f}_${i}\n    kind: cell\n    label: N${i}\n    description: Test entity number ${i}.\n    bogus: 1\n`,
        );
        writeFileSync(join(dir, 'entities', `many${f}.yaml`), `nodes:\n${nodes.join('')}`);
      }
      const r = await processRun('validate', [dir], true);
      expect(r.code).toBe(1);
      const lines = r.stderr.split('\n').filter((l) => l.includes('unknown field "bogus"'));
      expect(lines).toHaveLength(n);
      expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(`${n} problems in ${dir}`);
    },
    TIMEOUT,
  );
});

describe('export', () => {
  it(
    'says a missing data folder is missing',
    async () =>
      expectUsageError(
        await cli('export', ['--data', '/nonexistent']),
        /"\/nonexistent".*no such file or folder/,
        3,
      ),
    TIMEOUT,
  );

  it(
    'says an output folder that does not exist cannot be written',
    async () =>
      expectUsageError(
        await cli('export', ['--out', '/nonexistent/dir/x.json']),
        /cannot write "\/nonexistent\/dir\/x\.json": no such file or folder/,
        3,
      ),
    TIMEOUT,
  );

  it(
    'rejects an empty --out, a repeated --format and an unknown option',
    async () => {
      const [empty, repeated, unknown] = await Promise.all([
        cli('export', ['--out=']),
        cli('export', ['--format', 'csv', '--format', 'cyjs']),
        cli('export', ['--fromat', 'csv']),
      ]);
      expectUsageError(empty, /--out needs a value/);
      expectUsageError(repeated, /--format is given more than once/);
      expectUsageError(unknown, /--fromat/);
    },
    TIMEOUT,
  );

  it(
    'documents its options and exit codes in --help',
    async () => {
      const r = await cli('export', ['--help']);
      expect(r.code).toBe(0);
      for (const flag of ['--format', '--therapy', '--out', '--data']) expect(r.stdout).toContain(flag);
      expect(r.stdout).toMatch(/2 +usage error/);
    },
    TIMEOUT,
  );

  it(
    'still writes a CSV and its nodes table',
    async () => {
      const out = join(tmp, 'x.csv');
      const r = await cli('export', ['--format', 'csv', '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(out, 'utf8')).toMatch(/^id,source,/);
      expect(readFileSync(join(tmp, 'x-nodes.csv'), 'utf8')).toMatch(/^id,label,/);
    },
    TIMEOUT,
  );
});

describe('convert', () => {
  it(
    'rejects an empty --out and a repeated --format, and documents its exit codes',
    async () => {
      const [empty, repeated, help] = await Promise.all([
        cli('convert', ['x.cyjs', '--format', 'csv', '--out=']),
        cli('convert', ['x.cyjs', '--format', 'csv', '--format', 'cyjs']),
        cli('convert', ['--help']),
      ]);
      expectUsageError(empty, /--out needs a value/);
      expectUsageError(repeated, /--format is given more than once/);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/3 +a file could not be read or written/);
    },
    TIMEOUT,
  );
});

describe('each command as npm runs it, in its own process', () => {
  it(
    'starts, prints its help and exits 0; a mistake exits 2 with one line',
    async () => {
      const [validateHelp, exportHelp, convertHelp, mistake] = await Promise.all([
        processRun('validate', ['--help']),
        processRun('export', ['--help']),
        processRun('convert', ['--help']),
        processRun('export', ['--fromat', 'csv']),
      ]);
      for (const r of [validateHelp, exportHelp, convertHelp]) {
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).toMatch(/Exit codes:/);
      }
      expectUsageError(mistake, /--fromat/);
    },
    TIMEOUT,
  );
});
