// Nociscope's own graph-data, one file or several: entity files ({ nodes }), relation files
// ({ title, relations }) and the bibliography ({ sources }), in YAML or JSON (JSON is YAML too).
// Each file is read and checked by the same reader and schemas as the curated graph-data
// (src/model/yamlFile.ts, src/model/schema.ts), so problems carry the same line, column and wording
// as `npm run validate`. When no entity file is given, relation ends keep their ids as names (they
// may be curated entities, which the overlay then matches); the cited sources' PMIDs and DOIs
// become the evidence's. Read in stages as a set of files (stages.ts): validateGraphData,
// extractGraphData (each relation file a part reporting into its own file), the shared convert.
import { parse as parseYaml } from 'yaml';
import { fileStem, loadGraph } from '../../model/load';
import {
  EntityFileSchema,
  RelationFileSchema,
  SourcesFileSchema,
  type GraphNode,
  type RelationFile,
  type Source,
} from '../../model/schema';
import { parseYamlFile } from '../../model/yamlFile';
import { setAttribute, type EdgeInput, type NodeInput } from '../build';
import { isRecord } from '../json';
import type { ProblemList } from '../problems';
import type { Attributes, ImportedEvidence } from '../types';
import {
  setReaderOf,
  type Extracted,
  type ExtractedPart,
  type NamedText,
  type SetContext,
  type SetResult,
  type SetSpec,
} from './stages';

export type NociscopeFile = NamedText;

type Role = 'entities' | 'relations' | 'sources' | 'stories';

/** What a graph-data file holds, from its top-level keys; undefined when it is none of them. */
export function graphDataRole(text: string): Role | undefined {
  let value: unknown;
  try {
    value = parseYaml(text, { uniqueKeys: false, maxAliasCount: 100, logLevel: 'silent' });
  } catch {
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  if (Array.isArray(value.relations)) return 'relations';
  if (Array.isArray(value.nodes)) return 'entities';
  if (Array.isArray(value.sources)) return 'sources';
  if (Array.isArray(value.steps)) return 'stories';
  return undefined;
}

const HINT =
  'Correct it as the README\'s "knowledge base" section describes; npm run validate checks the same rules.';

/** What validation hands on: the entities, each relation file's relations, the bibliography. */
export interface GraphDataDocument {
  /** Entity and relation files by their index in the set, so each one's problems go to its own list. */
  readonly entities: readonly { readonly file: number; readonly nodes: readonly GraphNode[] }[];
  readonly relations: readonly { readonly file: number; readonly data: RelationFile }[];
  readonly sources: readonly Source[];
}

/**
 * Stage 1: each file read and checked by the curated graph-data's reader and schemas, with their line
 * and column; a story file is set aside with a warning. Nothing when any file has an error. A complete
 * set also goes through the loader's rules that span files (crossFileChecks).
 */
export function validateGraphData(ctx: SetContext): GraphDataDocument | undefined {
  const entities: { file: number; nodes: GraphNode[] }[] = [];
  const relations: { file: number; data: RelationFile }[] = [];
  const sources: Source[] = [];
  ctx.files.forEach((f, i) => {
    const problems = ctx.lists[i]!;
    const role = graphDataRole(f.text);
    if (role === 'stories') {
      problems.warning(
        'this is a story file; stories are not imported',
        'Open the entity and relation files instead.',
      );
      return;
    }
    const schema =
      role === 'relations' ? RelationFileSchema : role === 'sources' ? SourcesFileSchema : EntityFileSchema;
    const result = parseYamlFile({ path: f.name, text: f.text }, schema);
    if (!result.ok) {
      for (const p of result.problems) problems.error(p.message, HINT, { line: p.line, col: p.col });
      return;
    }
    if (role === 'relations') relations.push({ file: i, data: result.file.data as RelationFile });
    else if (role === 'sources') sources.push(...(result.file.data as { sources: Source[] }).sources);
    else if (role === 'entities')
      entities.push({ file: i, nodes: (result.file.data as { nodes: GraphNode[] }).nodes });
    else problems.error('this is not a graph-data file (no nodes, relations or sources)', HINT, { line: 1 });
  });
  if (ctx.lists.some((l) => l.hasErrors)) return undefined;
  const anyEntity = entities.some((e) => e.nodes.length > 0);
  if (anyEntity && relations.length > 0 && sources.length > 0) crossFileChecks(ctx.files, ctx.lists);
  return { entities, relations, sources };
}

/**
 * Stage 2: each entity file, then each relation file, as a part of its own (its problems in its own
 * list): entities as nodes; relations as edges, with the mechanism their file is named after and the
 * cited sources' PMIDs and DOIs. Relation ends stand as nodes by their ids only when no entity file
 * is given; with entities, a missing end is the builder's error.
 */
export function extractGraphData(ctx: SetContext, doc: GraphDataDocument): Extracted {
  const entityParts: ExtractedPart[] = doc.entities.map(({ file, nodes }) => ({
    problems: ctx.lists[file]!,
    nodes: nodes.map((n): NodeInput => {
      const { id, label, kind, synonyms, identifiers, ...rest } = n;
      const attributes: Attributes = {};
      for (const [k, v] of Object.entries(rest)) if (typeof v === 'string') setAttribute(attributes, k, v);
      return { id, label, attributes: { kind, ...attributes }, synonyms, identifiers };
    }),
    edges: [],
  }));
  const entityCount = entityParts.reduce((s, p) => s + p.nodes.length, 0);
  const byId = new Map(doc.sources.map((s) => [s.id as string, s]));
  const ends = new Set<string>();
  const relationParts: ExtractedPart[] = doc.relations.map(({ file, data }) => {
    const endNodes: NodeInput[] = [];
    const edges = data.relations.map((r): EdgeInput => {
      for (const end of [r.source, r.target]) {
        if (entityCount > 0 || ends.has(end)) continue;
        ends.add(end);
        endNodes.push({ id: end, label: end, attributes: {} });
      }
      const attributes: Attributes = { mechanism: fileStem(ctx.files[file]!.name).replace(/\.json$/, '') };
      for (const [k, v] of Object.entries(r.context ?? {})) {
        if (typeof v === 'string' || Array.isArray(v)) setAttribute(attributes, k, v);
      }
      if (r.caveat) attributes.caveat = r.caveat;
      const evidence: ImportedEvidence[] = r.evidence.map((ev) => {
        const s = byId.get(ev.source);
        return {
          source: ev.source,
          kind: ev.kind,
          note: ev.note,
          ...(ev.locator ? { locator: ev.locator } : {}),
          ...(s?.pmid ? { pmid: s.pmid } : {}),
          ...(s?.doi ? { doi: s.doi } : {}),
        };
      });
      // Polarity comes from the relation word, read with the curated vocabulary (polarity.ts).
      return { id: r.id, source: r.source, target: r.target, attributes, evidence, interaction: r.relation };
    });
    return { problems: ctx.lists[file]!, nodes: endNodes, edges };
  });
  if (doc.relations.length > 0 && entityCount === 0) {
    ctx.problems.warning(
      'no entity file was given; relation ends are shown by their ids',
      'Open the entity files together with the relation files to get labels and kinds.',
    );
  }
  return {
    ...(ctx.files.length === 1 ? {} : { name: 'graph-data' }),
    nodes: [],
    edges: [],
    parts: [...entityParts, ...relationParts],
  };
}

/** Nociscope's graph-data as one network, in three stages (stages.ts). */
export const GRAPH_DATA_SPEC: SetSpec<GraphDataDocument> = {
  format: 'nociscope',
  validate: validateGraphData,
  extract: extractGraphData,
};

/** Read graph-data files (entities, relations, sources) as one network. */
export const parseNociscopeFiles = (files: readonly NociscopeFile[]): SetResult =>
  setReaderOf(GRAPH_DATA_SPEC)(files);

/**
 * A complete set (entities, relations and sources) also goes through the curated loader's rules that
 * span files (unknown source ids with "did you mean", orphans, identifiers on the wrong kind…). They
 * are curation rules, so for an import they are warnings: shown, never blocking.
 */
function crossFileChecks(files: readonly NociscopeFile[], lists: readonly ProblemList[]) {
  // The loader knows a file's role by its path, so each file gets a path of its role.
  const original = new Map<string, number>();
  const used = new Set<string>();
  let sourcesFiles = 0;
  const texts = files.flatMap((f, i) => {
    const role = graphDataRole(f.text);
    if (role !== 'entities' && role !== 'relations' && role !== 'sources') return [];
    let path: string;
    if (role === 'sources') path = `import/${sourcesFiles++ ? `more${sourcesFiles}/` : ''}sources.yaml`;
    else {
      const stem =
        fileStem(f.name)
          .replace(/\.json$/, '')
          .replace(/[^a-z0-9_]/gi, '_') || 'file';
      let candidate = `import/${role}/${stem}.yaml`;
      for (let n = 2; used.has(candidate); n++) candidate = `import/${role}/${stem}_${n}.yaml`;
      path = candidate;
    }
    used.add(path);
    original.set(path, i);
    return [{ path, text: f.text }];
  });
  const result = loadGraph(texts);
  if (result.ok) return;
  for (const p of result.problems) {
    const list = lists[original.get(p.file) ?? 0];
    list?.warning(
      p.message,
      'The curated graph-data follows this rule (npm run validate checks it); fix it if the data is meant for it.',
      {
        line: p.line,
        col: p.col,
      },
    );
  }
}
