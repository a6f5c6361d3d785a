// Import check for the lint step (npm run lint): no import cycle anywhere in src/, type-only
// imports included (a type cycle still ties two files together: it made story.ts copy a helper),
// neither between files nor between folders (src/canvas importing src/image while src/image imports
// src/canvas is a cycle of folders even when no two files import each other). A folder is a
// top-level folder of src/, and each feature folder (src/features/<name>) on its own.
// Cross-feature imports are forbidden by eslint.config.js; this script finds what a per-file rule
// cannot see, a cycle. Plain Node, no dependency: imports are read with a regular expression.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'src');
const EXTS = ['.ts', '.tsx', '.js', '.mjs'];
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return EXTS.some((e) => p.endsWith(e)) && !p.endsWith('.d.ts') ? [p] : [];
  });
}

function resolveImport(from, spec) {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec.split('?')[0]);
  for (const candidate of [base, ...EXTS.map((e) => base + e), ...EXTS.map((e) => join(base, 'index' + e))])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

const graph = new Map();
for (const file of files(root)) {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  const deps = new Set();
  for (const m of text.matchAll(IMPORT)) {
    const target = resolveImport(file, m[1] ?? m[2]);
    if (target) deps.add(target);
  }
  graph.set(file, [...deps]);
}

/** Tarjan's strongly connected components of `graph`: every component of more than one node, or a
 * node that imports itself, is a cycle. */
function cyclesOf(graph) {
  let index = 0;
  const stack = [];
  const info = new Map();
  const cycles = [];
  function visit(v) {
    info.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!info.has(w)) {
        visit(w);
        info.get(v).low = Math.min(info.get(v).low, info.get(w).low);
      } else if (info.get(w).onStack) info.get(v).low = Math.min(info.get(v).low, info.get(w).index);
    }
    if (info.get(v).low === info.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        info.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component);
    }
  }
  for (const v of graph.keys()) if (!info.has(v)) visit(v);
  return cycles;
}

/** The folder a file belongs to: src/<top>, or src/features/<name> for a feature. */
function folderOf(file) {
  const parts = relative(root, file).split(/[\\/]/);
  if (parts.length === 1) return relative(process.cwd(), root);
  const depth = parts[0] === 'features' && parts.length > 2 ? 2 : 1;
  return relative(process.cwd(), join(root, ...parts.slice(0, depth)));
}

const folders = new Map();
const witness = new Map();
for (const [file, deps] of graph) {
  const from = folderOf(file);
  if (!folders.has(from)) folders.set(from, new Set());
  for (const dep of deps) {
    const to = folderOf(dep);
    if (to === from) continue;
    folders.get(from).add(to);
    // One file import per folder edge, so a cycle can be told file by file.
    const key = `${from}→${to}`;
    if (!witness.has(key))
      witness.set(key, `${relative(process.cwd(), file)} → ${relative(process.cwd(), dep)}`);
  }
}
const folderGraph = new Map([...folders].map(([k, v]) => [k, [...v]]));

const name = (c) =>
  c
    .map((f) => relative(process.cwd(), f))
    .sort()
    .join(' ⇄ ');

const fileCycles = cyclesOf(graph);
const folderCycles = cyclesOf(folderGraph);
for (const c of fileCycles) console.error(`import cycle: ${name(c)}`);
for (const c of folderCycles) {
  console.error(`folder cycle: ${[...c].sort().join(' ⇄ ')}`);
  for (const from of c)
    for (const to of folderGraph.get(from))
      if (c.includes(to)) console.error(`  ${witness.get(`${from}→${to}`)}`);
}
if (fileCycles.length || folderCycles.length) process.exit(1);
console.log(
  `check-imports: ${graph.size} files in ${folders.size} folders, no import cycle between files or folders`,
);
