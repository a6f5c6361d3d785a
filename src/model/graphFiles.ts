// The data files as parsed, grouped by role, before the rules that span files. Its own module so
// that load.ts, integrity.ts and story.ts all depend on it and not on each other.
import type { z } from 'zod';
import type { GraphNode, RelationFileSchema, Source } from './schema';
import type { ParsedFile } from './yamlFile';

export type EntityFile = ParsedFile<{ nodes: GraphNode[] }>;
export type RelationsFile = ParsedFile<z.infer<typeof RelationFileSchema>>;
export type SourcesFile = ParsedFile<{ sources: Source[] }>;

/** The parsed files, grouped by role, before cross-file checks; each file keeps its valid items. */
export interface ParsedGraphFiles {
  entities: EntityFile[];
  relations: RelationsFile[];
  sources: SourcesFile[];
  /**
   * Every id written in the files, valid item or not. A reference to an id whose definition has a
   * mistake is not a second mistake, so cross-file checks do not report it again.
   */
  declared: { node: Set<string>; relation: Set<string>; source: Set<string> };
  /** Files whose items could not be read at all: references into them cannot be checked. */
  unreadable: string[];
}

export const emptyParsedFiles = (): ParsedGraphFiles => ({
  entities: [],
  relations: [],
  sources: [],
  declared: { node: new Set(), relation: new Set(), source: new Set() },
  unreadable: [],
});

/** The file name without folder and extension: the id of a mechanism group or story. */
export const fileStem = (path: string) =>
  path
    .replace(/\\/g, '/')
    .replace(/^.*\//, '')
    .replace(/\.ya?ml$/, '');
