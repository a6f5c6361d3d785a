// Pathway answers as readable text and as JSON records: the command line prints them, the panel
// copies them. One module, so both say the same thing.
import type { Graph } from '../model/graph';
import type { TherapyComparison } from '../model/pathways/compare';
import { VERDICT_ICONS, VERDICT_LABELS, type Verdict } from '../model/pathways/endpoints';
import { impactPaths, type ImpactPath, type RiskPath, type TherapyImpact } from '../model/pathways/impact';
import type { SignedPath } from '../model/pathways/paths';
import type { WhatIf } from '../model/pathways/whatIf';
import type { NodeId } from '../model/schema';
import { formatCitation } from './citation';
import { mdEscape, pathsAsMarkdown, pathsAsText, type NarrativeItem } from './pathNarrative';

const labelOf = (graph: Graph, id: NodeId) => graph.nodeById.get(id)?.label ?? id;
const labels = (graph: Graph, ids: readonly NodeId[]) => ids.map((id) => labelOf(graph, id)).join(', ');
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A path as a JSON record: steps are relation ids. */
export function pathRecord(path: SignedPath | ImpactPath | RiskPath) {
  return {
    steps: path.steps,
    nodes: path.nodes,
    net: path.net,
    ...('verdict' in path ? { endpoint: path.endpoint, verdict: path.verdict } : {}),
    ...('risk' in path ? { endpoint: path.endpoint, risk: path.risk } : {}),
    strength: path.evidence.weakest,
    evidence: {
      kinds: path.evidence.kinds,
      sources: path.evidence.sources,
      species: path.evidence.species,
      lowAuthority: path.evidence.lowAuthority,
      lowAuthoritySteps: path.evidence.lowAuthoritySteps,
    },
  };
}

export function impactRecord(impact: TherapyImpact) {
  return {
    therapy: impact.therapy,
    knockedOut: impact.knockedOut,
    maxLength: impact.maxLength,
    overall: impact.overall,
    endpoints: impact.endpoints,
    relieves: impact.relieves.map(pathRecord),
    worsens: impact.worsens.map(pathRecord),
    unknown: impact.unknown.map(pathRecord),
    risks: impact.risks.map(pathRecord),
    truncated: impact.truncated,
  };
}

/** "Intrathecal BMSC therapy: relieves pain (7 paths relieve, 0 worsen, 0 of unknown sign)". */
export function impactHeadline(graph: Graph, impact: TherapyImpact): string {
  const who = labelOf(graph, impact.therapy);
  if (impact.overall === 'none')
    return `${who}: no path to a pain endpoint within ${impact.maxLength} steps.`;
  return (
    `${who}: ${VERDICT_ICONS[impact.overall]} ${VERDICT_LABELS[impact.overall]} — ` +
    `${count(impact.relieves.length, 'path')} relieve, ${impact.worsens.length} worsen, ` +
    `${impact.unknown.length} of unknown sign; ${count(impact.risks.length, 'path')} to risks.`
  );
}

/** What a knock-out does, in one or two sentences. */
export function whatIfSentence(graph: Graph, what: WhatIf): string {
  const out = labels(graph, what.knockedOut);
  const broken = what.brokenRelief.length;
  const total = what.before.relieves.length;
  if (broken === 0)
    return `Knocking out ${out} breaks none of the ${count(total, 'relieving path')} of ${labelOf(graph, what.therapy)}.`;
  const remain = what.remainingRelief.length;
  return (
    `Knocking out ${out} breaks ${broken} of ${count(total, 'relieving path')} of ` +
    `${labelOf(graph, what.therapy)}; ${remain === 0 ? 'none remain' : `${remain} remain`}. ` +
    (what.after.overall === 'none'
      ? 'After the knock-out no path to pain is left.'
      : `After the knock-out: ${VERDICT_LABELS[what.after.overall]}.`)
  );
}

const items = (paths: readonly ImpactPath[]): NarrativeItem[] =>
  paths.map((p) => ({ path: p, verdict: p.verdict }));

const NO_REFS = { references: false };
const GROUPS: readonly Verdict[] = ['relieves', 'worsens', 'unknown'];

/** A therapy's impact (and what-if) as plain text with every step cited. */
export function impactAsText(graph: Graph, impact: TherapyImpact, what?: WhatIf): string {
  const out = [impactHeadline(graph, impact)];
  if (what) out.push(whatIfSentence(graph, what));
  out.push('', 'Endpoints:');
  for (const e of impact.endpoints)
    out.push(
      `- ${labelOf(graph, e.id)}: ${VERDICT_ICONS[e.verdict]} ${VERDICT_LABELS[e.verdict]} (${e.relieves} relieve, ${e.worsens} worsen, ${e.unknown} unknown)`,
    );
  if (what?.brokenRelief.length) {
    out.push('', `Relieving paths broken by the knock-out (${what.brokenRelief.length}):`);
    out.push(pathsAsText(graph, items(what.brokenRelief), undefined, NO_REFS));
  }
  for (const g of GROUPS) {
    const paths = impact[g];
    if (!paths.length) continue;
    out.push('', `${VERDICT_ICONS[g]} ${VERDICT_LABELS[g]} (${paths.length}):`);
    out.push(pathsAsText(graph, items(paths), undefined, NO_REFS));
  }
  if (impact.risks.length) {
    out.push('', `⚠ Risks and safety reports (${impact.risks.length}):`);
    out.push(
      pathsAsText(
        graph,
        impact.risks.map((p) => ({ path: p })),
        undefined,
        NO_REFS,
      ),
    );
  }
  if (impact.truncated) out.push('', 'The search stopped early: there are more paths than shown.');
  const refs = [...new Set(impactPaths(impact).flatMap((p) => p.evidence.sources))].flatMap(
    (id) => graph.sourceById.get(id) ?? [],
  );
  if (refs.length) out.push('', 'References', ...refs.map((s) => `- ${formatCitation(s, 'apa')}`));
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

export function comparisonRecord(c: TherapyComparison) {
  return {
    sharedEntities: c.sharedEntities,
    sharedRelations: c.sharedRelations,
    endpoints: c.endpoints,
    therapies: c.therapies.map((t) => ({
      therapy: t.therapy,
      uniqueEntities: t.uniqueEntities,
      uniqueRelations: t.uniqueRelations,
      impact: impactRecord(t.impact),
    })),
  };
}

export function comparisonAsText(graph: Graph, c: TherapyComparison): string {
  const out = [
    `Comparing ${labels(
      graph,
      c.therapies.map((t) => t.therapy),
    )}`,
    '',
  ];
  out.push(`Shared mechanisms: ${c.sharedEntities.length ? labels(graph, c.sharedEntities) : 'none'}`);
  if (c.sharedRelations.length) out.push(`Shared relations: ${c.sharedRelations.join(', ')}`);
  for (const t of c.therapies) {
    out.push('', `${labelOf(graph, t.therapy)}`);
    out.push(`  ${impactHeadline(graph, t.impact)}`);
    out.push(`  Unique mechanisms: ${t.uniqueEntities.length ? labels(graph, t.uniqueEntities) : 'none'}`);
    const strongest = [...t.impact.relieves][0]?.evidence.weakest;
    if (strongest) out.push(`  Best-supported relieving path rests on: ${strongest.replace(/-/g, ' ')}`);
  }
  out.push('', 'Impact on endpoints:');
  for (const id of c.endpoints) {
    const row = c.therapies.map((t) => {
      const e = t.impact.endpoints.find((x) => x.id === id);
      return `${labelOf(graph, t.therapy)}: ${e ? `${VERDICT_ICONS[e.verdict]} ${VERDICT_LABELS[e.verdict]}` : '—'}`;
    });
    out.push(`- ${labelOf(graph, id)} — ${row.join('; ')}`);
  }
  return out.join('\n') + '\n';
}

const refsOf = (graph: Graph, paths: readonly SignedPath[]) =>
  [...new Set(paths.flatMap((p) => p.evidence.sources))].flatMap((id) => graph.sourceById.get(id) ?? []);

/** A therapy's impact (and what-if) as Markdown, for notes and slides. */
export function impactAsMarkdown(graph: Graph, impact: TherapyImpact, what?: WhatIf): string {
  const out = [`## ${mdEscape(impactHeadline(graph, impact))}`, ''];
  if (what) out.push(mdEscape(whatIfSentence(graph, what)), '');
  for (const e of impact.endpoints)
    out.push(
      `- **${mdEscape(labelOf(graph, e.id))}**: ${VERDICT_ICONS[e.verdict]} ${VERDICT_LABELS[e.verdict]}`,
    );
  out.push('');
  const section = (title: string, list: readonly NarrativeItem[]) => {
    if (list.length) out.push(pathsAsMarkdown(graph, list, `${title} (${list.length})`, NO_REFS));
  };
  if (what) section('Broken by the knock-out', items(what.brokenRelief));
  for (const g of GROUPS) section(`${VERDICT_ICONS[g]} ${VERDICT_LABELS[g]}`, items(impact[g]));
  section(
    '⚠ Risks and safety reports',
    impact.risks.map((p) => ({ path: p })),
  );
  const refs = refsOf(graph, [...impactPaths(impact), ...(what?.brokenRelief ?? [])]);
  if (refs.length) out.push('### References', '', ...refs.map((s) => `- ${formatCitation(s, 'apa')}`));
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}

/** A comparison as Markdown: the text version under a heading, lists kept as lists. */
export function comparisonAsMarkdown(graph: Graph, c: TherapyComparison): string {
  const [title, ...rest] = comparisonAsText(graph, c).split('\n');
  return [`## ${mdEscape(title ?? '')}`, ...rest.map((l) => mdEscape(l).replace(/^\\- /, '- '))].join('\n');
}
