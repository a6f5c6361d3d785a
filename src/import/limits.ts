// How big a network the app opens: a cap on nodes and edges, not only on bytes. A 49 MB cyjs file of
// 500,000 nodes passed the byte cap and froze the tab after Open (3 GB of heap); `convert` ran out of
// memory on a 45 MB edge list of 4.8 million rows. The caps are counted as early as each format
// allows — lines of a table before it is split, the tags of a GraphML file before the XML is parsed,
// the arrays of a JSON file before a node is built — and once more on the network built.
import type { ProblemList } from './problems';

/** At most this many nodes are opened: twice the 10,000 the canvas benchmark draws on 2 cores. */
export const MAX_IMPORT_NODES = 20_000;
/** At most this many edges are opened (the benchmark's 10,000-node networks have 20,000). */
export const MAX_IMPORT_EDGES = 50_000;

/** The caps one import runs under (tests pass small ones). */
export interface ImportLimits {
  readonly maxNodes: number;
  readonly maxEdges: number;
}

export const DEFAULT_LIMITS: ImportLimits = { maxNodes: MAX_IMPORT_NODES, maxEdges: MAX_IMPORT_EDGES };

const thousands = (n: number) => n.toLocaleString('en-US');

const WHAT_TO_DO =
  'Open a subnetwork: in Cytoscape select the part you study (a pathway, a neighbourhood, a score cut-off) and export the selection, or filter the file (e.g. keep the rows above a confidence score) and open that.';

/** Report `count` of nodes or edges above its cap; true when it was above. */
export function overCap(
  problems: ProblemList,
  what: 'nodes' | 'edges',
  count: number,
  limits: ImportLimits,
  atLeast = false,
): boolean {
  const cap = what === 'nodes' ? limits.maxNodes : limits.maxEdges;
  if (count <= cap) return false;
  problems.error(
    `the network has ${atLeast ? 'at least ' : ''}${thousands(count)} ${what}, more than the ${thousands(cap)} this app opens`,
    WHAT_TO_DO,
  );
  return true;
}

/**
 * Lines that are not blank: an upper bound on a table's rows (a quoted cell may span lines) and on
 * a SIF file's lines. Counted without splitting the text, so a huge file costs no memory here.
 */
export function countLines(text: string): number {
  let lines = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (!blank) lines++;
      blank = true;
    } else if (blank && c !== 32 && c !== 9) blank = false;
  }
  return blank ? lines : lines + 1;
}

/**
 * A line of an edge list or SIF file gives at least one edge, or one node (a nodes table's row, a SIF
 * line with a single name), and each table has one header: more lines than both caps together cannot
 * fit under them.
 */
export function linesOverCap(problems: ProblemList, texts: readonly string[], limits: ImportLimits): boolean {
  const lines = texts.reduce((sum, t) => sum + countLines(t), 0);
  if (lines <= limits.maxNodes + limits.maxEdges + texts.length) return false;
  problems.error(
    `the file has ${thousands(lines)} lines (one edge or node each), more than the ${thousands(limits.maxEdges)} edges and ${thousands(limits.maxNodes)} nodes this app opens`,
    WHAT_TO_DO,
  );
  return true;
}

/** The `<node` and `<edge` tags of a GraphML text, counted before it is parsed. */
export function graphmlTags(text: string): { nodes: number; edges: number } {
  let nodes = 0;
  let edges = 0;
  const tag = /<(?:[\w.-]+:)?(node|edge)[\s/>]/g;
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    if (m[1] === 'node') nodes++;
    else edges++;
  }
  return { nodes, edges };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const len = (v: unknown) => (Array.isArray(v) ? v.length : 0);

/**
 * Nodes and edges a parsed JSON network holds, read from its arrays before anything is built: cyjs
 * (`elements` as an object or a list), CX and CX2 (aspects, possibly split in fragments) and
 * graph-data JSON (`nodes`, `relations`).
 */
export function jsonCounts(json: unknown): { nodes: number; edges: number } {
  let nodes = 0;
  let edges = 0;
  const elements = isRecord(json) ? json.elements : undefined;
  if (isRecord(elements)) return { nodes: len(elements.nodes), edges: len(elements.edges) };
  const list = Array.isArray(elements) ? elements : Array.isArray(json) ? json : undefined;
  if (list) {
    for (const item of list) {
      if (!isRecord(item)) continue;
      // A CX/CX2 aspect: { nodes: [...] } or { edges: [...] }.
      if (Array.isArray(item.nodes) || Array.isArray(item.edges)) {
        nodes += len(item.nodes);
        edges += len(item.edges);
        continue;
      }
      // A cyjs element in a flat list.
      const data = isRecord(item.data) ? item.data : undefined;
      if (item.group === 'edges' || (data && 'source' in data && 'target' in data)) edges++;
      else if (item.group === 'nodes' || data) nodes++;
    }
    return { nodes, edges };
  }
  if (isRecord(json)) {
    nodes = len(json.nodes);
    edges = len(json.relations) + len(json.edges);
  }
  return { nodes, edges };
}
