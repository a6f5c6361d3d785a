// Conventions CX files follow beyond the specification, shared by the CX1 and CX2 readers: the
// `@context` that names identifier namespaces, identifiers.org links, WikiPathways' cross-reference
// columns, edge types written as links, and the label a network's own style shows. Each is what a
// real producer writes (NDEx, Cytoscape desktop and its apps, INDRA, WikiPathways, cytoscape-explore).
import { isRecord } from '../json';
import { identifiersOrgCurie } from '../identifiersOrg';
import type { Attributes } from '../types';

/**
 * A CX `@context` (prefix → namespace IRI), from CX1's `@context` aspect or from the `@context`
 * network attribute NDEx writes as JSON text (CX1 and CX2 alike). Anything unreadable is no context.
 */
export function readContext(entries: readonly unknown[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of entries) {
    let value = entry;
    if (typeof value === 'string') {
      try {
        value = JSON.parse(value);
      } catch {
        continue;
      }
    }
    if (!isRecord(value)) continue;
    for (const [prefix, iri] of Object.entries(value)) {
      if (typeof iri === 'string' && prefix !== '' && !out.has(prefix)) out.set(prefix, iri);
    }
  }
  return out;
}

/**
 * Namespace spellings NDEx files use without always declaring them in `@context` (its NCI-PID
 * networks write "uniprot knowledgebase:…", and map it to this IRI where they do declare it).
 */
const KNOWN_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['uniprot knowledgebase', 'http://identifiers.org/uniprot/'],
]);

/**
 * Identifiers the file states in a form the matcher cannot read, rewritten as the CURIEs they stand
 * for (the originals are kept too): a prefix its `@context` maps to identifiers.org (NDEx's NCI-PID
 * networks write "uniprot knowledgebase:P21741"), and identifiers.org links in node attributes (INDRA
 * networks write "UniProt": "http://identifiers.org/uniprot/P15056"). Nothing is looked up or guessed.
 */
export function resolvedIdentifiers(
  identifiers: readonly string[],
  attributes: Attributes,
  context: ReadonlyMap<string, string>,
): string[] {
  const out: string[] = [];
  const add = (curie: string | undefined, original: string) => {
    // "chebi:63637" and "CHEBI:63637" are one identifier: only a form that says more is added.
    if (curie && curie.toLowerCase() !== original.toLowerCase() && !out.includes(curie)) out.push(curie);
  };
  for (const id of identifiers) {
    const colon = id.indexOf(':');
    if (colon <= 0 || /^https?:/i.test(id)) {
      add(identifiersOrgCurie(id), id);
      continue;
    }
    const prefix = id.slice(0, colon);
    const base = context.get(prefix) ?? KNOWN_PREFIXES.get(prefix.toLowerCase());
    if (base) add(identifiersOrgCurie(base + id.slice(colon + 1)), id);
  }
  for (const value of Object.values(attributes)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (typeof v === 'string' && /^https?:\/\/(?:www\.)?identifiers\.org\//i.test(v))
        add(identifiersOrgCurie(v), v);
    }
  }
  return out;
}

/**
 * What a node's style shows as its label, when that is not its `name`: the column of a passthrough
 * label mapping (Cytoscape's STRING networks show "display name", their `name` being a STRING id),
 * and labels set on single nodes. Undefined when the style says nothing or shows `name`.
 */
export function labelText(column: string | undefined, values: Attributes): string | undefined {
  if (column === undefined || column === 'name') return undefined;
  const v = values[column];
  const text = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
  return text || undefined;
}

/** WikiPathways' database names (BridgeDb data sources) → the CURIE prefix the overlay reads. */
const XREF_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['uniprot-trembl', 'uniprot'],
  ['uniprot-swissprot', 'uniprot'],
  ['uniprot', 'uniprot'],
  ['ensembl', 'ensembl'],
  ['entrez gene', 'ncbigene'],
  ['ncbi gene', 'ncbigene'],
  ['chebi', 'CHEBI'],
  ['hgnc', 'hgnc.symbol'],
  ['hgnc accession number', 'hgnc'],
  ['wikipathways', 'wikipathways'],
]);

/**
 * The identifier of a WikiPathways node (pathways keep GPML's data source and id: "Uniprot-TrEMBL" +
 * "Q13131", "Entrez Gene" + "6774", "ChEBI" + "CHEBI:17822") as a CURIE; an id that already has its
 * prefix is kept as it is, an unknown database names the prefix as written ("HMDB:HMDB00122").
 */
export function gpmlXref(attributes: Attributes): string | undefined {
  // NDEx's WikiPathways networks prefix GPML's columns; Cytoscape's WikiPathways app does not.
  const id = attributes['__gpml:XrefId'] ?? attributes.XrefId;
  const db = attributes['__gpml:XrefDatasource'] ?? attributes.XrefDatasource;
  // An Entrez id may be typed as a number.
  const local = typeof id === 'string' ? id.trim() : typeof id === 'number' ? String(id) : '';
  if (local === '') return undefined;
  if (/^[A-Za-z][\w.]*:\S/.test(local)) return local;
  if (typeof db !== 'string' || db.trim() === '') return undefined;
  return `${XREF_PREFIXES.get(db.trim().toLowerCase()) ?? db.trim()}:${local}`;
}

/**
 * An edge type written as links (WikiPathways on NDEx: `<a href="…SBO:0000170">Stimulation</a>,
 * <a …>wikipathways:Stimulation</a>, biopax:Control`) read as its first link's text, "Stimulation";
 * undefined when the edge's type is plain text. The attribute itself is kept as written.
 */
export function interactionFromMarkup(attributes: Attributes): string | undefined {
  for (const key of ['interaction', 'type']) {
    const v = attributes[key];
    if (typeof v !== 'string') continue;
    const text = /<a\b[^>]*>([^<]+)<\/a>/i.exec(v)?.[1]?.trim();
    return text || undefined;
  }
  return undefined;
}

/**
 * The relation of a GO-CAM edge (NDEx's GO-CAM networks): the edge `represents` a Relation Ontology
 * or BFO term ("RO:0002630") and its `name` is that term's label ("directly negatively regulates").
 * Undefined for any other edge: Cytoscape names edges "A (interacts with) B", which is no relation;
 * and an edge that states its own `interaction` keeps it (the label must not sign it).
 */
export function relationFromOntology(attributes: Attributes): string | undefined {
  const term = attributes.represents;
  const name = attributes.name;
  const own = attributes.interaction;
  if (typeof own === 'string' && own.trim()) return undefined;
  if (typeof term !== 'string' || !/^(?:RO|BFO):\d+$/.test(term.trim())) return undefined;
  return typeof name === 'string' && name.trim() ? name.trim() : undefined;
}
