// The controlled vocabularies of the knowledge base. Everything a data file may say about kinds,
// relations, evidence and context is listed here, so the schema, the validator, the legend and the
// filters all read one list (STYLE.md habit 5: commands and vocabularies as data).

/** Node kinds, in the order of the lanes of the curated layout (cause on the left, outcome on the right). */
export const NODE_KINDS = ['therapy', 'cell', 'mediator', 'receptor', 'process', 'condition'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const NODE_KIND_LABELS: Record<NodeKind, string> = {
  therapy: 'Therapy',
  cell: 'Cell',
  mediator: 'Mediator',
  receptor: 'Receptor',
  process: 'Process / effect',
  condition: 'Condition',
};

/**
 * Grammatical number of an entity's label: "Cytokines" and "Microglia" are plural, so their
 * sentences read "Cytokines contribute to…", not "contributes".
 */
export const GRAMMATICAL_NUMBERS = ['singular', 'plural'] as const;
export type GrammaticalNumber = (typeof GRAMMATICAL_NUMBERS)[number];

/** Sub-classes of mediators, as pharmacology and immunology textbooks group them. */
export const MEDIATOR_CLASSES = [
  'cytokine',
  'chemokine',
  'neurotrophic-factor',
  'growth-factor',
  'enzyme',
  'reactive-species',
  'lipid-mediator',
  'small-molecule',
  'ligand',
  'protein',
] as const;
export type MediatorClass = (typeof MEDIATOR_CLASSES)[number];

/** Kinds of intervention a therapy node stands for. */
export const THERAPY_MODALITIES = [
  'cell-therapy',
  'biologic',
  'small-molecule-drug',
  'proposed-strategy',
] as const;
export type TherapyModality = (typeof THERAPY_MODALITIES)[number];

/**
 * What an entity marked `endpoint:` is to a therapy's paths (src/model/pathways/endpoints.ts): a
 * pain endpoint is read as relieves/worsens; harms and safety reports are shown as risks.
 */
export const ENDPOINT_ROLES = ['pain', 'harm', 'safety-report'] as const;
export type EndpointRole = (typeof ENDPOINT_ROLES)[number];
/**
 * What an experiment found when it took an entity out while watching a relation (a relation's
 * `mediated_by`): `required`, the relation's effect was lost; `not-required`, it was unchanged;
 * `described`, the source says the relation works through it but reports no removal of its own.
 */
export const MEDIATION_FINDINGS = ['required', 'described', 'not-required'] as const;
export type MediationFinding = (typeof MEDIATION_FINDINGS)[number];
export const MEDIATION_FINDING_LABELS: Record<MediationFinding, string> = {
  required: 'taking it out removed the effect',
  described: 'the source says the effect works through it (no removal test reported)',
  'not-required': 'taking it out left the effect in place',
};

/** Which way is worse for a pain endpoint: more neuropathic pain is more pain, more analgesia less. */
export const MORE_MEANS = ['more-pain', 'less-pain'] as const;

/** Polarity of a relation: +1 promotes its target, -1 counters it, 0 structural or unknown sign. */
export type Polarity = 1 | -1 | 0;

/**
 * How a verb carries an effect along a path (signed reasoning, src/model/pathways):
 * - `sign`: the step's own polarity: a promoting verb keeps the direction of what arrives, a
 *   countering verb turns it round;
 * - `relay`: passes the upstream effect on unchanged (a ligand binding its receptor: more ligand,
 *   more receptor signalling; a stem cell becoming a neuron: more cells, more new neurons);
 * - `unknown`: carries an effect whose direction the source does not state;
 * - `none`: carries no effect (class membership, a place, a stored but unreleased factor), so signed
 *   paths never pass through it.
 */
export type Transmission = 'sign' | 'relay' | 'unknown' | 'none';

interface RelationTypeInfo {
  /** The verb used in sentences: "BMSCs secrete TGF-β1" reads `{source} {verb} {target}`. */
  readonly verb: string;
  readonly polarity: Polarity;
  /**
   * How the verb carries an effect along a path, declared next to its polarity. Left out, a signed
   * verb transmits its sign and an unsigned one an effect of unknown sign (transmissionOf).
   */
  readonly transmits?: Transmission;
  /** One line for the legend and the editor's JSON Schema hints. */
  readonly meaning: string;
}

/**
 * Relation types with their fixed polarity. Polarity is a property of the verb, never of a data
 * file, so two curators cannot disagree on what "inhibits" means.
 */
export const RELATION_TYPES = {
  secretes: {
    verb: 'secretes',
    polarity: 1,
    transmits: 'sign',
    meaning: 'a cell releases a soluble mediator',
  },
  releases: {
    verb: 'releases',
    polarity: 1,
    transmits: 'sign',
    meaning: 'a cell or tissue lets out a stored or made factor',
  },
  stores: {
    verb: 'stores',
    polarity: 0,
    transmits: 'none',
    meaning: 'a cell keeps a mediator in granules, ready to release',
  },
  expresses: {
    verb: 'expresses',
    polarity: 1,
    transmits: 'sign',
    meaning: 'a cell displays or makes a molecule',
  },
  produces: {
    verb: 'produces',
    polarity: 1,
    transmits: 'sign',
    meaning: 'an enzyme or cell generates a product',
  },
  activates: {
    verb: 'activates',
    polarity: 1,
    transmits: 'sign',
    meaning: 'switches on a cell, receptor or pathway',
  },
  binds: { verb: 'binds', polarity: 0, transmits: 'relay', meaning: 'a ligand attaches to its receptor' },
  recruits: { verb: 'recruits', polarity: 1, transmits: 'sign', meaning: 'draws cells to a site' },
  induces: {
    verb: 'induces',
    polarity: 1,
    transmits: 'sign',
    meaning: 'brings about the expression of a molecule or a process',
  },
  increases: {
    verb: 'increases',
    polarity: 1,
    transmits: 'sign',
    meaning: 'raises the level or activity of the target',
  },
  'contributes-to': {
    verb: 'contributes to',
    polarity: 1,
    transmits: 'sign',
    meaning: 'helps cause a process or condition',
  },
  promotes: { verb: 'promotes', polarity: 1, transmits: 'sign', meaning: 'favours a process' },
  delivers: {
    verb: 'delivers',
    polarity: 1,
    transmits: 'sign',
    meaning: 'a therapy puts cells or a factor into the body',
  },
  inhibits: {
    verb: 'inhibits',
    polarity: -1,
    transmits: 'sign',
    meaning: 'blocks or dampens the activity of the target',
  },
  decreases: {
    verb: 'decreases',
    polarity: -1,
    transmits: 'sign',
    meaning: 'lowers the level or activity of the target',
  },
  neutralizes: {
    verb: 'neutralizes',
    polarity: -1,
    transmits: 'sign',
    meaning: 'an antibody or reagent takes a mediator out of action',
  },
  prunes: {
    verb: 'prunes',
    polarity: -1,
    transmits: 'sign',
    meaning: 'removes cells, fibres or synapses selectively',
  },
  relieves: { verb: 'relieves', polarity: -1, transmits: 'sign', meaning: 'reduces pain or another symptom' },
  'differentiates-into': {
    verb: 'differentiates into',
    polarity: 0,
    transmits: 'relay',
    meaning: 'a stem cell becomes another cell type',
  },
  'is-a': { verb: 'is a kind of', polarity: 0, transmits: 'none', meaning: 'class membership' },
  'migrates-to': {
    verb: 'migrates to',
    polarity: 0,
    transmits: 'none',
    meaning: 'a cell moves towards a place or signal',
  },
  modulates: {
    verb: 'modulates',
    polarity: 0,
    transmits: 'unknown',
    meaning: 'changes the activity of the target in a direction the source does not give',
  },
  undergoes: {
    verb: 'undergoes',
    polarity: 0,
    // More of what is carried, more carried: "cytokines undergo retrograde transport" passes the
    // cytokines' effect on to what the transport does, as a ligand's passes through its receptor.
    transmits: 'relay',
    meaning: 'a molecule or cell is what a process acts on or carries (e.g. transport, homing)',
  },
  'lowers-risk-of': {
    verb: 'lowers the risk of',
    polarity: -1,
    transmits: 'sign',
    meaning: 'fewer individuals go on to develop the condition (prevention, not relief of existing pain)',
  },
  'shows-no-effect-on': {
    verb: 'shows no effect on',
    polarity: 0,
    // An observed null result is an outcome, not a link in a chain: it ends a therapy's answer as
    // "no effect" (src/model/pathways/observed.ts) and never carries an effect further.
    transmits: 'none',
    meaning: 'a study looked for an effect of an intervention on an endpoint and saw none',
  },
} as const satisfies Record<string, RelationTypeInfo>;
export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

export const polarityOf = (type: RelationType): Polarity => RELATION_TYPES[type].polarity;

export function transmissionOf(type: RelationType): Transmission {
  const info: RelationTypeInfo = RELATION_TYPES[type];
  return info.transmits ?? (info.polarity === 0 ? 'unknown' : 'sign');
}

export const POLARITY_LABELS: Record<'1' | '-1' | '0', string> = {
  '1': 'promotes',
  '-1': 'counters',
  '0': 'structural / unsigned',
};

/** What kind of study stands behind a piece of evidence, strongest first. */
export const EVIDENCE_KINDS = [
  'human-clinical',
  'animal-model',
  'in-vitro',
  'review',
  'opinion',
  'news-report',
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  'human-clinical': 'Human clinical',
  'animal-model': 'Animal model',
  'in-vitro': 'In vitro',
  review: 'Review',
  opinion: 'Opinion',
  'news-report': 'News report',
};

/**
 * The line style tier of each evidence kind (src/model/palette.ts): primary studies, reviews, and
 * the rest. An opinion article is not a review: it argues a view rather than weighing the studies,
 * so it counts no more than the news that reports it.
 */
export const EVIDENCE_TIER: Record<EvidenceKind, 'primary' | 'review' | 'news'> = {
  'human-clinical': 'primary',
  'animal-model': 'primary',
  'in-vitro': 'primary',
  review: 'review',
  opinion: 'news',
  'news-report': 'news',
};

/** Where in the body a relation holds, from the periphery inwards. */
export const LOCATIONS = [
  'injury-site',
  'peripheral-nerve',
  'dorsal-root-ganglion',
  'spinal-dorsal-horn',
  'spinal-cord',
  'cerebrospinal-fluid',
  'brain',
  'joint',
  'blood',
  'systemic',
] as const;
export type Location = (typeof LOCATIONS)[number];

/** The phase of a pain state a relation matters in. */
export const PHASES = ['initiation', 'maintenance', 'resolution'] as const;
export type Phase = (typeof PHASES)[number];

export const SPECIES = ['human', 'mouse', 'rat', 'rodent'] as const;
export type Species = (typeof SPECIES)[number];

/** Kinds of source document in the bibliography. */
export const SOURCE_KINDS = ['review', 'opinion', 'primary-research', 'news', 'web-article'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * The evidence kinds a source of each kind may carry. Evidence describes the document cited, never
 * the study behind it: a news item that reports a mouse study is still a news report (cite the study
 * itself for animal-model evidence), and an opinion article is not a review.
 */
export const EVIDENCE_KINDS_BY_SOURCE: Record<SourceKind, readonly EvidenceKind[]> = {
  review: ['review'],
  opinion: ['opinion'],
  'primary-research': ['human-clinical', 'animal-model', 'in-vitro'],
  news: ['news-report'],
  'web-article': ['news-report'],
};

/** A readable label for any vocabulary value: 'dorsal-root-ganglion' -> 'dorsal root ganglion'. */
export const humanize = (value: string): string => value.replace(/-/g, ' ');
