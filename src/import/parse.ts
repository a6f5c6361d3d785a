// The single entry point of import: `parseNetworkFile(name, content)` reads any supported file and
// returns the network and its problems; it never throws. `parseNetworkFiles` reads a set that
// belongs together (several graph-data files, or an edges CSV with its nodes CSV).
// The format comes from the file name and, when that does not settle it, from the content.
import { parseCsvFiles } from './formats/csv';
import { parseCx } from './formats/cx';
import { parseCx2 } from './formats/cx2';
import { parseCyjs } from './formats/cyjs';
import { parseGraphml } from './formats/graphml';
import { parseNociscopeFiles } from './formats/nociscope';
import { parseSif } from './formats/sif';
import type { FormatContext, FormatParser } from './formats/common';
import { isRecord, parseJson } from './json';
import { DEFAULT_LIMITS, graphmlTags, jsonCounts, linesOverCap, overCap, type ImportLimits } from './limits';
import { ProblemList } from './problems';
import {
  IMPORT_FORMAT_LABELS,
  IMPORT_FORMATS,
  MAX_IMPORT_BYTES,
  type ImportFormat,
  type ImportOptions,
  type ImportProblem,
  type ImportResult,
} from './types';

/** One file given to the importer. */
export interface ImportFile {
  readonly name: string;
  readonly content: string | Uint8Array;
}

const EXTENSIONS: Record<string, ImportFormat | 'json' | 'xml' | 'text'> = {
  cyjs: 'cyjs',
  cx2: 'cx2',
  cx: 'cx',
  graphml: 'graphml',
  xml: 'xml',
  sif: 'sif',
  csv: 'csv',
  tsv: 'csv',
  tab: 'csv',
  yaml: 'nociscope',
  yml: 'nociscope',
  json: 'json',
  txt: 'text',
};

/** Files people try that cannot be read, with what to do instead. */
const UNSUPPORTED: Record<string, string> = {
  cys: 'A Cytoscape session (.cys) holds many networks and styles. In Cytoscape, choose File > Export > Network to File and pick CX2 or cyjs.',
  xgmml:
    'XGMML is not read. In Cytoscape, choose File > Export > Network to File and pick CX2, cyjs or GraphML.',
  xlsx: 'Spreadsheet workbooks are not read. Save the sheet as CSV (File > Save As > CSV) and open that.',
  xls: 'Spreadsheet workbooks are not read. Save the sheet as CSV (File > Save As > CSV) and open that.',
  ods: 'Spreadsheet workbooks are not read. Save the sheet as CSV and open that.',
  gml: 'GML is not read. Save the network as GraphML (networkx: nx.write_graphml; Gephi: File > Export).',
  gexf: 'GEXF is not read. Export the network from Gephi as GraphML.',
  zip: 'Unpack the archive first and open the network file inside.',
  gz: 'Unpack the file first (it is compressed) and open the network file inside.',
};

const extensionOf = (name: string) => {
  const base = name.replace(/\\/g, '/').replace(/^.*\//, '').toLowerCase();
  // "nociscope.cyjs.json" is a cyjs file: the app writes that double extension.
  if (base.endsWith('.cyjs.json')) return 'cyjs';
  const dot = base.lastIndexOf('.');
  return dot >= 0 ? base.slice(dot + 1) : '';
};

/** Bytes of a text without encoding it (UTF-8 length). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
  }
  return n;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** The file's text, or a problem: too large, binary, or not UTF-8. */
function readText(file: ImportFile, problems: ProblemList, maxBytes: number): string | undefined {
  const size = typeof file.content === 'string' ? utf8Length(file.content) : file.content.byteLength;
  if (size > maxBytes) {
    problems.error(
      `the file is ${megabytes(size)}, more than the ${megabytes(maxBytes)} this app opens`,
      'Open a smaller part of the network (e.g. filter it in Cytoscape and export the selection), or use Cytoscape desktop for networks this large.',
    );
    return undefined;
  }
  let text: string;
  if (typeof file.content === 'string') text = file.content;
  else {
    const bytes = file.content;
    const utf16 =
      bytes.length >= 2 &&
      ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    try {
      text = new TextDecoder(utf16 ? (bytes[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8', {
        fatal: true,
      }).decode(bytes);
    } catch {
      problems.error(
        'the file is not text in UTF-8 (it may be a binary file, such as a session, workbook or archive)',
        'Export the network as a text format (CX2, cyjs, GraphML, SIF or CSV) saved as UTF-8.',
      );
      return undefined;
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) {
    problems.error(
      'the file holds binary data, not text',
      'Export the network as a text format (CX2, cyjs, GraphML, SIF or CSV).',
    );
    return undefined;
  }
  return text;
}

/** The format of a JSON document, from its shape. */
function jsonFormat(value: unknown): ImportFormat | undefined {
  if (Array.isArray(value)) {
    if (value.some((v) => isRecord(v) && 'CXVersion' in v)) return 'cx2';
    const aspectish = value.some(
      (v) =>
        isRecord(v) &&
        Object.keys(v).length === 1 &&
        ['numberVerification', 'metaData', 'nodes', 'edges', 'nodeAttributes', '@context'].includes(
          Object.keys(v)[0]!,
        ),
    );
    if (aspectish) return 'cx';
    if (value.some((v) => isRecord(v) && isRecord(v.data))) return 'cyjs';
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  if ('elements' in value) return 'cyjs';
  // Bare cytoscape.js elements, { nodes: [{ data }], edges: [{ data }] } (cytoscape.js's gal.json):
  // networkx's node-link JSON and graph-data have "nodes" too, but never a "data" object per node.
  if (isElementList(value.nodes) && (value.edges === undefined || isElementList(value.edges))) return 'cyjs';
  // networkx's node-link JSON is not graph-data, though it has "nodes"; it gets its own message.
  if (Array.isArray(value.links) || (Array.isArray(value.edges) && !Array.isArray(value.relations)))
    return undefined;
  if (Array.isArray(value.nodes) || Array.isArray(value.relations) || Array.isArray(value.sources))
    return 'nociscope';
  return undefined;
}

/** A non-empty list whose items are all cytoscape.js elements ({ data: { … } }). */
const isElementList = (list: unknown): boolean =>
  Array.isArray(list) && list.length > 0 && list.every((e) => isRecord(e) && isRecord(e.data));

/** The format from the first characters of a text file that is not JSON. */
function textFormat(text: string, ext: string): ImportFormat | undefined {
  const head = text.slice(0, 4096);
  const start = head.trimStart();
  if (start.startsWith('<')) return /<(?:\w+:)?graphml[\s>]/.test(head) ? 'graphml' : undefined;
  if (/^(?:nodes|relations|sources)\s*:/m.test(head)) return 'nociscope';
  const firstLine = start.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const cells = firstLine.split(/[,\t;|]/).map((c) =>
    c
      .trim()
      .toLowerCase()
      .replace(/[\s_\-.]+/g, ''),
  );
  if (cells.some((c) => ['source', 'from', 'node1', 'interactora'].includes(c))) return 'csv';
  if (ext === 'text' || ext === '') return 'sif';
  return undefined;
}

const PARSERS: Record<Exclude<ImportFormat, 'csv' | 'nociscope'>, FormatParser> = {
  cyjs: parseCyjs,
  cx2: parseCx2,
  cx: parseCx,
  graphml: parseGraphml,
  sif: parseSif,
};

const NOT_RECOGNISED =
  'Open a Cytoscape.js JSON (.cyjs), CX2 (.cx2), CX (.cx), GraphML (.graphml), SIF (.sif), CSV/TSV edge list (.csv, .tsv) or graph-data YAML file.';

function readOne(file: ImportFile, options: ImportOptions, problems: ProblemList): ImportResult {
  const progress = options.onProgress ?? (() => {});
  const ext = extensionOf(file.name);
  if (UNSUPPORTED[ext]) {
    problems.error(`.${ext} files cannot be opened here`, UNSUPPORTED[ext]!);
    return { problems: problems.list() };
  }
  const text = readText(file, problems, options.maxBytes ?? MAX_IMPORT_BYTES);
  if (text === undefined) return { problems: problems.list() };
  progress(0.1);
  if (text.trim() === '') {
    problems.error('the file is empty', NOT_RECOGNISED);
    return { problems: problems.list() };
  }

  let format: ImportFormat | undefined = options.format;
  let json: unknown;
  const byExt = EXTENSIONS[ext];
  const looksJson = /^[[{]/.test(text.trimStart());
  const needsJson = format
    ? ['cyjs', 'cx2', 'cx'].includes(format)
    : byExt === 'cyjs' ||
      byExt === 'cx2' ||
      byExt === 'cx' ||
      byExt === 'json' ||
      (looksJson && byExt !== 'nociscope');
  if (needsJson) {
    const parsed = parseJson(text, problems);
    if (!parsed) return { problems: problems.list() };
    json = parsed.value;
    const shape = jsonFormat(json);
    if (!format) {
      format = byExt === 'cyjs' || byExt === 'cx2' || byExt === 'cx' ? byExt : shape;
      // A .cx file that turns out to be CX2 (NDEx serves both as .cx) is read as what it is.
      if ((byExt === 'cx' && shape === 'cx2') || (byExt === 'cx2' && shape === 'cx')) format = shape;
    }
  }
  format ??=
    byExt && (IMPORT_FORMATS as readonly string[]).includes(byExt) ? (byExt as ImportFormat) : undefined;
  if (format === 'graphml' || byExt === 'xml' || byExt === 'text' || !format)
    format ??= textFormat(text, byExt ?? (ext === '' ? '' : 'unknown'));
  if (
    !format &&
    isRecord(json) &&
    Array.isArray(json.nodes) &&
    (Array.isArray(json.links) || Array.isArray(json.edges))
  ) {
    problems.error(
      'this looks like networkx node-link JSON, which is not read',
      'Write the graph as GraphML instead (networkx: nx.write_graphml(G, "network.graphml")) and open that.',
    );
    return { problems: problems.list() };
  }
  if (!format) {
    problems.error(`the format of ${file.name} was not recognised`, NOT_RECOGNISED);
    return { problems: problems.list() };
  }
  // Too many nodes or edges stop the import here, before the readers build anything.
  const limits = limitsOf(options);
  if (tooManyBeforeParsing(format, text, json, problems, limits))
    return { problems: problems.list(), format };
  progress(0.3);
  if (format === 'csv') {
    const r = parseCsvFiles([{ name: file.name, text }], progress);
    return capped({ ...finishMany(r, [problems], progress), format }, file.name, limits);
  }
  if (format === 'nociscope') {
    const r = parseNociscopeFiles([{ name: file.name, text }]);
    return capped({ ...finishMany(r, [problems], progress), format }, file.name, limits);
  }
  const ctx: FormatContext = { fileName: file.name, problems, progress };
  const network = PARSERS[format](ctx, text, json);
  progress(1);
  return capped({ ...(network ? { network } : {}), problems: problems.list(), format }, file.name, limits);
}

const limitsOf = (options: ImportOptions): ImportLimits => ({
  maxNodes: options.maxNodes ?? DEFAULT_LIMITS.maxNodes,
  maxEdges: options.maxEdges ?? DEFAULT_LIMITS.maxEdges,
});

/** The early count of each format (see limits.ts); true when a cap is passed. */
function tooManyBeforeParsing(
  format: ImportFormat,
  text: string,
  json: unknown,
  problems: ProblemList,
  limits: ImportLimits,
): boolean {
  if (format === 'csv' || format === 'sif') return linesOverCap(problems, [text], limits);
  const counts = format === 'graphml' ? graphmlTags(text) : json !== undefined ? jsonCounts(json) : undefined;
  if (!counts) return false;
  const nodes = overCap(problems, 'nodes', counts.nodes, limits);
  return overCap(problems, 'edges', counts.edges, limits) || nodes;
}

/** The last guard: a network built above a cap (a SIF line of many targets) is refused all the same. */
function capped(result: ImportResult, file: string, limits: ImportLimits): ImportResult {
  const n = result.network;
  if (!n) return result;
  const problems = new ProblemList(file);
  overCap(problems, 'nodes', n.nodes.length, limits);
  overCap(problems, 'edges', n.edges.length, limits);
  if (!problems.hasErrors) return result;
  return {
    problems: [...result.problems, ...problems.list()],
    ...(result.format ? { format: result.format } : {}),
  };
}

function finishMany(
  r: { network?: ImportResult['network']; problems: ProblemList[] },
  before: ProblemList[],
  progress: (fraction: number) => void = () => {},
): ImportResult {
  progress(1);
  const problems: ImportProblem[] = [...before, ...r.problems].flatMap((l) => l.list());
  const blocked = problems.some((p) => p.severity === 'error');
  return { ...(r.network && !blocked ? { network: r.network } : {}), problems };
}

/** The hint of a fault inside a reader (a bug, not a problem of the file); tests check it never shows. */
export const INTERNAL_FAULT_HINT =
  'Export it again from its tool; if that does not help, report the file to the Nociscope maintainers.';

/** A last guard: an unexpected fault in a reader is reported, never thrown at the app. */
function guarded(file: string, run: () => ImportResult): ImportResult {
  try {
    const result = run();
    if (!result.network && result.problems.every((p) => p.severity !== 'error')) {
      return {
        problems: [
          ...result.problems,
          {
            severity: 'error',
            file,
            message: 'the file could not be read as a network',
            hint: NOT_RECOGNISED,
          },
        ],
      };
    }
    return result;
  } catch (e) {
    const why = e instanceof RangeError ? ' (it is nested too deeply or is too large)' : '';
    return {
      problems: [
        {
          severity: 'error',
          file,
          message: `the file could not be read${why}`,
          hint: INTERNAL_FAULT_HINT,
        },
      ],
    };
  }
}

/**
 * Read one network file. Sniffs the format from the name and content (or takes `options.format`),
 * checks it, and returns the network when no error was found, with every problem either way.
 * Never throws.
 */
export function parseNetworkFile(
  fileName: string,
  content: string | Uint8Array,
  options: ImportOptions = {},
): ImportResult {
  return guarded(fileName, () => readOne({ name: fileName, content }, options, new ProblemList(fileName)));
}

/**
 * Read files that make one network: several graph-data YAML/JSON files, or CSV/TSV tables (edges and
 * nodes). A single file is read as by `parseNetworkFile`. Never throws.
 */
export function parseNetworkFiles(files: readonly ImportFile[], options: ImportOptions = {}): ImportResult {
  const label = files.map((f) => f.name).join(', ') || '(no file)';
  return guarded(label, () => {
    if (files.length === 0) {
      const p = new ProblemList('(no file)');
      p.error('no file was given', NOT_RECOGNISED);
      return { problems: p.list() };
    }
    if (files.length === 1) return readOne(files[0]!, options, new ProblemList(files[0]!.name));
    const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
    const lists = files.map((f) => new ProblemList(f.name));
    const total = files.reduce(
      (s, f) => s + (typeof f.content === 'string' ? utf8Length(f.content) : f.content.byteLength),
      0,
    );
    if (total > maxBytes) {
      lists[0]!.error(
        `the files add up to ${megabytes(total)}, more than the ${megabytes(maxBytes)} this app opens`,
        'Open fewer or smaller files.',
      );
      return { problems: lists[0]!.list() };
    }
    const texts = files.map((f, i) => readText({ ...f, content: f.content }, lists[i]!, Infinity));
    if (texts.some((t) => t === undefined)) return { problems: lists.flatMap((l) => l.list()) };
    const named = files.map((f, i) => ({ name: f.name, text: texts[i]! }));
    const limits = limitsOf(options);
    if (
      named.every((f) => EXTENSIONS[extensionOf(f.name)] === 'csv') &&
      linesOverCap(
        lists[0]!,
        named.map((f) => f.text),
        limits,
      )
    )
      return { problems: lists[0]!.list(), format: 'csv' };
    const kinds = named.map((f) => {
      const ext = extensionOf(f.name);
      return EXTENSIONS[ext] === 'csv'
        ? 'csv'
        : EXTENSIONS[ext] === 'nociscope' || (ext === 'json' && jsonLooksGraphData(f.text))
          ? 'nociscope'
          : 'other';
    });
    if (kinds.every((k) => k === 'csv'))
      return capped(
        {
          ...finishMany(parseCsvFiles(named, options.onProgress ?? (() => {})), [], options.onProgress),
          format: 'csv',
        },
        label,
        limits,
      );
    if (kinds.every((k) => k === 'nociscope'))
      return capped(
        { ...finishMany(parseNociscopeFiles(named), [], options.onProgress), format: 'nociscope' },
        label,
        limits,
      );
    lists[0]!.error(
      'these files do not make one network',
      `Open several files together only when they are graph-data files (YAML/JSON) or CSV tables (edges and nodes); open other formats one at a time. Formats read: ${Object.values(IMPORT_FORMAT_LABELS).join('; ')}.`,
    );
    return { problems: lists[0]!.list() };
  });
}

function jsonLooksGraphData(text: string): boolean {
  try {
    return jsonFormat(JSON.parse(text)) === 'nociscope';
  } catch {
    return false;
  }
}
