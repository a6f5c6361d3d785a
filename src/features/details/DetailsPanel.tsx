// The details panel: whatever the store's one selection names — an entity, a relation, a source, or
// an element of an imported layer.
import { useEffect, useId, useRef } from 'react';
import { selectSelection } from '../../store/selectors';
import { selectImportedSelection } from '../../store/layers';
import { useAppStore } from '../../store/store';
import { useGraph } from '../common/graphContext';
import { DetailsHint } from './DetailsHint';
import { ImportedDetails } from './ImportedDetails';
import { NodeDetails } from './NodeDetails';
import { RelationDetails } from './RelationDetails';
import { SourceDetails } from './SourceDetails';

function Body({ headingId }: { headingId: string }) {
  const graph = useGraph();
  const selection = useAppStore(selectSelection);
  const layer = useAppStore((s) => {
    const imported = selectImportedSelection(s);
    return imported ? s.layers.find((l) => l.id === imported.layerId) : undefined;
  });
  if (selection?.type === 'imported') {
    if (layer) return <ImportedDetails layer={layer} selection={selection} headingId={headingId} />;
  } else if (selection) {
    if (selection.type === 'node') {
      const node = graph.nodeById.get(selection.id);
      if (node) return <NodeDetails node={node} headingId={headingId} />;
    } else if (selection.type === 'edge') {
      const edge = graph.edgeById.get(selection.id);
      if (edge) return <RelationDetails edge={edge} headingId={headingId} />;
    } else {
      const source = graph.sourceById.get(selection.id);
      if (source) return <SourceDetails source={source} headingId={headingId} />;
    }
  }
  // An imported pick whose layer has gone leaves the hint as nothing was picked.
  const missing = selection && selection.type !== 'imported' ? { missing: selection.id } : {};
  return <DetailsHint headingId={headingId} {...missing} />;
}

/** The last focus request (store's detailsFocus) served: the panel loads on first use, and then
 * serves the request that made it load. */
let served = 0;

export function DetailsPanel() {
  const headingId = useId();
  const selection = useAppStore(selectSelection);
  const detailsFocus = useAppStore((s) => s.detailsFocus);
  const section = useRef<HTMLElement>(null);
  // A search picked something: its heading takes focus, so the details are the next thing read.
  useEffect(() => {
    if (detailsFocus === served) return;
    served = detailsFocus;
    section.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [detailsFocus]);
  // A button in this panel that selects something else is replaced by what it opens; move focus to
  // the new heading so keyboard and screen-reader users are not dropped at the top of the page.
  const refocus = useRef(false);
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    section.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [selection]);
  return (
    <section
      ref={section}
      className="panel details"
      aria-labelledby={headingId}
      onClickCapture={(e) => {
        if (e.target instanceof Element && e.target.closest('button')) refocus.current = true;
      }}
    >
      <Body headingId={headingId} />
    </section>
  );
}
