// Read every graph-data file, validate each against the schema, check the rules that span files,
// and build the graph. Used by the CLI (files from disk) and the app (files bundled by Vite).
import { buildGraph, contentHash, type Graph, type Mechanism } from './graph';
import { emptyParsedFiles, fileStem, type ParsedGraphFiles } from './graphFiles';
import { checkIntegrity, unknownReferences } from './integrity';
import type { Problem } from './problems';
import {
  EntityFileSchema,
  NodeSchema,
  RelationFileSchema,
  RelationSchema,
  SourceSchema,
  SourcesFileSchema,
} from './schema';
import { parseStoryFiles, type Story } from './story';
import { parseYamlList, type ParsedFile, type TextFile } from './yamlFile';

export type { TextFile } from './yamlFile';
export type { ParsedGraphFiles } from './graphFiles';
export { fileStem } from './graphFiles';

export type LoadResult = { ok: true; graph: Graph; stories: Story[] } | { ok: false; problems: Problem[] };

const role = (path: string) => {
  const p = path.replace(/\\/g, '/');
  if (/(^|\/)entities\/[^/]+\.ya?ml$/.test(p)) return 'entities';
  if (/(^|\/)relations\/[^/]+\.ya?ml$/.test(p)) return 'relations';
  if (/(^|\/)stories\/[^/]+\.ya?ml$/.test(p)) return 'stories';
  if (/(^|\/)sources\.ya?ml$/.test(p)) return 'sources';
  return undefined;
};

/** Each list file: its schema, the list inside it, the schema of one item, and the id table. */
const LIST_FILES = {
  entities: { schema: EntityFileSchema, key: 'nodes', item: NodeSchema, table: 'node' },
  relations: { schema: RelationFileSchema, key: 'relations', item: RelationSchema, table: 'relation' },
  sources: { schema: SourcesFileSchema, key: 'sources', item: SourceSchema, table: 'source' },
} as const;

/** The folder the files come from ("graph-data", or the one given to the CLI), for file-less messages. */
function dataRoot(files: readonly TextFile[]): string {
  for (const f of files) {
    const m = /^(.*?)\/?(?:entities|relations|stories)\/[^/]+$|^(.*?)\/?sources\.ya?ml$/.exec(
      f.path.replace(/\\/g, '/'),
    );
    if (m) return (m[1] ?? m[2]) || '.';
  }
  return 'graph-data';
}

/**
 * Load the knowledge base from its files. Never throws, whatever the files hold: problems come back
 * as values, so the CLI prints them and the app shows its data-error screen.
 */
export function loadGraph(files: readonly TextFile[]): LoadResult {
  try {
    return load(files);
  } catch (e) {
    // A bug, not a data mistake: still a message on the error screen rather than a blank page.
    const message = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [
        {
          file: dataRoot(files),
          line: 1,
          col: 1,
          message: `internal error while checking the data (please report it): ${message}`,
        },
      ],
    };
  }
}

function load(files: readonly TextFile[]): LoadResult {
  const problems: Problem[] = [];
  const parsed: ParsedGraphFiles = emptyParsedFiles();
  const storyTexts: TextFile[] = [];
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  for (const file of sorted) {
    const r = role(file.path);
    if (r === 'stories') {
      storyTexts.push(file);
      continue;
    }
    if (!r) continue;
    const spec = LIST_FILES[r];
    const result = parseYamlList(
      file,
      spec.schema as typeof EntityFileSchema,
      spec.key as 'nodes',
      spec.item,
    );
    for (const p of result.problems) problems.push(p);
    for (const id of result.ids) parsed.declared[spec.table].add(id);
    if (result.file) (parsed[r] as ParsedFile<unknown>[]).push(result.file);
    else if (result.ids.length === 0) parsed.unreadable.push(file.path);
  }
  if (parsed.sources.length === 0 && !problems.some((p) => role(p.file) === 'sources')) {
    const file = `${dataRoot(files)}/sources.yaml`;
    problems.push({ file, line: 1, col: 1, message: 'no sources.yaml was found' });
  }
  // Unknown ids are collected across relations and stories: one message per id (or one in all).
  const unknown = unknownReferences(parsed);
  // Loops, not push(...list): a list of 100,000 problems would overflow the call stack.
  for (const p of checkIntegrity(parsed, problems.length === 0, unknown, false)) problems.push(p);
  const stories = parseStoryFiles(storyTexts, parsed, unknown);
  for (const p of [...stories.problems, ...unknown.problems()]) problems.push(p);

  const nodes = parsed.entities.flatMap((f) => f.data.nodes);
  if (problems.length > 0) return { ok: false, problems };

  const mechanisms: Mechanism[] = parsed.relations.map((f) => ({
    id: fileStem(f.path),
    title: f.data.title,
    ...(f.data.description ? { description: f.data.description } : {}),
  }));
  const graph = buildGraph({
    nodes,
    relations: parsed.relations.flatMap((f) =>
      f.data.relations.map((relation) => ({ relation, group: fileStem(f.path) })),
    ),
    sources: parsed.sources.flatMap((f) => f.data.sources),
    mechanisms,
    version: contentHash(sorted.map((f) => f.text)),
  });
  return { ok: true, graph, stories: stories.stories };
}
