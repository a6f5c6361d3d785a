// MOUNT POINT for the pathway diagram (helper diagram11's PathwayDiagram). The contract is
// PathwayDiagramInput (src/model/pathways/diagram.ts): relation ids, the ends, the knocked-out
// entities and, for a comparison, one group per therapy. Until that component lands, the slot only
// states what the diagram would draw, so the panel and its tests do not depend on it.
import type { PathwayDiagramInput } from '../../model/pathways/diagram';

export function DiagramSlot({ input }: { input: PathwayDiagramInput }) {
  return (
    <div
      className="pathways__diagram"
      data-testid="pathway-diagram-slot"
      data-relations={input.relationIds.join(' ')}
    >
      {/* <PathwayDiagram {...input} /> goes here once it is in main. */}
    </div>
  );
}
