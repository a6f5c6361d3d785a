import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMAS, jsonSchemaText } from '../../src/cli/schema';

describe('editor JSON Schemas', () => {
  it.each(Object.entries(JSON_SCHEMAS))(
    '%s matches the zod schema (run npm run schema after changing it)',
    (name, schema) => {
      expect(readFileSync(`graph-data/schema/${name}`, 'utf8')).toBe(jsonSchemaText(schema));
    },
  );
});
