// What every format parser receives, and small readers shared by the JSON formats.
import { setAttribute, toAttributeValue } from '../build';
import type { ProblemList } from '../problems';
import type { Attributes, AttributeValue, ImportedNetwork } from '../types';

export interface FormatContext {
  /** The file's name, for messages and the network's default name. */
  readonly fileName: string;
  readonly problems: ProblemList;
  /** Share of the work done, 0..1; cheap to call. */
  readonly progress: (fraction: number) => void;
}

export type FormatParser = (ctx: FormatContext, text: string, json?: unknown) => ImportedNetwork | undefined;

/** The file name without folder and extension, as a network name of last resort. */
export const baseName = (fileName: string) =>
  fileName
    .replace(/\\/g, '/')
    .replace(/^.*\//, '')
    .replace(/\.[^.]*$/, '') || fileName;

/**
 * A JSON object's fields as attributes: scalars and lists as they are, nested objects as JSON text
 * (kept, not interpreted), nulls left out.
 */
export function jsonAttributes(data: Record<string, unknown>, skip: readonly string[] = []): Attributes {
  const out: Attributes = {};
  for (const [k, v] of Object.entries(data)) {
    if (skip.includes(k) || v === null || v === undefined) continue;
    const value = toAttributeValue(v);
    if (value !== undefined && !(Array.isArray(v) && v.some((x) => typeof x === 'object' && x !== null))) {
      setAttribute(out, k, value);
    } else if (typeof v === 'object') {
      setAttribute(out, k, safeStringify(v));
    }
  }
  return out;
}

function safeStringify(v: unknown): string {
  try {
    return JSON.stringify(v) ?? '';
  } catch {
    return '';
  }
}

/** An id as text: strings as they are, finite numbers written out; anything else is no id. */
export function idText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** Calls `progress` about every 2,000 items, so a worker can post it without flooding. */
export function every(progress: (f: number) => void, total: number, from: number, to: number) {
  return (i: number) => {
    if (i % 2000 === 0 && total > 0) progress(from + ((to - from) * i) / total);
  };
}

/** A database-prefixed id ("uniprot:P01137", "HGNC:11766", "ncbigene:7040"). */
const CURIE = /^[A-Za-z][\w.]*:\S+$/;

/**
 * Cytoscape desktop's `alias` column holds other names (galFiltered.sif's "RPL31A", "ribosomal protein
 * L31A (L34A)"), while NDEx's holds database ids: prefixed ids become identifiers, the rest synonyms.
 * A value that is neither text nor a list of text is kept as the attribute it was. Shared by the
 * readers of Cytoscape desktop's exports (cyjs, GraphML).
 */
export function splitAlias(alias: unknown): {
  identifiers: string[];
  synonyms: string[];
  rest?: AttributeValue;
} {
  const items = typeof alias === 'string' ? [alias] : Array.isArray(alias) ? alias : undefined;
  if (!items || !items.every((a) => typeof a === 'string')) {
    const rest = alias === undefined || alias === null ? undefined : toAttributeValue(alias);
    return { identifiers: [], synonyms: [], ...(rest !== undefined ? { rest } : {}) };
  }
  const values = (items as string[]).map((a) => a.trim()).filter(Boolean);
  return { identifiers: values.filter((a) => CURIE.test(a)), synonyms: values.filter((a) => !CURIE.test(a)) };
}
