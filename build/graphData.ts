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

/** The module's source: JSON.parse of a string parses faster than the same object as JS. */
export const moduleSource = (data: BundledData) =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});\n`;

export function graphData(dir = 'graph-data'): Plugin {
  let root = process.cwd();
  let building = false;
  return {
    name: 'nociscope-graph-data',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    resolveId: (id) => (id === GRAPH_DATA_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const { data, files } = compileGraphData(root, dir);
      for (const f of files) this.addWatchFile(f);
      if (!data.ok && building) {
        const n = data.problems.length;
        this.error(
          `graph-data has ${n} problem${n === 1 ? '' : 's'} (npm run validate lists them too):\n` +
            data.problems.map(formatProblem).join('\n'),
        );
      }
      return moduleSource(data);
    },
    configureServer(server) {
      // A new, changed or removed data file reloads the page with fresh data (or the error screen).
      const dataDir = join(root, dir) + sep;
      server.watcher.add(dataDir);
      const reload = (file: string) => {
        if (!file.startsWith(dataDir) || relative(dataDir, file).startsWith('..')) return;
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
