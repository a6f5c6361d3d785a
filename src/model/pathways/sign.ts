// Signs along a path: what one step does to the effect that reaches it, and the net effect of a
// whole path. How each verb transmits is data in the vocabulary (RELATION_TYPES[…].transmits).
import type { Edge } from '../graph';
import { transmissionOf } from '../vocabulary';

/** The net effect of a path on its end: raises it, lowers it, or a direction nobody states. */
export type NetSign = '+' | '-' | '?';

export const NET_SIGN_LABELS: Record<NetSign, string> = {
  '+': 'raises',
  '-': 'lowers',
  '?': 'sign unknown',
};

/**
 * The sign one relation gives a path, or null when its verb carries no effect (a signed path never
 * passes through it).
 */
export function stepSign(edge: Pick<Edge, 'relation' | 'polarity'>): NetSign | null {
  switch (transmissionOf(edge.relation)) {
    case 'sign':
      return edge.polarity === -1 ? '-' : edge.polarity === 1 ? '+' : '?';
    case 'relay':
      return '+';
    case 'unknown':
      return '?';
    case 'none':
      return null;
  }
}

/** Composition: an unknown step makes the whole path unknown; otherwise two counters cancel. */
export function composeSigns(signs: readonly NetSign[]): NetSign {
  if (signs.includes('?')) return '?';
  return signs.filter((s) => s === '-').length % 2 === 0 ? '+' : '-';
}
