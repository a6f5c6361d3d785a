// The export fixture: a small knowledge base with every node kind, each polarity, awkward sources
// (null title, news reporting on a study, unverified authors) and characters that need escaping.
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { selectView, type ExportView } from '../../src/export/view';
import type { Graph } from '../../src/model/graph';
import { loadGraph } from '../../src/model/load';

const ROOT = 'tests/fixtures/export';

export function fixtureGraph(): Graph {
  // root = the fixture folder, so paths read graph-data/... as the loader expects.
  const result = loadGraph(readGraphFiles(`${ROOT}/graph-data`, ROOT));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
  return result.graph;
}

/** The whole fixture as an export view; no `exported` date, so outputs are reproducible. */
export function fixtureView(): ExportView {
  return selectView(fixtureGraph(), { title: 'Nociscope test fixture & <friends>' });
}

/** Labels and texts in the fixture that exercise escaping in every format. */
export const TRICKY = {
  mediatorLabel: 'TNF-α & IL-1β <mix>',
  therapyLabel: 'Anti-TNF "blockers"',
  cellLabel: 'Microglia; spinal',
  caveat: 'Shown in rodents, "mostly" in vitro, not in patients;\nneeds a second line, too.',
} as const;
