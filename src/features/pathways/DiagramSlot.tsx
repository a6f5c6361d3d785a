// MOUNT POINT for the pathway diagram (helper diagram11's PathwayDiagram, src/canvas/PathwayDiagram.tsx
// on its branch). The contract is PathwayDiagramInput (src/model/pathways/diagram.ts): relation ids,
// the ends, the knocked-out entities and, for a comparison, one group per therapy. Until that
// component is in main, the slot only carries what the diagram would draw (as data attributes), so
// the panel and its tests do not depend on it. Once it lands, render here:
//   <PathwayDiagram graph={graph} {...input} title={title} />
import type { PathwayDiagramInput } from '../../model/pathways/diagram';

export function DiagramSlot({ input, title }: { input: PathwayDiagramInput; title: string }) {
  return (
    <div
      className="pathways__diagram"
      data-testid="pathway-diagram-slot"
      data-title={title}
      data-relations={input.relationIds.join(' ')}
      data-knocked-out={(input.knockedOut ?? []).join(' ')}
    />
  );
}
