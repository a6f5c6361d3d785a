// The table of an imported network, as Cytoscape desktop's table panel: its nodes or its edges with
// every attribute the file gives, sortable by any column (header buttons, aria-sort), filtered by a
// text box, a page of rows at a time so 10,000 rows never freeze the page. Linked to the map both
// ways: a row's button picks the node or edge (the map highlights and frames it, the details panel
// shows it); a pick on the map turns to its page and marks its row.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { StoredLayer } from '../../import/layerStore';
import { edgeTable, filterRows, nodeTable, sortRows, type SortDirection } from '../../import/table';
import { pickImported } from '../../store/importedPick';
import { selectImportedSelection } from '../../store/layers';
import { useAppStore } from '../../store/store';
import './table.css';

/** Rows on one page: enough to scan, few enough to render at once. */
export const PAGE_SIZE = 100;

type Which = 'node' | 'edge';

interface Sort {
  readonly column: number;
  readonly direction: SortDirection;
}

export function NetworkTable({ layer }: { layer: StoredLayer }) {
  const id = useId();
  const [which, setWhich] = useState<Which>('node');
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort | null>(null);
  const [page, setPage] = useState(0);
  const pick = useAppStore(selectImportedSelection);
  const picked = pick?.layerId === layer.id ? pick : null;
  const scroller = useRef<HTMLDivElement>(null);

  const table = useMemo(
    () => (which === 'node' ? nodeTable(layer.network) : edgeTable(layer.network)),
    [layer, which],
  );
  const rows = useMemo(() => {
    const kept = filterRows(table.rows, query);
    return sort ? sortRows(kept, sort.column, table.columns[sort.column]!.numeric, sort.direction) : kept;
  }, [table, query, sort]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const shownPage = Math.min(page, pages - 1);
  const first = shownPage * PAGE_SIZE;
  const pageRows = rows.slice(first, first + PAGE_SIZE);
  const pickedIndex = picked && picked.element === which ? rows.findIndex((r) => r.id === picked.id) : -1;

  // A pick on the map (or in search) shows its table and turns to its page.
  useEffect(() => {
    if (picked) setWhich(picked.element);
  }, [picked]);
  useEffect(() => {
    if (pickedIndex >= 0) setPage(Math.floor(pickedIndex / PAGE_SIZE));
  }, [pickedIndex]);
  // …and scrolls its row into the table's own box (never the page: the box scrolls, not the app).
  useEffect(() => {
    const box = scroller.current;
    const row = box?.querySelector<HTMLElement>('tr[aria-current="true"]');
    if (!box || !row) return;
    const top = row.offsetTop - box.clientHeight / 3;
    if (row.offsetTop < box.scrollTop || row.offsetTop + row.offsetHeight > box.scrollTop + box.clientHeight)
      box.scrollTop = Math.max(0, top);
  }, [pickedIndex, shownPage, which]);

  const sortBy = (column: number) => {
    setSort((s) =>
      s?.column === column
        ? { column, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
        : { column, direction: 'ascending' },
    );
    setPage(0);
  };
  const total = table.rows.length;
  const count = (n: number) => n.toLocaleString('en');
  const noun = which === 'node' ? 'nodes' : 'edges';

  return (
    <section className="net-table" aria-labelledby={`${id}-h`}>
      <div className="net-table__bar">
        <h2 id={`${id}-h`} className="net-table__title">
          Table of “{layer.name}”
        </h2>
        <div className="net-table__which" role="group" aria-label="Show">
          {(['node', 'edge'] as const).map((w) => (
            <button
              key={w}
              type="button"
              aria-pressed={which === w}
              onClick={() => {
                setWhich(w);
                setPage(0);
                setSort(null);
              }}
            >
              {w === 'node' ? 'Nodes' : 'Edges'} (
              {count(w === 'node' ? layer.network.nodes.length : layer.network.edges.length)})
            </button>
          ))}
        </div>
        <label className="net-table__filter">
          Filter {noun}{' '}
          <input
            type="search"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setPage(0);
            }}
          />
        </label>
        <p className="net-table__count" role="status">
          {rows.length === 0
            ? `No ${which} matches “${query}”.`
            : `${noun[0]!.toUpperCase()}${noun.slice(1)} ${count(first + 1)}–${count(first + pageRows.length)} of ${count(rows.length)}${rows.length < total ? ` (filtered from ${count(total)})` : ''}`}
          {picked?.element === which && pickedIndex < 0 ? ` The selected ${which} is filtered out.` : ''}
        </p>
        {pages > 1 && (
          <div className="net-table__pages">
            <button type="button" disabled={shownPage === 0} onClick={() => setPage(shownPage - 1)}>
              Previous page
            </button>
            <span>
              Page {shownPage + 1} of {pages}
            </span>
            <button type="button" disabled={shownPage >= pages - 1} onClick={() => setPage(shownPage + 1)}>
              Next page
            </button>
          </div>
        )}
      </div>
      <div ref={scroller} className="net-table__scroll">
        <table>
          <caption className="visually-hidden">
            {which === 'node' ? 'Nodes' : 'Edges'} of “{layer.name}”. Column headers sort; a row’s first
            button selects it on the map.
          </caption>
          <thead>
            <tr>
              {table.columns.map((c, i) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={sort?.column === i ? sort.direction : 'none'}
                  className={c.numeric ? 'net-table__num' : undefined}
                >
                  <button type="button" onClick={() => sortBy(i)}>
                    {c.label}
                    <span aria-hidden="true">
                      {sort?.column === i ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ⇅'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {pageRows.map((r) => {
              const current = picked?.element === which && picked.id === r.id;
              return (
                <tr key={r.id} aria-current={current ? 'true' : undefined} data-row-id={r.id}>
                  {r.cells.map((cell, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => pickImported({ layerId: layer.id, type: which, id: r.id })}
                        >
                          {which === 'edge' ? `${cell} → ${r.cells[1]}` : cell || r.id}
                        </button>
                      </th>
                    ) : (
                      <td key={i} className={table.columns[i]!.numeric ? 'net-table__num' : undefined}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
