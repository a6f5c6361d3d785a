// The lint rule that keeps ids typed from the boundary in (eslint.config.js): a cast to an id type or
// to never fails in src, while the helpers of src/model/ids.ts and ordinary casts pass.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const problems = async (code: string, filePath = 'src/model/example.ts') => {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
};

describe('no casts to ids in src', () => {
  it('flags a cast to an id type, alone, in a union or a list, and a cast to never', async () => {
    const code = [
      "import type { NodeId, RelationId, SourceId } from './schema';",
      "export const a = 'x' as NodeId;",
      "export const b = ('x' || null) as RelationId | null;",
      'export const c = [] as SourceId[];',
      'export const d = (1 as never) as string;',
    ].join('\n');
    const found = await problems(code);
    expect(found.filter((m) => /id type/.test(m))).toHaveLength(3);
    expect(found.filter((m) => /never/.test(m))).toHaveLength(1);
  }, 60_000);

  it('lets the id helpers, other casts and src/model/ids.ts itself pass', async () => {
    expect(
      await problems("export const a = 'x' as string;\nexport const b = JSON.parse('1') as number;"),
    ).toEqual([]);
    expect(
      await problems(
        'export const a = (raw: string) => raw as NodeId;\ntype NodeId = string;',
        'src/model/ids.ts',
      ),
    ).toEqual([]);
  }, 60_000);
});
