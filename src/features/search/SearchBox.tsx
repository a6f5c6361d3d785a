// Search by name, synonym or identifier: an ARIA 1.2 combobox with keyboard navigation of the
// suggestions. Choosing one selects the node (the canvas frames it with its neighbours) and moves
// keyboard focus to its details, so reading about it takes no run of Tab presses.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { searchNodes } from '../../model/search';
import { NODE_KIND_LABELS } from '../../model/vocabulary';
import { useAppStore } from '../../store/store';
import { useGraph } from '../common/graphContext';

export function SearchBox() {
  const graph = useGraph();
  const selectAndShow = useAppStore((s) => s.selectAndShow);
  const runCommand = useAppStore((s) => s.runCommand);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const hits = useMemo(() => searchNodes(graph, query, 8), [graph, query]);
  const listId = useId();
  const shown = open && query.trim() !== '';

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    const sel = useAppStore.getState().selection;
    // A new selection frames itself (src/store/fit.ts); the same one again asks for the frame.
    if (sel?.type === 'node' && sel.id === hit.node.id) runCommand('focus');
    selectAndShow({ type: 'node', id: hit.node.id });
    setQuery(hit.node.label);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      setOpen(true);
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter') choose(active);
    else if (e.key === 'Escape') setOpen(false);
    else return;
    e.preventDefault();
  };

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="search__label">
        Search
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && hits[active] ? `${listId}-${active}` : undefined}
        placeholder="Name, synonym or id (e.g. SDF-1, CL:0000623)"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      {shown && (
        <ul id={listId} role="listbox" className="search__list" aria-label="Matching entities">
          {hits.length === 0 && (
            <li role="option" aria-disabled="true" aria-selected="false" className="muted">
              No entity matches “{query}”
            </li>
          )}
          {hits.map((hit, i) => (
            <li
              key={hit.node.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'search__option search__option--active' : 'search__option'}
              // mousedown, not click: it fires before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(i);
              }}
            >
              <strong>{hit.node.label}</strong>{' '}
              <span className="muted">{NODE_KIND_LABELS[hit.node.kind]}</span>
              {hit.field !== 'label' && <span className="search__match"> matches “{hit.matched}”</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
