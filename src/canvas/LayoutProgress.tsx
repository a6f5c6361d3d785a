// The force layout under way, over the imported network it lays out: what runs, how far it is (a
// progress bar with its percentage as text) and Cancel, which keeps the positions the network had.
// The sentence is a polite live region said once when the layout starts; the bar is not announced on
// every step.
import type { StoredLayer } from '../import/layerStore';
import { LAYER_LAYOUT_LABELS, useLayerLayout } from './layerLayout';
import './layoutProgress.css';

export function LayoutProgress({ layer }: { layer: StoredLayer }) {
  const running = useLayerLayout((s) => (s.running?.layerId === layer.id ? s.running : null));
  const cancel = useLayerLayout((s) => s.cancel);
  if (!running) return null;
  const percent = Math.floor((running.done / running.total) * 100);
  const what = `${LAYER_LAYOUT_LABELS[running.layout]} layout`;
  return (
    <div className="layout-progress" data-testid="layout-progress">
      <span role="status">
        Laying out {layer.network.nodes.length.toLocaleString('en')} nodes ({what.toLowerCase()})…
      </span>
      <progress max={100} value={percent} aria-label={what} aria-valuetext={`${percent} %`} />
      <span aria-hidden="true">{percent} %</span>
      <button type="button" onClick={cancel}>
        Cancel layout
      </button>
    </div>
  );
}
