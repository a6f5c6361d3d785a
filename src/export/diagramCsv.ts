// A pathway diagram's rows as CSV (RFC 4180, as the map's CSV): one row per drawn relation with its
// sign, evidence, citations, group and whether a knock-out breaks it, for a spreadsheet or a
// figure legend. Pure: the diagram description in, text out.
import type { Diagram, Sign } from '../model/diagram';
import type { Graph } from '../model/graph';
import { nodeById } from '../model/ids';
import { shortCitation } from './citation';
import { csvField } from './csv';
import { EXPORT_FORMAT_VERSION } from './view';

export const DIAGRAM_CSV_HEADER = [
  'relation_id',
  'source',
  'verb',
  'target',
  'sign',
  'evidence',
  'citations',
  'group',
  'broken',
  'observed',
  'caveat',
  'format_version',
  'data_version',
] as const;

/** Signs as words: a cell starting with "+" or "-" reads as a formula to a spreadsheet. */
const SIGN_WORD: Record<Sign, string> = { '+': 'positive', '−': 'negative', '±0': 'unsigned' };

export function toDiagramCsv(graph: Graph, d: Diagram): string {
  const label = (id: string) => nodeById(graph, id)?.label ?? id;
  const groupName = new Map(d.groups.map((g) => [g.letter, `${g.letter}: ${g.label}`]));
  const rows = d.edges.map((e) => [
    e.id,
    label(e.source),
    e.verb,
    label(e.target),
    SIGN_WORD[e.sign],
    e.evidence.join('; '),
    e.sources
      .map((id) => (graph.sourceById.get(id) ? shortCitation(graph.sourceById.get(id)!) : id))
      .join('; '),
    e.groups.map((l) => groupName.get(l) ?? l).join('; '),
    e.broken ? 'yes' : 'no',
    e.observed ? 'yes' : 'no',
    e.caveat ?? '',
    EXPORT_FORMAT_VERSION,
    graph.version,
  ]);
  return [DIAGRAM_CSV_HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
