// When graph-data is broken the app still opens and says exactly what to fix, file and line.
import { formatProblem, type Problem } from '../model/problems';

export function DataErrorScreen({ problems }: { problems: readonly Problem[] }) {
  return (
    <main className="data-error">
      <h1>Nociscope cannot show the map: the knowledge base has problems</h1>
      <p>
        Fix these lines in graph-data (or run <code>npm run validate</code>) and reload.
      </p>
      <ul>
        {problems.map((p) => (
          <li key={formatProblem(p)}>
            <code>{formatProblem(p)}</code>
          </li>
        ))}
      </ul>
    </main>
  );
}
