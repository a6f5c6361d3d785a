// Imported layers kept across reloads, in IndexedDB through idb-keyval. Each layer is one record in a
// versioned envelope ({ app, kind, version, layer }), so a later app can tell what it reads. A record
// that is corrupt or from another version is never read half-way: it is moved to a quarantine key
// (kept, so nothing a user made is silently lost) and a notice says so. No function here throws:
// a browser without IndexedDB (some private modes) gets a notice and an empty list.
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { z } from 'zod';
import { unwritableCharacter } from './build';
import { IMPORT_FORMATS, type ImportedNetwork } from './types';

/** Bump when the stored shape changes; older records are then set aside with a notice. */
export const LAYER_STORE_VERSION = 1;

const LAYER_PREFIX = 'layer:';
const QUARANTINE_PREFIX = 'quarantine:';

/** How a layer is shown: on its own, or over the curated map with accepted matches. */
export type LayerMode = 'own' | 'overlay';

/** One stored layer. */
export interface StoredLayer {
  readonly id: string;
  readonly name: string;
  /** ISO date of the import. */
  readonly savedAt: string;
  readonly hidden: boolean;
  readonly mode: LayerMode;
  readonly network: ImportedNetwork;
  /** Accepted matches: imported node id → curated entity id. */
  readonly matches: readonly (readonly [string, string])[];
}

/** Something the user should know about stored layers (a record set aside, storage unavailable). */
export interface LayerNotice {
  readonly key: string;
  readonly message: string;
}

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const attributes = z.record(z.string(), z.union([scalar, z.array(scalar)]));
const position = z.object({ x: z.number(), y: z.number() });
const evidence = z.object({
  source: z.string().optional(),
  pmid: z.string().optional(),
  doi: z.string().optional(),
  note: z.string().optional(),
  kind: z.string().optional(),
  locator: z.string().optional(),
});
// A file's own style (visualStyle.ts): checked for its shape, so a damaged record never reaches the canvas.
const visual = z.union([z.string(), z.number(), z.boolean()]);
const look = z.record(z.string(), visual);
const mapping = z.union([
  z.object({ type: z.literal('passthrough'), attribute: z.string() }),
  z.object({
    type: z.literal('discrete'),
    attribute: z.string(),
    map: z.array(z.tuple([z.string(), visual])),
  }),
  z.object({
    type: z.literal('continuous'),
    attribute: z.string(),
    intervals: z.array(
      z.object({
        min: z.number().optional(),
        max: z.number().optional(),
        includeMin: z.boolean(),
        includeMax: z.boolean(),
        minValue: visual.optional(),
        maxValue: visual.optional(),
      }),
    ),
  }),
]);
const groupStyle = z.object({
  defaults: look,
  mappings: z.record(z.string(), mapping),
  bypasses: z.record(z.string(), look),
  values: z.record(z.string(), attributes),
});
const StyleSchema = z.object({
  from: z.enum(['cx2', 'cx', 'cyjs']),
  title: z.string().optional(),
  background: z.string().optional(),
  node: groupStyle,
  edge: groupStyle,
});
const NetworkSchema = z.object({
  name: z.string(),
  format: z.enum(IMPORT_FORMATS),
  fileNames: z.array(z.string()),
  directed: z.boolean(),
  attributes,
  nodes: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      kind: z.string().optional(),
      identifiers: z.array(z.string()),
      synonyms: z.array(z.string()),
      attributes,
      position: position.optional(),
    }),
  ),
  edges: z.array(
    z.object({
      id: z.string(),
      source: z.string(),
      target: z.string(),
      interaction: z.string().optional(),
      polarity: z.union([z.literal(1), z.literal(-1), z.literal(0)]),
      evidence: z.array(evidence),
      attributes,
    }),
  ),
  style: StyleSchema.optional(),
});
const LayerSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  savedAt: z.string(),
  hidden: z.boolean(),
  mode: z.enum(['own', 'overlay']),
  network: NetworkSchema,
  matches: z.array(z.tuple([z.string(), z.string()])),
});
const EnvelopeSchema = z.object({
  app: z.literal('nociscope'),
  kind: z.literal('layer'),
  version: z.number(),
  layer: z.unknown(),
});

let defaultStore: UseStore | undefined;
/** The app's store; created on first use so importing this module never touches IndexedDB. */
export function layerDatabase(): UseStore {
  defaultStore ??= createStore('nociscope-layers', 'layers');
  return defaultStore;
}

const envelope = (layer: StoredLayer) => ({
  app: 'nociscope',
  kind: 'layer',
  version: LAYER_STORE_VERSION,
  layer,
});

const unavailable = (e: unknown): LayerNotice => ({
  key: '',
  message: `Imported layers cannot be kept in this browser (${e instanceof Error ? e.name : 'storage error'}); they last until the page is closed.`,
});

/**
 * Why a stored record cannot be used, or undefined when it is a current, well-formed layer. The schema
 * only checks; the record itself is what is returned.
 */
function problemWith(value: unknown): string | undefined {
  const env = EnvelopeSchema.safeParse(value);
  if (!env.success) return 'it is not a layer record this app wrote (it may be damaged)';
  if (env.data.version !== LAYER_STORE_VERSION) {
    return `it was stored by another version of the app (layer format ${env.data.version}, this app reads ${LAYER_STORE_VERSION})`;
  }
  const layer = LayerSchema.safeParse(env.data.layer);
  if (!layer.success) return 'its contents are damaged';
  return networkProblem(layer.data.network);
}

/**
 * What the schema cannot see and the app relies on, as the importer guarantees it: unique node and
 * edge ids that every export can write, and edges between nodes of the network.
 */
function networkProblem(network: ImportedNetwork): string | undefined {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const problem = idProblem('node', network.nodes, nodes) ?? idProblem('edge', network.edges, edges);
  if (problem) return problem;
  for (const e of network.edges)
    for (const end of [e.source, e.target])
      if (!nodes.has(end))
        return `its edge "${e.id.slice(0, 60)}" joins a node "${end.slice(0, 60)}" it does not hold (it is damaged)`;
  return undefined;
}

/** The first id of a list that repeats or that no export can write; the ids seen go into `seen`. */
function idProblem(what: 'node' | 'edge', items: readonly { id: string }[], seen: Set<string>) {
  for (const { id } of items) {
    if (seen.has(id)) return `two of its ${what}s have the id "${id.slice(0, 60)}" (it is damaged)`;
    const bad = unwritableCharacter(id);
    if (bad) return `${what === 'edge' ? 'an' : 'a'} ${what} id holds the control character ${bad}`;
    seen.add(id);
  }
  return undefined;
}

/**
 * The matches that name one of the layer's nodes, once each: a stored match to a node the network does
 * not hold (or a second match of one node) is dropped, not counted. How many were dropped, too.
 */
function usableMatches(layer: StoredLayer): { matches: StoredLayer['matches']; dropped: number } {
  const nodes = new Set(layer.network.nodes.map((n) => n.id));
  const seen = new Set<string>();
  const matches = layer.matches.filter(([imported, curated]) => {
    if (!nodes.has(imported) || seen.has(imported) || curated === '') return false;
    seen.add(imported);
    return true;
  });
  return { matches, dropped: layer.matches.length - matches.length };
}

/**
 * The storage key of each listed layer, per store: Remove and Hide act on the record that was read,
 * even one whose key does not match its layer id (an older or hand-edited record), instead of a key
 * made from the id that would leave the record to come back after a reload.
 */
const storageKeys = new WeakMap<UseStore, Map<string, string>>();
const keyOf = (store: UseStore, id: string) => storageKeys.get(store)?.get(id) ?? `${LAYER_PREFIX}${id}`;

/** The layer of a record `problemWith` found well-formed. */
const layerOf = (value: unknown) => (value as { layer: StoredLayer }).layer;

/**
 * Every stored layer, oldest first, and notices for records that were set aside. Never throws.
 */
export async function listLayers(store: UseStore = layerDatabase()): Promise<{
  layers: StoredLayer[];
  notices: LayerNotice[];
}> {
  const notices: LayerNotice[] = [];
  let all: [IDBValidKey, unknown][];
  try {
    all = await entries(store);
  } catch (e) {
    return { layers: [], notices: [unavailable(e)] };
  }
  const layers: StoredLayer[] = [];
  const keys = new Map<string, string>();
  for (const [key, value] of all) {
    if (typeof key !== 'string' || !key.startsWith(LAYER_PREFIX)) continue;
    let why = problemWith(value);
    const id = why ? undefined : layerOf(value).id;
    // Two records of one layer id: the one under that id's own key wins, the other is set aside.
    if (
      id !== undefined &&
      (keys.has(id) || (key !== `${LAYER_PREFIX}${id}` && all.some(([k]) => k === `${LAYER_PREFIX}${id}`)))
    )
      why = `another stored layer has the same id "${id.slice(0, 60)}"`;
    if (!why) {
      const layer = layerOf(value);
      const { matches, dropped } = usableMatches(layer);
      if (dropped)
        notices.push({
          key,
          message: `The stored layer “${layer.name}” listed ${dropped} ${dropped === 1 ? 'match' : 'matches'} to nodes it does not hold; ${dropped === 1 ? 'it was' : 'they were'} left out.`,
        });
      const kept = dropped ? { ...layer, matches } : layer;
      layers.push(kept);
      // Stored without them, so the notice is given once, not on every start.
      if (dropped) await set(key, envelope(kept), store).catch(() => {});
      keys.set(layer.id, key);
      continue;
    }
    const aside = `${QUARANTINE_PREFIX}${key.slice(LAYER_PREFIX.length)}:${Date.now()}`;
    try {
      await set(aside, value, store);
      await del(key, store);
      notices.push({
        key,
        message: `A stored layer was set aside because ${why}. It is kept in the browser's storage under "${aside}" and no longer shown.`,
      });
    } catch (e) {
      notices.push({ key, message: `A stored layer could not be read because ${why}.` }, unavailable(e));
    }
  }
  storageKeys.set(store, keys);
  layers.sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.id.localeCompare(b.id));
  return { layers, notices };
}

/** Store (or replace) a layer. Returns a notice when it could not be kept. */
export async function saveLayer(
  layer: StoredLayer,
  store: UseStore = layerDatabase(),
): Promise<LayerNotice | undefined> {
  try {
    await set(keyOf(store, layer.id), envelope(layer), store);
    return undefined;
  } catch (e) {
    return unavailable(e);
  }
}

/** One stored layer, or undefined (missing, unreadable or storage unavailable). */
export async function loadLayer(
  id: string,
  store: UseStore = layerDatabase(),
): Promise<StoredLayer | undefined> {
  try {
    const value: unknown = await get(keyOf(store, id), store);
    return problemWith(value) ? undefined : layerOf(value);
  } catch {
    return undefined;
  }
}

/** Hide or show a stored layer. Returns false when it is not stored (or storage failed). */
export async function setLayerHidden(
  id: string,
  hidden: boolean,
  store: UseStore = layerDatabase(),
): Promise<boolean> {
  const layer = await loadLayer(id, store);
  if (!layer) return false;
  return (await saveLayer({ ...layer, hidden }, store)) === undefined;
}

/** Remove one stored layer, by the key it was read from. Returns false when storage failed. */
export async function removeLayer(id: string, store: UseStore = layerDatabase()): Promise<boolean> {
  try {
    await del(keyOf(store, id), store);
    storageKeys.get(store)?.delete(id);
    return true;
  } catch {
    return false;
  }
}

/** A new layer record for an imported network, with a fresh id. */
export function newLayer(
  network: ImportedNetwork,
  mode: LayerMode,
  matches: ReadonlyMap<string, string> = new Map(),
): StoredLayer {
  const random = Math.random().toString(36).slice(2, 8);
  return {
    id: `${Date.now().toString(36)}-${random}`,
    name: network.name,
    savedAt: new Date().toISOString(),
    hidden: false,
    mode,
    network,
    matches: [...matches],
  };
}
