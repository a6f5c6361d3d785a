// A synthetic knowledge base of any size for the scale benchmark: graph-data files (YAML text) that
// the real loader (src/model/load.ts) parses, validates and builds, so the bench exercises the same
// model as the app. Deterministic: the same n and seed give byte-identical files on every machine.
// Nothing here is a fact: descriptions say "synthetic" and no identifiers are attached.
import { stringify } from 'yaml';
import type { TextFile } from '../../src/model/load';
import {
  LOCATIONS,
  MEDIATOR_CLASSES,
  NODE_KINDS,
  PHASES,
  SOURCE_KINDS,
  SPECIES,
  THERAPY_MODALITIES,
  type EvidenceKind,
  type NodeKind,
  type RelationType,
  type SourceKind,
} from '../../src/model/vocabulary';

/** mulberry32: a tiny, well-mixed 32-bit PRNG; enough for reproducible test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Share of each kind, close to the curated graph (5 therapies, 11 cells, 22 mediators, …, of 69). */
const KIND_SHARE: Record<NodeKind, number> = {
  therapy: 0.07,
  cell: 0.16,
  mediator: 0.3,
  receptor: 0.05,
  process: 0.3,
  condition: 0.12,
};

/** Which kinds a kind may point at, with the verbs the curated data uses for that step. */
const RULES: Record<NodeKind, { to: NodeKind; verbs: RelationType[] }[]> = {
  therapy: [
    { to: 'cell', verbs: ['delivers'] },
    { to: 'mediator', verbs: ['neutralizes', 'inhibits', 'delivers'] },
    { to: 'process', verbs: ['inhibits', 'relieves'] },
  ],
  cell: [
    { to: 'mediator', verbs: ['secretes', 'releases', 'stores', 'produces'] },
    { to: 'receptor', verbs: ['expresses'] },
    { to: 'cell', verbs: ['activates', 'recruits', 'differentiates-into'] },
    { to: 'process', verbs: ['contributes-to', 'promotes'] },
  ],
  mediator: [
    { to: 'receptor', verbs: ['binds', 'activates'] },
    { to: 'cell', verbs: ['activates', 'recruits'] },
    { to: 'process', verbs: ['induces', 'promotes', 'inhibits', 'contributes-to'] },
    { to: 'mediator', verbs: ['increases', 'decreases', 'induces'] },
  ],
  receptor: [
    { to: 'process', verbs: ['activates', 'contributes-to', 'promotes'] },
    { to: 'mediator', verbs: ['induces'] },
  ],
  process: [
    { to: 'condition', verbs: ['contributes-to', 'relieves'] },
    { to: 'process', verbs: ['promotes', 'decreases'] },
  ],
  condition: [],
};

/** Upstream kinds that can feed each kind (the inverse of RULES), for "every node is linked". */
const FEEDERS: Record<NodeKind, NodeKind[]> = {
  therapy: [],
  cell: ['therapy', 'cell', 'mediator'],
  mediator: ['cell', 'mediator', 'receptor', 'therapy'],
  receptor: ['mediator', 'cell'],
  process: ['mediator', 'receptor', 'cell', 'process'],
  condition: ['process'],
};

const EVIDENCE_FOR: Record<SourceKind, EvidenceKind[]> = {
  review: ['review'],
  opinion: ['opinion'],
  'primary-research': ['animal-model', 'animal-model', 'in-vitro', 'human-clinical'],
  news: ['news-report'],
  'web-article': ['news-report'],
};

/** Label lengths vary like the curated ones (short symbols, two-line names). */
const SUFFIXES = ['', '', ' (activated)', ' of the dorsal horn', '-like'];

interface NodeRecord {
  id: string;
  kind: NodeKind;
  group: number;
  label: string;
}

/** Graph-data files for a synthetic knowledge base of exactly `n` entities and about 2n relations. */
export function syntheticGraphFiles(n: number, seed = 1): TextFile[] {
  if (!Number.isInteger(n) || n < NODE_KINDS.length) throw new Error(`n must be an integer ≥ 6, got ${n}`);
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const groups = Math.max(3, Math.round(n / 12));

  // Entities: every kind present, in the curated proportions; the remainder goes to mediators.
  const counts = Object.fromEntries(
    NODE_KINDS.map((k) => [k, Math.max(1, Math.floor(n * KIND_SHARE[k]))]),
  ) as Record<NodeKind, number>;
  counts.mediator += n - NODE_KINDS.reduce((s, k) => s + counts[k], 0);
  const byKind = {} as Record<NodeKind, NodeRecord[]>;
  const nodes: NodeRecord[] = [];
  for (const kind of NODE_KINDS) {
    byKind[kind] = [];
    for (let j = 0; j < counts[kind]; j++) {
      const num = String(j + 1).padStart(4, '0');
      const rec: NodeRecord = {
        id: `${kind}_${num}`,
        kind,
        // Each mechanism group gets a slice of every kind, so groups read cause → outcome.
        group: Math.floor((j * groups) / counts[kind]),
        label: `${kind[0]!.toUpperCase()}${kind.slice(1)} ${j + 1}${SUFFIXES[j % SUFFIXES.length]}`,
      };
      byKind[kind].push(rec);
      nodes.push(rec);
    }
  }
  const inGroup = (kind: NodeKind, group: number) => byKind[kind].filter((r) => r.group === group);

  // Sources: one per six entities, of every kind.
  const sources = Array.from({ length: Math.max(5, Math.round(n / 6)) }, (_, i) => ({
    id: `synthetic_source_${String(i + 1).padStart(4, '0')}`,
    kind: SOURCE_KINDS[i % SOURCE_KINDS.length]!,
    title: `Synthetic source ${i + 1} for the scale benchmark`,
    authors: [`Author ${String.fromCharCode(65 + (i % 26))}`],
    container: 'Synthetic Journal of Benchmarks',
    year: 2000 + (i % 25),
  }));

  // Relations: first make every node linked (each therapy points somewhere, every other node is
  // pointed at), then add random relations along the rules until there are 2n. Targets stay in the
  // source's mechanism group nine times out of ten, so a therapy's mechanism is a part of the graph.
  const relations: { group: number; rec: Record<string, unknown> }[] = [];
  const triples = new Set<string>();
  const add = (source: NodeRecord, verb: RelationType, target: NodeRecord): boolean => {
    const triple = `${source.id} ${verb} ${target.id}`;
    if (source.id === target.id || triples.has(triple)) return false;
    triples.add(triple);
    const evidence = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
      const src = pick(sources);
      return {
        source: src.id,
        kind: pick(EVIDENCE_FOR[src.kind]),
        note: `Synthetic evidence for ${source.id} ${verb} ${target.id}.`,
      };
    });
    const context: Record<string, unknown> = {};
    if (random() < 0.7) context.location = [pick(LOCATIONS)];
    if (random() < 0.5) context.phase = [pick(PHASES)];
    if (random() < 0.5) context.species = [pick(SPECIES)];
    relations.push({
      group: source.group,
      rec: {
        id: `rel_${String(relations.length + 1).padStart(5, '0')}`,
        source: source.id,
        relation: verb,
        target: target.id,
        ...(Object.keys(context).length ? { context } : {}),
        evidence,
      },
    });
    return true;
  };
  const targetFor = (source: NodeRecord, kind: NodeKind): NodeRecord => {
    const local = inGroup(kind, source.group);
    return random() < 0.9 && local.length ? pick(local) : pick(byKind[kind]);
  };

  for (const t of byKind.therapy) {
    const rule = pick(RULES.therapy);
    add(t, pick(rule.verbs), targetFor(t, rule.to));
  }
  for (const target of nodes) {
    if (target.kind === 'therapy') continue;
    for (let tries = 0; tries < 20; tries++) {
      const fromKind = pick(FEEDERS[target.kind].filter((k) => byKind[k].length));
      const rule = RULES[fromKind].find((r) => r.to === target.kind)!;
      if (add(targetFor(target, fromKind), pick(rule.verbs), target)) break;
    }
  }
  const sourcesPool = nodes.filter((r) => RULES[r.kind].length);
  for (let tries = 0; relations.length < 2 * n && tries < 40 * n; tries++) {
    const source = pick(sourcesPool);
    const rule = pick(RULES[source.kind]);
    add(source, pick(rule.verbs), targetFor(source, rule.to));
  }

  // Files, as a curator would lay them out: one per node kind, one per mechanism group.
  const files: TextFile[] = [];
  const entityFile = { therapy: 'therapies', cell: 'cells', mediator: 'mediators' } as const;
  for (const kind of NODE_KINDS) {
    const name = kind in entityFile ? entityFile[kind as keyof typeof entityFile] : `${kind}s`;
    const recs = byKind[kind].map((r, j) => ({
      id: r.id,
      kind,
      label: r.label,
      description: `A synthetic ${kind} for the scale benchmark, in mechanism group ${r.group + 1}.`,
      ...(kind === 'mediator' ? { class: MEDIATOR_CLASSES[j % MEDIATOR_CLASSES.length] } : {}),
      ...(kind === 'therapy'
        ? { modality: THERAPY_MODALITIES[j % THERAPY_MODALITIES.length], status: 'preclinical' }
        : {}),
    }));
    files.push({ path: `graph-data/entities/${name}.yaml`, text: stringify({ nodes: recs }) });
  }
  for (let g = 0; g < groups; g++) {
    const rels = relations.filter((r) => r.group === g).map((r) => r.rec);
    if (!rels.length) continue;
    const id = `mechanism_${String(g + 1).padStart(3, '0')}`;
    files.push({
      path: `graph-data/relations/${id}.yaml`,
      text: stringify({ title: `Synthetic mechanism ${g + 1}`, relations: rels }),
    });
  }
  files.push({ path: 'graph-data/sources.yaml', text: stringify({ sources }) });
  return files;
}
