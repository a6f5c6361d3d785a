// CX2, the Cytoscape Exchange format version 2 (NDEx, Cytoscape desktop 3.10+, Cytoscape Web), read
// per "Cytoscape Exchange Format Specification (Version 2)":
// - a JSON array: a descriptor { CXVersion: "2.0" }, then aspects, each { aspectName: [ elements ] }
//   (an aspect may come in several fragments, which are concatenated), and a final `status`;
// - `attributeDeclarations` declares, per scope (networkAttributes, nodes, edges), each attribute's
//   type `d`, an optional alias `a` (the short name used inside `v` instead of the full name) and an
//   optional default `v` (the value of elements that leave the attribute out);
// - nodes { id, x?, y?, z?, v }, edges { id, s, t, v }; ids are integers; `name`, `represents` and
//   `alias` are the reserved node attributes, `interaction` the edge type.
// Real files stretch this: declarations without `d` (NDEx), no declarations at all (Cytoscape Web),
// no `status` (ndex2-client); each is read, and said once at most.
// Nociscope's own CX2 export writes its ids in `nociscope_id`; they become the node and edge ids. Its
// `evidence_json` string (format version 4) is each edge's evidence, read in build.ts.
import {
  listOf,
  positionFrom,
  setAttribute,
  toAttributeValue,
  type EdgeInput,
  type NodeInput,
} from '../build';
import { isRecord } from '../json';
import { ENVELOPE_NAMES } from '../../export/records';
import { quote, type ProblemList } from '../problems';
import { withCx2Style } from '../visualStyle';
import type { Attributes, AttributeValue } from '../types';
import { every, idText, type FormatContext, type FormatParser } from './common';
import {
  gpmlXref,
  interactionFromMarkup,
  labelText,
  readContext,
  relationFromOntology,
  resolvedIdentifiers,
} from './cxConventions';
import { cytoscapePlaceholderDash } from './desktopConventions';
import { ownIds, readerOf, withoutEnvelope, type Extracted, type FormatSpec } from './stages';

type Scope = 'networkAttributes' | 'nodes' | 'edges';
interface Declaration {
  readonly name: string;
  readonly type: string;
  readonly default?: AttributeValue;
}
/** Per scope: the key written in `v` (alias or name) → the declaration. */
type Declarations = Record<Scope, Map<string, Declaration>>;

const CX2_TYPES = [
  'string',
  'long',
  'integer',
  'double',
  'boolean',
  'list_of_string',
  'list_of_long',
  'list_of_integer',
  'list_of_double',
  'list_of_boolean',
];

/** The aspects of a CX (1 or 2) document, fragments concatenated, with where each first appears. */
export function collectAspects(doc: readonly unknown[], problems: ProblemList): Map<string, unknown[]> {
  const aspects = new Map<string, unknown[]>();
  doc.forEach((item, i) => {
    if (!isRecord(item)) {
      problems.error(
        `item ${i + 1} of the file is not an aspect object`,
        'Each item of a CX file is an object such as { "nodes": [ … ] }; export the network again.',
        { field: `[${i}]` },
      );
      return;
    }
    for (const [name, value] of Object.entries(item)) {
      if (name === 'CXVersion' || name === 'hasFragments') continue;
      if (!Array.isArray(value)) {
        problems.error(
          `the ${quote(name, 40)} aspect is not a list`,
          'Each aspect holds a list of elements; export the network again.',
          { field: name },
        );
        continue;
      }
      const list = aspects.get(name) ?? [];
      for (const v of value) list.push(v);
      aspects.set(name, list);
    }
  });
  return aspects;
}

/**
 * The file is whole by its own account: `metaData` gives the node and edge counts read (an aspect
 * that is absent counts 0 and may go unlisted).
 */
function countsConfirmed(aspects: Map<string, unknown[]>): boolean {
  const meta = aspects.get('metaData') ?? [];
  if (meta.length === 0) return false;
  return ['nodes', 'edges'].every((name) => {
    const read = aspects.get(name)?.length ?? 0;
    const said = meta.find((m) => isRecord(m) && m.name === name);
    return said === undefined ? read === 0 : isRecord(said) && said.elementCount === read;
  });
}

/** A failed `status` aspect means the writer itself said the file is broken. */
export function checkStatus(aspects: Map<string, unknown[]>, problems: ProblemList) {
  for (const s of aspects.get('status') ?? []) {
    if (isRecord(s) && s.success === false) {
      problems.error(
        `the file says it is incomplete${typeof s.error === 'string' && s.error ? `: ${quote(s.error, 120)}` : ''}`,
        'Download or export the network again; the tool that wrote it reported a failure.',
        { field: 'status' },
      );
    }
  }
}

/** CX2 `visualProperties` (the label mapping) and `nodeBypasses` (labels set on single nodes). */
function cx2StyleLabels(aspects: Map<string, unknown[]>) {
  let column: string | undefined;
  for (const vp of aspects.get('visualProperties') ?? []) {
    const mapping = isRecord(vp) && isRecord(vp.nodeMapping) ? vp.nodeMapping.NODE_LABEL : undefined;
    if (isRecord(mapping) && mapping.type === 'PASSTHROUGH' && isRecord(mapping.definition)) {
      const attribute = mapping.definition.attribute;
      if (typeof attribute === 'string' && attribute !== '') column ??= attribute;
    }
  }
  const bypass = new Map<string, string>();
  for (const nb of aspects.get('nodeBypasses') ?? []) {
    const id = isRecord(nb) ? idText(nb.id) : undefined;
    const label = id !== undefined && isRecord(nb) && isRecord(nb.v) ? nb.v.NODE_LABEL : undefined;
    if (id !== undefined && typeof label === 'string' && label.trim()) bypass.set(id, label.trim());
  }
  return { column, bypass };
}

/** The type of a declaration without "d": values are read as the JSON writes them, not checked. */
const AS_WRITTEN = 'as written';

/**
 * The aliases NDEx and Cytoscape give the reserved attributes. A file that uses one without
 * declaring it (Cytoscape Web's own test network does) still means the attribute it stands for.
 */
const CUSTOMARY_ALIASES: Record<Scope, ReadonlyMap<string, string>> = {
  networkAttributes: new Map(),
  nodes: new Map([
    ['n', 'name'],
    ['r', 'represents'],
  ]),
  edges: new Map([['i', 'interaction']]),
};

function readDeclarations(list: unknown[], problems: ProblemList): Declarations {
  const decl: Declarations = { networkAttributes: new Map(), nodes: new Map(), edges: new Map() };
  for (const block of list) {
    if (!isRecord(block)) continue;
    for (const scope of Object.keys(decl) as Scope[]) {
      const entries = block[scope];
      if (entries === undefined) continue;
      if (!isRecord(entries)) {
        problems.error(`the ${scope} declarations are not an object`, 'Export the network again.', {
          field: `attributeDeclarations.${scope}`,
        });
        continue;
      }
      for (const [name, d] of Object.entries(entries)) {
        const field = `attributeDeclarations.${scope}.${name}`;
        // A declaration may leave "d" out: NDEx's CX2 files declared only long and integer for a
        // while, other types being the JSON value's own. Only a type that is not one is reported.
        if (!isRecord(d) || (d.d !== undefined && (typeof d.d !== 'string' || !CX2_TYPES.includes(d.d)))) {
          problems.warning(
            `attribute ${quote(name, 40)} of ${scope} has no known type`,
            `Declare it with "d": one of ${CX2_TYPES.join(', ')}; its values are read as written.`,
            { field },
          );
        }
        const type = isRecord(d) && typeof d.d === 'string' ? d.d : AS_WRITTEN;
        const key = isRecord(d) && typeof d.a === 'string' && d.a !== '' ? d.a : name;
        // The specification's own example writes a double default as text ("v": "0.0").
        const dflt = isRecord(d) && d.v !== undefined ? asDeclared(d.v, type) : undefined;
        const entry = { name, type, ...(dflt !== undefined ? { default: dflt } : {}) };
        decl[scope].set(key, entry);
        // Files should use the alias once one is declared; the full name is still read, not lost.
        if (key !== name && !decl[scope].has(name)) decl[scope].set(name, { name, type });
      }
    }
  }
  return decl;
}

/** A value written as text in a numeric or boolean declaration, read as that type. */
function asDeclared(v: unknown, type: string): AttributeValue | undefined {
  if (typeof v === 'string' && ['double', 'long', 'integer'].includes(type) && v.trim() !== '') {
    const n = Number(v);
    if (Number.isFinite(n)) return n;
  }
  if (typeof v === 'string' && type === 'boolean' && (v === 'true' || v === 'false')) return v === 'true';
  return toAttributeValue(v);
}

/** Does a value fit its declared type? (`long` and `integer` are whole numbers.) */
function fits(value: unknown, type: string): boolean {
  const scalar = (v: unknown, t: string) =>
    t === 'string'
      ? typeof v === 'string'
      : t === 'boolean'
        ? typeof v === 'boolean'
        : t === 'double'
          ? typeof v === 'number'
          : t === 'long' || t === 'integer'
            ? typeof v === 'number' && Number.isInteger(v)
            : true;
  if (type.startsWith('list_of_'))
    return Array.isArray(value) && value.every((v) => scalar(v, type.slice(8)));
  return CX2_TYPES.includes(type) ? scalar(value, type) : true;
}

function readValues(
  v: unknown,
  scope: Scope,
  decl: Declarations,
  problems: ProblemList,
  where: string,
  /** Undeclared attributes already reported; undefined when the file declares none at all (said once). */
  undeclared: Set<string> | undefined,
): Attributes {
  const out: Attributes = {};
  const seen = new Set<string>();
  if (v !== undefined && !isRecord(v)) {
    problems.warning(
      `the attributes of ${where} are not an object; they were left out`,
      'Export the network again.',
      {
        field: `${where}.v`,
      },
    );
  }
  for (const [key, raw] of Object.entries(isRecord(v) ? v : {})) {
    const d = decl[scope].get(key);
    const customary = d ? undefined : CUSTOMARY_ALIASES[scope].get(key);
    const stands =
      customary !== undefined && isRecord(v) && !Object.prototype.hasOwnProperty.call(v, customary);
    const name = d?.name ?? (stands ? customary : key);
    seen.add(name);
    if (!d && undeclared && !undeclared.has(`${scope}.${key}`)) {
      undeclared.add(`${scope}.${key}`);
      problems.warning(
        `attribute ${quote(key, 40)} of ${scope} is not declared in attributeDeclarations`,
        stands
          ? `It is read as ${quote(customary)}, which it stands for in NDEx and Cytoscape files; declare it so other tools read it so too.`
          : 'Its values are kept as written; declare it so other tools know its type.',
        { field: `${scope}.${key}` },
      );
    }
    if (d && !fits(raw, d.type)) {
      problems.warning(
        `${where} has ${quote(name, 40)} = ${quote(raw, 40)}, which is not a ${d.type.replace(/_/g, ' ')}`,
        'The value is kept as written; correct it in the source tool to keep its type.',
        { field: `${where}.v.${key}` },
      );
    }
    const value = toAttributeValue(raw);
    if (value !== undefined) setAttribute(out, name, value);
  }
  for (const d of decl[scope].values()) {
    if (d.default !== undefined && !seen.has(d.name) && !Object.prototype.hasOwnProperty.call(out, d.name)) {
      setAttribute(out, d.name, d.default);
    }
  }
  return out;
}

/** Stage 1: a JSON list that starts with the CX2 descriptor; its aspects, fragments joined. */
export function validateCx2(ctx: FormatContext, _text: string, json?: unknown): Cx2Document | undefined {
  const { problems } = ctx;
  if (!Array.isArray(json)) {
    problems.error('a CX2 file is a JSON list of aspects', 'Export the network again as CX2 (.cx2).');
    return undefined;
  }
  const descriptor = json[0];
  if (!isRecord(descriptor) || descriptor.CXVersion === undefined) {
    problems.error(
      'the file does not start with the CX2 descriptor { "CXVersion": "2.0" }',
      'Export the network again as CX2; a CX version 1 file is opened as ".cx".',
      { field: '[0]' },
    );
  } else if (String(descriptor.CXVersion) !== '2.0') {
    problems.warning(
      `the file says it is CX version ${quote(descriptor.CXVersion)}; this app reads version 2.0`,
      'It is read as 2.0; if something is missing, export it again as CX2.',
      { field: 'CXVersion' },
    );
  }
  const aspects = collectAspects(json, problems);
  checkStatus(aspects, problems);
  // ndex2-client (Python) writes no status for a network it built; its metaData counts then vouch for it.
  if (!aspects.has('status') && !countsConfirmed(aspects)) {
    problems.warning(
      'the file does not end with a status aspect, so it may be incomplete',
      'If nodes or edges seem to be missing, download or export the network again.',
      { field: 'status' },
    );
  }
  return { aspects };
}

/** What validation hands on: the aspects by name. */
export interface Cx2Document {
  readonly aspects: Map<string, unknown[]>;
}

/** Stage 2: the network's attributes, nodes and edges, each read through its scope's declarations. */
export function extractCx2(ctx: FormatContext, { aspects }: Cx2Document): Extracted {
  const { problems } = ctx;
  const decl = readDeclarations(aspects.get('attributeDeclarations') ?? [], problems);
  // A file with no declarations at all (Cytoscape Web's own test network) is told once, not per attribute.
  const undeclared = aspects.has('attributeDeclarations') ? new Set<string>() : undefined;
  if (!undeclared) {
    problems.warning(
      'the file declares no attribute types (it has no attributeDeclarations aspect)',
      'Values are read as written, and "n", "r" and "i" as the name, represents and interaction they stand for in NDEx and Cytoscape files.',
      { field: 'attributeDeclarations' },
    );
  }

  const netAttrs: Attributes = {};
  (aspects.get('networkAttributes') ?? []).forEach((n) => {
    Object.assign(netAttrs, readValues(n, 'networkAttributes', decl, problems, 'the network', undeclared));
  });

  const context = readContext(netAttrs['@context'] !== undefined ? [netAttrs['@context']] : []);

  const rawNodes = aspects.get('nodes') ?? [];
  const styleLabels = cx2StyleLabels(aspects);
  const nodeValues = rawNodes.map((n, i) =>
    isRecord(n) ? readValues(n.v, 'nodes', decl, problems, `node ${idText(n.id) ?? i + 1}`, undeclared) : {},
  );
  // Nociscope's ids, when every node has a distinct one; else the CX ids.
  const own = ownIds(nodeValues, NOCISCOPE_ID);
  const idOf = new Map<string, string>();
  const nodes: NodeInput[] = [];
  const tickN = every(ctx.progress, rawNodes.length, 0.3, 0.5);
  rawNodes.forEach((n, i) => {
    tickN(i);
    const field = `nodes[${i}]`;
    if (!isRecord(n)) {
      problems.error(`node ${i + 1} is not an object`, 'Each node is { "id": 1, "v": { … } }.', { field });
      return;
    }
    const cxId = idText(n.id);
    if (cxId === undefined || !Number.isInteger(n.id)) {
      problems.error(`node ${i + 1} has no whole-number id`, 'CX2 node ids are whole numbers.', {
        field: `${field}.id`,
      });
      return;
    }
    if (idOf.has(cxId)) {
      problems.error(
        `two nodes have the id ${cxId}`,
        'Every node needs its own id; export the network again.',
        {
          field: `${field}.id`,
        },
      );
      return;
    }
    const values = nodeValues[i]!;
    const id = own ? own[i]! : cxId;
    if (own) delete values[NOCISCOPE_ID];
    idOf.set(cxId, id);
    const position = positionFrom(n.x, n.y);
    const xref = gpmlXref(values);
    const stated = [...listOf(values.represents), ...listOf(values.alias), ...(xref ? [xref] : [])];
    const shown = styleLabels.bypass.get(cxId) ?? labelText(styleLabels.column, values);
    // The node's own name, when the style shows something else, is also a name to match by.
    const named = typeof values.name === 'string' ? values.name.trim() : '';
    nodes.push({
      id,
      attributes: values,
      ...(shown ? { label: shown } : {}),
      ...(shown && named && named !== shown ? { synonyms: [named] } : {}),
      identifiers: [...stated, ...resolvedIdentifiers(stated, values, context)],
      ...(position ? { position } : {}),
      where: { field },
    });
  });

  const rawEdges = aspects.get('edges') ?? [];
  const edgeValues = rawEdges.map((e, i) =>
    isRecord(e) ? readValues(e.v, 'edges', decl, problems, `edge ${idText(e.id) ?? i + 1}`, undeclared) : {},
  );
  const ownE = ownIds(edgeValues, NOCISCOPE_ID);
  // Cytoscape's placeholder on every edge of a network it read from GraphML: no sign (desktopConventions.ts).
  if (
    cytoscapePlaceholderDash(
      problems,
      edgeValues.map((v) => v.interaction),
    )
  )
    for (const v of edgeValues) delete v.interaction;
  const edges: EdgeInput[] = [];
  const tickE = every(ctx.progress, rawEdges.length, 0.5, 0.75);
  rawEdges.forEach((e, i) => {
    tickE(i);
    const field = `edges[${i}]`;
    if (!isRecord(e)) {
      problems.error(`edge ${i + 1} is not an object`, 'Each edge is { "id": 1, "s": 0, "t": 2 }.', {
        field,
      });
      return;
    }
    const values = edgeValues[i]!;
    const id = ownE ? ownE[i]! : (idText(e.id) ?? '');
    if (ownE) delete values[NOCISCOPE_ID];
    const end = (v: unknown) => {
      const t = idText(v);
      return t === undefined ? '' : (idOf.get(t) ?? `(CX id ${t})`);
    };
    const interaction = interactionFromMarkup(values) ?? relationFromOntology(values);
    edges.push({
      id,
      source: end(e.s),
      target: end(e.t),
      attributes: values,
      ...(interaction ? { interaction } : {}),
      where: { field },
    });
  });

  return {
    ...(typeof netAttrs.name === 'string' ? { name: netAttrs.name } : {}),
    attributes: withoutEnvelope(netAttrs, ENVELOPE_NAMES.cx2),
    nodes,
    edges,
    partialPlacement: {
      hint: 'CX2 wants positions on all nodes or none; lay the network out again in its tool to fix it.',
    },
    styled: (network) => withCx2Style(network, aspects, nodeValues, edgeValues),
  };
}

/** Nociscope's CX2 export writes its own ids here (CX2 ids are numbers). */
const NOCISCOPE_ID = 'nociscope_id';

export const CX2_SPEC: FormatSpec<Cx2Document> = {
  format: 'cx2',
  validate: validateCx2,
  extract: extractCx2,
};

export const parseCx2: FormatParser = readerOf(CX2_SPEC);
