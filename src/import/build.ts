// The common back half of every parser: turns a node's or edge's raw attributes (as the file gave
// them) into an ImportedNode / ImportedEdge — label, kind, identifiers, synonyms, position,
// interaction, polarity and evidence pulled out by the names tools use for them — and checks what
// spans elements (unique ids, edge ends that exist). Parsers only walk their format.
import { EVIDENCE_JSON, LIST_SEPARATOR } from '../export/records';
import { EVIDENCE_KINDS } from '../model/vocabulary';
import { refusedLink } from '../model/webLink';
import { evidenceFromAttribute, isDoi, isPmid, readEvidenceJson, uniqueEvidence } from './evidence';
import { polarityOfInteraction, readPolarityValue } from './polarity';
import { quote, type ProblemList, type Where } from './problems';
import type {
  Attributes,
  AttributeScalar,
  AttributeValue,
  ImportedEdge,
  ImportedEvidence,
  ImportedNetwork,
  ImportedNode,
  ImportFormat,
  ImportedPosition,
  Polarity,
} from './types';

/** Names read as the node's label, first found wins (Cytoscape `name`, GraphML/Gephi `label`…). */
const LABEL_FIELDS = ['name', 'label', 'shared_name', 'Label', 'Name', 'display_name'];
/**
 * Nociscope's exports of an imported network write the file's own `name` beside the `label` shown
 * (format version 5), marking each element `imported`: for those, the label is read from `label`
 * and `name` stays the attribute it was.
 */
const EXPORTED_LABEL_FIELDS = ['label', ...LABEL_FIELDS];
const markedImported = (attrs: Attributes) => attrs.imported === true || attrs.imported === 'true';
const KIND_FIELDS = ['kind', 'type', 'node_type', 'Type', 'nodeType'];
/** Attributes holding identifiers (NDEx `represents` and `alias` hold database ids, per the CX docs). */
const IDENTIFIER_FIELDS = ['represents', 'identifiers', 'identifier', 'xref', 'xrefs', 'alias', 'curie'];
const SYNONYM_FIELDS = ['synonyms', 'synonym', 'aliases', 'other_names'];
const INTERACTION_FIELDS = ['interaction', 'relation', 'interaction_type', 'relationship', 'type', 'label'];
const POLARITY_FIELDS = ['polarity', 'sign', 'effect', 'direction_sign'];

/** Set an own property, even one named "__proto__", without touching the object's prototype. */
export function setAttribute(target: Attributes, name: string, value: AttributeValue) {
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** A raw value from a parsed file as an attribute, or undefined for null, objects and non-finite numbers. */
export function toAttributeValue(value: unknown): AttributeValue | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) {
    const items = value.filter(
      (v): v is AttributeScalar =>
        typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)),
    );
    return items;
  }
  return undefined;
}

/** A list attribute, or a GraphML/CSV cell holding a list joined with "; " (as Nociscope writes them). */
export function listOf(value: AttributeValue | undefined): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.map(String).filter((s) => s.trim() !== '');
  const s = String(value).trim();
  if (s === '') return [];
  return s
    .split(LIST_SEPARATOR.trim())
    .map((p) => p.trim())
    .filter(Boolean);
}

const firstText = (attrs: Attributes, names: readonly string[]): [string, string] | undefined => {
  for (const n of names) {
    if (!hasOwn(attrs, n)) continue;
    const v = attrs[n];
    if ((typeof v === 'string' && v.trim() !== '') || typeof v === 'number') return [n, String(v).trim()];
  }
  return undefined;
};

const num = (v: AttributeValue | undefined): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
};

/** Both coordinates, finite, or nothing. */
export function positionFrom(x: unknown, y: unknown): ImportedPosition | undefined {
  const px = num(toAttributeValue(x));
  const py = num(toAttributeValue(y));
  return px !== undefined && py !== undefined ? { x: px, y: py } : undefined;
}

/** Options for turning raw attributes into a node. */
export interface NodeInput {
  readonly id: string;
  readonly attributes: Attributes;
  /** Label the format gives outside its attributes (CX1 `n`, SIF names). */
  readonly label?: string;
  readonly identifiers?: readonly string[];
  readonly synonyms?: readonly string[];
  readonly position?: ImportedPosition;
  /** Read `x`/`y` attributes as the position (GraphML, CSV node tables). */
  readonly positionFromAttributes?: boolean;
  readonly where?: Where;
}

export interface EdgeInput {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly attributes: Attributes;
  readonly interaction?: string;
  readonly evidence?: readonly ImportedEvidence[];
  /**
   * `evidence` is the relation's whole evidence (Nociscope's cyjs evidence objects), so citation
   * attributes beside it (kept from an imported file) are not read as more evidence.
   */
  readonly evidenceIsWhole?: boolean;
  readonly where?: Where;
}

/** Builds one network: checks ids and edge ends, reports problems with where they are. */
// Control characters XML 1.0 cannot carry (src/export/xml.ts drops them): in an id they would vanish
// from a GraphML export, and "a\u0000b" would become "ab", the id of another node.
// eslint-disable-next-line no-control-regex
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** The first character of `id` no export can keep, as "U+0000", or undefined. */
export function unwritableCharacter(id: string): string | undefined {
  const hit = UNWRITABLE.exec(id)?.[0];
  return hit === undefined ? undefined : `U+${hit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The id with its control characters shown as code points, for a message. */
const visible = (id: string) =>
  id.replace(
    new RegExp(UNWRITABLE.source, 'g'),
    (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`,
  );

export class NetworkBuilder {
  private readonly nodes: ImportedNode[] = [];
  private readonly edges: ImportedEdge[] = [];
  private readonly nodeIds = new Set<string>();
  private readonly edgeIds = new Set<string>();

  /** Where problems go; a reader of several tables points it at the table being read. */
  problems: ProblemList;

  constructor(
    problems: ProblemList,
    private readonly format: ImportFormat,
  ) {
    this.problems = problems;
  }

  get nodeCount() {
    return this.nodes.length;
  }

  hasNode(id: string) {
    return this.nodeIds.has(id);
  }

  /**
   * Whether an id can be written by every exporter: one holding a control character (a `\u0000`
   * JSON escape) is reported and left out, since GraphML would drop the character and merge it.
   */
  private writableId(kind: 'node' | 'edge', id: string, where: NodeInput['where']): boolean {
    const bad = unwritableCharacter(id);
    if (!bad) return true;
    this.problems.error(
      `the ${kind} id ${quote(visible(id))} holds the control character ${bad}, which GraphML and other exports cannot keep (it would merge with another id)`,
      'Remove the control character from the id in the file (or export the network again from its tool).',
      where,
    );
    return false;
  }

  /** Add a node; a second node with the same id is reported and left out. */
  addNode(input: NodeInput): boolean {
    const { problems } = this;
    if (input.id === '') {
      problems.error('a node has no id', 'Give every node a unique id.', input.where);
      return false;
    }
    if (!this.writableId('node', input.id, input.where)) return false;
    if (this.nodeIds.has(input.id)) {
      problems.warning(
        `a second node has the id ${quote(input.id)}; only the first is kept`,
        'Give every node its own id.',
        input.where,
      );
      return false;
    }
    const attributes = this.safeAttributes(input.attributes, input.where);
    const used = new Set<string>();
    const take = (names: readonly string[]) => {
      const hit = firstText(attributes, names);
      if (hit) used.add(hit[0]);
      return hit?.[1];
    };
    const label =
      input.label?.trim() ||
      take(markedImported(attributes) ? EXPORTED_LABEL_FIELDS : LABEL_FIELDS) ||
      input.id;
    const kind = take(KIND_FIELDS);
    const identifiers = [...(input.identifiers ?? [])];
    for (const f of IDENTIFIER_FIELDS) {
      if (!hasOwn(attributes, f)) continue;
      identifiers.push(...listOf(attributes[f]));
      used.add(f);
    }
    const synonyms = [...(input.synonyms ?? [])];
    for (const f of SYNONYM_FIELDS) {
      if (!hasOwn(attributes, f)) continue;
      synonyms.push(...listOf(attributes[f]));
      used.add(f);
    }
    let position = input.position;
    if (!position && input.positionFromAttributes && hasOwn(attributes, 'x') && hasOwn(attributes, 'y')) {
      position = positionFrom(attributes.x, attributes.y);
      if (position) {
        used.add('x');
        used.add('y');
      }
    }
    const rest: Attributes = {};
    for (const [k, v] of Object.entries(attributes)) if (!used.has(k)) setAttribute(rest, k, v);
    this.nodes.push({
      id: input.id,
      label,
      ...(kind ? { kind } : {}),
      identifiers: [...new Set(identifiers.map((s) => s.trim()).filter(Boolean))],
      synonyms: [...new Set(synonyms.map((s) => s.trim()).filter((s) => s && s !== label))],
      attributes: rest,
      ...(position ? { position } : {}),
    });
    this.nodeIds.add(input.id);
    return true;
  }

  /** Add an edge; its ends must be nodes already added. */
  addEdge(input: EdgeInput): boolean {
    const { problems } = this;
    for (const [end, id] of [
      ['source', input.source],
      ['target', input.target],
    ] as const) {
      if (!this.nodeIds.has(id)) {
        problems.error(
          id === ''
            ? `edge ${quote(input.id)} has no ${end}`
            : `edge ${quote(input.id)} points to a node ${quote(id)} that is not in the file`,
          `Give the edge a ${end} that is the id of a node in the file, or add that node.`,
          { ...input.where, field: end },
        );
        return false;
      }
    }
    if (!this.writableId('edge', input.id, input.where)) return false;
    let id = input.id;
    if (id === '' || this.edgeIds.has(id)) {
      // Many formats do not require edge ids; a missing or repeated one is made unique, not refused.
      let n = this.edges.length + 1;
      while (this.edgeIds.has(`e${n}`)) n++;
      if (id !== '') {
        problems.warning(
          `a second edge has the id ${quote(id)}; it was renamed "e${n}"`,
          'Give every edge its own id if other files refer to it.',
          input.where,
        );
      }
      id = `e${n}`;
    }
    const attributes = this.safeAttributes(input.attributes, input.where);
    const used = new Set<string>();
    let interaction = input.interaction?.trim() || undefined;
    if (!interaction) {
      const hit = firstText(attributes, INTERACTION_FIELDS);
      if (hit) {
        interaction = hit[1];
        used.add(hit[0]);
      }
    } else {
      for (const f of ['interaction']) if (attributes[f] === interaction) used.add(f);
    }
    let polarity: Polarity | undefined;
    for (const f of POLARITY_FIELDS) {
      if (!hasOwn(attributes, f)) continue;
      const p = readPolarityValue(attributes[f]);
      if (p === undefined) {
        problems.warning(
          `the ${f} ${quote(attributes[f])} of edge ${quote(id)} is not a sign this app reads`,
          'Write 1, -1 or 0 (or +, -, positive, negative); the edge is drawn unsigned meanwhile.',
          { ...input.where, field: f },
        );
        continue;
      }
      polarity = p;
      used.add(f);
      break;
    }
    const worded = polarityOfInteraction(interaction);
    if (polarity !== undefined && worded !== 0 && polarity !== worded) {
      problems.warning(
        `edge ${quote(id)} is signed ${polarity} but its interaction ${quote(interaction)} says ${worded}`,
        'The sign column is used; correct whichever is wrong.',
        { ...input.where, field: 'polarity' },
      );
    }
    polarity ??= worded;

    // Nociscope's exports since format version 4 carry every evidence item in `evidence_json`; when it
    // reads, it is the evidence, and the readable citation columns beside it are only kept as attributes.
    const exact =
      this.exactEvidence(attributes, id, input.where) ??
      (input.evidenceIsWhole ? [...(input.evidence ?? [])] : undefined);
    if (hasOwn(attributes, EVIDENCE_JSON)) used.add(EVIDENCE_JSON);
    const evidence: ImportedEvidence[] = exact ?? [...(input.evidence ?? [])];
    // Nociscope's GraphML and CX2 exports list the cited source ids in one column.
    if (hasOwn(attributes, 'evidence_sources')) {
      if (!exact) evidence.push(...listOf(attributes.evidence_sources).map((source) => ({ source })));
      used.add('evidence_sources');
    }
    for (const [k, v] of Object.entries(exact ? {} : attributes)) {
      const read = evidenceFromAttribute(k, v);
      evidence.push(...read.evidence);
      if (read.unread.length && /^(pmids?|pubmed(ids?)?|dois?)$/i.test(k.replace(/[\s_\-.]/g, ''))) {
        problems.warning(
          `${read.unread.map((t) => quote(t, 30)).join(', ')} in ${k} of edge ${quote(id)} is not a PubMed id or DOI`,
          'PubMed ids are digits (e.g. 12345678); DOIs start with 10. The value is kept as an attribute only.',
          { ...input.where, field: k },
        );
      }
    }
    const rest: Attributes = {};
    for (const [k, v] of Object.entries(attributes)) if (!used.has(k)) setAttribute(rest, k, v);
    this.edges.push({
      id,
      source: input.source,
      target: input.target,
      ...(interaction ? { interaction } : {}),
      polarity,
      evidence: uniqueEvidence(evidence),
      attributes: rest,
    });
    this.edgeIds.add(id);
    return true;
  }

  /** The network, or undefined when an error was found (nothing half-read is ever applied). */
  finish(meta: {
    name: string;
    fileNames: readonly string[];
    directed?: boolean;
    attributes?: Attributes;
  }): ImportedNetwork | undefined {
    if (this.nodes.length === 0 && !this.problems.hasErrors) {
      this.problems.error(
        'no nodes were found in the file',
        'Check that this is a network file of one of the formats listed, and that it is not empty.',
      );
    }
    if (this.problems.hasErrors) return undefined;
    return {
      name: meta.name,
      format: this.format,
      fileNames: meta.fileNames,
      directed: meta.directed ?? true,
      attributes: this.safeAttributes(meta.attributes ?? {}, {}),
      nodes: this.nodes,
      edges: this.edges,
    };
  }

  /** The evidence in `evidence_json`, or undefined when there is none or it is not a JSON list. */
  private exactEvidence(attributes: Attributes, id: string, where: Where | undefined) {
    if (!hasOwn(attributes, EVIDENCE_JSON)) return undefined;
    const value = attributes[EVIDENCE_JSON];
    if (typeof value !== 'string') {
      this.problems.warning(
        `the ${EVIDENCE_JSON} of edge ${quote(id)} is not text; the evidence was read from the other columns`,
        `Leave ${EVIDENCE_JSON} as Nociscope wrote it (JSON text) or delete it.`,
        { ...where, field: EVIDENCE_JSON },
      );
      return undefined;
    }
    const read = readEvidenceJson(value, EVIDENCE_KINDS, EVIDENCE_JSON);
    for (const p of read.problems) {
      // The item's path after the element's own place (CX2 "edges[3]"), so the message says where.
      const field = where?.field && where.field !== 'edge' ? `${where.field}.${p.field}` : p.field;
      this.problems.warning(`edge ${quote(id)}: ${p.message}`, p.hint, { ...where, field });
    }
    return read.evidence;
  }

  /** Values written as links the one link rule refuses (model/webLink.ts) are dropped, with a warning. */
  private safeAttributes(attributes: Attributes, where: Where | undefined): Attributes {
    const out: Attributes = {};
    for (const [k, v] of Object.entries(attributes)) {
      const unsafe = Array.isArray(v)
        ? v.some((x) => typeof x === 'string' && refusedLink(x))
        : typeof v === 'string' && refusedLink(v);
      if (unsafe) {
        this.problems.warning(
          `the value of ${quote(k, 30)} is a link that is not http or https; it was left out`,
          'Only web links (http:// or https://) are kept from imported files.',
          { ...where, field: k },
        );
        continue;
      }
      setAttribute(out, k, v);
    }
    return out;
  }
}

/** Evidence from the parts Nociscope's own exports write (cited source ids, DOIs, PMIDs). */
export function evidenceFromIds(
  sourceIds: readonly string[],
  dois: readonly string[] = [],
  pmids: readonly string[] = [],
): ImportedEvidence[] {
  return [
    ...sourceIds.map((source) => ({ source })),
    ...dois.filter(isDoi).map((doi) => ({ doi })),
    ...pmids.filter(isPmid).map((pmid) => ({ pmid })),
  ];
}
