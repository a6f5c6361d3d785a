// What the derived view draws, as Cytoscape ids: the canvas frames by these, never by asking
// Cytoscape what it shows (`:visible`), which would read the view back from its own output.
import type { DerivedView } from '../model/view';
import { drawnNodes } from '../model/view';
import { importedElementId } from './importedIds';

/** The Cytoscape ids of every node the view draws (curated entities and imported nodes). */
export function drawnNodeIds(view: DerivedView): string[] {
  const { curated, imported } = drawnNodes(view);
  const ids: string[] = [...curated];
  for (const [layerId, nodes] of imported) for (const id of nodes) ids.push(importedElementId(layerId, id));
  return ids;
}
