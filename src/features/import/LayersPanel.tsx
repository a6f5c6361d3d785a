// Imported layers: list, show or hide, open on its own, export back, remove — one by one. Kept across
// reloads in this browser (IndexedDB, src/import/layerStore); a record that could not be read was set
// aside with a notice when the app started.
import { useId, useState } from 'react';
import { isLayerFiltered } from '../../import/facets';
import type { StoredLayer } from '../../import/layerStore';
import { selectLayerLook, selectLayers, useLayerStore } from '../../store/layers';
import { nodeById } from '../../model/ids';
import { useGraph } from '../common/graphContext';
import { OpenNetworkButton } from './OpenNetworkButton';
import '../common/layers.css';
import { LAYER_EXPORT_FORMATS } from './layerFormats';
import { NetworkAbout } from './NetworkAbout';

function LayerItem({ layer, open }: { layer: StoredLayer; open: boolean }) {
  const { setHidden, removeLayer, openLayer } = useLayerStore.getState();
  const [format, setFormat] = useState(LAYER_EXPORT_FORMATS[0]!.id);
  const filtered = useLayerStore((s) => isLayerFiltered(s.layerFacets[layer.id]));
  const n = layer.network;
  // Only matches the map draws count: one to an entity since removed from the curated map is dropped
  // there too (useOverlayLayers), so it is not counted here.
  const graph = useGraph();
  const matched = layer.matches.filter(([, curated]) => nodeById(graph, curated)).length;
  return (
    <li className="layers__item">
      <strong>{layer.name}</strong>{' '}
      <span className="muted">
        {n.nodes.length.toLocaleString('en')} nodes, {n.edges.length.toLocaleString('en')} edges ·{' '}
        {layer.mode === 'own' ? 'on its own' : `over the curated map, ${matched} matched`}
        {layer.hidden ? ' · hidden' : ''}
      </span>
      <div className="layers__actions">
        <button
          type="button"
          aria-pressed={!layer.hidden}
          onClick={() => void setHidden(layer.id, !layer.hidden)}
        >
          {layer.hidden ? `Show ${layer.name}` : `Hide ${layer.name}`}
        </button>
        {layer.mode === 'own' &&
          (open ? (
            <button type="button" onClick={() => openLayer(null)}>
              Back to the curated map
            </button>
          ) : (
            <button type="button" onClick={() => openLayer(layer.id)} disabled={layer.hidden}>
              View {layer.name}
            </button>
          ))}
        <label>
          Format{' '}
          <select value={format} onChange={(e) => setFormat(e.target.value)}>
            {LAYER_EXPORT_FORMATS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => void import('./exportLayer').then(({ exportLayer }) => exportLayer(layer, format))}
        >
          Export {layer.name}
        </button>
        <button type="button" onClick={() => void removeLayer(layer.id)}>
          Remove {layer.name}
        </button>
      </div>
      <LookChoice layer={layer} />
      <NetworkAbout network={n} />
      {/* Export back gives the file's network whole: a filter is a way of looking, not an edit. */}
      {filtered && (
        <p className="muted">
          The export holds the whole network: what is unticked in Filters is only hidden on the map.
        </p>
      )}
    </li>
  );
}

/**
 * The file's own style (colours, shapes, sizes, labels, arrow heads as Cytoscape or NDEx drew them)
 * or Nociscope's imported look (sign by arrow head and line style). Offered on a layer's own view;
 * over the curated map a layer keeps the imported look, which is what tells it from curated entities.
 */
function LookChoice({ layer }: { layer: StoredLayer }) {
  const name = useId();
  const look = useLayerStore(selectLayerLook(layer));
  if (!layer.network.style) return null;
  if (layer.mode !== 'own')
    return (
      <p className="muted">
        The file has a style of its own; over the curated map the layer keeps the imported look, which tells
        its entities from curated ones.
      </p>
    );
  const set = (next: 'file' | 'nociscope') => useLayerStore.getState().setLayerLook(layer.id, next);
  return (
    <fieldset className="layers__look">
      <legend>Look of {layer.name}</legend>
      <label>
        <input type="radio" name={name} checked={look === 'file'} onChange={() => set('file')} /> File’s own
        style
      </label>
      <label>
        <input type="radio" name={name} checked={look === 'nociscope'} onChange={() => set('nociscope')} />{' '}
        Nociscope look
      </label>
    </fieldset>
  );
}

export function LayersPanel() {
  const headingId = useId();
  const layers = useLayerStore(selectLayers);
  const openLayerId = useLayerStore((s) => s.openLayerId);
  return (
    <section className="panel layers" aria-labelledby={headingId}>
      <h2 id={headingId}>Imported layers</h2>
      <p className="muted">
        Open a network from Cytoscape, NDEx or a spreadsheet (CX, CX2, cyjs, GraphML, SIF, CSV/TSV edge list,
        graph-data YAML), or drop the file on the map. Files up to 50 MB, 20,000 nodes and 50,000 edges.
        Layers are kept in this browser only.{' '}
        <a href="templates/edge-list-template.csv" download>
          Download the CSV edge-list template
        </a>
        .
      </p>
      <OpenNetworkButton />
      {layers.length === 0 ? (
        <p>No layer yet.</p>
      ) : (
        <ul className="layers__list" aria-label="Imported layers">
          {layers.map((l) => (
            <LayerItem key={l.id} layer={l} open={openLayerId === l.id} />
          ))}
        </ul>
      )}
    </section>
  );
}
