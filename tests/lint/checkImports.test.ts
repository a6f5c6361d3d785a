// The import-cycle check of the lint step must fail on a cycle, type-only imports included, between
// files or between folders.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function check(files: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'imports-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
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

  it('fails on two folders that import each other, though no two files do, naming the imports', () => {
    const r = check({
      'canvas/bar.ts': "import { draw } from '../image/draw';\nexport const bar = draw;\n",
      'canvas/instance.ts': 'export const cy = 1;\n',
      'image/draw.ts': "import { cy } from '../canvas/instance';\nexport const draw = cy;\n",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/import cycle/);
    expect(r.stderr).toMatch(/folder cycle: .*canvas ⇄ .*image/);
    expect(r.stderr).toMatch(/canvas\/bar\.ts → .*image\/draw\.ts/);
  });

  it('takes each feature folder on its own, and a folder importing its own files is no cycle', () => {
    const r = check({
      'features/a/A.ts': "import { b } from '../b/B';\nimport { x } from './x';\nexport const a = b + x;\n",
      'features/a/x.ts': 'export const x = 1;\n',
      'features/b/B.ts': "import { c } from '../../model/c';\nexport const b = c;\n",
      'model/c.ts': 'export const c = 1;\n',
    });
    expect(r.status).toBe(0);
  });
});
