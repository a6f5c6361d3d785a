// The schema of graph-data: the single source of truth for what a data file may contain. Types are
// inferred from it (z.infer), and data is parsed through it once at the boundary, never cast.
import { z } from 'zod';
import { curieProblem } from './identifiers';
import { WEB_URL_RULE, webUrl } from './webLink';
import {
  ENDPOINT_ROLES,
  EVIDENCE_KINDS,
  GRAMMATICAL_NUMBERS,
  LOCATIONS,
  MEDIATION_FINDINGS,
  MEDIATOR_CLASSES,
  MORE_MEANS,
  PHASES,
  RELATION_TYPE_NAMES,
  SOURCE_KINDS,
  SPECIES,
  THERAPY_MODALITIES,
  type RelationType,
} from './vocabulary';

const SLUG = /^[a-z0-9][a-z0-9_]*$/;
const slug = (what: string) =>
  z
    .string()
    .regex(
      SLUG,
      `${what} ids are lower-case letters, digits and underscores, starting with a letter or digit`,
    );

/** Id of an entity (cell, mediator, …). */
export const NodeIdSchema = slug('node').brand<'NodeId'>();
export type NodeId = z.infer<typeof NodeIdSchema>;
/** Id of a relation (an edge). */
export const RelationIdSchema = slug('relation').brand<'RelationId'>();
export type RelationId = z.infer<typeof RelationIdSchema>;
/** Id of a bibliographic source. */
export const SourceIdSchema = slug('source').brand<'SourceId'>();
export type SourceId = z.infer<typeof SourceIdSchema>;

/** Text with a minimum length; the message states the rule ("at least 20 characters"). */
export const text = (what: string, min = 1) =>
  z
    .string()
    .trim()
    .min(
      min,
      min === 1
        ? `${what} must not be empty`
        : `${what} must be at least ${min} characters long (a sentence in our own words)`,
    );
const curie = z.string().superRefine((value, ctx) => {
  const problem = curieProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const nodeBase = {
  id: NodeIdSchema,
  label: text('label').max(40, 'labels are at most 40 characters; put the long name in synonyms'),
  synonyms: z.array(text('synonym')).default([]),
  number: z
    .enum(GRAMMATICAL_NUMBERS)
    .optional()
    .describe('plural for a label such as "Cytokines", so sentences agree; singular when absent'),
  description: text('description', 20).describe('What this is and why it matters here, in our own words'),
  identifiers: z.array(curie).default([]).describe('CURIEs from ../shared/sources/identifiers.yaml only'),
};

export const CellSchema = z.strictObject({ ...nodeBase, kind: z.literal('cell') });
export const MediatorSchema = z.strictObject({
  ...nodeBase,
  kind: z.literal('mediator'),
  class: z.enum(MEDIATOR_CLASSES),
});
export const ReceptorSchema = z.strictObject({ ...nodeBase, kind: z.literal('receptor') });
/**
 * Marks an entity as an end of a therapy's paths. Curators own the list: the pathway answers, the
 * exports and the command line all read it from here. Only a pain endpoint says which way is worse.
 */
export const EndpointSchema = z
  .strictObject({
    role: z.enum(ENDPOINT_ROLES).describe('pain: read as relieves/worsens; harm, safety-report: risks'),
    more_means: z
      .enum(MORE_MEANS)
      .optional()
      .describe('For role pain only: whether more of this entity means more pain or less pain'),
  })
  .superRefine((e, ctx) => {
    if (e.role === 'pain' && !e.more_means)
      ctx.addIssue({
        code: 'custom',
        path: ['more_means'],
        message: 'a pain endpoint must say more_means: more-pain or less-pain (which way is worse)',
      });
    if (e.role !== 'pain' && e.more_means)
      ctx.addIssue({
        code: 'custom',
        path: ['more_means'],
        message: `only a pain endpoint says more_means; leave it out for role ${e.role}`,
      });
  });
export type Endpoint = z.infer<typeof EndpointSchema>;
const endpoint = EndpointSchema.optional().describe(
  'Set when a therapy’s paths are read against this entity: a pain endpoint, a harm or a safety report',
);

// Endpoints are states of the body (conditions) or what happens in it (processes), never agents.
export const ProcessSchema = z.strictObject({ ...nodeBase, kind: z.literal('process'), endpoint });
export const ConditionSchema = z.strictObject({ ...nodeBase, kind: z.literal('condition'), endpoint });
export const TherapySchema = z.strictObject({
  ...nodeBase,
  kind: z.literal('therapy'),
  modality: z.enum(THERAPY_MODALITIES),
  route: z.string().optional().describe('How it is given, e.g. intrathecal (lumbar puncture)'),
  status: z
    .enum(['approved-other-indication', 'clinical-studies', 'preclinical', 'proposed'])
    .describe('How far it has come, as the sources tell it'),
});

/** A node of the graph: a union on `kind`. */
export const NodeSchema = z.discriminatedUnion('kind', [
  CellSchema,
  MediatorSchema,
  ReceptorSchema,
  ProcessSchema,
  ConditionSchema,
  TherapySchema,
]);
export type GraphNode = z.infer<typeof NodeSchema>;

/** One piece of evidence behind a relation. */
export const EvidenceSchema = z.strictObject({
  source: SourceIdSchema,
  kind: z.enum(EVIDENCE_KINDS),
  note: text('evidence note', 10).describe('What the source shows, in our own words'),
  locator: z.string().optional().describe('Section, figure or page in the source'),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const ContextSchema = z.strictObject({
  location: z.array(z.enum(LOCATIONS)).optional(),
  phase: z.array(z.enum(PHASES)).optional(),
  species: z.array(z.enum(SPECIES)).optional(),
  duration: z.string().optional().describe('How long the effect lasts, as the source reports it'),
});
export type RelationContext = z.infer<typeof ContextSchema>;

/**
 * What a relation works through, as a study showed or described it: an experiment that took the
 * entity out (a neutralising antibody, siRNA, a knock-out mouse) and what became of the relation.
 */
export const MediationSchema = z.strictObject({
  entity: NodeIdSchema.describe('The mediator or requirement (an entity id)'),
  finding: z
    .enum(MEDIATION_FINDINGS)
    .describe(
      'required: removing it removed the effect; not-required: the effect stayed; described: the source says so without a removal test',
    ),
  method: z.string().optional().describe('How the study took it out, e.g. "neutralising antibody"'),
  evidence: EvidenceSchema.describe('The study that showed or described it'),
});
export type Mediation = z.infer<typeof MediationSchema>;

/** A directed, typed, cited relation between two nodes. */
export const RelationSchema = z.strictObject({
  id: RelationIdSchema,
  source: NodeIdSchema,
  relation: z.enum(RELATION_TYPE_NAMES as [RelationType, ...RelationType[]]),
  target: NodeIdSchema,
  context: ContextSchema.optional(),
  caveat: z.string().optional().describe('A limit the sources themselves put on the claim'),
  observed: z
    .literal(true)
    .optional()
    .describe(
      'The relation records what a study saw happen to an endpoint after an intervention (including no effect), not a step inferred from a mechanism',
    ),
  only_under: z
    .array(NodeIdSchema)
    .min(1)
    .optional()
    .describe(
      'Therapies under which alone the relation holds (injected cells migrating): pathway answers walk it only from them',
    ),
  mediated_by: z
    .array(MediationSchema)
    .min(1)
    .optional()
    .describe('What the relation works through or requires: a knock-out of a required entity breaks it'),
  evidence: z.array(EvidenceSchema).min(1, 'every relation needs at least one piece of evidence'),
});
export type Relation = z.infer<typeof RelationSchema>;

const nullableText = z.string().nullable().optional();

/** A bibliographic record: only verified fields (see ../shared/sources/sources.yaml). */
export const SourceSchema = z.strictObject({
  id: SourceIdSchema,
  kind: z.enum(SOURCE_KINDS),
  title: nullableText,
  authors: z.array(z.string()).default([]),
  moreAuthors: z.boolean().default(false).describe('true when only the first authors are known ("et al.")'),
  authorsVerified: z.boolean().default(true).describe('false when the names are not confirmed by a record'),
  container: nullableText.describe('Journal for papers, website for web and news items'),
  year: z.number().int().min(1900).max(2100).nullable().optional(),
  date: nullableText,
  volume: nullableText,
  issue: nullableText,
  pages: nullableText,
  articleNumber: nullableText,
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'a DOI starts with "10." and has no spaces')
    .nullable()
    .optional(),
  pmid: z
    .string()
    .regex(/^\d{5,9}$/, 'a PMID is 5 to 9 digits')
    .nullable()
    .optional(),
  pmcid: z
    .string()
    .regex(/^PMC\d{5,9}$/, 'a PMCID is PMC followed by digits')
    .nullable()
    .optional(),
  url: z
    .url({ protocol: /^https?$/, error: WEB_URL_RULE, abort: true })
    .refine((u) => webUrl(u) !== undefined, WEB_URL_RULE)
    .nullable()
    .optional()
    .describe('A web page (http or https only) for records without a DOI'),
  reportsOn: SourceIdSchema.nullable().optional().describe('For news: the study it reports on'),
  identified: z.enum(['full', 'partial']).default('full'),
  caveat: z.string().optional().describe('What a reader should know about this record, in our own words'),
});
export type Source = z.infer<typeof SourceSchema>;

export const EntityFileSchema = z.strictObject({ nodes: z.array(NodeSchema) });
export const RelationFileSchema = z.strictObject({
  title: text('title'),
  description: z.string().optional(),
  relations: z.array(RelationSchema),
});
export type RelationFile = z.infer<typeof RelationFileSchema>;
export const SourcesFileSchema = z.strictObject({ sources: z.array(SourceSchema) });
