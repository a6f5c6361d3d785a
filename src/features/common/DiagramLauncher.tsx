// "Draw as a diagram": a button that opens a pathway diagram in the wide dialog. Any panel with a
// set of relations to show (paths, a therapy's impact, a comparison) mounts this one line.
import { useState } from 'react';
import { PathwayDiagram, type PathwayDiagramProps } from '../../canvas/PathwayDiagram';
import { DiagramDialog } from './DiagramDialog';

export function DiagramLauncher(props: PathwayDiagramProps & { readonly label?: string }) {
  const [open, setOpen] = useState(false);
  const { label = 'Draw as a diagram', ...diagram } = props;
  if (diagram.relationIds.length === 0 && !(diagram.groups ?? []).some((g) => g.relationIds.length))
    return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && (
        <DiagramDialog title="Pathway diagram" onClose={() => setOpen(false)}>
          <PathwayDiagram {...diagram} />
        </DiagramDialog>
      )}
    </>
  );
}
