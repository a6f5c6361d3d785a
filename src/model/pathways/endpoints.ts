// The ends a therapy's paths are read against, as data. A pain endpoint says which way is worse:
// more neuropathic pain is worse (sense +1), more analgesia is better (sense -1). So a path that
// raises analgesia relieves pain, and a path that lowers neuropathic pain relieves it too; a path
// that raises neuropathic pain, or lowers analgesia, worsens it.
import type { NodeId } from '../schema';
import type { NetSign } from './sign';

// Checked as an id at load, so a malformed one fails at once (that each names a curated entity is
// a data test). Not through zod: this module runs in the browser, where zod's code generation
// would trip the Content-Security-Policy (no eval) and pull zod into the page.
const node = (id: string): NodeId => {
  if (!/^[a-z0-9][a-z0-9_]*$/.test(id)) throw new Error(`endpoints.ts: "${id}" is not a node id`);
  return id as NodeId;
};

export interface PainEndpoint {
  readonly id: NodeId;
  /** +1 when more of it means more pain; -1 when more of it means less pain. */
  readonly sense: 1 | -1;
}

export const PAIN_ENDPOINTS: readonly PainEndpoint[] = [
  { id: node('neuropathic_pain'), sense: 1 },
  { id: node('central_pain'), sense: 1 },
  { id: node('chronic_pain'), sense: 1 },
  { id: node('inflammatory_pain'), sense: 1 },
  { id: node('hyperalgesia'), sense: 1 },
  { id: node('allodynia'), sense: 1 },
  { id: node('spontaneous_pain'), sense: 1 },
  { id: node('analgesia'), sense: -1 },
];

/** Harms and safety observations: a therapy's paths to them are shown as their own group. */
export interface RiskEndpoint {
  readonly id: NodeId;
  readonly kind: 'harm' | 'safety-report';
}

export const RISK_ENDPOINTS: readonly RiskEndpoint[] = [
  { id: node('attack_on_healthy_cells'), kind: 'harm' },
  { id: node('sensory_loss'), kind: 'harm' },
  { id: node('transient_headache_fever'), kind: 'harm' },
  { id: node('blood_cell_counts'), kind: 'safety-report' },
  { id: node('liver_kidney_function'), kind: 'safety-report' },
  { id: node('csf_cell_counts'), kind: 'safety-report' },
];

/** What a path does to pain. */
export type Verdict = 'relieves' | 'worsens' | 'unknown';

export const VERDICT_LABELS: Record<Verdict | 'mixed', string> = {
  relieves: 'relieves pain',
  worsens: 'worsens pain',
  mixed: 'mixed',
  unknown: 'sign unknown',
};

/** Icons that carry the meaning alongside the word and the colour. */
export const VERDICT_ICONS: Record<Verdict | 'mixed', string> = {
  relieves: '↓',
  worsens: '↑',
  mixed: '↕',
  unknown: '?',
};

export const painEndpoint = (id: NodeId) => PAIN_ENDPOINTS.find((p) => p.id === id);
export const riskEndpoint = (id: NodeId) => RISK_ENDPOINTS.find((r) => r.id === id);

/** A path's net effect on an endpoint, read as what it does to pain. */
export function verdictOf(net: NetSign, endpoint: PainEndpoint): Verdict {
  if (net === '?') return 'unknown';
  const onPain = (net === '+' ? 1 : -1) * endpoint.sense;
  return onPain < 0 ? 'relieves' : 'worsens';
}

/** Several paths to one endpoint together: relieving and worsening ones make it mixed. */
export function combineVerdicts(verdicts: readonly Verdict[]): Verdict | 'mixed' | 'none' {
  const relieves = verdicts.includes('relieves');
  const worsens = verdicts.includes('worsens');
  if (relieves && worsens) return 'mixed';
  if (relieves) return 'relieves';
  if (worsens) return 'worsens';
  return verdicts.length ? 'unknown' : 'none';
}
