// View controls: layout switcher, fit, zoom, reset. Commands go through the store to the canvas. With
// an imported network open on its own, the Layout menu lays out that network instead (force-directed
// in a worker, grid, circle, rings) and the result is kept with the layer.
import {
  LAYER_LAYOUT_LABELS,
  LAYER_LAYOUTS,
  useLayerLayout,
  type LayerLayoutName,
} from '../../canvas/layerLayout';
import { selectOpenLayer, useLayerStore } from '../../store/layers';
import { useAppStore } from '../../store/store';
import { selectLayout } from '../../store/selectors';
import { LAYOUT_LABELS, LAYOUTS, type LayoutName } from '../../store/types';

/** The curated map's layouts (kept in the link). */
function MapLayoutMenu() {
  const layout = useAppStore(selectLayout);
  const setLayout = useAppStore((s) => s.setLayout);
  return (
    <select value={layout} onChange={(e) => setLayout(e.target.value as LayoutName)}>
      {LAYOUTS.map((l) => (
        <option key={l} value={l}>
          {LAYOUT_LABELS[l]}
        </option>
      ))}
    </select>
  );
}

/** An imported network's layouts: until one is chosen, the menu shows its positions as stored. */
function LayerLayoutMenu({ layerId }: { layerId: string }) {
  const chosen = useLayerLayout((s) =>
    s.running?.layerId === layerId ? s.running.layout : s.chosen[layerId],
  );
  const run = useLayerLayout((s) => s.run);
  return (
    <select
      value={chosen ?? ''}
      onChange={(e) => e.target.value && run(layerId, e.target.value as LayerLayoutName)}
    >
      {!chosen && <option value="">As stored</option>}
      {LAYER_LAYOUTS.map((l) => (
        <option key={l} value={l}>
          {LAYER_LAYOUT_LABELS[l]}
        </option>
      ))}
    </select>
  );
}

export function Toolbar() {
  const openLayerId = useLayerStore((s) => selectOpenLayer(s)?.id ?? null);
  const run = useAppStore((s) => s.runCommand);
  return (
    <div className="toolbar" role="toolbar" aria-label="View">
      <label>
        <span className="toolbar__word">Layout</span>{' '}
        {openLayerId ? <LayerLayoutMenu layerId={openLayerId} /> : <MapLayoutMenu />}
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
