// The import-cycle check of the lint step must fail on a cycle, type-only imports included.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function check(files: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'imports-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return spawnSync('node', ['scripts/check-imports.mjs', dir], { encoding: 'utf8' });
}

describe('scripts/check-imports.mjs', () => {
  it('passes a tree without cycles', () => {
    const r = check({
      'a.ts': "import { b } from './b';\nexport const a = b;\n",
      'b.ts': 'export const b = 1;\n',
    });
    expect(r.status).toBe(0);
  });

  it('fails on a cycle made only of type imports, naming its files', () => {
    const r = check({
      'a.ts': "import type { B } from './b';\nexport type A = B;\n",
      'b.ts': "import type { C } from './c';\nexport type B = C;\n",
      'c.ts': "export type { A as C } from './a';\n",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/import cycle: .*a\.ts ⇄ .*b\.ts ⇄ .*c\.ts/);
  });

  it('ignores imports that are only mentioned in comments', () => {
    const r = check({
      'a.ts': "// import { b } from './b';\nexport const a = 1;\n",
      'b.ts': "import { a } from './a';\nexport const b = a;\n",
    });
    expect(r.status).toBe(0);
  });
});
