// The knowledge base bundled into the app: Vite inlines every graph-data YAML file as text at build
// time, and the same loader as the CLI parses and validates it in the browser.
import { loadGraph, type LoadResult, type TextFile } from '../model/load';

const raw = import.meta.glob('../../graph-data/**/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const GRAPH_FILES: TextFile[] = Object.entries(raw).map(([path, text]) => ({
  path: path.replace(/^(\.\.\/)+/, ''),
  text,
}));

export const loadBundledGraph = (): LoadResult => loadGraph(GRAPH_FILES);
