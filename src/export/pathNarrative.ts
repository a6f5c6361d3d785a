// A path as a cited narrative: one sentence per step with its citations, as plain text and as
// Markdown for notes or slides. Pure: the panel's copy buttons and the command line use it.
import type { Graph } from '../model/graph';
import { NET_SIGN_LABELS } from '../model/pathways/sign';
import { stepSign } from '../model/pathways/sign';
import type { SignedPath } from '../model/pathways/paths';
import { VERDICT_LABELS, type Verdict } from '../model/pathways/endpoints';
import type { Intervention } from '../model/pathways/context';
import type { Source } from '../model/schema';
import { relationSentence } from '../model/sentence';
import { EVIDENCE_KIND_LABELS } from '../model/vocabulary';
import { formatCitation, shortCitation } from './citation';

export interface NarrativeStep {
  /** "BMSC secretes TGF-β1" */
  readonly sentence: string;
  /** "+", "−" or "?": what the step does to the effect it carries. */
  readonly sign: string;
  /** Short citations with the kind of evidence: "Chen et al. 2015, animal model". */
  readonly citations: readonly string[];
  /** The limit its sources put on the claim, if any: it travels with every answer. */
  readonly caveat?: string;
}

const SIGN_TEXT = { '+': '+', '-': '−', '?': '?' } as const;

export function narrativeSteps(graph: Graph, path: SignedPath): NarrativeStep[] {
  return path.steps.flatMap((id) => {
    const e = graph.edgeById.get(id);
    if (!e) return [];
    const citations = e.evidence.map((ev) => {
      const s = graph.sourceById.get(ev.source);
      return `${s ? shortCitation(s) : ev.source}, ${EVIDENCE_KIND_LABELS[ev.kind].toLowerCase()}`;
    });
    return [
      {
        sentence: relationSentence(graph, e),
        sign: SIGN_TEXT[stepSign(e) ?? '?'],
        citations,
        ...(e.caveat ? { caveat: e.caveat } : {}),
      },
    ];
  });
}

/** One line that says what the path does: "relieves pain (net −); weakest step: animal model; mouse". */
export function pathSummary(path: SignedPath, verdict?: Verdict, basis?: 'observed' | 'inferred'): string {
  // A path through "lowers the risk of" is about who develops the condition, not how much it hurts.
  const how = path.preventive && path.net === '-' ? 'lowers the risk' : NET_SIGN_LABELS[path.net];
  const net = `net ${SIGN_TEXT[path.net]}, ${how}`;
  const said =
    verdict === 'no-effect' ? VERDICT_LABELS[verdict] : verdict ? `${VERDICT_LABELS[verdict]} (${net})` : net;
  const parts = [
    basis === 'observed' ? `observed: ${said}` : basis === 'inferred' ? `inferred: ${said}` : said,
  ];
  parts.push(`weakest step: ${EVIDENCE_KIND_LABELS[path.evidence.weakest].toLowerCase()}`);
  if (path.evidence.species.length) parts.push(`species: ${path.evidence.species.join(', ')}`);
  return parts.join('; ');
}

/** "Chen et al. 2015 took TGF-β1 out (neutralising antibody): the relief of BMSCs was lost." */
export function interventionSentence(graph: Graph, x: Intervention, lead = 'Tested: '): string {
  const s = graph.sourceById.get(x.evidence.source);
  const who = s ? shortCitation(s) : x.evidence.source;
  const what = graph.nodeById.get(x.entity)?.label ?? x.entity;
  const edge = graph.edgeById.get(x.relation);
  const claim = edge ? `“${relationSentence(graph, edge)}”` : x.relation;
  const how = x.method ? ` (${x.method})` : '';
  const result = x.finding === 'required' ? 'was lost' : 'stayed';
  return `${lead}${who} took ${what} out${how} and ${claim} ${result} (${EVIDENCE_KIND_LABELS[x.evidence.kind].toLowerCase()}).`;
}

/** The caveat a path carries when some or all of its steps rest only on news, web or opinion. */
export function authorityCaveat(path: SignedPath): string | null {
  if (path.evidence.lowAuthority === 'all') return 'This path rests only on news, web or opinion sources.';
  if (path.evidence.lowAuthority === 'some') {
    const steps = path.evidence.lowAuthoritySteps.map((id) => path.steps.indexOf(id) + 1);
    return `Step${steps.length > 1 ? 's' : ''} ${steps.join(', ')} rest${steps.length > 1 ? '' : 's'} only on news, web or opinion sources.`;
  }
  return null;
}

const pathTitle = (graph: Graph, path: SignedPath) =>
  path.nodes.map((n) => graph.nodeById.get(n)?.label ?? n).join(' → ');

const sourcesOf = (graph: Graph, paths: readonly SignedPath[]): Source[] => {
  const ids = [...new Set(paths.flatMap((p) => p.evidence.sources))];
  return ids.flatMap((id) => graph.sourceById.get(id) ?? []);
};

export interface NarrativeItem {
  readonly path: SignedPath;
  readonly verdict?: Verdict;
  readonly basis?: 'observed' | 'inferred';
}

/** Paths as plain text: a title line per path, numbered cited steps, then the references. */
export function pathsAsText(
  graph: Graph,
  items: readonly NarrativeItem[],
  heading?: string,
  { references = true }: { references?: boolean } = {},
): string {
  const out: string[] = heading ? [heading, ''] : [];
  items.forEach(({ path, verdict, basis }, i) => {
    out.push(`${items.length > 1 ? `Path ${i + 1}: ` : ''}${pathTitle(graph, path)}`);
    out.push(`  ${pathSummary(path, verdict, basis)}`);
    if (path.tested) out.push(`  ${interventionSentence(graph, path.tested)}`);
    narrativeSteps(graph, path).forEach((s, j) => {
      out.push(`  ${j + 1}. ${s.sentence} [${s.sign}] (${s.citations.join('; ')}).`);
      if (s.caveat) out.push(`     Caveat (step ${j + 1}): ${s.caveat}`);
    });
    const caveat = authorityCaveat(path);
    if (caveat) out.push(`  Caveat: ${caveat}`);
    out.push('');
  });
  const refs = sourcesOf(
    graph,
    items.map((i) => i.path),
  );
  if (references && refs.length) out.push('References', ...refs.map((s) => `- ${formatCitation(s, 'apa')}`));
  return out.join('\n').trimEnd() + '\n';
}

export const mdEscape = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

/** Paths as Markdown: a heading per path, a numbered list of cited steps, linked references. */
export function pathsAsMarkdown(
  graph: Graph,
  items: readonly NarrativeItem[],
  heading?: string,
  { references = true }: { references?: boolean } = {},
): string {
  const out: string[] = heading ? [`## ${mdEscape(heading)}`, ''] : [];
  items.forEach(({ path, verdict, basis }, i) => {
    out.push(`### ${items.length > 1 ? `Path ${i + 1}: ` : ''}${mdEscape(pathTitle(graph, path))}`, '');
    out.push(`*${mdEscape(pathSummary(path, verdict, basis))}*`, '');
    if (path.tested) out.push(`**${mdEscape(interventionSentence(graph, path.tested))}**`, '');
    narrativeSteps(graph, path).forEach((s, j) => {
      out.push(`${j + 1}. ${mdEscape(s.sentence)} (${s.sign}) — ${mdEscape(s.citations.join('; '))}`);
      if (s.caveat) out.push(`   *Caveat:* ${mdEscape(s.caveat)}`);
    });
    const caveat = authorityCaveat(path);
    if (caveat) out.push('', `> **Caveat:** ${mdEscape(caveat)}`);
    out.push('');
  });
  const refs = sourcesOf(
    graph,
    items.map((i) => i.path),
  );
  if (references && refs.length) {
    out.push('#### References', '');
    // References keep their URLs intact (escaping would break the links), only brackets are escaped.
    for (const s of refs) out.push(`- ${formatCitation(s, 'apa').replace(/([[\]*])/g, '\\$1')}`);
  }
  return out.join('\n').trimEnd() + '\n';
}
