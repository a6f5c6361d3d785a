// Guided classroom stories: data files in graph-data/stories/, validated like the rest.
import { z } from 'zod';
import { NO_FILTERS, type Filters } from './filter';
import type { ParsedGraphFiles } from './load';
import type { Problem } from './problems';
import { NodeIdSchema, RelationIdSchema, SourceIdSchema, type GraphNode } from './schema';
import { suggest } from './suggest';
import { parseYamlFile, type TextFile } from './yamlFile';
import { NODE_KINDS } from './vocabulary';

export const StoryStepSchema = z.strictObject({
  title: z.string().trim().min(1),
  narration: z.string().trim().min(20, 'narration must say something (20 characters or more)'),
  show: z
    .strictObject({
      nodes: z.array(NodeIdSchema).default([]),
      relations: z.array(RelationIdSchema).default([]),
    })
    .describe('What to highlight; the rest is faded'),
  filter: z
    .strictObject({
      therapies: z.array(NodeIdSchema).optional(),
      kinds: z.array(z.enum(NODE_KINDS)).optional(),
    })
    .optional(),
  zoom: z.array(NodeIdSchema).optional().describe('Nodes to fit in view; default: everything shown'),
  sources: z.array(SourceIdSchema).default([]),
  question: z
    .strictObject({ prompt: z.string().trim().min(10), answer: z.string().trim().min(10) })
    .optional()
    .describe('Ask the class first; the answer shows on the next key press'),
});
export type StoryStep = z.infer<typeof StoryStepSchema>;

export const StoryFileSchema = z.strictObject({
  title: z.string().trim().min(1),
  summary: z.string().trim().min(20),
  order: z.number().int().default(100),
  steps: z.array(StoryStepSchema).min(1),
});

/** A story as the app uses it; `id` is the file name. */
export interface Story extends z.infer<typeof StoryFileSchema> {
  readonly id: string;
}

export function parseStoryFiles(
  files: readonly TextFile[],
  nodes: readonly GraphNode[],
  parsed: ParsedGraphFiles,
): { stories: Story[]; problems: Problem[] } {
  const nodeIds = nodes.map((n) => n.id as string);
  const relationIds = parsed.relations.flatMap((f) => f.data.relations.map((r) => r.id as string));
  const sourceIds = parsed.sources.flatMap((f) => f.data.sources.map((s) => s.id as string));
  const problems: Problem[] = [];
  const stories: Story[] = [];
  for (const file of files) {
    const result = parseYamlFile(file, StoryFileSchema);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const { data, locate } = result.file;
    const check = (
      ids: readonly string[],
      known: readonly string[],
      what: string,
      path: (i: number) => PropertyKey[],
    ) =>
      ids.forEach((id, i) => {
        if (!known.includes(id)) {
          const pos = locate(path(i));
          problems.push({
            file: file.path,
            ...pos,
            message: `unknown ${what} id "${id}"${suggest(id, known)}`,
          });
        }
      });
    data.steps.forEach((step, s) => {
      check(step.show.nodes, nodeIds, 'node', (i) => ['steps', s, 'show', 'nodes', i]);
      check(step.show.relations, relationIds, 'relation', (i) => ['steps', s, 'show', 'relations', i]);
      check(step.zoom ?? [], nodeIds, 'node', (i) => ['steps', s, 'zoom', i]);
      check(step.filter?.therapies ?? [], nodeIds, 'therapy', (i) => ['steps', s, 'filter', 'therapies', i]);
      check(step.sources, sourceIds, 'source', (i) => ['steps', s, 'sources', i]);
    });
    const id = file.path
      .replace(/\\/g, '/')
      .replace(/^.*\//, '')
      .replace(/\.ya?ml$/, '');
    stories.push({ id, ...data });
  }
  stories.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { stories, problems };
}

/**
 * What the map is filtered by. While a story plays, the story decides: its step's own filter, or
 * nothing, never the reader's earlier filters, which could hide the very entities a step narrates
 * (and with "hide the rest" leave an empty map). The reader's filters come back when the story ends.
 */
export function effectiveFilters(
  filters: Filters,
  stories: readonly Story[],
  open: { readonly id: string; readonly step: number } | null,
): Filters {
  if (!open) return filters;
  const step = stories.find((s) => s.id === open.id)?.steps[open.step];
  return {
    ...NO_FILTERS,
    therapies: step?.filter?.therapies ?? [],
    kinds: step?.filter?.kinds ?? [],
  };
}
