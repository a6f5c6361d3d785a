// The app's data module (build/graphData.ts): the command line's file list and loader, validated
// JSON for the browser, a failed build on a data error and the data-error screen in dev.
import { cpSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  compileGraphData,
  DATA_ELEMENT_ID,
  dataBlock,
  graphData,
  GRAPH_DATA_MODULE,
  moduleSource,
} from '../../build/graphData';
import { readGraphFiles } from '../../src/cli/readGraphFiles';
import { loadGraph } from '../../src/model/load';
import { fromSnapshot, type BundledData } from '../../src/model/snapshot';

/** A copy of graph-data in a fresh folder, to change without touching the real one. */
function copyOfGraphData(): string {
  const root = mkdtempSync(join(tmpdir(), 'nociscope-data-'));
  cpSync('graph-data', join(root, 'graph-data'), { recursive: true });
  return root;
}

/**
 * Run the plugin's hooks as Vite would, for `command`: returns the page's data block (what
 * index.html carries) with the module source, or the error that stops the build.
 */
function runPlugin(root: string, command: 'build' | 'serve'): { source?: string; error?: string } {
  const plugin = graphData() as Plugin & Record<string, (...a: unknown[]) => unknown>;
  (plugin.configResolved as (c: unknown) => void)({ root, command });
  const id = (plugin.resolveId as (id: string) => string)(GRAPH_DATA_MODULE);
  const context = {
    addWatchFile: () => undefined,
    error: (message: string) => {
      throw new Error(message);
    },
  };
  try {
    const module = (plugin.load as (this: unknown, id: string) => string).call(context, id);
    expect(module).toContain(DATA_ELEMENT_ID);
    const [tag] = (plugin.transformIndexHtml as () => HtmlTagDescriptor[])();
    expect(tag).toMatchObject({ tag: 'script', attrs: { type: 'application/json', id: DATA_ELEMENT_ID } });
    return { source: String(tag!.children) };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

const dataOf = (source: string): BundledData => JSON.parse(source) as BundledData;

/** Evaluate the data module against a page whose data element holds `text` (or is missing). */
function moduleWith(text: string | null): BundledData {
  const body = moduleSource().replace('export default data;', 'return data;');
  const document = { getElementById: () => (text === null ? null : { textContent: text }) };
  return new Function('document', body)(document) as BundledData;
}

describe('graph-data at build time', () => {
  it('ships as a JSON data block no text can close, read back by the data module', () => {
    const data: BundledData = {
      ok: false,
      problems: [{ file: 'x.yaml', line: 1, col: 1, message: '</script><script>alert(1)</script>' }],
    };
    expect(dataBlock(data)).not.toContain('<');
    expect(moduleWith(dataBlock(data))).toEqual(data);
  });

  it('a page without its data block opens the data-error screen, not a blank page', () => {
    for (const text of [null, '', '{broken']) {
      const data = moduleWith(text);
      expect(data.ok).toBe(false);
      if (!data.ok) expect(data.problems[0]!.message).toMatch(/no readable graph data/);
    }
  });

  it('hands the app, as JSON, exactly the graph and stories the CLI loads', () => {
    const cli = loadGraph(readGraphFiles('graph-data'));
    if (!cli.ok) throw new Error('graph-data must be valid');
    const { source } = runPlugin(process.cwd(), 'build');
    const data = dataOf(source!);
    expect(data.ok).toBe(true);
    if (!data.ok) return;
    const app = fromSnapshot(data.snapshot);
    expect(app.graph).toEqual(cli.graph);
    expect(app.stories).toEqual(cli.stories);
  });

  it('reads the same files as the CLI: a .yml file counts in the app too', () => {
    const root = copyOfGraphData();
    const dir = join(root, 'graph-data', 'entities');
    renameSync(join(dir, 'cells.yaml'), join(dir, 'cells.yml'));
    const { data, files } = compileGraphData(root);
    expect(files).toContain(join(dir, 'cells.yml'));
    expect(files).toEqual(readGraphFiles(join(root, 'graph-data'), root).map((f) => join(root, f.path)));
    expect(data.ok).toBe(true);
    if (data.ok) expect(data.snapshot.nodes.some((n) => n.id === 'nk_cell')).toBe(true);
  });

  it('fails the build on a data error, naming file:line:col', () => {
    const root = copyOfGraphData();
    writeFileSync(
      join(root, 'graph-data', 'entities', 'broken.yaml'),
      'nodes:\n  - id: broken_one\n    kind: not-a-kind\n    label: Broken\n',
    );
    const { error, source } = runPlugin(root, 'build');
    expect(source).toBeUndefined();
    expect(error).toMatch(/graph-data has \d+ problems?/);
    expect(error).toMatch(/graph-data\/entities\/broken\.yaml:3:\d+: /);
  });

  it('in dev, hands the app the problems for its data-error screen instead', () => {
    const root = copyOfGraphData();
    writeFileSync(join(root, 'graph-data', 'entities', 'broken.yaml'), 'nodes:\n  - id: x\n    kind: nope\n');
    const { error, source } = runPlugin(root, 'serve');
    expect(error).toBeUndefined();
    const data = dataOf(source!);
    expect(data.ok).toBe(false);
    if (!data.ok) expect(data.problems.some((p) => p.file === 'graph-data/entities/broken.yaml')).toBe(true);
  });
});
