// "How net effects are worked out": the note the app and the command line show beside every answer,
// generated from the vocabulary so it can never disagree with what the reasoning does.
import {
  EVIDENCE_KIND_LABELS,
  EVIDENCE_KINDS,
  RELATION_TYPE_NAMES,
  RELATION_TYPES,
  transmissionOf,
  type Transmission,
} from '../vocabulary';
import type { Graph } from '../graph';
import { painEndpoints } from './endpoints';
import { LOW_AUTHORITY_SOURCE_KINDS } from '../authority';
import type { NodeId } from '../schema';

const verbsWhere = (test: (t: (typeof RELATION_TYPE_NAMES)[number]) => boolean) =>
  RELATION_TYPE_NAMES.filter(test).map((t) => `“${RELATION_TYPES[t].verb}”`);

const byTransmission = (t: Transmission, polarity?: 1 | -1) =>
  verbsWhere(
    (r) => transmissionOf(r) === t && (polarity === undefined || RELATION_TYPES[r].polarity === polarity),
  );

const list = (items: readonly string[], and = 'and') =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

/** The note as paragraphs of plain text, naming the graph's pain endpoints by their labels. */
export function netEffectRules(graph: Graph): string[] {
  const label = (id: NodeId) => graph.nodeById.get(id)?.label ?? id;
  const relief = painEndpoints(graph)
    .filter((p) => p.sense === -1)
    .map((p) => label(p.id));
  const pain = painEndpoints(graph)
    .filter((p) => p.sense === 1)
    .map((p) => label(p.id));
  const rules = [
    `Each step of a path has a sign, set by its verb. ${list(byTransmission('sign', 1))} keep the direction of the effect (+); ${list(byTransmission('sign', -1))} turn it round (−).`,
    `${list(byTransmission('relay'))} pass the effect that reaches them on unchanged (a ligand binding its receptor carries the ligand’s effect).`,
  ];
  const unknown = byTransmission('unknown');
  if (unknown.length)
    rules.push(
      `${list(unknown)} carry an effect whose direction the sources do not state: a path through it has sign unknown.`,
    );
  rules.push(
    `${list(byTransmission('none'))} carry no effect, so paths never pass through them.`,
    'The net effect of a path multiplies its signs: two counters cancel (− × − = +); one unknown step makes the whole path unknown.',
    // The endpoints, and the examples, come from graph-data's endpoint marks: no entity is named here.
    `More ${list(pain)} means more pain; more ${list(relief)} means less. So a path that lowers one of the first${pain[0] ? ` (${pain[0]}, say)` : ''}, or raises one of the second${relief[0] ? ` (${relief[0]})` : ''}, relieves pain; one that raises the first, or lowers the second, worsens it. A therapy whose paths do both to the same endpoint is mixed.`,
    'Observed beats inferred. Where a study observed what the therapy itself did to an endpoint (including no effect), the answer says that first; the routes that chain cited relations are inferences, shown after it. Where the two disagree, the answer says so, and the observation decides the verdict.',
    'A route that lowers the risk of pain (fewer animals developing it) is prevention, its own group, never counted as relief of pain that is there.',
    // Kept free of named entities, as the rest of the note: which relations hold under a treatment or
    // work through a mediator is data (only_under, mediated_by in graph-data), each with its study.
    'Context: a relation that holds only under a treatment (cells going where they were injected) is walked only from that treatment. Mediation: a relation that works through an entity (a summary arrow and the mediator its study found) breaks when that entity is knocked out; where a study did that knock-out, its result is shown first and the rest is labelled inferred.',
    `Routes are ranked by findings: a route whose mechanism a study tested by taking a mediator out comes first, then by evidence, a chain being only as strong as its weakest step (${EVIDENCE_KINDS.map((k) => EVIDENCE_KIND_LABELS[k].toLowerCase()).join(' > ')}; an opinion article known only through a news report counts as news), then by length. Routes that begin with the same action of the therapy restate one finding: answers count findings and sources, not paths.`,
    `A step backed only by ${list(
      [...LOW_AUTHORITY_SOURCE_KINDS].map((k) => k.replace('-', ' ')),
      'or',
    )} sources is flagged, and so is every path through it.`,
    'A path visits no entity twice and ends at the first pain endpoint or risk it reaches. Every step carries its caveat from the sources into the answer.',
    'Where it stops: the map chains what sources state; it cannot weigh how strong each effect is, and a route no study tested is a hypothesis to check, not a result.',
  );
  return rules;
}
