// Read graph-data from disk for the command-line tools.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TextFile } from '../model/load';

/** Every YAML file below `dir`, with paths relative to `root` (so messages read graph-data/…). */
export function readGraphFiles(dir: string, root = process.cwd()): TextFile[] {
  const out: TextFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(name)) out.push({ path: relative(root, p), text: readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}
