// npm run schema: write JSON Schemas of the data files, generated from the zod schema, so editors
// (VS Code with the YAML extension) complete field names and vocabulary while a curator types.
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { EntityFileSchema, RelationFileSchema, SourcesFileSchema } from '../model/schema';
import { StoryFileSchema } from '../model/story';

export const JSON_SCHEMAS = {
  'entities.schema.json': EntityFileSchema,
  'relations.schema.json': RelationFileSchema,
  'sources.schema.json': SourcesFileSchema,
  'story.schema.json': StoryFileSchema,
} as const;

export const jsonSchemaText = (schema: z.ZodType) =>
  JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2) + '\n';

if (process.argv[1]?.endsWith('schema.ts')) {
  mkdirSync('graph-data/schema', { recursive: true });
  for (const [name, schema] of Object.entries(JSON_SCHEMAS)) {
    writeFileSync(`graph-data/schema/${name}`, jsonSchemaText(schema));
    console.log(`wrote graph-data/schema/${name}`);
  }
}
