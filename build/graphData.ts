// graph-data as the app sees it, made at build time: the same file list (readGraphFiles) and the same
// loader (loadGraph) as the command line, so a file the CLI validates is a file the app shows, and
// the browser gets validated JSON instead of YAML to parse and check. A data error fails the build
// with file:line:col; the dev server instead hands the app the problems, for its data-error screen.
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { readGraphFiles } from '../src/cli/readGraphFiles';
import { loadGraph } from '../src/model/load';
import { formatProblem } from '../src/model/problems';
import { toSnapshot, type BundledData } from '../src/model/snapshot';

export const GRAPH_DATA_MODULE = 'virtual:graph-data';
const RESOLVED = `\0${GRAPH_DATA_MODULE}`;

/** Load graph-data below `root` exactly as `npm run validate` does. */
export function compileGraphData(root: string, dir = 'graph-data'): { data: BundledData; files: string[] } {
  const files = readGraphFiles(join(root, dir), root);
  const result = loadGraph(files);
  const data: BundledData = result.ok
    ? { ok: true, snapshot: toSnapshot(result.graph, result.stories) }
    : { ok: false, problems: result.problems };
  return { data, files: files.map((f) => join(root, f.path)) };
}

/** The id of the page's data block (see `dataBlock`). */
export const DATA_ELEMENT_ID = 'nociscope-data';

/**
 * The validated graph as a JSON data block for index.html. Data, not JavaScript: a
 * `<script type="application/json">` is never executed (so the Content-Security-Policy has nothing
 * to allow), the browser parses it as JSON rather than as script, and it stays out of the first-load
 * JavaScript budget (scripts/check-bundle-size.ts), which measures code. `<` is escaped so no text in
 * the data can close the element.
 */
export const dataBlock = (data: BundledData) => JSON.stringify(data).replace(/</g, '\\u003c');

/**
 * The module's source: it reads the page's data block. A page without one (an index.html from
 * another build) opens the data-error screen instead of a blank page.
 */
export const moduleSource = () =>
  [
    `const el = document.getElementById(${JSON.stringify(DATA_ELEMENT_ID)});`,
    'let data;',
    'try { data = JSON.parse(el ? el.textContent : ""); } catch {',
    '  data = { ok: false, problems: [{ file: "index.html", line: 1, col: 1, message: "the page carries no readable graph data: reload, or clear the site data if it persists" }] };',
    '}',
    'export default data;',
    '',
  ].join('\n');

export function graphData(dir = 'graph-data'): Plugin {
  let root = process.cwd();
  let building = false;
  // One compilation serves the module and the page; a change in graph-data (dev) drops it.
  let compiled: ReturnType<typeof compileGraphData> | undefined;
  const compile = () => (compiled ??= compileGraphData(root, dir));
  return {
    name: 'nociscope-graph-data',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    resolveId: (id) => (id === GRAPH_DATA_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const { data, files } = compile();
      for (const f of files) this.addWatchFile(f);
      if (!data.ok && building) {
        const n = data.problems.length;
        this.error(
          `graph-data has ${n} problem${n === 1 ? '' : 's'} (npm run validate lists them too):\n` +
            data.problems.map(formatProblem).join('\n'),
        );
      }
      return moduleSource();
    },
    transformIndexHtml() {
      // The page is written apart from the module graph; it reads the same compilation, made afresh in
      // the dev server after any change to graph-data.
      const { data } = compile();
      return [
        {
          tag: 'script',
          attrs: { type: 'application/json', id: DATA_ELEMENT_ID },
          children: dataBlock(data),
          // At the end of the page: the map's picture above it (build/firstView.ts) is painted while
          // the data still arrives. The module that reads it runs after the whole page is parsed.
          injectTo: 'body',
        },
      ];
    },
    configureServer(server) {
      // A new, changed or removed data file reloads the page with fresh data (or the error screen).
      const dataDir = join(root, dir) + sep;
      server.watcher.add(dataDir);
      const reload = (file: string) => {
        if (!file.startsWith(dataDir) || relative(dataDir, file).startsWith('..')) return;
        compiled = undefined;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', reload);
      server.watcher.on('change', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
