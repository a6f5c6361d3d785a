/** A problem found in a data file, pointing at the place a curator must edit. */
export interface Problem {
  readonly file: string;
  /** 1-based line and column. */
  readonly line: number;
  readonly col: number;
  readonly message: string;
}

/** `file:line:col: message`, the form editors and terminals turn into links. */
export const formatProblem = (p: Problem): string => `${p.file}:${p.line}:${p.col}: ${p.message}`;
