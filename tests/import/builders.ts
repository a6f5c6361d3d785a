// Small imported networks written by hand, for tests of what reads a parsed network (facets, panels).
import type { ImportedEdge, ImportedNode, Polarity } from '../../src/import/types';

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
