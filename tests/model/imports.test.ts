// @vitest-environment node
// src/model has no import cycles, type-only imports included: a cycle (load.ts ⇄ integrity.ts)
// once made story.ts copy a helper rather than import it. Each module depends on smaller ones.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = 'src/model';

/** The sibling modules a file imports, by any form: import, import type, export from, import(). */
function siblings(file: string): string[] {
  const text = readFileSync(`${DIR}/${file}`, 'utf8');
  const found = [
    ...text.matchAll(/\bfrom\s+'\.\/([\w.-]+)'/g),
    ...text.matchAll(/\bimport\(\s*'\.\/([\w.-]+)'\s*\)/g),
  ];
  return [...new Set(found.map((m) => `${m[1]}.ts`))];
}

function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | undefined => {
    if (state.get(n) === 'done') return undefined;
    if (state.get(n) === 'open') return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, 'open');
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      const cycle = visit(m);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(n, 'done');
    return undefined;
  };
  for (const n of graph.keys()) {
    const cycle = visit(n);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('src/model imports', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
  const graph = new Map(files.map((f) => [f, siblings(f)]));

  it('reads the imports it checks', () => {
    expect(graph.get('load.ts')).toContain('integrity.ts');
  });

  it('form no cycle, type-only imports included', () => {
    expect(findCycle(graph)?.join(' → ')).toBeUndefined();
  });

  it('story ids come from the one fileStem, not a copy', () => {
    expect(readFileSync(`${DIR}/story.ts`, 'utf8')).not.toMatch(/\.replace\(\/\\\.ya\?ml\$\//);
  });
});
