// Relations read as sentences: "BMSC secretes TGF-β1", "Cytokines contribute to neuropathic pain".
// The verb agrees with the subject's grammatical number, which is data on the entity.
import type { Edge, Graph } from './graph';
import type { GraphNode, NodeId, Relation } from './schema';
import { EVIDENCE_TIER, RELATION_TYPES, type GrammaticalNumber, type RelationType } from './vocabulary';

/** The plural of a third-person-singular verb phrase: only its first word changes. */
export function pluralVerb(verb: string): string {
  const [first = '', ...rest] = verb.split(' ');
  let plural: string;
  if (first === 'is') plural = 'are';
  else if (first === 'has') plural = 'have';
  else if (/(ss|sh|ch|x|zz|o)es$/.test(first)) plural = first.slice(0, -2);
  else if (first.endsWith('s')) plural = first.slice(0, -1);
  else plural = first;
  return [plural, ...rest].join(' ');
}

/** The verb of a relation type, agreeing with a subject of the given number. */
export function verbFor(type: RelationType, number: GrammaticalNumber = 'singular'): string {
  // Imported networks (src/import) reach the exporters with their own interaction words, outside the
  // curated vocabulary: such a relation reads with its word as written ("interacts-with" → "interacts
  // with"). hasOwn, so a word such as "constructor" is not looked up on the object's prototype.
  const verb = Object.hasOwn(RELATION_TYPES, type)
    ? RELATION_TYPES[type].verb
    : String(type).replace(/[-_]/g, ' ') || 'relates to';
  return number === 'plural' ? pluralVerb(verb) : verb;
}

/** A relation as a sentence, reading labels (and the subject's number) through a lookup. */
export function sentenceWith(
  nodeById: (id: NodeId) => GraphNode | undefined,
  r: Pick<Relation, 'source' | 'relation' | 'target'>,
): string {
  const s = nodeById(r.source);
  const t = nodeById(r.target);
  return `${s?.label ?? r.source} ${verbFor(r.relation, s?.number)} ${t?.label ?? r.target}`;
}

export function relationSentence(graph: Graph, e: Edge): string {
  return sentenceWith((id) => graph.nodeById.get(id), e);
}

/** The strongest kind of evidence behind a relation: drives the edge's line style. */
export function evidenceStrength(e: Pick<Relation, 'evidence'>): 'primary' | 'review' | 'news' {
  const tiers = new Set(e.evidence.map((ev) => EVIDENCE_TIER[ev.kind]));
  if (tiers.has('primary')) return 'primary';
  return tiers.has('review') ? 'review' : 'news';
}
