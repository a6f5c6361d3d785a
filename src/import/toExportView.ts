// An imported network as an ExportView, so the app's exporters (src/export) write it in every data
// format: the convert CLI uses it, and the app can export a layer back. Every node and edge is marked
// `imported: true` with `imported_from` (its file) in every format, and keeps its own attributes as
// extra columns (ExportView.extra).
//
// The exporters are typed on the curated schema (six node kinds, the relation vocabulary, the
// bibliography), but they only read those fields to write them out as text. An imported node's kind
// or an edge's interaction is the file's own word, so the elements are built field by field here and
// handed over through one documented type assertion (`asCurated`) rather than forced into a curated
// kind the file never stated.
import { contentHash, type Edge } from '../model/graph';
import type { GraphNode, Source } from '../model/schema';
import type { ExportView, ExtraValue, Position } from '../export/view';
import type { Attributes, AttributeValue, ImportedEvidence, ImportedNetwork } from './types';

/** The mark every exported imported element carries. */
export const IMPORTED_MARK = 'imported';
export const IMPORTED_FROM = 'imported_from';

/** Node attributes the curated columns already carry. */
const NODE_FIELDS = ['description', 'class', 'modality', 'status'] as const;
/** Edge attributes the curated edge (its context, caveat and mechanism) already carries. */
const CONTEXT_LISTS = ['location', 'phase', 'species'] as const;

const text = (v: AttributeValue | undefined) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const list = (v: AttributeValue | undefined): string[] | undefined =>
  v === undefined
    ? undefined
    : Array.isArray(v)
      ? v.map(String)
      : String(v)
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean);

const extraOf = (attrs: Attributes, skip: readonly string[], from: string): Record<string, ExtraValue> => {
  const out: Record<string, ExtraValue> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (skip.includes(k)) continue;
    Object.defineProperty(out, k, {
      value: Array.isArray(v) ? v.map(String) : v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  out[IMPORTED_MARK] = true;
  out[IMPORTED_FROM] = from;
  return out;
};

/** Network attributes as export values (lists as text lists, as element attributes are). */
function metadataOf(attrs: Attributes): Record<string, ExtraValue> {
  const out: Record<string, ExtraValue> = {};
  for (const [k, v] of Object.entries(attrs))
    Object.defineProperty(out, k, {
      value: Array.isArray(v) ? v.map(String) : v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return out;
}

/** The one place imported elements enter the curated types (see the comment at the top). */
const asCurated = <T>(value: object) => value as T;

/** A source id for a citation: the file's own, else one made from its PMID or DOI. */
function sourceIdOf(e: ImportedEvidence, i: number): string {
  if (e.source) return e.source;
  if (e.pmid) return `pmid_${e.pmid}`;
  if (e.doi) return `doi_${e.doi.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
  return `citation_${i + 1}`;
}

/**
 * Nodes without a stored position get one on a plain grid below the positioned ones, so every format
 * (which all carry positions since format version 2) has one for each node.
 */
function positionsOf(network: ImportedNetwork): Map<string, Position> {
  const out = new Map<string, Position>();
  let maxY = 0;
  for (const n of network.nodes) {
    if (n.position) {
      out.set(n.id, n.position);
      maxY = Math.max(maxY, n.position.y);
    }
  }
  const missing = network.nodes.filter((n) => !n.position);
  const cols = Math.max(1, Math.ceil(Math.sqrt(missing.length)));
  const top = out.size ? maxY + 150 : 0;
  missing.forEach((n, i) => out.set(n.id, { x: (i % cols) * 180, y: top + Math.floor(i / cols) * 110 }));
  return out;
}

export function importedToExportView(network: ImportedNetwork): ExportView {
  const from = network.fileNames.join(', ');
  const nodeExtra = new Map<string, Record<string, ExtraValue>>();
  const edgeExtra = new Map<string, Record<string, ExtraValue>>();
  const nodes = network.nodes.map((n) => {
    nodeExtra.set(n.id, extraOf(n.attributes, NODE_FIELDS, from));
    const fields: Record<string, unknown> = {
      id: n.id,
      kind: n.kind,
      label: n.label,
      synonyms: [...n.synonyms],
      identifiers: [...n.identifiers],
    };
    for (const f of NODE_FIELDS) if (text(n.attributes[f])) fields[f] = text(n.attributes[f]);
    return asCurated<GraphNode>(fields);
  });

  const sources = new Map<string, Source>();
  const edges = network.edges.map((e) => {
    edgeExtra.set(e.id, {
      ...extraOf(e.attributes, ['mechanism', 'duration', 'caveat', ...CONTEXT_LISTS], from),
      // The exports write directed graphs: an undirected network's relations say so themselves, so
      // they come back (here, or in Cytoscape as a column) without a direction they never had.
      ...(!network.directed && e.attributes.directed === undefined ? { directed: false } : {}),
    });
    const evidence = e.evidence.map((ev, i) => {
      const source = sourceIdOf(ev, i);
      if (!sources.has(source)) {
        sources.set(
          source,
          asCurated<Source>({
            id: source,
            // The kind of an imported citation is not known; the exporters write it as text.
            kind: 'unknown',
            title: ev.pmid ? `PubMed ${ev.pmid}` : ev.doi ? `DOI ${ev.doi}` : source,
            authors: [],
            moreAuthors: false,
            authorsVerified: false,
            doi: ev.doi ?? null,
            pmid: ev.pmid ?? null,
            identified: 'partial',
          }),
        );
      }
      return {
        source,
        kind: ev.kind ?? '',
        note: ev.note ?? '',
        ...(ev.locator ? { locator: ev.locator } : {}),
      };
    });
    const context: Record<string, unknown> = {};
    for (const f of CONTEXT_LISTS) if (list(e.attributes[f])) context[f] = list(e.attributes[f]);
    if (text(e.attributes.duration)) context.duration = text(e.attributes.duration);
    return asCurated<Edge>({
      id: e.id,
      source: e.source,
      target: e.target,
      relation: e.interaction ?? '',
      polarity: e.polarity,
      group: text(e.attributes.mechanism) ?? IMPORTED_MARK,
      ...(Object.keys(context).length ? { context } : {}),
      ...(text(e.attributes.caveat) ? { caveat: text(e.attributes.caveat) } : {}),
      evidence,
    });
  });

  return {
    nodes,
    edges,
    sources: [...sources.values()],
    positions: asCurated<ExportView['positions']>(positionsOf(network)),
    meta: { title: network.name, dataVersion: `imported-${contentHash([JSON.stringify(network)])}` },
    extra: { nodes: nodeExtra, edges: edgeExtra },
    // The network's own metadata goes out with it (ExportView.metadata), as the file gave it.
    metadata: metadataOf(network.attributes),
  };
}

/** One imported layer for an overlay export: its network and its accepted matches (imported → curated id). */
export interface OverlayLayer {
  readonly network: ImportedNetwork;
  readonly matches: ReadonlyMap<string, string>;
}

/**
 * The curated view with imported layers laid over it, for the app's exports of an overlay. A matched
 * imported node (an accepted match) is the curated entity: it is not repeated, and its imported edges
 * attach to the curated node. Every other imported node and every imported edge is added, marked
 * imported; an imported id that is already taken gets a suffix, and its file id is kept in
 * `imported_id`.
 */
export function overlayExportView(base: ExportView, layers: readonly OverlayLayer[]): ExportView {
  const nodes = [...base.nodes];
  const edges = [...base.edges];
  const sources = [...base.sources];
  const positions = new Map<string, Position>(base.positions);
  const extraNodes = new Map(base.extra?.nodes ?? []);
  const extraEdges = new Map(base.extra?.edges ?? []);
  const taken = new Set<string>([...nodes.map((n) => n.id as string), ...edges.map((e) => e.id as string)]);
  const sourceIds = new Set(sources.map((s) => s.id as string));
  const free = (id: string) => {
    let candidate = id;
    for (let n = 2; taken.has(candidate); n++) candidate = `${id}_${n}`;
    taken.add(candidate);
    return candidate;
  };
  for (const layer of layers) {
    const view = importedToExportView(layer.network);
    const idOf = new Map<string, string>();
    for (const n of view.nodes) {
      const matched = layer.matches.get(n.id);
      if (matched !== undefined && base.nodes.some((b) => b.id === matched)) {
        idOf.set(n.id, matched);
        continue;
      }
      const id = free(n.id);
      idOf.set(n.id, id);
      nodes.push(asCurated<GraphNode>({ ...n, id }));
      positions.set(id, view.positions.get(n.id)!);
      extraNodes.set(id, { ...view.extra!.nodes.get(n.id), imported_id: n.id });
    }
    for (const e of view.edges) {
      const id = free(e.id);
      edges.push(asCurated<Edge>({ ...e, id, source: idOf.get(e.source), target: idOf.get(e.target) }));
      extraEdges.set(id, { ...view.extra!.edges.get(e.id), imported_id: e.id });
    }
    for (const s of view.sources) {
      if (sourceIds.has(s.id)) continue;
      sourceIds.add(s.id);
      sources.push(s);
    }
  }
  return {
    ...base,
    nodes,
    edges,
    sources,
    positions: asCurated<ExportView['positions']>(positions),
    extra: { nodes: extraNodes, edges: extraEdges },
  };
}
