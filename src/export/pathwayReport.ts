// Pathway answers as readable text and as JSON records: the command line prints them, the panel
// copies them. One module, so both say the same thing. An impact answer leads with what studies
// observed, then the findings and the inferred routes, each step with its citations and caveats.
import type { Graph } from '../model/graph';
import type { TherapyComparison } from '../model/pathways/compare';
import { VERDICT_LABELS, type Verdict } from '../model/pathways/endpoints';
import { impactPaths, type ImpactPath, type RiskPath, type TherapyImpact } from '../model/pathways/impact';
import type { SignedPath } from '../model/pathways/paths';
import type { WhatIf } from '../model/pathways/whatIf';
import type { NodeId } from '../model/schema';
import {
  answerPaths,
  caveatsOf,
  caveatSummary,
  countsSentence,
  findingLines,
  impactHeadline,
  labelOf,
  verdictText,
  whatIfHeadline,
  whatIfSentence,
} from './answerSummary';
import { formatCitation } from './citation';
import { mdEscape, pathsAsMarkdown, pathsAsText, type NarrativeItem } from './pathNarrative';

export { impactHeadline, whatIfSentence } from './answerSummary';

const labels = (graph: Graph, ids: readonly NodeId[]) => ids.map((id) => labelOf(graph, id)).join(', ');

/** A path as a JSON record: steps are relation ids. */
export function pathRecord(path: SignedPath | ImpactPath | RiskPath) {
  return {
    steps: path.steps,
    nodes: path.nodes,
    net: path.net,
    ...('verdict' in path ? { endpoint: path.endpoint, verdict: path.verdict, basis: path.basis } : {}),
    ...('risk' in path ? { endpoint: path.endpoint, risk: path.risk } : {}),
    strength: path.evidence.weakest,
    finding: path.finding ?? null,
    preventive: path.preventive,
    tested: path.tested ?? null,
    caveats: path.caveats,
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
    inferredOverall: impact.inferredOverall,
    disagrees: impact.disagrees,
    endpoints: impact.endpoints,
    observed: impact.observed.map(pathRecord),
    relieves: impact.relieves.map(pathRecord),
    prevents: impact.prevents.map(pathRecord),
    worsens: impact.worsens.map(pathRecord),
    unknown: impact.unknown.map(pathRecord),
    risks: impact.risks.map(pathRecord),
    findings: impact.findings,
    counts: impact.counts,
    caveats: caveatsOf(impactPaths(impact)),
    truncated: impact.truncated,
  };
}

/** The what-if as JSON: the impact after the knock-out, with the experiment's verdict on top. */
export function whatIfRecord(what: WhatIf) {
  return {
    ...impactRecord(what.after),
    overall: what.overall,
    disagrees: what.disagrees,
    observedAfter: what.observedAfter ?? null,
    experiments: what.experiments,
    before: impactRecord(what.before),
    brokenObserved: what.brokenObserved.map(pathRecord),
    brokenRelief: what.brokenRelief.map(pathRecord),
    remainingRelief: what.remainingRelief.map(pathRecord),
  };
}

const items = (paths: readonly ImpactPath[]): NarrativeItem[] =>
  paths.map((p) => ({ path: p, verdict: p.verdict, basis: p.basis }));

const NO_REFS = { references: false };
/** The inferred groups, in the order an answer lists them. */
export const INFERRED_GROUPS = [
  'relieves',
  'prevents',
  'worsens',
  'unknown',
] as const satisfies readonly Verdict[];

const endpointLine = (graph: Graph, e: TherapyImpact['endpoints'][number]) =>
  `${labelOf(graph, e.id)}: ${verdictText(e.verdict)}` +
  (e.observed
    ? ` (observed; inferred routes: ${verdictText(e.inferred)}${e.disagrees ? ', which disagree' : ''})`
    : ` (inferred: ${e.relieves} relieve, ${e.prevents} prevent, ${e.worsens} worsen, ${e.unknown} unknown)`);

/** A therapy's impact (and what-if) as plain text with every step cited. */
export function impactAsText(graph: Graph, impact: TherapyImpact, what?: WhatIf): string {
  // A what-if leads with the knock-out's verdict and the experiment behind it, then the therapy as it was.
  const out = what
    ? [
        whatIfHeadline(graph, what),
        '',
        whatIfSentence(graph, what),
        '',
        `Before the knock-out: ${impactHeadline(graph, what.before)}`,
      ]
    : [impactHeadline(graph, impact)];
  const caveats = caveatSummary(answerPaths(impact, what));
  if (caveats) out.push(caveats);
  out.push(
    '',
    what?.observedAfter === 'lost'
      ? 'Endpoints the inferred routes still reach (the experiment saw the relief lost):'
      : 'Endpoints:',
  );
  for (const e of impact.endpoints) out.push(`- ${endpointLine(graph, e)}`);
  if (impact.observed.length) {
    out.push('', `Observed outcomes of the therapy itself (${impact.observed.length}):`);
    out.push(pathsAsText(graph, items(impact.observed), undefined, NO_REFS));
  }
  if (impact.findings.length) {
    out.push('', `Findings the inferred routes restate (${impact.findings.length}):`);
    out.push(...findingLines(graph, impact).map((l) => `- ${l}`));
  }
  if (what?.brokenObserved.length || what?.brokenRelief.length) {
    const broken = [...(what.brokenObserved ?? []), ...what.brokenRelief];
    out.push('', `Routes broken by the knock-out (${broken.length}):`);
    out.push(pathsAsText(graph, items(broken), undefined, NO_REFS));
  }
  for (const g of INFERRED_GROUPS) {
    const paths = impact[g];
    if (!paths.length) continue;
    out.push('', `Inferred — ${verdictText(g)} (${paths.length}):`);
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
  const refs = refsOf(graph, answerPaths(impact, what));
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
      findings: t.impact.findings,
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
    out.push('', `${labelOf(graph, t.therapy)}: ${verdictText(t.impact.overall)}`);
    const observed = t.impact.endpoints.filter((e) => e.observed);
    out.push(
      `  Observed: ${observed.length ? observed.map((e) => `${VERDICT_LABELS[e.observed!]} for ${labelOf(graph, e.id)}`).join('; ') : 'none (inferred only)'}`,
    );
    if (t.impact.counts.routes) out.push(`  Inferred: ${countsSentence(graph, t.impact.counts)}`);
    if (t.impact.disagrees) out.push('  The observation and the inferred routes disagree.');
    out.push(`  Findings (${t.impact.findings.length})${t.impact.findings.length ? ':' : ': none'}`);
    out.push(...findingLines(graph, t.impact).map((l) => `  - ${l}`));
    out.push(`  Unique mechanisms: ${t.uniqueEntities.length ? labels(graph, t.uniqueEntities) : 'none'}`);
  }
  out.push('', 'Impact on endpoints:');
  for (const id of c.endpoints) {
    const row = c.therapies.map((t) => {
      const e = t.impact.endpoints.find((x) => x.id === id);
      return `${labelOf(graph, t.therapy)}: ${e ? `${verdictText(e.verdict)}${e.observed ? ' (observed)' : ' (inferred)'}` : '—'}`;
    });
    out.push(`- ${labelOf(graph, id)} — ${row.join('; ')}`);
  }
  return out.join('\n') + '\n';
}

const refsOf = (graph: Graph, paths: readonly SignedPath[]) =>
  [...new Set(paths.flatMap((p) => p.evidence.sources))].flatMap((id) => graph.sourceById.get(id) ?? []);

/** A therapy's impact (and what-if) as Markdown, for notes and slides. */
export function impactAsMarkdown(graph: Graph, impact: TherapyImpact, what?: WhatIf): string {
  const out = what
    ? [
        `## ${mdEscape(whatIfHeadline(graph, what))}`,
        '',
        mdEscape(whatIfSentence(graph, what)),
        '',
        `*Before the knock-out:* ${mdEscape(impactHeadline(graph, what.before))}`,
        '',
      ]
    : [`## ${mdEscape(impactHeadline(graph, impact))}`, ''];
  const caveats = caveatSummary(answerPaths(impact, what));
  if (caveats) out.push(`> ${mdEscape(caveats)}`, '');
  for (const e of impact.endpoints)
    out.push(
      `- **${mdEscape(labelOf(graph, e.id))}**: ${mdEscape(endpointLine(graph, e).replace(/^[^:]*: /, ''))}`,
    );
  out.push('');
  const section = (title: string, list: readonly NarrativeItem[]) => {
    if (list.length) out.push(pathsAsMarkdown(graph, list, `${title} (${list.length})`, NO_REFS));
  };
  section('Observed outcomes of the therapy itself', items(impact.observed));
  if (impact.findings.length)
    out.push(
      `### Findings (${impact.findings.length})`,
      '',
      ...findingLines(graph, impact).map((l) => `- ${mdEscape(l)}`),
      '',
    );
  if (what) section('Broken by the knock-out', items([...what.brokenObserved, ...what.brokenRelief]));
  for (const g of INFERRED_GROUPS) section(`Inferred — ${verdictText(g)}`, items(impact[g]));
  section(
    '⚠ Risks and safety reports',
    impact.risks.map((p) => ({ path: p })),
  );
  const refs = refsOf(graph, answerPaths(impact, what));
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
  return [`## ${mdEscape(title ?? '')}`, ...rest.map((l) => mdEscape(l).replace(/^(\s*)\\- /, '$1- '))].join(
    '\n',
  );
}
