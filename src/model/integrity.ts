// Rules that span files: unique ids, endpoints that exist, sources that exist, no orphans,
// identifiers on the kinds they describe. Each problem points at the value to fix.
import { NAMESPACES, namespaceOf } from './identifiers';
import type { ParsedGraphFiles } from './load';
import type { Problem } from './problems';
import { suggest } from './suggest';
import type { DataPath, ParsedFile } from './yamlFile';

/**
 * `complete` is false when some file failed to parse: then "orphan" would be a false alarm for every
 * node its relations use, so that check waits until the files parse.
 */
export function checkIntegrity(files: ParsedGraphFiles, complete = true): Problem[] {
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
  for (const f of files.entities) {
    f.data.nodes.forEach((n, i) => {
      unique('node', n.id, f, ['nodes', i, 'id']);
      nodeKinds.set(n.id, n.kind);
      n.identifiers.forEach((curie, j) => {
        const ns = namespaceOf(curie);
        if (ns && !(NAMESPACES[ns].kinds as readonly string[]).includes(n.kind)) {
          at(f, ['nodes', i, 'identifiers', j], `a ${ns} id does not describe a ${n.kind}; check the id`);
        }
      });
    });
  }

  const sourceIds: string[] = [];
  for (const f of files.sources) {
    f.data.sources.forEach((s, i) => {
      unique('source', s.id, f, ['sources', i, 'id']);
      sourceIds.push(s.id);
    });
  }
  for (const f of files.sources) {
    f.data.sources.forEach((s, i) => {
      if (s.reportsOn && !sourceIds.includes(s.reportsOn)) {
        at(
          f,
          ['sources', i, 'reportsOn'],
          `unknown source id "${s.reportsOn}"${suggest(s.reportsOn, sourceIds)}`,
        );
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
        if (!nodeKinds.has(id))
          at(f, ['relations', i, end], `unknown node id "${id}"${suggest(id, nodeIds)}`);
        else linked.add(id);
      }
      if (r.source === r.target)
        at(f, ['relations', i, 'target'], 'a relation cannot point at its own source');
      const triple = `${r.source} ${r.relation} ${r.target}`;
      const prev = triples.get(triple);
      if (prev)
        at(f, ['relations', i], `"${triple}" is already stated at ${prev}; add evidence there instead`);
      else triples.set(triple, `${f.path}:${f.locate(['relations', i]).line}`);
      if (r.relation === 'delivers' && nodeKinds.get(r.source) !== 'therapy') {
        at(
          f,
          ['relations', i, 'relation'],
          '"delivers" is for therapies; use "secretes" or "releases" for cells',
        );
      }
      r.evidence.forEach((ev, j) => {
        if (!sourceIds.includes(ev.source)) {
          at(
            f,
            ['relations', i, 'evidence', j, 'source'],
            `unknown source id "${ev.source}"${suggest(ev.source, sourceIds)}`,
          );
        }
      });
    });
  }

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
