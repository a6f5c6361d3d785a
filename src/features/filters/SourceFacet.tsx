// The Source facet: the curated knowledge base and each imported layer. A layer unticked here is
// hidden on the map (the same switch as in the layers panel); the curated map is always the base.
import { selectLayers, useLayerStore } from '../../store/layers';

export function SourceFacet() {
  const layers = useLayerStore(selectLayers);
  const setHidden = useLayerStore((s) => s.setHidden);
  if (layers.length === 0) return null;
  return (
    <fieldset className="facet">
      <legend>Source</legend>
      <ul className="facet__list">
        <li>
          <label>
            <input type="checkbox" checked disabled /> Curated knowledge base{' '}
            <span className="muted">(always shown; the base of every layer)</span>
          </label>
        </li>
        {layers.map((l) => (
          <li key={l.id}>
            <label>
              <input type="checkbox" checked={!l.hidden} onChange={() => void setHidden(l.id, !l.hidden)} />{' '}
              Imported layer “{l.name}”{' '}
              <span className="muted">
                ({l.network.nodes.length.toLocaleString('en')} nodes,{' '}
                {l.mode === 'own' ? 'viewed on its own' : 'over the curated map'})
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
