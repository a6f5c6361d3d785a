// Nociscope's own graph-data, one file or several: entity files ({ nodes }), relation files
// ({ title, relations }) and the bibliography ({ sources }), in YAML or JSON (JSON is YAML too).
// Each file is read and checked by the same reader and schemas as the curated graph-data
// (src/model/yamlFile.ts, src/model/schema.ts), so problems carry the same line, column and wording
// as `npm run validate`. Relations whose ends are in none of the files given keep the ids as names
// (they may be curated entities, which the overlay then matches); the cited sources' PMIDs and DOIs
// become the evidence's.
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
import { NetworkBuilder, setAttribute } from '../build';
import { isRecord } from '../json';
import { ProblemList } from '../problems';
import type { Attributes, ImportedEvidence, ImportedNetwork } from '../types';
import { baseName } from './common';

export interface NociscopeFile {
  readonly name: string;
  readonly text: string;
}

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

export function parseNociscopeFiles(files: readonly NociscopeFile[]): {
  network?: ImportedNetwork;
  problems: ProblemList[];
} {
  const lists = new Map(files.map((f) => [f.name, new ProblemList(f.name)]));
  const nodes: GraphNode[] = [];
  const relations: { file: string; data: RelationFile }[] = [];
  const sources: Source[] = [];
  for (const f of files) {
    const problems = lists.get(f.name)!;
    const role = graphDataRole(f.text);
    if (role === 'stories') {
      problems.warning(
        'this is a story file; stories are not imported',
        'Open the entity and relation files instead.',
      );
      continue;
    }
    const schema =
      role === 'relations' ? RelationFileSchema : role === 'sources' ? SourcesFileSchema : EntityFileSchema;
    const result = parseYamlFile({ path: f.name, text: f.text }, schema);
    if (!result.ok) {
      for (const p of result.problems) problems.error(p.message, HINT, { line: p.line, col: p.col });
      continue;
    }
    if (role === 'relations') relations.push({ file: f.name, data: result.file.data as RelationFile });
    else if (role === 'sources') sources.push(...(result.file.data as { sources: Source[] }).sources);
    else if (role === 'entities') nodes.push(...(result.file.data as { nodes: GraphNode[] }).nodes);
    else problems.error('this is not a graph-data file (no nodes, relations or sources)', HINT, { line: 1 });
  }
  const all = [...lists.values()];
  if (all.some((l) => l.hasErrors)) return { problems: all };
  if (nodes.length > 0 && relations.length > 0 && sources.length > 0) crossFileChecks(files, lists);

  const first = all[0] ?? new ProblemList('(none)');
  const b = new NetworkBuilder(first, 'nociscope');
  for (const n of nodes) {
    const { id, label, kind, synonyms, identifiers, ...rest } = n;
    const attributes: Attributes = {};
    for (const [k, v] of Object.entries(rest)) if (typeof v === 'string') setAttribute(attributes, k, v);
    b.addNode({ id, label, attributes: { kind, ...attributes }, synonyms, identifiers });
  }
  const byId = new Map(sources.map((s) => [s.id as string, s]));
  for (const { file, data } of relations) {
    b.problems = lists.get(file)!;
    for (const r of data.relations) {
      for (const end of [r.source, r.target]) {
        if (b.hasNode(end)) continue;
        if (nodes.length > 0) continue; // the builder reports a missing end of a graph that has entities
        b.addNode({ id: end, label: end, attributes: {} });
      }
      const attributes: Attributes = { mechanism: fileStem(file).replace(/\.json$/, '') };
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
      b.addEdge({
        id: r.id,
        source: r.source,
        target: r.target,
        attributes,
        evidence,
        interaction: r.relation,
      });
    }
  }
  if (relations.length > 0 && nodes.length === 0) {
    first.warning(
      'no entity file was given; relation ends are shown by their ids',
      'Open the entity files together with the relation files to get labels and kinds.',
    );
  }
  b.problems = first;
  // Polarity comes from the relation word, read with the curated vocabulary (polarity.ts).
  const network = b.finish({
    name: files.length === 1 ? baseName(files[0]!.name) : 'graph-data',
    fileNames: files.map((f) => f.name),
  });
  return { ...(network ? { network } : {}), problems: all };
}

/**
 * A complete set (entities, relations and sources) also goes through the curated loader's rules that
 * span files (unknown source ids with "did you mean", orphans, identifiers on the wrong kind…). They
 * are curation rules, so for an import they are warnings: shown, never blocking.
 */
function crossFileChecks(files: readonly NociscopeFile[], lists: Map<string, ProblemList>) {
  // The loader knows a file's role by its path, so each file gets a path of its role.
  const original = new Map<string, string>();
  const used = new Set<string>();
  let sourcesFiles = 0;
  const texts = files.flatMap((f) => {
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
    original.set(path, f.name);
    return [{ path, text: f.text }];
  });
  const result = loadGraph(texts);
  if (result.ok) return;
  for (const p of result.problems) {
    const name = original.get(p.file);
    const list = (name && lists.get(name)) || lists.values().next().value;
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
