// Rules that span files: unique ids, endpoints that exist, sources that exist, no orphans,
// identifiers on the kinds they describe. Each problem points at the value to fix.
import { NAMESPACES, namespaceOf } from './identifiers';
import type { ParsedGraphFiles } from './graphFiles';
import type { Problem } from './problems';
import { suggest } from './suggest';
import { EVIDENCE_KINDS_BY_SOURCE, polarityOf, type SourceKind } from './vocabulary';
import type { DataPath, ParsedFile } from './yamlFile';

/**
 * A caveat saying that the source names no sign or direction for the claim. Such a relation must use
 * an unsigned verb: a sign the source does not give would flip every signed path through it.
 */
export const SAYS_UNSIGNED =
  /\b(?:no|names no|gives no|without an?y?|not give an?y?)\s+(?:single\s+|clear\s+)?(?:sign|direction)\b|\b(?:sign|direction)(?:\s+of\s+[\w\s]{1,30}?)?\s+(?:is|was)\s+(?:not (?:given|stated|shown|named)|implied)\b/i;

/**
 * `complete` is false when some file failed to parse: then "orphan" would be a false alarm for every
 * node its relations use, so that check waits until the files parse.
 */
export function checkIntegrity(
  files: ParsedGraphFiles,
  complete = true,
  unknown: UnknownReferences = unknownReferences(files),
  /** When the caller collects unknown references across more files (stories), it reports them. */
  report = true,
): Problem[] {
  const problems: Problem[] = [];
  const at = (file: ParsedFile<unknown>, path: DataPath, message: string) =>
    problems.push({ file: file.path, ...file.locate(path), message });

  // Ids are unique per table; the first place an id is defined wins and later ones are reported.
  const firstSeen = new Map<string, string>();
  const unique = (table: string, id: string, file: ParsedFile<unknown>, path: DataPath) => {
    const key = `${table}:${id}`;
    const prev = firstSeen.get(key);
    if (prev) at(file, path, `duplicate ${table} id "${id}" (first defined at ${prev})`);
    else {
      const pos = file.locate(path);
      firstSeen.set(key, `${file.path}:${pos.line}`);
    }
  };

  const nodeKinds = new Map<string, string>();
  const endpointIds = new Set<string>();
  for (const f of files.entities) {
    f.data.nodes.forEach((n, i) => {
      unique('node', n.id, f, ['nodes', i, 'id']);
      nodeKinds.set(n.id, n.kind);
      if ('endpoint' in n && n.endpoint) endpointIds.add(n.id);
      n.identifiers.forEach((curie, j) => {
        const ns = namespaceOf(curie);
        if (ns && !(NAMESPACES[ns].kinds as readonly string[]).includes(n.kind)) {
          at(f, ['nodes', i, 'identifiers', j], `a ${ns} id does not describe a ${n.kind}; check the id`);
        }
      });
    });
  }

  // A synonym is another name for the same thing: one that names a different entity (its label, id
  // or one of its synonyms) would make search land on the wrong node.
  const names = new Map<string, string>();
  for (const f of files.entities)
    for (const n of f.data.nodes) for (const name of [n.id, n.label]) names.set(name.toLowerCase(), n.id);
  const synonymOwner = new Map<string, string>();
  for (const f of files.entities) {
    f.data.nodes.forEach((n, i) => {
      n.synonyms.forEach((syn, j) => {
        const key = syn.toLowerCase();
        const other = names.get(key) ?? synonymOwner.get(key);
        if (other && other !== n.id) {
          at(
            f,
            ['nodes', i, 'synonyms', j],
            `synonym "${syn}" already names "${other}"; a synonym must mean this entity only`,
          );
        } else synonymOwner.set(key, n.id);
      });
    });
  }

  const sourceIds: string[] = [];
  const sourceKinds = new Map<string, SourceKind>();
  for (const f of files.sources) {
    f.data.sources.forEach((s, i) => {
      unique('source', s.id, f, ['sources', i, 'id']);
      sourceIds.push(s.id);
      sourceKinds.set(s.id, s.kind);
    });
  }
  for (const f of files.sources) {
    f.data.sources.forEach((s, i) => {
      if (s.reportsOn && !files.declared.source.has(s.reportsOn)) {
        unknown.add('source', s.reportsOn, sourceIds, f, ['sources', i, 'reportsOn']);
      }
    });
  }

  const nodeIds = [...nodeKinds.keys()];
  const linked = new Set<string>();
  const triples = new Map<string, string>();
  for (const f of files.relations) {
    f.data.relations.forEach((r, i) => {
      unique('relation', r.id, f, ['relations', i, 'id']);
      for (const end of ['source', 'target'] as const) {
        const id = r[end];
        if (nodeKinds.has(id)) linked.add(id);
        else if (!files.declared.node.has(id)) unknown.add('node', id, nodeIds, f, ['relations', i, end]);
      }
      if (r.source === r.target)
        at(f, ['relations', i, 'target'], 'a relation cannot point at its own source');
      const triple = `${r.source} ${r.relation} ${r.target}`;
      const prev = triples.get(triple);
      if (prev)
        at(f, ['relations', i], `"${triple}" is already stated at ${prev}; add evidence there instead`);
      else triples.set(triple, `${f.path}:${f.locate(['relations', i]).line}`);
      const sourceKind = nodeKinds.get(r.source);
      if (r.relation === 'delivers' && sourceKind && sourceKind !== 'therapy') {
        at(
          f,
          ['relations', i, 'relation'],
          '"delivers" is for therapies; use "secretes" or "releases" for cells',
        );
      }
      if (r.caveat && SAYS_UNSIGNED.test(r.caveat) && polarityOf(r.relation) !== 0) {
        at(
          f,
          ['relations', i, 'relation'],
          `the caveat says the source gives no direction, but "${r.relation}" is signed; use an unsigned verb such as "modulates"`,
        );
      }
      // The reasoning's own fields (src/model/pathways): each names what it needs, checked here.
      if (r.relation === 'shows-no-effect-on' && !r.observed)
        at(
          f,
          ['relations', i, 'relation'],
          '"shows no effect on" records an observed outcome; add observed: true',
        );
      if (r.observed && complete && !endpointIds.has(r.target))
        at(
          f,
          ['relations', i, 'observed'],
          `an observed outcome ends at an endpoint; "${r.target}" has no endpoint mark (add one or drop observed)`,
        );
      r.only_under?.forEach((id, j) => {
        linked.add(id);
        if (!nodeKinds.has(id)) {
          if (!files.declared.node.has(id))
            unknown.add('node', id, nodeIds, f, ['relations', i, 'only_under', j]);
        } else if (nodeKinds.get(id) !== 'therapy')
          at(
            f,
            ['relations', i, 'only_under', j],
            `only_under names therapies; "${id}" is a ${nodeKinds.get(id)}`,
          );
      });
      r.mediated_by?.forEach((m, j) => {
        linked.add(m.entity);
        if (!nodeKinds.has(m.entity) && !files.declared.node.has(m.entity))
          unknown.add('node', m.entity, nodeIds, f, ['relations', i, 'mediated_by', j, 'entity']);
        if (m.entity === r.source || m.entity === r.target)
          at(
            f,
            ['relations', i, 'mediated_by', j, 'entity'],
            'a relation is not mediated by its own ends; name the entity in between',
          );
      });
      const evidence = [
        ...r.evidence.map((ev, j) => ({ ev, path: ['relations', i, 'evidence', j] as DataPath })),
        ...(r.mediated_by ?? []).map((m, j) => ({
          ev: m.evidence,
          path: ['relations', i, 'mediated_by', j, 'evidence'] as DataPath,
        })),
      ];
      evidence.forEach(({ ev, path }) => {
        const sourceKind = sourceKinds.get(ev.source);
        if (!files.declared.source.has(ev.source)) {
          unknown.add('source', ev.source, sourceIds, f, [...path, 'source']);
        } else if (sourceKind && !EVIDENCE_KINDS_BY_SOURCE[sourceKind].includes(ev.kind)) {
          // A declared source whose own entry failed to parse has no kind: its error is reported there.
          const allowed = EVIDENCE_KINDS_BY_SOURCE[sourceKind].map((k) => `"${k}"`).join(' or ');
          at(
            f,
            [...path, 'kind'],
            `${/^[aeiou]/.test(sourceKind) ? 'an' : 'a'} ${sourceKind} source cannot carry "${ev.kind}" evidence (use ${allowed}; cite the study itself for stronger evidence)`,
          );
        }
      });
    });
  }

  if (report) for (const p of unknown.problems()) problems.push(p);

  for (const f of complete ? files.entities : []) {
    f.data.nodes.forEach((n, i) => {
      if (!linked.has(n.id)) {
        at(
          f,
          ['nodes', i, 'id'],
          `node "${n.id}" is an orphan: no relation uses it (add one or remove the node)`,
        );
      }
    });
  }
  return problems;
}

/**
 * References to ids no file defines, one message per id: a mistyped or missing id used in ten
 * relations is one mistake. When a file could not be read at all, its ids are unknown too, so every
 * unknown reference folds into a single line that names that file as the likely cause.
 */
export type UnknownReferences = ReturnType<typeof unknownReferences>;

/** An id as a curator might have meant it: lower case, any run of other characters as "_". */
const looseId = (id: string) => id.toLowerCase().replace(/[^a-z0-9]+/g, '_');

export function unknownReferences(files: Pick<ParsedGraphFiles, 'unreadable' | 'declared'>) {
  const byId = new Map<
    string,
    { table: string; id: string; first: Problem; known: readonly string[]; others: string[] }
  >();
  return {
    add(table: string, id: string, known: readonly string[], file: ParsedFile<unknown>, path: DataPath) {
      const pos = file.locate(path);
      const key = `${table}\u0000${id}`;
      const seen = byId.get(key);
      if (seen) seen.others.push(`${file.path}:${pos.line}`);
      else byId.set(key, { table, id, first: { file: file.path, ...pos, message: '' }, known, others: [] });
    },
    problems(): Problem[] {
      const all = [...byId.values()];
      if (all.length === 0) return [];
      if (files.unreadable.length > 0) {
        const count = all.reduce((n, u) => n + 1 + u.others.length, 0);
        const ids = all.slice(0, 5).map((u) => `"${u.id}"`);
        const cause = files.unreadable.join(', ');
        return [
          {
            ...all[0]!.first,
            message:
              `${count} reference${count === 1 ? '' : 's'} to ids not found (${ids.join(', ')}` +
              `${all.length > 5 ? ', …' : ''}), probably defined in ${cause}, which could not be read; fix that first`,
          },
        ];
      }
      return all.map(({ table, id, ...u }) => {
        const elsewhere = u.others.length
          ? ` (also used at ${u.others.slice(0, 3).join(', ')}${u.others.length > 3 ? ` and ${u.others.length - 3} more` : ''})`
          : '';
        // The definition may be there but written as an invalid id ("NK-cell" for nk_cell): say so.
        const declared = files.declared[table === 'therapy' ? 'node' : (table as 'node')];
        const written = [...(declared ?? [])].find((d) => !u.known.includes(d) && looseId(d) === looseId(id));
        const hint = written
          ? `; it is defined as "${written}", which is not a valid id (fix it there)`
          : suggest(id, u.known);
        return { ...u.first, message: `unknown ${table} id "${id}"${hint}${elsewhere}` };
      });
    },
  };
}
