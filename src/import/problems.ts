// Collects an import's problems for one file, so every parser reports the same way: plain words,
// where (line, row, field) and what to do. A broken file can hold millions of faults, so the list
// is capped and ends with one line saying how many more there were.
import type { ImportProblem } from './types';

/** At most this many problems are listed per file; the rest are counted. */
export const MAX_PROBLEMS_PER_FILE = 200;

/** Where in a file a problem is. */
export interface Where {
  readonly line?: number;
  readonly col?: number;
  readonly row?: number;
  readonly field?: string;
}

export class ProblemList {
  readonly items: ImportProblem[] = [];
  private dropped = 0;
  private droppedErrors = 0;

  constructor(readonly file: string) {}

  error(message: string, hint: string, where: Where = {}) {
    this.add('error', message, hint, where);
  }

  warning(message: string, hint: string, where: Where = {}) {
    this.add('warning', message, hint, where);
  }

  private add(severity: ImportProblem['severity'], message: string, hint: string, where: Where) {
    if (this.items.length >= MAX_PROBLEMS_PER_FILE) {
      this.dropped++;
      if (severity === 'error') this.droppedErrors++;
      return;
    }
    // Every reader of a problem ends its message with a full stop (the dialog, the CLI's " — "); a
    // message from a library (XML validator, CSV parser) often brings its own.
    const text = message.trimEnd().replace(/\.+$/, '');
    this.items.push({ severity, file: this.file, ...clean(where), message: text, hint });
  }

  get hasErrors() {
    return this.droppedErrors > 0 || this.items.some((p) => p.severity === 'error');
  }

  /** The problems, with a last line counting those left out. */
  list(): ImportProblem[] {
    if (this.dropped === 0) return this.items;
    return [
      ...this.items,
      {
        severity: this.droppedErrors > 0 ? 'error' : 'warning',
        file: this.file,
        message: `${this.dropped} more problem${this.dropped === 1 ? '' : 's'} of the same kind are not listed`,
        hint: 'Fix the problems listed first, then open the file again to see the rest.',
      },
    ];
  }
}

function clean(where: Where): Where {
  const out: { -readonly [K in keyof Where]: Where[K] } = {};
  if (where.line !== undefined) out.line = where.line;
  if (where.col !== undefined) out.col = where.col;
  if (where.row !== undefined) out.row = where.row;
  if (where.field !== undefined) out.field = where.field;
  return out;
}

/** Text of a file value for a message: short, on one line, quoted. */
export function quote(value: unknown, max = 60): string {
  let s: string;
  try {
    s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    s = Object.prototype.toString.call(value);
  }
  s = s.replace(/\s+/g, ' ');
  return `"${s.length > max ? `${s.slice(0, max - 1)}…` : s}"`;
}
