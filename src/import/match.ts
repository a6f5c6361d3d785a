// Overlay: which imported nodes are curated entities. A match is proposed when an imported node shares
// an identifier with a curated entity (HGNC:11766, UniProt P01137, CL:0000623 — however the file writes
// it), or when its name or a synonym equals the entity's label or a synonym, ignoring case, spaces,
// hyphens and Greek letters (TGFB1, TGF-β1 and TGF-beta1 are one name). Pure: the curated graph is
// only read. The UI shows the list and lets the user accept or undo each match (`decide`).
import { identifiersOrgCurie } from './identifiersOrg';
import type { Graph } from '../model/graph';
import { spellGreek } from '../model/greek';
import type { NodeId } from '../model/schema';
import type { ImportedNetwork, ImportedNode } from './types';

/** Why a match was proposed, strongest first. */
export type MatchReason = 'identifier' | 'id' | 'name' | 'synonym';
const STRENGTH: Record<MatchReason, number> = { identifier: 0, id: 1, name: 2, synonym: 3 };

/** One proposed match of an imported node to a curated entity. */
export interface ProposedMatch {
  readonly importedId: string;
  readonly curatedId: NodeId;
  readonly reason: MatchReason;
  /** The shared value, as the imported file writes it (e.g. "hgnc:11766", "TGFB1"). */
  readonly via: string;
  /** Other curated entities that match as strongly; the first is proposed, the user may choose. */
  readonly alternatives: readonly NodeId[];
}

/** A name for comparison: NFKC, lower case, Greek spelled out, without spaces, hyphens or punctuation. */
export function nameKey(name: string): string {
  return spellGreek(name.normalize('NFKC').toLowerCase()).replace(/[\s\-_.,'’/()[\]]+/g, '');
}

/** Prefixes as files write them → the curated namespace name. */
const PREFIXES: Record<string, string> = {
  hgnc: 'HGNC',
  uniprot: 'UniProt',
  uniprotkb: 'UniProt',
  'uniprot.kb': 'UniProt',
  cl: 'CL',
  go: 'GO',
  chebi: 'CHEBI',
  mondo: 'MONDO',
  hp: 'HP',
  mesh: 'MeSH',
  mgi: 'MGI',
  ncbigene: 'NCBIGene',
  entrez: 'NCBIGene',
  ensembl: 'Ensembl',
};
const PREFIX_NAMES = new Set(Object.values(PREFIXES));
/** Prefixes whose local part is a name (a gene symbol), not an id. */
const NAME_PREFIXES = new Set(['hgnc.symbol', 'symbol', 'genesymbol', 'gene_symbol', 'name']);

const UNIPROT_ACCESSION =
  /^(?:[OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9](?:[A-Z][A-Z0-9]{2}[0-9]){1,2})(?:-\d+)?$/;

/**
 * An identifier as a canonical key ("HGNC:11766", "UniProt:P01137", "CL:0000623"), or `{ name }` when
 * the "identifier" is a symbol, or undefined when it cannot be read.
 */
export function identifierKey(raw: string, namespaceHint?: string): string | { name: string } | undefined {
  let s = raw.trim();
  if (s === '') return undefined;
  // Resolver links: identifiers.org/hgnc:11766, purl.obolibrary.org/obo/CL_0000623, uniprot.org/uniprot/P01137.
  const obo = /purl\.obolibrary\.org\/obo\/([A-Za-z]+)_(\d+)/.exec(s);
  if (obo) s = `${obo[1]}:${obo[2]}`;
  s = identifiersOrgCurie(s) ?? s;
  const uni = /uniprot\.org\/(?:uniprot|uniprotkb)\/([A-Z0-9-]+)/i.exec(s);
  if (uni) s = `UniProt:${uni[1]}`;
  const colon = s.indexOf(':');
  const prefix = colon > 0 ? s.slice(0, colon) : (namespaceHint ?? '');
  let local = colon > 0 ? s.slice(colon + 1) : s;
  if (colon <= 0 && !namespaceHint) {
    // Bare ids that name their namespace by their shape.
    if (UNIPROT_ACCESSION.test(s)) return `UniProt:${s.replace(/-\d+$/, '')}`;
    const underscore = /^(CL|GO|CHEBI|MONDO|HP)_(\d+)$/i.exec(s);
    if (underscore) return `${PREFIXES[underscore[1]!.toLowerCase()]}:${underscore[2]}`;
    return undefined;
  }
  if (NAME_PREFIXES.has(prefix.toLowerCase())) return { name: local };
  const ns = PREFIXES[prefix.toLowerCase()];
  if (!ns) return `${prefix}:${local}`;
  // "HGNC:HGNC:11766", "MGI:MGI:98725", "CHEBI:CHEBI:1234": the prefix written twice.
  const again = new RegExp(`^${prefix}:`, 'i');
  if (again.test(local)) local = local.replace(again, '');
  if (ns === 'UniProt') local = local.toUpperCase().replace(/-\d+$/, '');
  if (ns === 'HGNC' && !/^\d+$/.test(local)) return { name: local };
  return `${ns}:${local}`;
}

/** Attribute names that hold ids of one namespace ("HGNC", "uniprot_id", "UniProtKB AC"…). */
function namespaceOfAttribute(name: string): string | undefined {
  const k = name.toLowerCase().replace(/[\s_\-.]+/g, '');
  const m = /^(hgnc|uniprot|uniprotkb|cl|chebi|mondo|mgi|ncbigene|entrez)(id|ids|ac|accession)?$/.exec(k);
  return m ? m[1] : undefined;
}

/** Every identifier key and every name key of an imported node. */
export function nodeKeys(node: ImportedNode): { ids: Map<string, string>; names: Map<string, string> } {
  const ids = new Map<string, string>();
  const names = new Map<string, string>();
  const addId = (raw: string, hint?: string) => {
    const key = identifierKey(raw, hint);
    if (typeof key === 'string') ids.set(key, raw);
    else if (key) names.set(nameKey(key.name), raw);
  };
  for (const id of node.identifiers) addId(id);
  // A spreadsheet often names a node by its identifier ("HGNC:11766", "P01137").
  for (const text of new Set([node.id, node.label])) {
    const key = identifierKey(text);
    if (typeof key === 'string' && key.includes(':') && PREFIX_NAMES.has(key.slice(0, key.indexOf(':')))) {
      ids.set(key, text);
    }
  }
  for (const [k, v] of Object.entries(node.attributes)) {
    const ns = namespaceOfAttribute(k);
    if (!ns) continue;
    for (const item of Array.isArray(v) ? v : [v]) {
      if (typeof item === 'string' || typeof item === 'number') addId(String(item), ns);
    }
  }
  return { ids, names };
}

/** Index of the curated graph: identifier key / name key → entities. */
export interface CuratedIndex {
  readonly ids: ReadonlyMap<string, readonly NodeId[]>;
  readonly labels: ReadonlyMap<string, readonly NodeId[]>;
  readonly synonyms: ReadonlyMap<string, readonly NodeId[]>;
  /** The curated entities by their own ids, so an imported node with the same id finds its entity. */
  readonly nodeIds: ReadonlyMap<string, NodeId>;
}

export function indexCurated(graph: Graph): CuratedIndex {
  const ids = new Map<string, NodeId[]>();
  const labels = new Map<string, NodeId[]>();
  const synonyms = new Map<string, NodeId[]>();
  const add = (m: Map<string, NodeId[]>, k: string, id: NodeId) => {
    const list = m.get(k) ?? [];
    if (!list.includes(id)) list.push(id);
    m.set(k, list);
  };
  for (const n of graph.nodes) {
    for (const curie of n.identifiers) {
      const key = identifierKey(curie);
      if (typeof key === 'string') add(ids, key, n.id);
    }
    add(labels, nameKey(n.label), n.id);
    for (const s of n.synonyms) add(synonyms, nameKey(s), n.id);
  }
  return { ids, labels, synonyms, nodeIds: new Map(graph.nodes.map((n) => [n.id, n.id])) };
}

/**
 * Proposed matches of an imported network to the curated graph, one per imported node that matches,
 * in the network's node order. An identifier match beats an id match, which beats a name match.
 */
export function matchToCurated(network: ImportedNetwork, graph: Graph | CuratedIndex): ProposedMatch[] {
  const index = 'nodes' in graph ? indexCurated(graph) : graph;
  const out: ProposedMatch[] = [];
  for (const node of network.nodes) {
    const found: { reason: MatchReason; via: string; ids: readonly NodeId[] }[] = [];
    const { ids, names } = nodeKeys(node);
    for (const [key, raw] of ids) {
      const hit = index.ids.get(key);
      if (hit) found.push({ reason: 'identifier', via: raw, ids: hit });
    }
    const sameId = index.nodeIds.get(node.id);
    if (sameId) found.push({ reason: 'id', via: node.id, ids: [sameId] });
    const nameKeys = new Map<string, string>([[nameKey(node.label), node.label]]);
    for (const s of node.synonyms) nameKeys.set(nameKey(s), s);
    for (const [k, raw] of names) nameKeys.set(k, raw);
    for (const [key, raw] of nameKeys) {
      if (key === '') continue;
      const byLabel = index.labels.get(key);
      if (byLabel) found.push({ reason: 'name', via: raw, ids: byLabel });
      const bySynonym = index.synonyms.get(key);
      if (bySynonym) found.push({ reason: 'synonym', via: raw, ids: bySynonym });
    }
    if (found.length === 0) continue;
    const best = Math.min(...found.map((f) => STRENGTH[f.reason]));
    const top = found.filter((f) => STRENGTH[f.reason] === best);
    const candidates = [...new Set(top.flatMap((f) => f.ids))];
    out.push({
      importedId: node.id,
      curatedId: candidates[0]!,
      reason: top[0]!.reason,
      via: top[0]!.via,
      alternatives: candidates.slice(1),
    });
  }
  return out;
}

/** The user's decision on each proposed match, by imported node id; undecided = proposed, not applied. */
export type MatchDecisions = ReadonlyMap<string, 'accepted' | 'rejected'>;

/** Accept, reject or (undefined) undo the decision on one match; returns a new map, the old one unchanged. */
export function decide(
  decisions: MatchDecisions,
  importedId: string,
  decision: 'accepted' | 'rejected' | undefined,
): MatchDecisions {
  const next = new Map(decisions);
  if (decision) next.set(importedId, decision);
  else next.delete(importedId);
  return next;
}

/** Accepted matches, as imported node id → curated entity id. */
export function acceptedMatches(
  matches: readonly ProposedMatch[],
  decisions: MatchDecisions,
): Map<string, NodeId> {
  return new Map(
    matches.filter((m) => decisions.get(m.importedId) === 'accepted').map((m) => [m.importedId, m.curatedId]),
  );
}
