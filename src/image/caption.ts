// What an image caption says: a title, a legend of only the kinds and arrows in the picture, the
// filters in words, the data version, the date and the sources behind the drawn relations. Pure:
// it reads the graph and the ids of the exported elements, never Cytoscape.
import { citedSources } from '../export/view';
import { shortCitation } from '../export/citation';
import type { Edge, Graph } from '../model/graph';
import type { SourceId } from '../model/schema';
import type { Story } from '../model/story';
import { edgeById, nodeById } from '../model/ids';
import { POLARITIES } from '../model/palette';
import { evidenceStrength } from '../model/sentence';
import { NODE_KINDS, type NodeKind, type Polarity } from '../model/vocabulary';

/** Evidence strength shown by an edge's line style. */
export type Strength = ReturnType<typeof evidenceStrength>;

/** Everything the caption band shows, as data. */
export interface CaptionContent {
  readonly title: string;
  readonly kinds: readonly NodeKind[];
  readonly polarities: readonly Polarity[];
  readonly strengths: readonly Strength[];
  /** The active filters in words, or an empty string. */
  readonly filters: string;
  readonly dataVersion: string;
  /** ISO date (YYYY-MM-DD). */
  readonly date: string;
  /** Short citations ("Chen et al. 2015") of the sources behind the drawn relations (a story step: its own). */
  readonly credits: readonly string[];
  /** The story and step the picture shows, in words, or an empty string outside a story. */
  readonly story: string;
  /** The imported network the picture shows, and the file it came from, or an empty string. */
  readonly network: string;
  /** The credit each drawn imported network's licence asks for (CC BY…), when any does. */
  readonly attributions?: readonly string[];
}

/** The words the app hands in: the caption does not import features (filters in words, titles). */
export interface CaptionText {
  readonly title: string;
  readonly filters: string;
  readonly date: string;
  /** While a story plays: which story and step the picture shows, and the step's own sources. */
  readonly story?: StoryCaption;
  /** An imported network open on its own: the picture is of it, not of the curated map. */
  readonly network?: NetworkCaption;
  /** Credits the licences of the drawn imported networks ask for (src/import/metadata.ts attributionOf). */
  readonly attributions?: readonly string[];
}

/** An imported network named in a caption (its licence's credit goes in `attributions`). */
export interface NetworkCaption {
  readonly name: string;
  /** The file(s) it was read from. */
  readonly files: readonly string[];
}

/** The caption words of an imported network: its name and files. */
export function networkCaption(network: { name: string; fileNames: readonly string[] }): NetworkCaption {
  return { name: network.name, files: network.fileNames };
}

/** A story step named in a caption. */
export interface StoryCaption {
  readonly story: string;
  /** 1-based. */
  readonly step: number;
  readonly steps: number;
  readonly stepTitle: string;
  /** The step's own sources: credited instead of every source behind the drawn relations. */
  readonly sources: readonly SourceId[];
}

/** The caption words of a story's step (`index` 0-based), or undefined when the story has no such step. */
export function storyCaption(story: Story, index: number): StoryCaption | undefined {
  const step = story.steps[index];
  if (!step) return undefined;
  return {
    story: story.title,
    step: index + 1,
    steps: story.steps.length,
    stepTitle: step.title,
    sources: [...new Set(step.sources)],
  };
}

/** A picture's title while a story plays: "Nociscope — What if TGF-β1 is blocked? Step 3: Predict: block TGF-β1". */
export function storyCaptionTitle(s: StoryCaption): string {
  return `Nociscope — ${s.story} Step ${s.step}: ${s.stepTitle}`;
}

/** The ids of the elements an image contains. */
export interface Shown {
  readonly nodes: Iterable<string>;
  readonly edges: Iterable<string>;
}

const STRENGTH_ORDER: readonly Strength[] = ['primary', 'review', 'news'];

export function captionContent(graph: Graph, shown: Shown, text: CaptionText): CaptionContent {
  const kinds = new Set<NodeKind>();
  for (const id of shown.nodes) {
    const n = nodeById(graph, id);
    if (n) kinds.add(n.kind);
  }
  const edges: Edge[] = [];
  for (const id of shown.edges) {
    const e = edgeById(graph, id);
    if (e) edges.push(e);
  }
  const polarities = new Set(edges.map((e) => e.polarity));
  const strengths = new Set(edges.map(evidenceStrength));
  return {
    title: text.title,
    kinds: NODE_KINDS.filter((k) => kinds.has(k)),
    polarities: POLARITIES.filter((p) => polarities.has(p)),
    strengths: STRENGTH_ORDER.filter((s) => strengths.has(s)),
    filters: text.filters,
    dataVersion: graph.version,
    date: text.date,
    credits: [...new Set(credited(graph, edges, text.story).map(shortCitation))],
    story: text.story
      ? `Story: ${text.story.story}, step ${text.story.step} of ${text.story.steps}: ${text.story.stepTitle}`
      : '',
    network: text.network
      ? `Imported network “${text.network.name}”, from ${text.network.files.join(', ') || 'a file'}: the file’s nodes and edges, not curated evidence`
      : '',
    ...(text.attributions?.length ? { attributions: [...new Set(text.attributions)] } : {}),
  };
}

/** The step's own sources while a story plays (what the class is told rests on), else those of the relations. */
function credited(graph: Graph, edges: readonly Edge[], story: StoryCaption | undefined) {
  if (!story) return citedSources(graph, edges);
  return story.sources.flatMap((id) => graph.sourceById.get(id) ?? []);
}
