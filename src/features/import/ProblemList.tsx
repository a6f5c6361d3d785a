// Problems found in a file, in plain language: what, where (file, line or row, field) and what to do.
// Imported text is shown as text only (React escapes it); nothing from the file becomes markup.
import type { ImportProblem } from '../../import/types';

/** "file.csv, line 3, column 5, field target" — whatever of it the problem knows. */
export function whereText(p: ImportProblem): string {
  return [
    p.file,
    p.line !== undefined ? `line ${p.line}` : undefined,
    p.line !== undefined && p.col !== undefined ? `column ${p.col}` : undefined,
    p.row !== undefined ? `row ${p.row}` : undefined,
    p.field ? `field “${p.field}”` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}

export function ProblemList({ problems }: { problems: readonly ImportProblem[] }) {
  return (
    <ul className="import__problems">
      {problems.map((p, i) => (
        <li key={i} className={`import__problem import__problem--${p.severity}`}>
          <strong>{p.severity === 'error' ? 'Error' : 'Warning'}</strong> <span>({whereText(p)})</span>:{' '}
          {p.message}. <span className="import__hint">What to do: {p.hint}</span>
        </li>
      ))}
    </ul>
  );
}
