// View controls: layout switcher, fit, zoom, reset. Commands go through the store to the canvas.
import { useAppStore } from '../../store/store';
import { selectLayout } from '../../store/selectors';
import { LAYOUT_LABELS, LAYOUTS, type LayoutName } from '../../store/types';

export function Toolbar() {
  const layout = useAppStore(selectLayout);
  const setLayout = useAppStore((s) => s.setLayout);
  const run = useAppStore((s) => s.runCommand);
  return (
    <div className="toolbar" role="toolbar" aria-label="View">
      <label>
        <span className="toolbar__word">Layout</span>{' '}
        <select value={layout} onChange={(e) => setLayout(e.target.value as LayoutName)}>
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {LAYOUT_LABELS[l]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => run('fit')} title="Fit the visible graph (key 0)">
        Fit
      </button>
      <button
        type="button"
        onClick={() => run('zoom-in')}
        aria-label="Zoom in"
        title="Zoom in (+, or Ctrl + wheel)"
      >
        +
      </button>
      <button type="button" onClick={() => run('zoom-out')} aria-label="Zoom out" title="Zoom out (−)">
        −
      </button>
      <button type="button" onClick={() => run('reset')} title="Every entity of the map in view">
        <span className="toolbar__word">Show </span>whole map
      </button>
    </div>
  );
}
