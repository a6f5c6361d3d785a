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
    `Paths are ranked by evidence: a chain is only as strong as its weakest step (${EVIDENCE_KINDS.map((k) => EVIDENCE_KIND_LABELS[k].toLowerCase()).join(' > ')}), then by length.`,
    `A step backed only by ${list(
      [...LOW_AUTHORITY_SOURCE_KINDS].map((k) => k.replace('-', ' ')),
      'or',
    )} sources is flagged, and so is every path through it.`,
    'A path visits no entity twice and ends at the first pain endpoint or risk it reaches. A one-step relation that sums up an observed effect names no route, so no knock-out elsewhere breaks it.',
  );
  return rules;
}
