// Low-authority caveats, derived from the kind of each source and never copied by hand: a relation
// (or a story step) whose evidence rests only on news, web articles or an opinion article we could
// not read ourselves says so wherever it is shown or exported. A hand-written caveat would be
// forgotten on the next relation; this one cannot be.
import type { Graph } from './graph';
import type { Relation, Source, SourceId } from './schema';
import type { StoryStep } from './story';
import type { SourceKind } from './vocabulary';

/**
 * Source kinds that carry little authority on their own: news and web articles retell, and an
 * opinion article argues a view rather than weighing the studies. Reviews and primary research count.
 */
export const LOW_AUTHORITY_SOURCE_KINDS: readonly SourceKind[] = ['news', 'web-article', 'opinion'];

/** A source we know only through what others wrote of it: no DOI, PMID, PMCID or address of its own. */
export const knownOnlySecondHand = (source: Source): boolean =>
  !(source.doi || source.pmid || source.pmcid || source.url);

/** How a low-authority source is named in a caveat, or undefined when it carries full weight. */
export function lowAuthorityKind(source: Source): string | undefined {
  switch (source.kind) {
    case 'news':
      return 'a news report';
    case 'web-article':
      return 'a web article';
    case 'opinion':
      // With no DOI, PMID or address we know the piece only through what others wrote about it
      // (for tins2023, a news report); say so, since a reader cannot check it either.
      return knownOnlySecondHand(source) ? 'an opinion article known only second-hand' : 'an opinion article';
    default:
      return undefined;
  }
}

/** Sources by id: the graph's index, or a map built from a list (an export view's sources). */
export type SourceLookup = ReadonlyMap<SourceId, Source>;

/** The low-authority kinds behind a set of source ids, or undefined if any source carries weight. */
function onlyLowAuthority(ids: readonly SourceId[], sources: SourceLookup): string[] | undefined {
  if (ids.length === 0) return undefined;
  const kinds: string[] = [];
  for (const id of ids) {
    const source = sources.get(id);
    const kind = source && lowAuthorityKind(source);
    if (!kind) return undefined;
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * The caveat of a relation whose every piece of evidence comes from a low-authority source, or
 * undefined when at least one study or review backs it.
 */
export function authorityCaveat(
  relation: Pick<Relation, 'evidence'>,
  sources: SourceLookup,
): string | undefined {
  const kinds = onlyLowAuthority(
    relation.evidence.map((ev) => ev.source),
    sources,
  );
  return kinds
    ? `Rests only on low-authority sources (${list(kinds)}); no study or review in our sources backs it.`
    : undefined;
}

/**
 * The caveat of a story step whose relations all rest only on low-authority sources (a step that
 * shows no relation is judged by the sources it cites).
 */
export function stepAuthorityCaveat(
  graph: Graph,
  step: Pick<StoryStep, 'show' | 'sources'>,
): string | undefined {
  const edges = step.show.relations.flatMap((id) => graph.edgeById.get(id) ?? []);
  const ids = edges.length > 0 ? edges.flatMap((e) => e.evidence.map((ev) => ev.source)) : [...step.sources];
  const kinds = onlyLowAuthority(ids, graph.sourceById);
  if (!kinds) return undefined;
  return edges.length > 0
    ? `Every relation in this step rests only on low-authority sources (${list(kinds)}); no study or review in our sources backs them.`
    : `This step rests only on low-authority sources (${list(kinds)}).`;
}
