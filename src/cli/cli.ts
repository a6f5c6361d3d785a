// What the command-line tools share: strict flags, exit codes, reading a data folder with a clear
// message when it is not one, and output that is never cut short. A user's mistake gets one line
// saying what is wrong and a documented exit code, never a stack trace; only a bug shows one.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { TextFile } from '../model/load';
import { readGraphFiles } from './readGraphFiles';

/** Exit codes, the same for every command (convert too) and documented in each --help. */
export const EXIT = {
  /** Done; for validate, the data is valid. */
  ok: 0,
  /** graph-data has problems (each printed as file:line:col: message). */
  problems: 1,
  /** The command line is wrong: an unknown, repeated or empty option, a bad argument. */
  usage: 2,
  /** A file or folder it names cannot be read or written. */
  io: 3,
  /** A bug in the tool itself (the only case that prints a stack trace: please report it). */
  internal: 4,
} as const;

export const EXIT_HELP = `Exit codes:
  0  success
  1  graph-data has problems (printed as file:line:col: message)
  2  usage error: an unknown, repeated or empty option, or a wrong argument
  3  a file or folder cannot be read or written
  4  internal error (a bug; please report it)`;

/** A mistake on the command line: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly exitCode: number = EXIT.usage;
}

/** A file or folder that cannot be read or written: one line, exit code 3. */
export class FileError extends UsageError {
  override name = 'FileError';
  override readonly exitCode: number = EXIT.io;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * parseArgs, stricter: unknown options and missing values are usage errors (as in parseArgs), and so
 * are an option given twice (unless it is `multiple`), an empty value (`--out=`) and more
 * positional arguments than `maxPositionals`.
 */
export function parseFlags<O extends Options>(args: string[], options: O, maxPositionals = 0) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: maxPositionals > 0, strict: true, tokens: true });
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (seen.has(token.name) && !option?.multiple) {
      throw new UsageError(`option --${token.name} is given more than once; give it once`);
    }
    seen.add(token.name);
    if (option?.type === 'string' && (token.value ?? '').trim() === '') {
      throw new UsageError(`option --${token.name} needs a value, not an empty one`);
    }
  }
  if (parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals[maxPositionals];
    throw new UsageError(`unexpected argument "${extra}"`);
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

/** Where a graph-data folder shows itself: at least one of these must exist. */
const MARKERS = ['sources.yaml', 'sources.yml', 'entities', 'relations'];

/** Read a graph-data folder, or explain in one line why `dir` is not one. */
export function readDataDir(dir: string): TextFile[] {
  let stat;
  try {
    stat = statSync(dir);
  } catch (e) {
    throw new FileError(`cannot read the data folder "${dir}": ${fsReason(e)}`);
  }
  if (!stat.isDirectory()) {
    throw new UsageError(`"${dir}" is a file; give the graph-data folder (the one holding sources.yaml)`);
  }
  if (!MARKERS.some((m) => existsSync(join(dir, m)))) {
    throw new UsageError(
      `"${dir}" is not a graph-data folder: it has no sources.yaml, entities/ or relations/`,
    );
  }
  try {
    return readGraphFiles(dir);
  } catch (e) {
    const path = (e as { path?: string }).path;
    throw new FileError(`cannot read ${path ? `"${path}"` : `the data folder "${dir}"`}: ${fsReason(e)}`);
  }
}

/** A file-system error as a reader understands it ("no such file or folder"), not as a stack. */
export function fsReason(e: unknown): string {
  switch ((e as { code?: string }).code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ELOOP':
      return 'too many symbolic links (a loop?)';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'the file system is read-only';
    default:
      return (e as Error).message ?? String(e);
  }
}

/** Where a command writes: standard output and standard error, or a test's buffers. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** A command: its arguments (without node and the script) in, an exit code out. */
export type Command = (args: string[], io: Io) => number;

/**
 * Run a command and return its exit code: a user's mistake becomes one line and its code, anything
 * else (a bug) a stack trace and code 4. The same path in the terminal and in the tests, which call
 * commands in-process instead of starting a process for each.
 */
export function runMain(main: Command, args: string[], io: Io): number {
  try {
    return main(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      const hint = e instanceof FileError ? '' : 'Run with --help for usage.\n';
      io.err(`error: ${e.message}\n${hint}`);
      return e.exitCode;
    }
    io.err(`internal error (please report it):\n${(e as Error)?.stack ?? String(e)}\n`);
    return EXIT.internal;
  }
}

/** True when the module at `moduleUrl` is the script node was started with (not imported). */
export const isEntryPoint = (moduleUrl: string): boolean =>
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(moduleUrl);

/**
 * Run a command as the process: its result becomes process.exitCode, never process.exit(), so
 * everything written to stdout and stderr reaches a pipe before the process ends (process.exit drops
 * what a slow reader such as `| tail` has not taken yet). A closed pipe (`| head`) ends the output
 * quietly.
 */
export function runCommand(main: Command): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
    });
  }
  process.exitCode = runMain(main, process.argv.slice(2), {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
  });
}
