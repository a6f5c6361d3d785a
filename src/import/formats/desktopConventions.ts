// Habits of Cytoscape desktop and of the scripts researchers write, shared by the cyjs, GraphML,
// SIF and CSV/TSV readers: Cytoscape's "-" placeholder interaction, stringApp's display names, and
// relation and sign attributes named in another case ("Interaction", "Effect").
import { setAttribute } from '../build';
import type { ProblemList } from '../problems';
import type { Attributes } from '../types';

/**
 * Cytoscape desktop gives every edge it reads from GraphML the interaction "-" (its GraphML reader
 * sets no other), and keeps it through every export. When every edge of a Cytoscape file says "-",
 * it is that placeholder, not a sign: the edges are read without an interaction (the word stays in
 * the file's other columns) and the file is told once. True (and told) when every one of the edges'
 * `words` is "-"; each reader says which files may carry the placeholder.
 */
export function cytoscapePlaceholderDash(problems: ProblemList, words: readonly unknown[]): boolean {
  if (words.length === 0 || !words.every((w) => typeof w === 'string' && w.trim() === '-')) return false;
  problems.warning(
    `all ${words.length} edges have the interaction "-", which Cytoscape gives edges it read from GraphML; they are shown unsigned`,
    'If "-" means an inhibition here, write it as "inhibits" (or a sign column of -1) and open the file again.',
    { field: 'interaction' },
  );
  return true;
}

/**
 * Cytoscape's stringApp names each node by its STRING id ("9606.ENSP00000229239") and shows its
 * "display name" (the gene symbol): that is the label a researcher knows the node by. The id stays
 * in `name`.
 */
export function stringAppLabel(data: Record<string, unknown>): string | undefined {
  // Nociscope's export of an imported network states the label shown in `label` (format version 5).
  if ((data.imported === true || data.imported === 'true') && typeof data.label === 'string')
    return undefined;
  const shown = data['display name'];
  const name = data.name;
  return typeof shown === 'string' &&
    shown.trim() !== '' &&
    typeof name === 'string' &&
    /^\d+\.[A-Za-z0-9_.-]+$/.test(name.trim())
    ? shown.trim()
    : undefined;
}

/** Edge attributes the network builder reads by exact name, by their name without case or separators. */
const EDGE_WORDS: Readonly<Record<string, string>> = {
  interaction: 'interaction',
  relation: 'relation',
  interactiontype: 'interaction_type',
  relationship: 'relationship',
  polarity: 'polarity',
  sign: 'sign',
  effect: 'effect',
  directionsign: 'direction_sign',
};

/**
 * An edge's relation and sign attributes under the names the builder reads, when the file writes
 * them otherwise ("Interaction", "Sign", "Effect" from R or Python tools). An attribute already of
 * the exact name wins; everything else is left as it is.
 */
export function canonicalEdgeAttributes(attributes: Attributes): Attributes {
  for (const k of Object.keys(attributes)) {
    const key = k.toLowerCase().replace(/[\s_\-.]+/g, '');
    const canonical = Object.prototype.hasOwnProperty.call(EDGE_WORDS, key) ? EDGE_WORDS[key]! : undefined;
    if (!canonical || canonical === k || Object.prototype.hasOwnProperty.call(attributes, canonical))
      continue;
    setAttribute(attributes, canonical, attributes[k]!);
    delete attributes[k];
  }
  return attributes;
}
