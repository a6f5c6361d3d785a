// Read every graph-data file, validate each against the schema, check the rules that span files,
// and build the graph. Used by the CLI (files from disk) and the app (files bundled by Vite).
import { buildGraph, contentHash, type Graph, type Mechanism } from './graph';
import { checkIntegrity } from './integrity';
import type { Problem } from './problems';
import {
  EntityFileSchema,
  RelationFileSchema,
  SourcesFileSchema,
  type GraphNode,
  type Source,
} from './schema';
import { parseStoryFiles, type Story } from './story';
import { parseYamlFile, type ParsedFile, type TextFile } from './yamlFile';

export type { TextFile } from './yamlFile';

export type LoadResult = { ok: true; graph: Graph; stories: Story[] } | { ok: false; problems: Problem[] };

type EntityFile = ParsedFile<{ nodes: GraphNode[] }>;
type RelationsFile = ParsedFile<import('zod').infer<typeof RelationFileSchema>>;
type SourcesFile = ParsedFile<{ sources: Source[] }>;

/** The parsed files, grouped by role, before cross-file checks. */
export interface ParsedGraphFiles {
  entities: EntityFile[];
  relations: RelationsFile[];
  sources: SourcesFile[];
}

const role = (path: string) => {
  const p = path.replace(/\\/g, '/');
  if (/(^|\/)entities\/[^/]+\.ya?ml$/.test(p)) return 'entities';
  if (/(^|\/)relations\/[^/]+\.ya?ml$/.test(p)) return 'relations';
  if (/(^|\/)stories\/[^/]+\.ya?ml$/.test(p)) return 'stories';
  if (/(^|\/)sources\.ya?ml$/.test(p)) return 'sources';
  return undefined;
};

/** The file name without folder and extension: the id of a mechanism group or story. */
export const fileStem = (path: string) =>
  path
    .replace(/\\/g, '/')
    .replace(/^.*\//, '')
    .replace(/\.ya?ml$/, '');

/** Load the knowledge base from its files. Never throws on bad data: problems come back as values. */
export function loadGraph(files: readonly TextFile[]): LoadResult {
  const problems: Problem[] = [];
  const parsed: ParsedGraphFiles = { entities: [], relations: [], sources: [] };
  const storyTexts: TextFile[] = [];
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  for (const file of sorted) {
    const r = role(file.path);
    if (r === 'stories') {
      storyTexts.push(file);
      continue;
    }
    if (!r) continue;
    const schema =
      r === 'entities' ? EntityFileSchema : r === 'relations' ? RelationFileSchema : SourcesFileSchema;
    const result = parseYamlFile(file, schema);
    if (!result.ok) problems.push(...result.problems);
    else (parsed[r] as ParsedFile<unknown>[]).push(result.file);
  }
  if (parsed.sources.length === 0 && !problems.some((p) => role(p.file) === 'sources')) {
    problems.push({ file: 'graph-data/sources.yaml', line: 1, col: 1, message: 'no sources.yaml was found' });
  }
  problems.push(...checkIntegrity(parsed, problems.length === 0));

  const nodes = parsed.entities.flatMap((f) => f.data.nodes);
  const stories = parseStoryFiles(storyTexts, nodes, parsed);
  problems.push(...stories.problems);
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
