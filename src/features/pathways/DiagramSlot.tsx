// The answer drawn as a pathway diagram (src/canvas/PathwayDiagram.tsx, from helper diagram11) in a
// dialog. The contract is PathwayDiagramInput (src/model/pathways/diagram.ts): relation ids, the
// ends, the knocked-out entities and, for a comparison, one group (one colour) per therapy. A paths
// answer keeps the diagram's own "What if this is blocked?" inside the dialog.
import { useEffect, useState } from 'react';
import { PathwayDiagram, prefetchDiagram, type PathwayDiagramInput } from '../../canvas/diagrams';
import { diagramExport } from './DiagramExportBar';
import type { PathwayAnswer } from '../../model/pathways/answer';
import { DiagramDialog } from '../common/DiagramDialog';
import { useGraph } from '../common/graphContext';
import { PathsDiagram } from './PathsDiagram';

export function DiagramSlot({
  answer,
  input,
  title,
}: {
  answer: PathwayAnswer;
  input: PathwayDiagramInput;
  title: string;
}) {
  const graph = useGraph();
  const [open, setOpen] = useState(false);
  const from = answer.mode === 'paths' ? graph.nodeById.get(answer.from) : undefined;
  const to = answer.mode === 'paths' ? graph.nodeById.get(answer.to) : undefined;
  const plainPaths = answer.mode === 'paths' && !!from && !!to && answer.knockedOut.length === 0;
  // The answer's diagram is laid out while it is read, so the button draws it at once. A paths
  // answer is drawn by PathsDiagram, whose first picture has these same props.
  useEffect(() => {
    if (input.relationIds.length === 0) return;
    return prefetchDiagram(
      plainPaths && answer.mode === 'paths'
        ? {
            graph,
            relationIds: [...new Set(answer.paths.flatMap((p) => p.steps))],
            from: answer.from,
            to: answer.to,
            knockedOut: [],
          }
        : { graph, ...input, title },
    );
  }, [graph, input, answer, plainPaths, title]);
  if (input.relationIds.length === 0) return null;
  return (
    <div className="pathways__diagram" data-testid="pathway-diagram-slot">
      <button type="button" onClick={() => setOpen(true)}>
        Draw as a diagram
      </button>
      {open && (
        <DiagramDialog title="Pathway diagram" onClose={() => setOpen(false)}>
          {plainPaths && from && to ? (
            <PathsDiagram graph={graph} paths={answer.paths} from={from} to={to} />
          ) : (
            <PathwayDiagram graph={graph} {...input} title={title} actions={diagramExport(graph, title)} />
          )}
        </DiagramDialog>
      )}
    </div>
  );
}
