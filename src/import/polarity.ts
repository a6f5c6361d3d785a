// Which interaction words state a direction. Only words whose sign nobody disputes are listed;
// everything else ("binds", "pp", "controls-state-change-of", "interacts with"…) stays unsigned (0),
// because a sign is a claim and the file did not make it. A table as data, so it can be read,
// tested and extended without touching a parser.
import { RELATION_TYPES, type Polarity } from '../model/vocabulary';

/** Interaction words (normalised: lower case, words joined by "-") with an unambiguous sign. */
export const SIGNED_INTERACTIONS: Readonly<Record<string, 1 | -1>> = {
  // Promote
  activates: 1,
  activation: 1,
  'activates-activity': 1,
  increases: 1,
  increase: 1,
  // BEL (NDEx's BEL networks): causal increases and decreases, direct or not.
  directlyincreases: 1,
  directlydecreases: -1,
  stimulates: 1,
  stimulation: 1,
  upregulates: 1,
  'up-regulates': 1,
  'up-regulates-activity': 1,
  'up-regulates-quantity': 1,
  'up-regulates-quantity-by-expression': 1,
  'up-regulates-quantity-by-stabilization': 1,
  upregulation: 1,
  'positively-regulates': 1,
  // The Relation Ontology's labels, as NDEx's GO-CAM networks name their edges.
  'directly-positively-regulates': 1,
  'positive-regulation': 1,
  'positive-regulation-of': 1,
  'increases-activity-of': 1,
  'increases-expression-of': 1,
  'increases-abundance-of': 1,
  enhances: 1,
  potentiates: 1,
  promotes: 1,
  induces: 1,
  '->': 1,
  '-->': 1,
  '+': 1,
  // Counter
  inhibits: -1,
  inhibition: -1,
  decreases: -1,
  decrease: -1,
  suppresses: -1,
  suppression: -1,
  represses: -1,
  repression: -1,
  downregulates: -1,
  'down-regulates': -1,
  'down-regulates-activity': -1,
  'down-regulates-quantity': -1,
  'down-regulates-quantity-by-destabilization': -1,
  'down-regulates-quantity-by-repression': -1,
  downregulation: -1,
  'negatively-regulates': -1,
  'directly-negatively-regulates': -1,
  'negative-regulation': -1,
  'negative-regulation-of': -1,
  'decreases-activity-of': -1,
  'decreases-expression-of': -1,
  'decreases-abundance-of': -1,
  blocks: -1,
  antagonizes: -1,
  antagonises: -1,
  neutralizes: -1,
  neutralises: -1,
  '-|': -1,
  '--|': -1,
  '-': -1,
};

/** "Up-regulates activity", "up_regulates_activity" and "UP REGULATES ACTIVITY" read the same. */
export const normaliseInteraction = (word: string) =>
  word
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/**
 * The sign an interaction word states, or 0. Nociscope's own relation words keep the polarity the
 * curated vocabulary gives them, so the app's exports import back as they were.
 */
export function polarityOfInteraction(word: string | undefined): Polarity {
  if (!word) return 0;
  const w = normaliseInteraction(word);
  const own = (RELATION_TYPES as Record<string, { polarity: Polarity }>)[w];
  if (own && Object.prototype.hasOwnProperty.call(RELATION_TYPES, w)) return own.polarity;
  return Object.prototype.hasOwnProperty.call(SIGNED_INTERACTIONS, w) ? SIGNED_INTERACTIONS[w]! : 0;
}

/**
 * An explicit sign written in a polarity/sign/effect column: 1, -1, 0, "+", "-", "positive",
 * "negative", "activation", "inhibition"… `undefined` when the value says nothing readable.
 */
export function readPolarityValue(value: unknown): Polarity | undefined {
  if (typeof value === 'number') return value > 0 ? 1 : value < 0 ? -1 : value === 0 ? 0 : undefined;
  if (typeof value === 'boolean') return undefined;
  if (typeof value !== 'string') return undefined;
  const v = normaliseInteraction(value);
  if (v === '') return undefined;
  if (/^[+]?1(\.0+)?$/.test(v) || v === 'positive' || v === 'pos') return 1;
  if (/^-1(\.0+)?$/.test(v) || v === 'negative' || v === 'neg') return -1;
  if (/^[+-]?0(\.0+)?$/.test(v) || v === 'unsigned' || v === 'none' || v === 'unknown' || v === 'neutral')
    return 0;
  const word = polarityOfInteraction(v);
  return word !== 0 ? word : undefined;
}
