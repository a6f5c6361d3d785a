// npm run query -- paths --from ID --to ID [--max-length N] [--knockout ID …] [--json]
// npm run query -- impact --therapy ID [--knockout ID …] [--max-length N] [--json]
// npm run query -- compare ID ID [ID …] [--max-length N] [--json]
// Pathway questions from the command line, answered by the same functions as the app's Pathways
// panel. Exit codes: 0 answered (even "no path"), 1 graph-data does not load, 2 a bad command line.
import { join } from 'node:path';
import {
  comparisonAsText,
  comparisonRecord,
  impactAsText,
  impactRecord,
  pathRecord,
  whatIfRecord,
} from '../export/pathwayReport';
import { pathsAsText } from '../export/pathNarrative';
import type { Graph } from '../model/graph';
import { loadGraph } from '../model/load';
import { compareTherapies } from '../model/pathways/compare';
import { netEffectRules } from '../model/pathways/explain';
import { therapyImpact } from '../model/pathways/impact';
import { clampLength, DEFAULT_MAX_LENGTH, findPaths, MAX_MAX_LENGTH } from '../model/pathways/paths';
import { whatIf } from '../model/pathways/whatIf';
import { formatProblem } from '../model/problems';
import type { NodeId } from '../model/schema';
import { suggest } from '../model/suggest';
import { parseFlags, readDataDir } from './cli';

const USAGE = `usage:
  npm run query -- paths --from ID --to ID [--max-length N] [--knockout ID …] [--json]
  npm run query -- impact --therapy ID [--knockout ID …] [--max-length N] [--json]
  npm run query -- compare ID ID [ID …] [--max-length N] [--json]
  npm run query -- rules          how net effects are worked out

  paths    every signed path from one entity to another (default up to ${DEFAULT_MAX_LENGTH} steps, at most ${MAX_MAX_LENGTH})
  impact   a therapy's impact on pain: what studies observed of it first (including no effect),
           then the findings and inferred routes (relieves / prevents / worsens / sign unknown),
           and risks; --knockout (repeatable) takes entities out first: an experiment that did
           so is reported first, then which inferred routes break
  compare  two or more therapies: shared and unique mechanisms, impact on each endpoint
  --json   every path with its steps (relation ids), net effect, evidence sources and strength
  --data   the graph-data folder (default graph-data)
exit codes: 0 answered, 1 graph-data does not load, 2 bad command line`;

class UsageError extends Error {}

function nodeId(graph: Graph, raw: string | undefined, what: string): NodeId {
  if (!raw) throw new UsageError(`${what} is missing`);
  const node = graph.nodes.find((n) => n.id === raw);
  if (!node)
    throw new UsageError(
      `unknown ${what} "${raw}"${suggest(
        raw,
        graph.nodes.map((n) => n.id),
      )}`,
    );
  return node.id;
}

function therapyId(graph: Graph, raw: string | undefined, what = 'therapy'): NodeId {
  const id = nodeId(graph, raw, what);
  if (graph.nodeById.get(id)?.kind !== 'therapy') {
    const therapies = graph.nodes.filter((n) => n.kind === 'therapy').map((n) => n.id);
    throw new UsageError(`"${id}" is not a therapy; therapies are: ${therapies.join(', ')}`);
  }
  return id;
}

function maxLength(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_MAX_LENGTH;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > MAX_MAX_LENGTH)
    throw new UsageError(`--max-length must be a whole number from 1 to ${MAX_MAX_LENGTH}, not "${raw}"`);
  return clampLength(n);
}

/** Runs one command line; returns what to print and the exit code (testable without a process). */
export function runQuery(
  argv: readonly string[],
  dataDir = 'graph-data',
): { out: string; err: string; code: number } {
  let parsed;
  try {
    // Strict as validate, export and convert: an unknown, repeated (--therapy twice) or empty option
    // is a usage error, never silently the last one given.
    parsed = parseFlags(
      [...argv],
      {
        from: { type: 'string' },
        to: { type: 'string' },
        therapy: { type: 'string' },
        knockout: { type: 'string', multiple: true },
        'max-length': { type: 'string' },
        json: { type: 'boolean', default: false },
        data: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      Infinity,
    );
  } catch (e) {
    return { out: '', err: `${(e as Error).message}\n${USAGE}\n`, code: 2 };
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') return { out: `${USAGE}\n`, err: '', code: 0 };
  if (!command) return { out: '', err: `no command given\n${USAGE}\n`, code: 2 };

  const dir = values.data ?? dataDir;
  let files;
  try {
    files = readDataDir(dir);
  } catch (e) {
    // A missing or unreadable folder, or one that is not graph-data: one line naming it.
    return { out: '', err: `${(e as Error).message}\n`, code: 1 };
  }
  const result = loadGraph(files);
  if (!result.ok) {
    // The loader names a missing sources.yaml after the files it saw; with none it cannot know the
    // folder, so the folder given here is named.
    const problems = result.problems.map((p) =>
      p.message === 'no sources.yaml was found' ? { ...p, file: join(dir, 'sources.yaml') } : p,
    );
    const validate = dir === 'graph-data' ? 'npm run validate' : `npm run validate -- ${dir}`;
    return {
      out: '',
      err: `${problems.map(formatProblem).join('\n')}\nthe data in ${dir} is invalid; run ${validate}\n`,
      code: 1,
    };
  }
  const { graph } = result;
  const json = (value: unknown) => ({ out: `${JSON.stringify(value, null, 2)}\n`, err: '', code: 0 });

  try {
    const length = maxLength(values['max-length']);
    const knockedOut = (values.knockout ?? []).map((k) => nodeId(graph, k, 'entity to knock out'));
    if (command === 'rules') {
      const rules = netEffectRules(graph);
      return values.json ? json(rules) : { out: `${rules.join('\n\n')}\n`, err: '', code: 0 };
    }
    if (command === 'paths') {
      if (rest.length) throw new UsageError(`paths takes --from and --to, not "${rest.join(' ')}"`);
      const from = nodeId(graph, values.from, '--from entity');
      const to = nodeId(graph, values.to, '--to entity');
      if (from === to) throw new UsageError('--from and --to name the same entity');
      const { paths, truncated } = findPaths(graph, from, to, { maxLength: length, knockedOut });
      if (values.json)
        return json({ from, to, maxLength: length, knockedOut, truncated, paths: paths.map(pathRecord) });
      const fromLabel = graph.nodeById.get(from)!.label;
      const toLabel = graph.nodeById.get(to)!.label;
      const heading = paths.length
        ? `${paths.length} signed ${paths.length === 1 ? 'path' : 'paths'} from ${fromLabel} to ${toLabel} (up to ${length} steps), strongest evidence first`
        : `No path from ${fromLabel} to ${toLabel} within ${length} steps following the arrows.`;
      return {
        out: paths.length
          ? pathsAsText(
              graph,
              paths.map((path) => ({ path })),
              heading,
            )
          : `${heading}\n`,
        err: truncated ? 'The search stopped early: there are more paths than shown.\n' : '',
        code: 0,
      };
    }
    if (command === 'impact') {
      const therapy = therapyId(graph, values.therapy ?? rest[0]);
      const what = knockedOut.length ? whatIf(graph, therapy, knockedOut, { maxLength: length }) : undefined;
      const impact = what ? what.after : therapyImpact(graph, therapy, { maxLength: length });
      if (values.json) return json(what ? whatIfRecord(what) : impactRecord(impact));
      return { out: impactAsText(graph, impact, what), err: '', code: 0 };
    }
    if (command === 'compare') {
      if (rest.length < 2) throw new UsageError('compare needs two or more therapy ids');
      const twice = rest.find((r, i) => rest.indexOf(r) !== i);
      if (twice) throw new UsageError(`compare names "${twice}" twice; give two or more different therapies`);
      const therapies = rest.map((r) => therapyId(graph, r));
      const comparison = compareTherapies(graph, therapies, { maxLength: length });
      return values.json
        ? json(comparisonRecord(comparison))
        : { out: comparisonAsText(graph, comparison), err: '', code: 0 };
    }
    throw new UsageError(
      `unknown command "${command}"${suggest(command, ['paths', 'impact', 'compare', 'rules'])}`,
    );
  } catch (e) {
    if (e instanceof UsageError) return { out: '', err: `${e.message}\n${USAGE}\n`, code: 2 };
    throw e;
  }
}

const isMain = process.argv[1]?.replace(/\\/g, '/').endsWith('src/cli/query.ts');
if (isMain) {
  try {
    const { out, err, code } = runQuery(process.argv.slice(2));
    process.stdout.write(out);
    process.stderr.write(err);
    process.exitCode = code;
  } catch (e) {
    // No stack trace for a reader; the message is enough to report.
    process.stderr.write(`query failed: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
