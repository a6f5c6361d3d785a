// The map as text: what the derived view shows, as entities grouped by kind, each with the
// relations it starts, in reading order. Pure: the text view renders it, tests check it against
// the view.
import type { Edge, Graph } from '../../model/graph';
import type { GraphNode } from '../../model/schema';
import type { DerivedView } from '../../model/view';
import { NODE_KIND_LABELS, NODE_KINDS, type NodeKind } from '../../model/vocabulary';

/** One entity of the map and the shown relations it is the subject of. */
export interface OutlineEntity {
  readonly node: GraphNode;
  readonly relations: readonly Edge[];
}

/** The shown entities of one kind. */
export interface OutlineGroup {
  readonly kind: NodeKind;
  readonly label: string;
  readonly entities: readonly OutlineEntity[];
}

export interface Outline {
  /** What is emphasised right now (a story step, a path, a selection's neighbourhood), if anything. */
  readonly emphasis: { readonly nodes: readonly GraphNode[]; readonly edges: readonly Edge[] } | null;
  readonly groups: readonly OutlineGroup[];
}

const byLabel = (a: GraphNode, b: GraphNode) => a.label.localeCompare(b.label);

export function outline(graph: Graph, view: DerivedView): Outline {
  const relationsOf = new Map<GraphNode['id'], Edge[]>();
  for (const e of graph.edges) {
    if (!view.kept.edges.has(e.id)) continue;
    const list = relationsOf.get(e.source) ?? [];
    list.push(e);
    relationsOf.set(e.source, list);
  }
  const shown = graph.nodes.filter((n) => view.kept.nodes.has(n.id));
  const groups = NODE_KINDS.map((kind) => ({
    kind,
    label: NODE_KIND_LABELS[kind],
    entities: shown
      .filter((n) => n.kind === kind)
      .sort(byLabel)
      .map((node) => ({ node, relations: relationsOf.get(node.id) ?? [] })),
  })).filter((g) => g.entities.length > 0);
  const h = view.highlighted;
  const emphasis = h
    ? {
        nodes: graph.nodes.filter((n) => h.nodes.has(n.id)).sort(byLabel),
        edges: graph.edges.filter((e) => h.edges.has(e.id)),
      }
    : null;
  return { emphasis, groups };
}
