// Guided classroom stories: data files in graph-data/stories/, validated like the rest.
import { z } from 'zod';
import { fileStem, type ParsedGraphFiles } from './graphFiles';
import type { Problem } from './problems';
import { NodeIdSchema, RelationIdSchema, SourceIdSchema, text } from './schema';
import { unknownReferences, type UnknownReferences } from './integrity';
import { parseYamlFile, type TextFile } from './yamlFile';
import { NODE_KINDS } from './vocabulary';

export const StoryStepSchema = z.strictObject({
  title: text('title'),
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
    .strictObject({ prompt: text('prompt', 10), answer: text('answer', 10) })
    .optional()
    .describe('Ask the class first; the answer shows on the next key press'),
  predict: z
    .strictObject({
      prompt: z.string().trim().min(10),
      therapy: NodeIdSchema.describe('The therapy whose relief is in question'),
      knockout: z.array(NodeIdSchema).min(1).describe('The entities taken out (blocked, removed)'),
    })
    .optional()
    .describe(
      'Predict, then reveal: the answer is computed by the what-if (src/model/pathways) when the step plays, never written by hand',
    ),
});
export type StoryStep = z.infer<typeof StoryStepSchema>;

export const StoryFileSchema = z.strictObject({
  title: text('title'),
  summary: text('summary', 20),
  order: z.number().int().default(100),
  steps: z.array(StoryStepSchema).min(1, 'a story needs at least one step'),
});

/** A story as the app uses it; `id` is the file name. */
export interface Story extends z.infer<typeof StoryFileSchema> {
  readonly id: string;
}

export function parseStoryFiles(
  files: readonly TextFile[],
  parsed: ParsedGraphFiles,
  /** Shared with the integrity checks, so one unknown id is one message across all files. */
  unknown: UnknownReferences = unknownReferences(parsed),
): { stories: Story[]; problems: Problem[] } {
  const nodeIds = parsed.entities.flatMap((f) => f.data.nodes.map((n) => n.id as string));
  const relationIds = parsed.relations.flatMap((f) => f.data.relations.map((r) => r.id as string));
  const sourceIds = parsed.sources.flatMap((f) => f.data.sources.map((s) => s.id as string));
  const therapyIds = parsed.entities.flatMap((f) =>
    f.data.nodes.filter((n) => n.kind === 'therapy').map((n) => n.id as string),
  );
  const problems: Problem[] = [];
  const stories: Story[] = [];
  for (const file of files) {
    const result = parseYamlFile(file, StoryFileSchema);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const { data } = result.file;
    const check = (
      ids: readonly string[],
      table: 'node' | 'relation' | 'source',
      known: readonly string[],
      path: (i: number) => PropertyKey[],
      what: string = table,
    ) =>
      ids.forEach((id, i) => {
        if (!parsed.declared[table].has(id)) unknown.add(what, id, known, result.file, path(i));
      });
    data.steps.forEach((step, s) => {
      if (step.question && step.predict)
        problems.push({
          file: file.path,
          ...result.file.locate(['steps', s, 'predict']),
          message: 'a step asks either a question or a prediction, not both',
        });
      if (step.predict) {
        const therapy = step.predict.therapy;
        if (!parsed.declared.node.has(therapy))
          unknown.add('therapy', therapy, therapyIds, result.file, ['steps', s, 'predict', 'therapy']);
        else if (!therapyIds.includes(therapy))
          problems.push({
            file: file.path,
            ...result.file.locate(['steps', s, 'predict', 'therapy']),
            message: `"${therapy}" is not a therapy; a prediction asks about one of: ${therapyIds.join(', ')}`,
          });
        check(step.predict.knockout, 'node', nodeIds, (i) => ['steps', s, 'predict', 'knockout', i]);
      }
      check(step.show.nodes, 'node', nodeIds, (i) => ['steps', s, 'show', 'nodes', i]);
      check(step.show.relations, 'relation', relationIds, (i) => ['steps', s, 'show', 'relations', i]);
      check(step.zoom ?? [], 'node', nodeIds, (i) => ['steps', s, 'zoom', i]);
      check(
        step.filter?.therapies ?? [],
        'node',
        nodeIds,
        (i) => ['steps', s, 'filter', 'therapies', i],
        'therapy',
      );
      check(step.sources, 'source', sourceIds, (i) => ['steps', s, 'sources', i]);
    });
    stories.push({ id: fileStem(file.path), ...data });
  }
  stories.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { stories, problems };
}
