// The knowledge base bundled into the app. The build loads graph-data with the command line's file
// list and loader (build/graphData.ts) and hands over validated JSON; here the indexes are rebuilt.
// No YAML parser and no schema run in the browser to open the map.
import data from 'virtual:graph-data';
import type { LoadResult } from '../model/load';
import { fromSnapshot } from '../model/snapshot';

export const loadBundledGraph = (): LoadResult =>
  data.ok ? { ok: true, ...fromSnapshot(data.snapshot) } : { ok: false, problems: [...data.problems] };
