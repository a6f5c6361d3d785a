// Problems found in a file, in plain language: what, where (file, line or row, field) and what to do.
// Imported text is shown as text only (React escapes it); nothing from the file becomes markup.
import { foldedWhere, foldProblems } from '../../import/fold';
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

/**
 * The problems, identical ones folded into one line with their count and first places (an INDRA
 * file repeats one warning on 165 rows).
 */
export function ProblemList({ problems }: { problems: readonly ImportProblem[] }) {
  return (
    <ul className="import__problems">
      {foldProblems(problems).map((f, i) => {
        const p = f.problem;
        const folded = foldedWhere(f);
        return (
          <li key={i} className={`import__problem import__problem--${p.severity}`}>
            <strong>{p.severity === 'error' ? 'Error' : 'Warning'}</strong>{' '}
            <span>({folded ? p.file : whereText(p)})</span>: {p.message}
            {folded ? `, ${folded}` : ''}. <span className="import__hint">What to do: {p.hint}</span>
          </li>
        );
      })}
    </ul>
  );
}
