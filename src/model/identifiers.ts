// Database and ontology identifiers (CURIEs). The schema checks their form; whether an id is
// *true* is settled only by ../shared/sources/identifiers.yaml, which the trust check enforces.
import type { NodeKind } from './vocabulary';

interface Namespace {
  /** The whole CURIE, prefix included. */
  readonly pattern: RegExp;
  /** Where a reader can look the id up; `{id}` is the CURIE, `{local}` the part after the prefix. */
  readonly url: string;
  readonly name: string;
  /** Node kinds this namespace may describe; an HGNC id on a process is a curation slip. */
  readonly kinds: readonly NodeKind[];
}

export const NAMESPACES = {
  CL: {
    pattern: /^CL:\d{7}$/,
    url: 'https://www.ebi.ac.uk/ols4/ontologies/cl/classes?obo_id={id}',
    name: 'Cell Ontology',
    kinds: ['cell'],
  },
  HGNC: {
    pattern: /^HGNC:\d{1,6}$/,
    url: 'https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/{id}',
    name: 'HGNC',
    kinds: ['mediator', 'receptor'],
  },
  UniProt: {
    pattern: /^UniProt:(?:[OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9](?:[A-Z][A-Z0-9]{2}[0-9]){1,2})$/,
    url: 'https://www.uniprot.org/uniprotkb/{local}/entry',
    name: 'UniProt',
    kinds: ['mediator', 'receptor'],
  },
  MGI: {
    pattern: /^MGI:\d{4,8}$/,
    url: 'https://www.informatics.jax.org/marker/{id}',
    name: 'MGI (mouse genes)',
    kinds: ['mediator', 'receptor'],
  },
  GO: {
    pattern: /^GO:\d{7}$/,
    url: 'https://amigo.geneontology.org/amigo/term/{id}',
    name: 'Gene Ontology',
    kinds: ['process'],
  },
  CHEBI: {
    pattern: /^CHEBI:\d{1,7}$/,
    url: 'https://www.ebi.ac.uk/chebi/searchId.do?chebiId={id}',
    name: 'ChEBI',
    kinds: ['mediator'],
  },
  MONDO: {
    pattern: /^MONDO:\d{7}$/,
    url: 'https://monarchinitiative.org/{id}',
    name: 'MONDO',
    kinds: ['condition'],
  },
  HP: {
    pattern: /^HP:\d{7}$/,
    url: 'https://hpo.jax.org/browse/term/{id}',
    name: 'Human Phenotype Ontology',
    kinds: ['condition', 'process'],
  },
  MeSH: {
    pattern: /^MeSH:D\d{6,9}$/,
    url: 'https://meshb.nlm.nih.gov/record/ui?ui={local}',
    name: 'MeSH',
    kinds: ['condition', 'process', 'mediator'],
  },
} as const satisfies Record<string, Namespace>;
export type NamespaceName = keyof typeof NAMESPACES;

export const namespaceOf = (curie: string): NamespaceName | undefined => {
  const prefix = curie.slice(0, curie.indexOf(':'));
  return prefix in NAMESPACES ? (prefix as NamespaceName) : undefined;
};

/** Why a CURIE is malformed, or undefined when it is well-formed. */
export function curieProblem(curie: string): string | undefined {
  const ns = namespaceOf(curie);
  if (!ns) {
    return `unknown identifier prefix in "${curie}"; use one of ${Object.keys(NAMESPACES).join(', ')}`;
  }
  if (!NAMESPACES[ns].pattern.test(curie)) return `"${curie}" is not a well-formed ${NAMESPACES[ns].name} id`;
  return undefined;
}

export function identifierUrl(curie: string): string | undefined {
  const ns = namespaceOf(curie);
  if (!ns) return undefined;
  const local = curie.slice(curie.indexOf(':') + 1);
  return NAMESPACES[ns].url
    .replace('{id}', encodeURIComponent(curie))
    .replace('{local}', encodeURIComponent(local));
}
