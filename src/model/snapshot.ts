// The validated knowledge base as plain JSON: the build loads graph-data once with the CLI's loader
// (build/graphData.ts) and the app rebuilds its indexes from this, so the browser never ships or runs
// the YAML parser and the schema just to open the map. Keep this module free of zod and yaml.
import { buildGraph, type Graph, type Mechanism } from './graph';
import type { Problem } from './problems';
import type { GraphNode, Relation, Source } from './schema';
import type { Story } from './story';

/** What the build hands the app: JSON-safe, already validated. */
export interface GraphSnapshot {
  readonly nodes: readonly GraphNode[];
  readonly relations: readonly { readonly relation: Relation; readonly group: string }[];
  readonly sources: readonly Source[];
  readonly mechanisms: readonly Mechanism[];
  readonly version: string;
  readonly stories: readonly Story[];
}

/** The app's data module: the snapshot, or the problems that kept graph-data from loading. */
export type BundledData =
  | { readonly ok: true; readonly snapshot: GraphSnapshot }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export function toSnapshot(graph: Graph, stories: readonly Story[]): GraphSnapshot {
  return {
    nodes: graph.nodes,
    // Polarity is derived from the verb when the graph is rebuilt: not stored twice.
    relations: graph.edges.map(({ polarity: _p, group, ...relation }) => ({ relation, group })),
    sources: graph.sources,
    mechanisms: graph.mechanisms,
    version: graph.version,
    stories,
  };
}

export function fromSnapshot(s: GraphSnapshot): { graph: Graph; stories: Story[] } {
  return {
    graph: buildGraph({
      nodes: [...s.nodes],
      relations: [...s.relations],
      sources: [...s.sources],
      mechanisms: [...s.mechanisms],
      version: s.version,
    }),
    stories: [...s.stories],
  };
}
