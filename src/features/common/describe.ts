// The active filters in words, for the indicator above the map and image captions.
import type { Filters } from '../../model/filter';
import type { Graph } from '../../model/graph';
import { EVIDENCE_KIND_LABELS, humanize, NODE_KIND_LABELS, POLARITY_LABELS } from '../../model/vocabulary';

/** E.g. "therapy: Intrathecal BMSC therapy; evidence: animal model". Empty when nothing is filtered. */
export function describeFilters(graph: Graph, f: Filters): string {
  const parts: [string, readonly string[]][] = [
    ['therapy', f.therapies.map((id) => graph.nodeById.get(id)?.label ?? id)],
    ['kind', f.kinds.map((k) => NODE_KIND_LABELS[k].toLowerCase())],
    ['evidence', f.evidence.map((k) => EVIDENCE_KIND_LABELS[k].toLowerCase())],
    ['location', f.locations.map(humanize)],
    ['phase', f.phases.map(humanize)],
    ['polarity', f.polarities.map((p) => POLARITY_LABELS[`${p}`])],
  ];
  return parts
    .filter(([, values]) => values.length > 0)
    .map(([facet, values]) => `${facet}: ${values.join(', ')}`)
    .join('; ');
}
