// @vitest-environment node
// Golden files: the fixture's exports, byte for byte, one file per format and format version.
//
// never edit: old exports must keep loading. A golden file is what a user's saved export of that
// version looks like; every one of them, old versions included, must still parse with its consumer.
// When an exporter's output changes on purpose, bump EXPORT_FORMAT_VERSION (src/export/view.ts) and
// create the new version's files with
//     UPDATE_GOLDEN=1 npx vitest run tests/export/golden.test.ts
// That only ever creates missing files: an existing golden file is never overwritten (flag 'wx').
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toBibtex, toRis } from '../../src/export/citation';
import { toEdgesCsv, toNodesCsv } from '../../src/export/csv';
import { toCx2 } from '../../src/export/cx2';
import { toCyjs } from '../../src/export/cyjs';
import { toGraphml } from '../../src/export/graphml';
import { EXPORT_FORMAT_VERSION, type ExportView } from '../../src/export/view';
import { checkBibtex, cx2Problems, loadCyjs, parseCsv, parseGraphml, parseRis } from './consumers';
import { fixtureView } from './helpers';

const DIR = 'tests/export/golden';

interface Golden {
  readonly name: string;
  readonly ext: string;
  readonly write: (view: ExportView) => string;
  /** Reads a file of any version back with its consumer; throws (fails) when it does not load. */
  readonly load: (text: string) => void;
}

const GOLDEN: readonly Golden[] = [
  { name: 'cyjs', ext: 'json', write: toCyjs, load: (t) => loadCyjs(t).destroy() },
  { name: 'graphml', ext: 'graphml', write: toGraphml, load: (t) => void parseGraphml(t) },
  { name: 'csv-edges', ext: 'csv', write: toEdgesCsv, load: (t) => void parseCsv(t) },
  { name: 'csv-nodes', ext: 'csv', write: toNodesCsv, load: (t) => void parseCsv(t) },
  { name: 'cx2', ext: 'cx2', write: toCx2, load: (t) => expect(cx2Problems(t)).toEqual([]) },
  { name: 'bibtex', ext: 'bib', write: (v) => toBibtex(v.sources), load: (t) => void checkBibtex(t) },
  { name: 'ris', ext: 'ris', write: (v) => toRis(v.sources), load: (t) => void parseRis(t) },
];

const fileName = (g: Golden, version: number) => `${g.name}.v${version}.${g.ext}`;

describe('golden exports', () => {
  const view = fixtureView();

  for (const g of GOLDEN) {
    it(`${g.name} matches ${fileName(g, EXPORT_FORMAT_VERSION)} byte for byte`, () => {
      const path = join(DIR, fileName(g, EXPORT_FORMAT_VERSION));
      const text = g.write(view);
      if (!existsSync(path)) {
        if (process.env.UPDATE_GOLDEN !== '1') {
          throw new Error(`${path} is missing; create it with UPDATE_GOLDEN=1 (see the top of this file)`);
        }
        writeFileSync(path, text, { flag: 'wx' });
      }
      const golden = readFileSync(path, 'utf8');
      if (golden !== text) {
        // Not toBe: a diff of the whole file would bury the message.
        expect.fail(
          `${g.name} output differs from ${path}. Golden files are never edited: if the change is meant, ` +
            'bump EXPORT_FORMAT_VERSION and run UPDATE_GOLDEN=1 to add the new version.',
        );
      }
    });
  }

  it('every golden file of every version still loads with its consumer', () => {
    const files = readdirSync(DIR).filter((f) => !f.startsWith('.'));
    expect(files.length).toBeGreaterThanOrEqual(GOLDEN.length);
    for (const file of files) {
      const g = GOLDEN.find((x) => new RegExp(`^${x.name}\\.v\\d+\\.${x.ext}$`).test(file));
      expect(g, `${file} belongs to no known format`).toBeDefined();
      g!.load(readFileSync(join(DIR, file), 'utf8'));
    }
  });
});
