// The side panel's tabs (WAI-ARIA tabs pattern: arrow keys move between tabs).
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useAppStore } from '../store/store';
import { selectPanel } from '../store/selectors';
import { PANELS, type PanelName } from '../store/types';
import { PanelBoundary } from './PanelBoundary';

const TAB_LABELS: Record<PanelName, string> = {
  filters: 'Filters',
  stories: 'Stories',
  paths: 'Pathways',
  sources: 'Sources',
  export: 'Export & cite',
  text: 'Map as text',
  layers: 'Layers',
};

export function SidePanel({ panels }: { panels: Record<PanelName, ReactNode> }) {
  const panel = useAppStore(selectPanel);
  const setPanel = useAppStore((s) => s.setPanel);
  const list = useRef<HTMLDivElement>(null);
  // On a projector the tabs are one row that scrolls sideways: keep the open one in sight, whoever
  // opened it (a story link opens Stories). Only the row scrolls, never the page.
  useEffect(() => {
    const row = list.current;
    const tab = row?.querySelector<HTMLElement>('[aria-selected="true"]');
    if (!row || !tab || row.scrollWidth <= row.clientWidth) return;
    const left = tab.getBoundingClientRect().left - row.getBoundingClientRect().left + row.scrollLeft;
    if (left < row.scrollLeft || left + tab.offsetWidth > row.scrollLeft + row.clientWidth)
      row.scrollLeft = left - (row.clientWidth - tab.offsetWidth) / 2;
  }, [panel]);
  const onKeyDown = (e: KeyboardEvent) => {
    const i = PANELS.indexOf(panel);
    const next =
      e.key === 'ArrowDown' || e.key === 'ArrowRight'
        ? i + 1
        : e.key === 'ArrowUp' || e.key === 'ArrowLeft'
          ? i - 1
          : null;
    if (next === null) return;
    e.preventDefault();
    const target = PANELS[(next + PANELS.length) % PANELS.length]!;
    setPanel(target);
    document.getElementById(`tab-${target}`)?.focus();
  };
  return (
    <aside className="side" aria-label="Tools">
      <div ref={list} role="tablist" aria-label="Tools" className="tabs" onKeyDown={onKeyDown}>
        {PANELS.map((p) => (
          <button
            key={p}
            id={`tab-${p}`}
            role="tab"
            type="button"
            aria-selected={panel === p}
            aria-controls={`tabpanel-${p}`}
            tabIndex={panel === p ? 0 : -1}
            onClick={() => setPanel(p)}
          >
            {TAB_LABELS[p]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${panel}`} aria-labelledby={`tab-${panel}`} className="tabpanel">
        {/* Keyed by tab: switching tabs clears a failed panel's error. */}
        <PanelBoundary key={panel} name={`the ${TAB_LABELS[panel]} panel`}>
          {panels[panel]}
        </PanelBoundary>
      </div>
    </aside>
  );
}
