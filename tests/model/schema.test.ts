import { describe, expect, it } from 'vitest';
import { EntityFileSchema, RelationFileSchema } from '../../src/model/schema';
import { parseYamlFile } from '../../src/model/yamlFile';
import { fixture } from './helpers';

const parseEntities = (name: string) =>
  parseYamlFile({ path: `graph-data/entities/${name}`, text: fixture(`schema/${name}`) }, EntityFileSchema);
const parseRelations = (name: string) =>
  parseYamlFile(
    { path: `graph-data/relations/${name}`, text: fixture(`relations/${name}`) },
    RelationFileSchema,
  );

describe('entity schema', () => {
  it('accepts every node kind with its own fields', () => {
    const r = parseEntities('node-kinds.valid.yaml');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.file.data.nodes.map((n) => n.kind)).toEqual(['cell', 'mediator', 'therapy']);
  });

  it.each([
    ['unknown-kind.invalid.yaml', 3, /unknown node kind "cel"/],
    ['misspelled-field.invalid.yaml', 5, /unknown field "descripton"/],
    ['bad-identifier.invalid.yaml', 6, /"CL:623" is not a well-formed Cell Ontology id/],
    ['mediator-without-class.invalid.yaml', 2, /class: this field is required/],
    ['yaml-syntax.invalid.yaml', 4, /YAML syntax/],
  ])('%s fails at line %i with a message a curator can act on', (name, line, message) => {
    const r = parseEntities(name);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const p = r.problems.find((p) => message.test(p.message));
      expect(p, JSON.stringify(r.problems)).toBeDefined();
      expect(p!.file).toBe(`graph-data/entities/${name}`);
      expect(p!.line).toBe(line);
    }
  });
});

describe('relation schema', () => {
  it('accepts a cited relation with context', () => {
    expect(parseRelations('relation.valid.yaml').ok).toBe(true);
  });

  it('rejects a verb outside the vocabulary and lists the allowed ones', () => {
    const r = parseRelations('bad-relation-type.invalid.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]!.line).toBe(5);
      expect(r.problems[0]!.message).toMatch(/"neutralises" is not allowed here; use one of: .*neutralizes/);
    }
  });

  it('rejects a relation without evidence', () => {
    const r = parseRelations('no-evidence.invalid.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/at least one piece of evidence/);
  });
});
