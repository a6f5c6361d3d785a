// A seeded synthetic network as CX2 text, shaped like an NDEx pathway network (names, a type, stored
// x/y, typed attributes with an alias and a default, edges with an interaction word). For timing the
// importer and for browser tests at scale. Identifiers use the made-up prefix "synthetic:" so nothing
// here can pass for a real database id.
const KINDS = ['protein', 'gene', 'cell', 'process', 'condition', 'drug'];
const WORDS = ['activates', 'inhibits', 'binds', 'increases', 'decreases', 'interacts with'];

/** mulberry32: a tiny seeded generator, so every run builds the same network. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticCx2(nodeCount: number, edgeCount: number, seed = 1): string {
  const rnd = random(seed);
  const side = Math.ceil(Math.sqrt(nodeCount));
  const nodes = Array.from({ length: nodeCount }, (_, i) => ({
    id: i,
    x: (i % side) * 120 + Math.round(rnd() * 40),
    y: Math.floor(i / side) * 90 + Math.round(rnd() * 30),
    v: {
      n: `Node ${i}`,
      r: `synthetic:${i}`,
      type: KINDS[i % KINDS.length],
      ...(i % 3 === 0 ? { s: Math.round(rnd() * 1000) / 100 } : {}),
    },
  }));
  const edges = Array.from({ length: edgeCount }, (_, i) => {
    const s = i % nodeCount;
    let t = Math.floor(rnd() * nodeCount);
    if (t === s) t = (t + 1) % nodeCount;
    return {
      id: i,
      s,
      t,
      v: { i: WORDS[Math.floor(rnd() * WORDS.length)], weight: Math.round(rnd() * 100) / 100 },
    };
  });
  return JSON.stringify([
    { CXVersion: '2.0', hasFragments: false },
    {
      metaData: [
        { name: 'nodes', elementCount: nodeCount },
        { name: 'edges', elementCount: edgeCount },
      ],
    },
    {
      attributeDeclarations: [
        {
          networkAttributes: { name: { d: 'string' } },
          nodes: {
            name: { d: 'string', a: 'n' },
            represents: { d: 'string', a: 'r' },
            type: { d: 'string' },
            score: { d: 'double', a: 's', v: 0 },
          },
          edges: { interaction: { d: 'string', a: 'i' }, weight: { d: 'double' } },
        },
      ],
    },
    { networkAttributes: [{ name: `Synthetic ${nodeCount} nodes, ${edgeCount} edges (seed ${seed})` }] },
    { nodes },
    { edges },
    { status: [{ error: '', success: true }] },
  ]);
}
