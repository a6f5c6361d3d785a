// Search by name, synonym or identifier: an ARIA 1.2 combobox with keyboard navigation of the
// suggestions. Choosing one selects the node (the canvas frames it with its neighbours) and moves
// keyboard focus to its details, so reading about it takes no run of Tab presses. An imported
// network is searched too: alone when it is open on its own, beside the curated map when overlaid.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { nodeById } from '../../model/ids';
import { NODE_KIND_LABELS } from '../../model/vocabulary';
import { pickImported } from '../../store/importedPick';
import { selectLayers, selectOpenLayer, useLayerStore } from '../../store/layers';
import { useAppStore } from '../../store/store';
import { useGraph } from '../common/graphContext';
import { findAll, hitKey, type Hit } from './findAll';

export function SearchBox() {
  const graph = useGraph();
  const selectAndShow = useAppStore((s) => s.selectAndShow);
  const runCommand = useAppStore((s) => s.runCommand);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const openLayer = useLayerStore(selectOpenLayer);
  const layers = useLayerStore(selectLayers);
  // The overlays drawn over the map (as shownOverlays says; not imported from there, which would
  // bring the exporters into the first load with the search box).
  const overlays = useMemo(() => layers.filter((l) => l.mode === 'overlay' && !l.hidden), [layers]);
  const hits = useMemo(
    () => findAll(graph, openLayer, overlays, query, 8),
    [graph, openLayer, overlays, query],
  );
  const listId = useId();
  const shown = open && query.trim() !== '';

  const chooseCurated = (id: string) => {
    const node = nodeById(graph, id);
    if (!node) return;
    const sel = useAppStore.getState().selection;
    // A new selection frames itself (src/store/fit.ts); the same one again asks for the frame.
    if (sel?.type === 'node' && sel.id === node.id) runCommand('focus');
    pickImported(null);
    selectAndShow({ type: 'node', id: node.id });
  };

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    if (hit.kind === 'curated') chooseCurated(hit.node.id);
    else {
      // Over the curated map a matched node is drawn as its curated entity: that is what is selected.
      const curated = openLayer ? undefined : hit.layer.matches.find(([id]) => id === hit.node.id)?.[1];
      if (curated && nodeById(graph, curated)) chooseCurated(curated);
      else pickImported({ layerId: hit.layer.id, type: 'node', id: hit.node.id }, true);
    }
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
        placeholder={
          openLayer ? 'Name or id in this network' : 'Name, synonym or id (e.g. SDF-1, CL:0000623)'
        }
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
        <ul
          id={listId}
          role="listbox"
          className="search__list"
          aria-label={openLayer ? 'Matching nodes' : 'Matching entities'}
        >
          {hits.length === 0 && (
            <li role="option" aria-disabled="true" aria-selected="false" className="muted">
              {openLayer ? `No node of “${openLayer.name}” matches` : 'No entity matches'} “{query}”
            </li>
          )}
          {hits.map((hit, i) => (
            <li
              key={hitKey(hit)}
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
              <strong>{hit.node.label}</strong> <span className="muted">{kindOf(hit, !openLayer)}</span>
              {hit.field !== 'label' && <span className="search__match"> matches “{hit.matched}”</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** What a hit is, in words: its kind, and for an imported node over the map, its layer. */
function kindOf(hit: Hit, overMap: boolean): string {
  if (hit.kind === 'curated') return NODE_KIND_LABELS[hit.node.kind];
  const kind = hit.node.kind ? `${hit.node.kind}, ` : '';
  return overMap ? `${kind}imported (${hit.layer.name})` : `${kind}imported node`;
}
