// The map as text, for screen-reader and keyboard users (the canvas alone is invisible to them):
// what the map shows, read from the same derived view as the canvas, as lists of sentences. It
// follows filters, stories and selection; choosing an item selects it on the map, and a selection
// made on the map is marked here and scrolled into view.
import { useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import type { Edge } from '../../model/graph';
import type { GraphNode } from '../../model/schema';
import { relationSentence } from '../../model/sentence';
import type { Selection } from '../../model/view';
import { selectSelection } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { useGraph } from '../common/graphContext';
import { PolarityChip } from '../common/PolarityChip';
import { useView } from '../common/useView';
import { outline } from './outline';
import './textview.css';

const isSelected = (sel: Selection | null, type: Selection['type'], id: string) =>
  sel !== null && sel.type === type && sel.id === id;

function EntityButton({ node }: { node: GraphNode }) {
  const selection = useAppStore(selectSelection);
  const select = useAppStore((s) => s.select);
  const current = isSelected(selection, 'node', node.id);
  return (
    <button
      type="button"
      className="link-button textview__entity"
      aria-current={current ? 'true' : undefined}
      data-textview-id={node.id}
      onClick={() => select({ type: 'node', id: node.id })}
    >
      {node.label}
    </button>
  );
}

function RelationItem({ edge }: { edge: Edge }) {
  const graph = useGraph();
  const selection = useAppStore(selectSelection);
  const select = useAppStore((s) => s.select);
  const current = isSelected(selection, 'edge', edge.id);
  return (
    <li>
      <button
        type="button"
        className="link-button"
        aria-current={current ? 'true' : undefined}
        data-textview-id={edge.id}
        onClick={() => select({ type: 'edge', id: edge.id })}
      >
        {relationSentence(graph, edge)}
      </button>{' '}
      <PolarityChip polarity={edge.polarity} />
    </li>
  );
}

/** Up/Down (and Home/End) move between the items, so a long list needs no run of Tab presses. */
function moveFocus(e: KeyboardEvent<HTMLElement>) {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(e.key)) return;
  const items = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-textview-id]')];
  const at = items.findIndex((b) => b === document.activeElement);
  const next =
    e.key === 'Home'
      ? 0
      : e.key === 'End'
        ? items.length - 1
        : Math.min(items.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)));
  e.preventDefault();
  items[next]?.focus();
}

export function TextView() {
  const graph = useGraph();
  const view = useView();
  const selection = useAppStore(selectSelection);
  const text = useMemo(() => outline(graph, view), [graph, view]);
  const id = useId();
  const root = useRef<HTMLElement>(null);

  // A selection made elsewhere (the map, search) is brought into view here, without moving focus.
  useEffect(() => {
    if (!selection || !root.current) return;
    const item = root.current.querySelector<HTMLElement>(`[data-textview-id="${CSS.escape(selection.id)}"]`);
    if (item && !item.contains(document.activeElement)) item.scrollIntoView?.({ block: 'nearest' });
  }, [selection]);

  const { counts } = view;
  return (
    <section className="panel textview" aria-labelledby={`${id}-h`} ref={root} onKeyDown={moveFocus}>
      <h2 id={`${id}-h`}>Map as text</h2>
      <p className="muted">
        {counts.nodes} of {counts.totalNodes} entities and {counts.edges} of {counts.totalEdges} relations, as
        the map shows them. Choose an item to select it on the map; ↑ and ↓ move between items.
      </p>
      {text.emphasis && (
        <section aria-labelledby={`${id}-emph`} className="textview__emphasis">
          <h3 id={`${id}-emph`}>Emphasised now</h3>
          <ul className="textview__entities">
            {text.emphasis.nodes.map((n) => (
              <li key={n.id}>
                <EntityButton node={n} />
              </li>
            ))}
          </ul>
          {text.emphasis.edges.length > 0 && (
            <ul className="relation-list">
              {text.emphasis.edges.map((e) => (
                <RelationItem key={e.id} edge={e} />
              ))}
            </ul>
          )}
        </section>
      )}
      {text.groups.length === 0 && <p>The filters leave nothing to show.</p>}
      {text.groups.map((g) => (
        <section key={g.kind} aria-labelledby={`${id}-${g.kind}`}>
          <h3 id={`${id}-${g.kind}`}>
            {g.label} ({g.entities.length})
          </h3>
          <ul className="textview__entities">
            {g.entities.map(({ node, relations }) => (
              <li key={node.id}>
                <EntityButton node={node} />
                {relations.length > 0 && (
                  <ul className="relation-list">
                    {relations.map((e) => (
                      <RelationItem key={e.id} edge={e} />
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
