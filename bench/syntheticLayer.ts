// The seeded synthetic network the big-layer benches open (compare.ts, profileLayer.ts): n typed
// nodes with labels, two relations per node, positions on a jittered grid, handed to the app as a
// Cytoscape.js JSON file through its real "Open network…" input. Nothing here is a fact.
import { rng } from './scale/synthetic';

const KINDS = ['cell', 'mediator', 'receptor', 'process', 'condition', 'therapy'];
const VERBS = ['activates', 'inhibits', 'binds', 'releases'];

export interface Element {
  group: 'nodes' | 'edges';
  data: Record<string, unknown>;
  position?: { x: number; y: number };
  classes?: string;
}

/** n typed nodes with labels, two relations each, positions scattered on a seeded grid. */
export function synthetic(n: number): Element[] {
  const random = rng(n);
  const side = Math.ceil(Math.sqrt(n));
  const out: Element[] = [];
  for (let i = 0; i < n; i++) {
    const kind = KINDS[Math.floor(random() * KINDS.length)]!;
    out.push({
      group: 'nodes',
      data: { id: `n${i}`, label: `${kind} ${i}`, kind },
      position: { x: (i % side) * 120 + random() * 40, y: Math.floor(i / side) * 90 + random() * 30 },
    });
  }
  for (let i = 0; i < n; i++)
    for (let k = 0; k < 2; k++) {
      const t = Math.floor(random() * n);
      const verb = VERBS[Math.floor(random() * VERBS.length)]!;
      out.push({
        group: 'edges',
        data: {
          id: `e${i}_${k}`,
          source: `n${i}`,
          target: `n${t === i ? (i + 1) % n : t}`,
          interaction: verb,
        },
      });
    }
  return out;
}

/** The same elements as a Cytoscape.js JSON file, the app's import path. */
export const asCyjs = (els: Element[]) =>
  JSON.stringify({
    data: { name: `synthetic ${els.filter((e) => e.group === 'nodes').length}` },
    elements: {
      nodes: els.filter((e) => e.group === 'nodes').map((e) => ({ data: e.data, position: e.position })),
      edges: els.filter((e) => e.group === 'edges').map((e) => ({ data: e.data })),
    },
  });
