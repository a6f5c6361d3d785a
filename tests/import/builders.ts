// Small imported networks written by hand, for tests of what reads a parsed network (facets, panels).
import type { ImportedEdge, ImportedNetwork, ImportedNode, Polarity } from '../../src/import/types';

export const importedNode = (id: string, kind?: string): ImportedNode => ({
  id,
  label: id,
  ...(kind === undefined ? {} : { kind }),
  identifiers: [],
  synonyms: [],
  attributes: {},
});

export const importedEdge = (
  id: string,
  source: string,
  target: string,
  interaction?: string,
  polarity: Polarity = 0,
): ImportedEdge => ({
  id,
  source,
  target,
  ...(interaction === undefined ? {} : { interaction }),
  polarity,
  evidence: [],
  attributes: {},
});

/** A directed cyjs network of these nodes and edges. */
export const importedNetwork = (
  nodes: ImportedNode[],
  edges: ImportedEdge[],
  name = 'test',
): ImportedNetwork => ({
  name,
  format: 'cyjs',
  fileNames: ['test.cyjs'],
  directed: true,
  attributes: {},
  nodes,
  edges,
});
