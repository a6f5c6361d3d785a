// npm run convert -- IN [IN…] --format cyjs|graphml|csv|cx2 [--out FILE]
// Reads any file the app imports, through the same readers and checks (src/import), and writes it in
// any export format through the same exporters as the app (src/export). Problems are printed as the
// app lists them; errors stop the conversion. No stack traces: every failure is one plain message.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { companionPath, DATA_FORMATS, dataFormat } from '../export/formats';
import { MAX_IMPORT_EDGES, MAX_IMPORT_NODES } from '../import/limits';
import { parseNetworkFiles } from '../import/parse';
import { importedToExportView } from '../import/toExportView';
import { foldProblems, formatFoldedProblem } from '../import/fold';
import { formatImportProblem, IMPORT_FORMAT_LABELS, MAX_IMPORT_BYTES } from '../import/types';
import { isEntryPoint, parseFlags, type Io } from './cli';

/** Exit codes, as --help lists them. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2, io: 3, internal: 4 } as const;

const USAGE = `usage: npm run convert -- IN [IN…] --format ${DATA_FORMATS.map((f) => f.id).join('|')} [--out FILE]

Reads a network file and writes it in another format, with the checks the app makes on import.

  IN              the file to read: ${Object.values(IMPORT_FORMAT_LABELS).join('; ')}.
                  Several files only for graph-data YAML/JSON files, or a CSV edges table with its
                  nodes table. Refused, as the app refuses them: files above ${MAX_IMPORT_BYTES / 1024 / 1024} MB,
                  networks of more than ${MAX_IMPORT_NODES.toLocaleString('en-US')} nodes or ${MAX_IMPORT_EDGES.toLocaleString('en-US')} edges (open a
                  subnetwork, or filter the file first), and what is not a regular file (a
                  device such as /dev/zero, a pipe, a folder).
  --format F      what to write: ${DATA_FORMATS.map((f) => `${f.id} (${f.label})`).join(', ')}
  --out FILE      where to write (default: standard output); csv also writes FILE-nodes.csv
  --help          this text

Every node and edge of the output is marked imported (attributes imported, imported_from).
Problems are printed to standard error as file:line:col [field]: severity: message — what to do.

Exit codes:
  0  converted (warnings, if any, were printed)
  1  the input has errors; nothing was written
  2  wrong arguments (unknown format, no input file; an unknown, repeated or empty option)
  3  a file could not be read or written
  4  internal error (a bug; please report it)`;

export function convert(argv: string[], io: Io): number {
  const say = (text: string) => io.err(`${text}\n`);
  let parsed;
  try {
    // Strict as validate and export: unknown, repeated or empty options are usage errors.
    parsed = parseFlags(
      argv,
      { format: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      Infinity,
    );
  } catch (e) {
    say(`${(e as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (positionals.length === 0) {
    say(`no input file was given\n\n${USAGE}`);
    return EXIT.usage;
  }
  const format = dataFormat(values.format ?? '');
  if (!format) {
    const ids = DATA_FORMATS.map((f) => f.id).join(', ');
    say(
      values.format
        ? `unknown format "${values.format}"; use one of: ${ids}`
        : `--format is required; use one of: ${ids}`,
    );
    return EXIT.usage;
  }

  const files = [];
  for (const path of positionals) {
    try {
      const stat = statSync(path);
      // A device, pipe or folder has no size to check against the cap (/dev/zero says 0 and never
      // ends): only regular files are read.
      if (!stat.isFile()) {
        say(
          `${path}: cannot be read (not a regular file${stat.isDirectory() ? ' but a folder' : ''}) — give the path of a network file.`,
        );
        return EXIT.io;
      }
      const size = stat.size;
      if (size > MAX_IMPORT_BYTES) {
        // Refused before reading, as the app refuses it before parsing.
        files.push({ name: path, content: new Uint8Array(0), size });
        continue;
      }
      files.push({ name: path, content: new Uint8Array(readFileSync(path)) });
    } catch (e) {
      say(`${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return EXIT.io;
    }
  }
  const tooBig = files.find((f) => 'size' in f);
  if (tooBig && 'size' in tooBig) {
    say(
      `${tooBig.name}: error: the file is ${(tooBig.size! / 1024 / 1024).toFixed(0)} MB, more than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB this app opens — open a smaller part of the network.`,
    );
    return EXIT.invalidInput;
  }

  const result = parseNetworkFiles(files);
  // Identical problems (one warning on every row) are printed once, with their count and first places.
  for (const f of foldProblems(result.problems)) say(formatFoldedProblem(f, formatImportProblem));
  if (!result.network) {
    say(`nothing was written: fix the errors above and run the conversion again`);
    return EXIT.invalidInput;
  }
  const view = importedToExportView(result.network);
  try {
    const text = format.write(view);
    if (values.out) {
      writeFileSync(values.out, text);
      for (const c of format.companions ?? [])
        writeFileSync(companionPath(values.out, c.suffix), c.write(view));
      const n = result.network;
      say(`wrote ${values.out}: ${n.nodes.length} nodes, ${n.edges.length} edges (${format.label})`);
    } else {
      io.out(text);
    }
  } catch (e) {
    say(
      `${values.out ?? 'standard output'}: cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
    return EXIT.io;
  }
  return EXIT.ok;
}

/** The command as the process runs it: a fault of this program, not of the input, is one line. */
export function runConvert(argv: string[], io: Io): number {
  try {
    return convert(argv, io);
  } catch (e) {
    io.err(`convert failed unexpectedly: ${(e as Error).message ?? String(e)}\n`);
    return EXIT.internal;
  }
}

if (isEntryPoint(import.meta.url))
  process.exitCode = runConvert(process.argv.slice(2), {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
  });
