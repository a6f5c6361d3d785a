// The lines that lead an answer: what was observed, what is inferred, how many findings and sources
// stand behind the routes, and the caveats that travel with them. The command line, the copied text
// and Markdown, the panel and the story reveal all read these, so they say the same thing.
import type { Graph } from '../model/graph';
import { isRelief, VERDICT_ICONS, VERDICT_LABELS, type CombinedVerdict } from '../model/pathways/endpoints';
import type { RouteCounts } from '../model/pathways/findings';
import { impactPaths, type TherapyImpact } from '../model/pathways/impact';
import type { SignedPath } from '../model/pathways/paths';
import type { WhatIf } from '../model/pathways/whatIf';
import type { NodeId, RelationId } from '../model/schema';
import { relationSentence } from '../model/sentence';
import { lowAuthorityKind } from '../model/authority';
import { shortCitation } from './citation';
import { interventionSentence } from './pathNarrative';

export const labelOf = (graph: Graph, id: NodeId) => graph.nodeById.get(id)?.label ?? id;
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
export const verdictText = (v: CombinedVerdict | 'none') =>
  v === 'none' ? 'no path' : `${VERDICT_ICONS[v]} ${VERDICT_LABELS[v]}`;

/** "7 routes from 3 sources, 2 findings; 4 of 7 rest on one web article (Mondo Health 2024)". */
export function countsSentence(graph: Graph, c: RouteCounts): string {
  const base = `${count(c.routes, 'inferred route')} from ${count(c.sources, 'source')}, ${count(c.findings, 'finding')}`;
  if (!c.lowAuthorityRoutes) return base;
  const low = c.lowAuthoritySources.flatMap((id) => graph.sourceById.get(id) ?? []);
  const only = low.length === 1 ? low[0]! : undefined;
  const on = only
    ? `one ${(lowAuthorityKind(only) ?? 'source').replace(/^an? /, '')} (${shortCitation(only)})`
    : 'news, web or opinion sources';
  return `${base}; ${c.lowAuthorityRoutes} of ${c.routes} rest${c.lowAuthorityRoutes === 1 ? 's' : ''} on ${on}`;
}

/** The distinct curated caveats of a set of paths, each with the relation it limits. */
export function caveatsOf(paths: readonly SignedPath[]): { relation: RelationId; text: string }[] {
  const seen = new Map<RelationId, string>();
  for (const p of paths) for (const c of p.caveats) if (!seen.has(c.relation)) seen.set(c.relation, c.text);
  return [...seen].map(([relation, text]) => ({ relation, text }));
}

/** The species the paths' evidence comes from, said when no step was observed in people. */
function speciesNote(paths: readonly SignedPath[]): string | undefined {
  const all = new Set(paths.flatMap((p) => p.evidence.species));
  if (!all.size || all.has('human')) return undefined;
  return `evidence from ${[...all].join(' and ')} only, none in people`;
}

/** One line that sums up the caveats of an answer, or undefined when none applies. */
export function caveatSummary(paths: readonly SignedPath[]): string | undefined {
  const caveats = caveatsOf(paths);
  const parts: string[] = [];
  if (caveats.length) {
    const first = caveats[0]!.text.split(/(?<=[.:;])\s/)[0]!.replace(/[.:;]$/, '');
    parts.push(`${count(caveats.length, 'caveat')} from the sources (e.g. “${first}”)`);
  }
  const species = speciesNote(paths);
  if (species) parts.push(species);
  return parts.length ? `Caveats: ${parts.join('; ')}.` : undefined;
}

const joinAnd = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/**
 * What was observed of the therapy itself, endpoints with the same verdict and species together:
 * "relieves pain for Neuropathic pain, Hyperalgesia and Allodynia (mouse)".
 */
function observedClause(graph: Graph, impact: TherapyImpact): string | undefined {
  const groups = new Map<string, { verdict: string; species: string; ends: string[] }>();
  for (const e of impact.endpoints) {
    if (!e.observed) continue;
    const species = [
      ...new Set(impact.observed.filter((p) => p.endpoint === e.id).flatMap((p) => p.evidence.species)),
    ].join(', ');
    const key = `${e.observed} ${species}`;
    const group = groups.get(key) ?? { verdict: VERDICT_LABELS[e.observed], species, ends: [] };
    group.ends.push(labelOf(graph, e.id));
    groups.set(key, group);
  }
  if (!groups.size) return undefined;
  return [...groups.values()]
    .map((g) => `${g.verdict} for ${joinAnd(g.ends)}${g.species ? ` (${g.species})` : ''}`)
    .join('; ');
}

/** An impact answer's headline: its verdict, then a sentence each for observed, inferred, conflict, risks. */
export function impactHeadlineParts(
  graph: Graph,
  impact: TherapyImpact,
): { verdict: string; lines: string[] } {
  const who = labelOf(graph, impact.therapy);
  if (impact.overall === 'none')
    return { verdict: `${who}: no path to a pain endpoint within ${impact.maxLength} steps.`, lines: [] };
  const observed = observedClause(graph, impact);
  const lines = [
    observed
      ? `Observed in studies: ${observed}.`
      : 'No study observed this outcome of the therapy itself: the answer is inferred from chains of cited relations.',
  ];
  if (impact.counts.routes)
    lines.push(`Inferred: ${verdictText(impact.inferredOverall)} — ${countsSentence(graph, impact.counts)}.`);
  if (impact.disagrees)
    lines.push(
      'The observation and the inferred routes disagree; what was observed outweighs what is inferred.',
    );
  if (impact.risks.length) lines.push(`${count(impact.risks.length, 'path')} to risks.`);
  return { verdict: `${who}: ${verdictText(impact.overall)}.`, lines };
}

/** The headline of an impact answer as one paragraph: observed first, then inferred and the disagreement. */
export function impactHeadline(graph: Graph, impact: TherapyImpact): string {
  const { verdict, lines } = impactHeadlineParts(graph, impact);
  return [verdict, ...lines].join(' ');
}

/** What a knock-out does, as one paragraph: the experiment that did it first, then what the map infers. */
export function whatIfSentence(graph: Graph, what: WhatIf): string {
  const { experiments, inferred } = whatIfParts(graph, what);
  return [...experiments, ...inferred].join(' ');
}

/**
 * The verdict line of a what-if: the therapy with the entities taken out, and what is left (the
 * experiment's result where one took them out): "Intrathecal BMSC therapy without TGF-β1: ∅ no effect
 * observed (an experiment did this knock-out)."
 */
export function whatIfHeadline(graph: Graph, what: WhatIf): string {
  const out = what.knockedOut.map((id) => labelOf(graph, id)).join(', ');
  const tested = what.observedAfter ? ' (an experiment did this knock-out)' : ' (inferred from the map)';
  return `${labelOf(graph, what.therapy)} without ${out}: ${verdictText(what.overall)}${what.overall === 'none' ? '' : tested}.`;
}

/**
 * The sentences of a what-if: each experiment that did the knock-out, then what the map infers, what
 * the experiment says of it, and the verdict.
 */
export function whatIfParts(graph: Graph, what: WhatIf): { experiments: string[]; inferred: string[] } {
  const out = what.knockedOut.map((id) => labelOf(graph, id)).join(', ');
  const who = labelOf(graph, what.therapy);
  const experiments = what.experiments.map((x) =>
    interventionSentence(graph, x, 'Observed in an experiment: '),
  );
  const parts: string[] = [];
  // Relieving routes, observed and inferred: the whatIf lists only relieving ones as broken.
  const broken = what.brokenObserved.length + what.brokenRelief.length;
  const total =
    what.before.observed.filter((p) => isRelief(p.verdict)).length +
    what.before.relieves.length +
    what.before.prevents.length;
  const remain = what.remainingRelief.length;
  const inferred =
    broken === 0
      ? `Knocking out ${out} breaks none of the ${count(total, 'relieving route')} of ${who} on the map.`
      : `Knocking out ${out} breaks ${broken} of ${count(total, 'relieving route')} of ${who} on the map; ` +
        `${remain === 0 ? 'no inferred route remains' : `${count(remain, 'inferred route')} remain${remain === 1 ? 's' : ''}`}.`;
  parts.push(experiments.length ? `Inferred from the map (not tested): ${inferred}` : inferred);
  if (what.observedAfter === 'lost' && remain)
    parts.push(
      `The experiment says the relief did not survive, so the remaining routes are inferences it does not support (${countsSentence(graph, what.after.counts)}).`,
    );
  parts.push(
    what.overall === 'none'
      ? 'After the knock-out no path to pain is left.'
      : `After the knock-out: ${verdictText(what.overall)}.`,
  );
  return { experiments, inferred: parts };
}

/** The relation sentences of the findings, tested first: "BMSC secretes TGF-β1 — 3 routes (tested)". */
export function findingLines(graph: Graph, impact: TherapyImpact): string[] {
  return impact.findings.map((f) => {
    const e = graph.edgeById.get(f.relation);
    const sources = f.sources.flatMap((id) => graph.sourceById.get(id) ?? []).map(shortCitation);
    return (
      `${e ? relationSentence(graph, e) : f.relation} — ${count(f.routes, 'route')}; ${sources.join(', ')}` +
      `${f.tested ? '; mechanism tested by taking a mediator out' : ''}` +
      `${f.lowAuthority ? '; rests on news, web or opinion' : ''}`
    );
  });
}

/** Every path of the answer, for caveat summaries. */
export const answerPaths = (impact: TherapyImpact, what?: WhatIf): SignedPath[] =>
  impactPaths(what?.before ?? impact);
