// A pathway diagram as data: which entities and relations a path query, a therapy's impact or a
// comparison draws, what each looks like in words (sign, verb, evidence, group letter) and what a
// knock-out breaks. Pure, so the diagram component, its CSV and the tests read one description.
import { brokenBy } from './pathways/context';
import { NO_FILTERS } from './filter';
import type { Edge, Graph } from './graph';
import { elkInput, type ElkInput, type LayeredNode } from './layered';
import { nodeSize } from './nodeSize';
import type { DerivedView } from './view';
import type { GraphNode, NodeId, RelationId, SourceId } from './schema';
import type { DiagramInput } from './diagramInput';
import { evidenceStrength } from './sentence';
import { RELATION_TYPES, type NodeKind, type Polarity } from './vocabulary';

export type { DiagramGroupInput, DiagramInput } from './diagramInput';

/**
 * Colours of compared groups: Okabe–Ito hues dark enough for lines and text on white. A group is
 * never told by colour alone: each also has a letter written on its relations.
 */
export const GROUP_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8A6D00', '#56B4E9'] as const;
/** Relations shared by several groups: black, with every letter. */
export const SHARED_COLOUR = '#000000';

export interface DiagramGroup {
  readonly id: string;
  readonly label: string;
  /** A, B, C…: the non-colour cue. */
  readonly letter: string;
  readonly colour: string;
}

export interface DiagramNode {
  readonly id: NodeId;
  readonly label: string;
  readonly kind: NodeKind;
  readonly knockedOut: boolean;
  readonly role: 'from' | 'to' | 'step';
}

export type Sign = '+' | '−' | '±0';

export interface DiagramEdge {
  readonly id: RelationId;
  readonly source: NodeId;
  readonly target: NodeId;
  readonly verb: string;
  readonly polarity: Polarity;
  /** The sign in words: + promotes, − counters, ±0 structural or unsigned. */
  readonly sign: Sign;
  readonly strength: ReturnType<typeof evidenceStrength>;
  /** Evidence kinds behind the relation, strongest first as written in the data. */
  readonly evidence: readonly string[];
  readonly sources: readonly SourceId[];
  /** Letters of the groups it belongs to (empty without groups). */
  readonly groups: readonly string[];
  /** Colour: its group's, black when shared, null for the default polarity colour. */
  readonly colour: string | null;
  /** An end is knocked out, or a mediator it works through: the relation no longer carries an effect. */
  readonly broken: boolean;
  /** The relation records an outcome a study observed, not a step inferred from a mechanism. */
  readonly observed: boolean;
  /** The limit its sources put on it: drawn as ⚠ on the caption, said in full in the lists. */
  readonly caveat?: string;
  /** The short text drawn on the relation: letters, verb, sign, and "broken". */
  readonly caption: string;
}

export interface Diagram {
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
  readonly groups: readonly DiagramGroup[];
  readonly from: NodeId | null;
  readonly to: NodeId | null;
  /** Asked-for relation ids the graph does not have (a stale link): reported, never drawn. */
  readonly unknown: readonly string[];
}

const SIGN: Record<`${Polarity}`, Sign> = { '1': '+', '-1': '−', '0': '±0' };
const letterOf = (i: number) => String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(i) : '');

export function buildDiagram(graph: Graph, input: DiagramInput): Diagram {
  const groups: DiagramGroup[] = (input.groups ?? []).map((g, i) => ({
    id: g.id,
    label: g.label,
    letter: letterOf(i),
    colour: GROUP_COLOURS[i % GROUP_COLOURS.length]!,
  }));
  const lettersOf = new Map<RelationId, string[]>();
  (input.groups ?? []).forEach((g, i) => {
    for (const id of g.relationIds) {
      const list = lettersOf.get(id) ?? [];
      if (!list.includes(groups[i]!.letter)) list.push(groups[i]!.letter);
      lettersOf.set(id, list);
    }
  });
  // Every relation asked for, in order, once; group relations count too.
  const wanted = [...new Set([...input.relationIds, ...lettersOf.keys()])];
  const unknown: string[] = [];
  const edges: Edge[] = [];
  for (const id of wanted) {
    const e = graph.edgeById.get(id);
    if (e) edges.push(e);
    else unknown.push(id);
  }
  const knocked = new Set((input.knockedOut ?? []).filter((id) => graph.nodeById.has(id)));
  const nodeIds = new Set<NodeId>();
  for (const e of edges) {
    nodeIds.add(e.source);
    nodeIds.add(e.target);
  }
  for (const id of [input.from, input.to, ...knocked]) if (id && graph.nodeById.has(id)) nodeIds.add(id);
  const colourOf = new Map(groups.map((g) => [g.letter, g.colour]));

  const nodes: DiagramNode[] = graph.nodes
    .filter((n) => nodeIds.has(n.id))
    .map((n: GraphNode) => ({
      id: n.id,
      label: n.label,
      kind: n.kind,
      knockedOut: knocked.has(n.id),
      role: n.id === input.from ? 'from' : n.id === input.to ? 'to' : 'step',
    }));
  return {
    nodes,
    edges: edges.map((e) => {
      const letters = lettersOf.get(e.id) ?? [];
      const broken = knocked.has(e.source) || knocked.has(e.target) || brokenBy(e, knocked);
      const verb = RELATION_TYPES[e.relation].verb;
      const sign = SIGN[`${e.polarity}`];
      const prefix = letters.length ? `${letters.join('+')} · ` : '';
      return {
        id: e.id,
        source: e.source,
        target: e.target,
        verb,
        polarity: e.polarity,
        sign,
        strength: evidenceStrength(e),
        evidence: [...new Set(e.evidence.map((ev) => ev.kind))],
        sources: [...new Set(e.evidence.map((ev) => ev.source))],
        groups: letters,
        colour: letters.length > 1 ? SHARED_COLOUR : letters.length === 1 ? colourOf.get(letters[0]!)! : null,
        broken,
        observed: e.observed === true,
        ...(e.caveat ? { caveat: e.caveat } : {}),
        caption: `${prefix}${verb} (${sign})${e.observed ? ' · observed' : ''}${e.caveat ? ' ⚠' : ''}${broken ? ' ✕ broken' : ''}`,
      };
    }),
    groups,
    from: input.from && graph.nodeById.has(input.from) ? input.from : null,
    to: input.to && graph.nodeById.has(input.to) ? input.to : null,
    unknown,
  };
}

/**
 * The diagram as ELK input: the start in the first partition, the end in the last, everything else
 * between, so the reading runs left to right from cause to endpoint. Without ends, ELK's own
 * layering follows the arrows. A knocked-out entity's box has room for its second line.
 */
export function diagramElkInput(d: Diagram, captions = true): ElkInput {
  const byId = new Map(d.nodes.map((n) => [n.id as string, n]));
  const partitionOf =
    d.from || d.to ? (n: LayeredNode) => (n.id === d.from ? 0 : n.id === d.to ? 2 : 1) : null;
  // A path may walk a relation against its arrow (an undirected search): lay it out in the direction
  // of reading, away from the start, so the picture still runs left to right. The arrow drawn is
  // the relation's own.
  const dist = d.from ? distancesFrom(d, d.from) : null;
  const reading = (e: DiagramEdge) => {
    const ds = dist?.get(e.source);
    const dt = dist?.get(e.target);
    return ds !== undefined && dt !== undefined && dt < ds
      ? { id: e.id, source: e.target, target: e.source }
      : { id: e.id, source: e.source, target: e.target };
  };
  // Room between layers for the longest relation caption (about 9 px a character at 15 px).
  const longest = captions ? Math.max(0, ...d.edges.map((e) => e.caption.length)) : 0;
  return elkInput(
    d.nodes.map((n) => ({ id: n.id, label: n.label, kind: n.kind })),
    d.edges.map(reading),
    {
      ...DIAGRAM_LAYOUT_OPTIONS,
      // Without captions (a story step's picture) the gaps only need room for an arrow head.
      ...(captions ? {} : { 'elk.spacing.nodeNode': String(STAGE_NODE_GAP) }),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(
        captions ? Math.max(120, Math.round(longest * 9 + 40)) : STAGE_LAYER_GAP,
      ),
    },
    {
      partitionOf,
      sizeOf: (n) => diagramNodeSize(n.label, byId.get(n.id)?.knockedOut ?? false),
    },
  );
}

/** Gaps of a diagram drawn without captions (model px): an arrow head and a little air. */
const STAGE_LAYER_GAP = 40;
const STAGE_NODE_GAP = 6;

/** Steps from `start` to every entity of the diagram, along relations in either direction. */
function distancesFrom(d: Diagram, start: NodeId): Map<NodeId, number> {
  const dist = new Map<NodeId, number>([[start, 0]]);
  let frontier = [start];
  while (frontier.length) {
    const next: NodeId[] = [];
    for (const at of frontier) {
      for (const e of d.edges) {
        const other = e.source === at ? e.target : e.target === at ? e.source : null;
        if (other && !dist.has(other)) {
          dist.set(other, dist.get(at)! + 1);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return dist;
}

/**
 * A diagram's node box: the map's size scaled for the larger bold labels (DIAGRAM_FONT_SIZE 18 px
 * against 17), with room for the second line of a knocked-out entity.
 */
export function diagramNodeSize(label: string, knockedOut: boolean): { w: number; h: number; tw: number } {
  const size = nodeSize(label);
  const w = Math.round(size.w * 1.2);
  const tw = Math.round(size.tw * 1.15);
  return knockedOut
    ? { w: Math.max(w, 160), h: size.h + 26, tw: Math.max(tw, 150) }
    : { w, h: size.h + 4, tw };
}

/** The second line a knocked-out entity's label gets: a cross mark and words, not colour alone. */
export const KNOCKED_OUT_MARK = '✕ knocked out';

/** The label drawn in a diagram's node box. */
export const diagramNodeLabel = (n: DiagramNode) =>
  n.knockedOut ? `${n.label}\n${KNOCKED_OUT_MARK}` : n.label;

/**
 * ELK options for diagrams: wider gaps between layers than the whole map, so each relation's
 * caption (letters, verb, sign) has room on its line.
 */
export const DIAGRAM_LAYOUT_OPTIONS: Record<string, string> = {
  // Diagrams are small: no bound on a layer's size, the fewest layers that follow the arrows.
  'elk.layered.layering.strategy': 'NETWORK_SIMPLEX',
  'elk.spacing.nodeNode': '46',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
};

/**
 * The diagram as a derived view, for the image export the map uses: everything drawn is kept,
 * nothing is faded or hidden, no filters apply.
 */
export function diagramView(d: Diagram): DerivedView {
  const kept = { nodes: new Set(d.nodes.map((n) => n.id)), edges: new Set(d.edges.map((e) => e.id)) };
  const none = { nodes: new Set<NodeId>(), edges: new Set<RelationId>() };
  return {
    filters: NO_FILTERS,
    filtersPaused: false,
    kept,
    faded: none,
    hidden: none,
    highlighted: null,
    selected: null,
    layers: new Map(),
    overlayMatches: new Map(),
    matched: new Set(),
    importedPath: null,
    pathway: null,
    knockedOut: new Set(),
    broken: new Set(),
    frame: d.nodes.map((n) => n.id),
    counts: {
      nodes: d.nodes.length,
      edges: d.edges.length,
      totalNodes: d.nodes.length,
      totalEdges: d.edges.length,
    },
  };
}
