// "Open network…": a visible button that opens the file chooser; the chosen file is checked in the
// import dialog. Also the drop target: a file dropped on the map goes the same way.
import { useRef, type DragEvent, type ReactNode } from 'react';
import { useGraph } from '../common/graphContext';
import { useImportSession } from './session';
import './dropTarget.css';
import './longNames.css';

/** What the chooser offers (anything else can still be picked with "All files"). */
const ACCEPT = '.cx,.cx2,.cyjs,.json,.graphml,.xml,.sif,.csv,.tsv,.txt,.yaml,.yml';

export function OpenNetworkButton() {
  const graph = useGraph();
  const start = useImportSession((s) => s.start);
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => input.current?.click()}
        title="Open a network file (CX, CX2, cyjs, GraphML, SIF, CSV/TSV, graph-data YAML)"
      >
        Open network…
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        data-testid="import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) start(file, graph);
          e.target.value = '';
        }}
      />
    </>
  );
}

/** Wraps the map: a file dropped on it is checked like a chosen one. */
export function DropTarget({ children }: { children: ReactNode }) {
  const graph = useGraph();
  const start = useImportSession((s) => s.start);
  const onDragOver = (e: DragEvent) => {
    if (e.dataTransfer.types.includes('Files')) e.preventDefault();
  };
  const onDrop = (e: DragEvent) => {
    const file = e.dataTransfer.files[0];
    if (!file) return;
    e.preventDefault();
    start(file, graph);
  };
  return (
    <div className="drop-target" onDragOver={onDragOver} onDrop={onDrop}>
      {children}
    </div>
  );
}
