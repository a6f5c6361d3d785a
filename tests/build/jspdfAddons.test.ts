// @vitest-environment node
// jsPDF's optional add-ons stay out of the build (build/jspdfAddons.ts): the plugin answers jsPDF's
// own imports of html2canvas, canvg and DOMPurify with a stub that fails clearly, and bundling the
// real jsPDF with it emits none of their code.
import { runInNewContext } from 'node:vm';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { ADDON_ERROR, JSPDF_UNUSED_ADDONS, jspdfWithoutAddons } from '../../build/jspdfAddons';
import { NOT_IN_BUILD } from '../../scripts/bundleSize';

const JSPDF = '/project/node_modules/jspdf/dist/jspdf.es.min.js';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const hook = (name: 'resolveId' | 'load') => jspdfWithoutAddons()[name] as Hook;

describe("jsPDF's unused add-ons", () => {
  it('answers jsPDF’s imports of them with a stub, and no other importer’s', () => {
    const resolve = (source: string, importer?: string) => hook('resolveId').call({}, source, importer, {});
    for (const name of JSPDF_UNUSED_ADDONS) expect(resolve(name, JSPDF)).toEqual(expect.any(String));
    expect(resolve('html2canvas', 'C:\\project\\node_modules\\jspdf\\dist\\jspdf.es.min.js')).toEqual(
      expect.any(String),
    );
    // Anyone else who needs one of them gets the real package; jsPDF's other imports are untouched.
    expect(resolve('dompurify', '/project/src/features/export/ExportPanel.tsx')).toBeNull();
    expect(resolve('canvg', undefined)).toBeNull();
    expect(resolve('fflate', JSPDF)).toBeNull();
  });

  it('the stub fails with a message that names the add-ons and the way back', () => {
    const id = hook('resolveId').call({}, 'canvg', JSPDF, {}) as string;
    const code = hook('load').call({}, id) as string;
    expect(code.length).toBeLessThan(400);
    expect(() => runInNewContext(code, { Error })).toThrow(ADDON_ERROR);
    expect(ADDON_ERROR).toMatch(/html2canvas, canvg, DOMPurify.*build\/jspdfAddons\.ts/);
    expect(hook('load').call({}, '/project/src/app/main.tsx')).toBeNull();
  });

  it('bundling the real jsPDF with it emits none of their code', { timeout: 120_000 }, async () => {
    const bundle = async (plugins: ReturnType<typeof jspdfWithoutAddons>[]) => {
      const out = (await build({
        configFile: false,
        logLevel: 'silent',
        plugins: [
          ...plugins,
          {
            name: 'entry',
            resolveId: (id) => (id === 'entry' ? '\0entry' : null),
            load: (id) => (id === '\0entry' ? 'export { jsPDF } from "jspdf";' : null),
          },
        ],
        build: { write: false, minify: false, rollupOptions: { input: 'entry' } },
      })) as Rollup.RollupOutput | Rollup.RollupOutput[];
      const outputs = Array.isArray(out) ? out : [out];
      return outputs
        .flatMap((o) => o.output)
        .map((f) => (f.type === 'chunk' ? f.code : String(f.source)))
        .join('\n');
    };
    const found = (code: string) =>
      Object.entries(NOT_IN_BUILD)
        .filter(([, marker]) => code.includes(marker))
        .map(([name]) => name);
    // Without the plugin the markers are there: the check below can fail.
    expect(found(await bundle([]))).toEqual(Object.keys(NOT_IN_BUILD));
    const code = await bundle([jspdfWithoutAddons()]);
    expect(found(code)).toEqual([]);
    expect(code).toContain(ADDON_ERROR);
  });
});
