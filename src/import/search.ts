// Search in an imported network: its nodes by label, by the name and alias columns the file gives
// (`name`, `shared name`, gene symbols…), by identifier and by the node's own id, ranked as the
// curated search ranks entities (src/model/search.ts), so "HRAS" finds an INDRA node as it would a
// curated one.
import { buildSearchIndex, searchIndex, type Found, type SearchIndex } from '../model/search';
import type { AttributeValue, ImportedNetwork, ImportedNode } from './types';

/** Attribute columns that hold another name for the node. */
const NAME_COLUMN = /(^|[\s_.-])(name|names|symbol|alias|aliases|synonyms?|gene)$/i;

const strings = (v: AttributeValue): string[] =>
  (Array.isArray(v) ? v : [v]).flatMap((x) => (typeof x === 'string' && x.trim() ? [x] : []));

function otherNames(node: ImportedNode): string[] {
  const names = new Set(node.synonyms);
  for (const [key, value] of Object.entries(node.attributes))
    if (NAME_COLUMN.test(key)) for (const s of strings(value)) names.add(s);
  names.delete(node.label);
  return [...names];
}

const indexes = new WeakMap<ImportedNetwork, SearchIndex<ImportedNode>>();

function indexOf(network: ImportedNetwork): SearchIndex<ImportedNode> {
  const cached = indexes.get(network);
  if (cached) return cached;
  const degree = new Map<string, number>();
  for (const e of network.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const index = buildSearchIndex(
    network.nodes.map((node) => ({
      item: node,
      id: node.id,
      label: node.label,
      synonyms: otherNames(node),
      // The node's own id too: files often key nodes by an identifier (an Ensembl id, a UniProt id).
      identifiers: node.identifiers.includes(node.id) ? node.identifiers : [...node.identifiers, node.id],
      degree: degree.get(node.id) ?? 0,
    })),
  );
  indexes.set(network, index);
  return index;
}

/** Nodes of `network` matching `query`, best first. */
export function searchImported(network: ImportedNetwork, query: string, limit = 10): Found<ImportedNode>[] {
  return searchIndex(indexOf(network), query, limit);
}
