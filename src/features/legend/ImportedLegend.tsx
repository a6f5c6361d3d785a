// The legend's entries for imported layers: shape, border and line cues, never colour alone. A layer
// drawn in its file's own style says so first: its colours and shapes are the file's, not these.
import { BIG_LAYER, IMPORTED_DASH } from '../../canvas/importedStylesheet';
import { selectLayerLook, selectOpenLayer, useLayerStore } from '../../store/layers';
import type { StoredLayer } from '../../import/layerStore';
import { LineSample } from '../common/shapes';

function FileStyleNote({ layer }: { layer: StoredLayer }) {
  const look = useLayerStore(selectLayerLook(layer));
  if (look !== 'file' || !layer.network.style) return null;
  const from = {
    cx2: 'its CX2 visual properties',
    cx: 'its CX visual properties',
    cyjs: 'its Cytoscape.js style',
  }[layer.network.style.from];
  return (
    <p className="legend__file-style">
      “{layer.name}” is drawn in its file’s own style ({from}): its colours, shapes, sizes and arrow heads are
      the file’s and mean what its author made them mean, which may be colour alone. The cues below are
      Nociscope’s look; choose it under Imported layers to see a relation’s sign by its arrow head and line.
    </p>
  );
}

/** The cues of imported elements. */
export function ImportedLegend() {
  const open = useLayerStore(selectOpenLayer);
  return (
    <>
      <h3>Imported layers</h3>
      {open && <FileStyleNote layer={open} />}
      <ul className="legend__list">
        <li>
          <svg
            width="28"
            height="20"
            viewBox="0 0 28 20"
            aria-hidden="true"
            focusable="false"
            className="swatch"
          >
            <path
              d="M6 2H22L26 6V14L22 18H6L2 14V6Z"
              fill="#F2F2F2"
              stroke="#333"
              strokeWidth="2"
              strokeDasharray="4 3"
            />
          </svg>{' '}
          cut-corner box with a dashed border: imported entity (over the curated map its label ends “·
          imported”)
        </li>
        <li>
          <LineSample dash={IMPORTED_DASH.join(' ')} /> dash-dot line: imported relation
        </li>
        <li>
          <LineSample /> no arrow head: the file gives the relation no direction (an undirected network)
        </li>
        <li>
          <svg
            width="28"
            height="20"
            viewBox="0 0 28 20"
            aria-hidden="true"
            focusable="false"
            className="swatch"
          >
            <rect x="2" y="2" width="24" height="16" rx="3" fill="#fff" stroke="#333" strokeWidth="1.5" />
            <rect x="5" y="5" width="18" height="10" rx="2" fill="none" stroke="#333" strokeWidth="1.5" />
          </svg>{' '}
          double border: curated entity an imported node was matched to
        </li>
        <li>
          A network of {BIG_LAYER.toLocaleString('en')} nodes or more, on its own or over the curated map, is
          drawn for speed: grey squares and thin grey lines. Zoom in to read it: labels appear once they are
          legible, and each relation shows its effect with a colour and a second cue. On its own, the line
          style: solid increases, dashed decreases, dotted no stated direction. Over the curated map, the
          arrow heads above, on a dash-dot line.
        </li>
      </ul>
    </>
  );
}
