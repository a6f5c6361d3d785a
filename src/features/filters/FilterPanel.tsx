// Filters: therapies, node kinds and the relation facets, each option with the count it would
// show. The counts come from the same applyFilters the canvas draws with.
import { useId, useMemo } from 'react';
import { facetCounts, isFiltered, type Filters } from '../../model/filter';
import type { Graph } from '../../model/graph';
import {
  EVIDENCE_KIND_LABELS,
  EVIDENCE_KINDS,
  humanize,
  LOCATIONS,
  NODE_KIND_LABELS,
  NODE_KINDS,
  PHASES,
  POLARITY_LABELS,
} from '../../model/vocabulary';
import { POLARITIES } from '../../model/palette';
import type { HiddenMode } from '../../store/types';
import { selectFilters, selectHiddenMode } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { useGraph } from '../common/graphContext';
import { KindShape, PolarityArrow } from '../common/shapes';
import { FacetFieldset, type FacetOption } from './FacetFieldset';
import { lazy, Suspense } from 'react';
import { selectOpenLayer, useLayerStore } from '../../store/layers';
import type { StoredLayer } from '../../import/layerStore';

const SourceFacetCode = lazy(() => import('./SourceFacet').then((m) => ({ default: m.SourceFacet })));

/** The Source facet, once a layer exists (its code loads then). */
function SourceFacet() {
  const any = useLayerStore((s) => s.layers.length > 0);
  if (!any) return null;
  return (
    <Suspense fallback={null}>
      <SourceFacetCode />
    </Suspense>
  );
}

const LayerFilterPanel = lazy(() => import('./LayerFilters').then((m) => ({ default: m.LayerFilterPanel })));

/** The filters of what the map shows: the open layer's own facets, else the curated ones. */
export function FilterPanel() {
  const openLayer = useLayerStore(selectOpenLayer);
  return openLayer ? <OpenLayerFilters layer={openLayer} /> : <CuratedFilterPanel />;
}

function OpenLayerFilters({ layer }: { layer: StoredLayer }) {
  const headingId = useId();
  return (
    <section className="panel filters" aria-labelledby={headingId}>
      <h2 id={headingId}>Filters</h2>
      <Suspense fallback={<p className="muted">Loading the network’s filters…</p>}>
        <LayerFilterPanel layer={layer} />
      </Suspense>
    </section>
  );
}

const HIDDEN_MODES: { mode: HiddenMode; label: string }[] = [
  { mode: 'fade', label: 'Fade the rest' },
  { mode: 'hide', label: 'Hide the rest' },
];

type Toggle = <K extends keyof Filters>(facet: K, value: Filters[K][number]) => void;

/** Checkbox options for one facet: counts, checked state and the toggle action. */
function options<K extends keyof Filters>(
  graph: Graph,
  filters: Filters,
  toggle: Toggle,
  facet: K,
  values: readonly Filters[K][number][],
  label: (value: Filters[K][number]) => FacetOption['label'],
): FacetOption[] {
  const counts = facetCounts(graph, filters, facet, values);
  const chosen: readonly Filters[K][number][] = filters[facet];
  return values.map((value) => ({
    key: String(value),
    label: label(value),
    count: counts.get(value) ?? 0,
    checked: chosen.includes(value),
    onToggle: () => toggle(facet, value),
  }));
}

/** Locations and phases the data actually uses: an option that can never match is noise. */
function usedContext(graph: Graph) {
  const locations = new Set(graph.edges.flatMap((e) => e.context?.location ?? []));
  const phases = new Set(graph.edges.flatMap((e) => e.context?.phase ?? []));
  return {
    locations: LOCATIONS.filter((l) => locations.has(l)),
    phases: PHASES.filter((p) => phases.has(p)),
  };
}

function CuratedFilterPanel() {
  const graph = useGraph();
  const filters = useAppStore(selectFilters);
  const hiddenMode = useAppStore(selectHiddenMode);
  const toggleFacet = useAppStore((s) => s.toggleFacet);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const setHiddenMode = useAppStore((s) => s.setHiddenMode);
  const headingId = useId();
  const modeName = useId();

  const used = useMemo(() => usedContext(graph), [graph]);
  const facets = useMemo(() => {
    const therapies = graph.nodes.filter((n) => n.kind === 'therapy');
    const label = (id: string) => therapies.find((t) => t.id === id)?.label ?? id;
    return {
      therapies: options(
        graph,
        filters,
        toggleFacet,
        'therapies',
        therapies.map((t) => t.id),
        label,
      ),
      kinds: options(graph, filters, toggleFacet, 'kinds', NODE_KINDS, (k) => (
        <>
          <KindShape kind={k} size={16} /> {NODE_KIND_LABELS[k]}
        </>
      )),
      evidence: options(
        graph,
        filters,
        toggleFacet,
        'evidence',
        [...EVIDENCE_KINDS],
        (k) => EVIDENCE_KIND_LABELS[k],
      ),
      locations: options(
        graph,
        filters,
        toggleFacet,
        'locations',
        LOCATIONS.filter((l) => used.locations.includes(l) || filters.locations.includes(l)),
        humanize,
      ),
      phases: options(
        graph,
        filters,
        toggleFacet,
        'phases',
        PHASES.filter((p) => used.phases.includes(p) || filters.phases.includes(p)),
        humanize,
      ),
      polarities: options(graph, filters, toggleFacet, 'polarities', POLARITIES, (p) => (
        <>
          <PolarityArrow polarity={p} /> {POLARITY_LABELS[`${p}`]}
        </>
      )),
    };
  }, [graph, filters, toggleFacet, used]);

  return (
    <section className="panel filters" aria-labelledby={headingId}>
      <h2 id={headingId}>Filters</h2>
      <button type="button" onClick={resetFilters} disabled={!isFiltered(filters)}>
        Reset filters
      </button>

      <FacetFieldset legend="Therapy" unit="entities in its mechanism" options={facets.therapies} />
      <fieldset className="facet">
        <legend>What is filtered out</legend>
        {HIDDEN_MODES.map(({ mode, label }) => (
          <div key={mode} className="facet__option">
            <input
              id={`${modeName}-${mode}`}
              type="radio"
              name={modeName}
              value={mode}
              checked={hiddenMode === mode}
              onChange={() => setHiddenMode(mode)}
            />
            <label htmlFor={`${modeName}-${mode}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      <FacetFieldset legend="Node kind" unit="entities" options={facets.kinds} />
      <FacetFieldset legend="Evidence kind" unit="relations" options={facets.evidence} />
      <FacetFieldset legend="Location" unit="relations" options={facets.locations} />
      {facets.phases.length > 0 && <FacetFieldset legend="Phase" unit="relations" options={facets.phases} />}
      <FacetFieldset legend="Polarity" unit="relations" options={facets.polarities} />
      <SourceFacet />
    </section>
  );
}
