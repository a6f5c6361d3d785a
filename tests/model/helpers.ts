// Build small in-memory knowledge bases for model tests.
import { readFileSync } from 'node:fs';
import { loadGraph, type LoadResult, type TextFile } from '../../src/model/load';
import type { LabelCandidate } from '../../src/model/labelPlacement';

export const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');

export const SOURCES: TextFile = {
  path: 'graph-data/sources.yaml',
  text: `sources:
  - id: marchand2005
    kind: review
    title: Role of the immune system in chronic pain
    container: Nature Reviews Neuroscience
    year: 2005
    doi: 10.1038/nrn1700
`,
};

/** Nodes and relations written inline, with the shared sources file. */
export function kb(files: Record<string, string>): LoadResult {
  return loadGraph([
    SOURCES,
    ...Object.entries(files).map(([path, text]) => ({ path: `graph-data/${path}`, text })),
  ]);
}

export function okGraph(files: Record<string, string>) {
  const r = kb(files);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
  return r.graph;
}

const node = (id: string, kind: string, extra = '') =>
  `  - id: ${id}\n    kind: ${kind}\n    label: ${id}\n    description: A test entity called ${id}.\n${extra}`;
const rel = (id: string, source: string, relation: string, target: string) =>
  `  - id: ${id}\n    source: ${source}\n    relation: ${relation}\n    target: ${target}\n    evidence:\n      - {source: marchand2005, kind: review, note: Stated in the test review.}\n`;

/**
 * The endpoint marks of graph-data's pain endpoints and risks, so a small graph that names one of
 * them (a condition or process) reads paths to it as the curated map does.
 */
const ENDPOINTS: Record<string, string> = {
  neuropathic_pain: '{ role: pain, more_means: more-pain }',
  central_pain: '{ role: pain, more_means: more-pain }',
  chronic_pain: '{ role: pain, more_means: more-pain }',
  inflammatory_pain: '{ role: pain, more_means: more-pain }',
  hyperalgesia: '{ role: pain, more_means: more-pain }',
  allodynia: '{ role: pain, more_means: more-pain }',
  spontaneous_pain: '{ role: pain, more_means: more-pain }',
  analgesia: '{ role: pain, more_means: less-pain }',
  attack_on_healthy_cells: '{ role: harm }',
  sensory_loss: '{ role: harm }',
  transient_headache_fever: '{ role: harm }',
  blood_cell_counts: '{ role: safety-report }',
  liver_kidney_function: '{ role: safety-report }',
  csf_cell_counts: '{ role: safety-report }',
};

/** A graph from compact specs: nodes as [id, kind], relations as "source verb target". */
export function tinyGraph(nodes: [string, string][], relations: string[]) {
  const extra: Record<string, string> = {
    mediator: '    class: cytokine\n',
    therapy: '    modality: biologic\n    status: proposed\n',
  };
  const fields = (id: string, kind: string) =>
    (extra[kind] ?? '') +
    (ENDPOINTS[id] && (kind === 'condition' || kind === 'process') ? `    endpoint: ${ENDPOINTS[id]}\n` : '');
  const entities = 'nodes:\n' + nodes.map(([id, kind]) => node(id, kind, fields(id, kind))).join('');
  const rels =
    'title: Test\nrelations:\n' +
    relations
      .map((r, i) => {
        const [s, v, t] = r.split(' ');
        return rel(`r${i}`, s!, v!, t!);
      })
      .join('');
  return okGraph({ 'entities/all.yaml': entities, 'relations/test.yaml': rels });
}

/** A node that may get a far label (src/model/labelPlacement.ts): a 40 × 40 box named by its id. */
export const labelCandidate = (
  id: string,
  x: number,
  y: number,
  extra: Partial<LabelCandidate> = {},
): LabelCandidate => ({ id, x, y, w: 40, h: 40, label: id, must: false, rank: 0, ...extra });
