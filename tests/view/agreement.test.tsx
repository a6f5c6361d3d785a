// @vitest-environment jsdom
// On the curated graph, for every therapy and every facet option (and random combinations), the
// "Showing" counts, the canvas classes, the picture and the data export all agree on what is kept:
// each reads the one derived view, none recomputes it or reads it back from the canvas.
import cytoscape, { type Core } from 'cytoscape';
import fc from 'fast-check';
import { cleanup, screen } from '@testing-library/react';
import { act } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { viewInput } from './input';
import { toElements } from '../../src/canvas/elements';
import { applyFilterClasses } from '../../src/canvas/useCanvasSync';
import { toCyjs } from '../../src/export/cyjs';
import { selectView } from '../../src/export/view';
import { HiddenIndicator } from '../../src/features/filters/HiddenIndicator';
import { exportedElements } from '../../src/image/imageSvg';
import { NO_FILTERS, type Filters } from '../../src/model/filter';
import { POLARITIES } from '../../src/model/palette';
import { deriveView, pictureSubgraph, type HiddenMode } from '../../src/model/view';
import { EVIDENCE_KINDS, LOCATIONS, NODE_KINDS, PHASES } from '../../src/model/vocabulary';
import { resetStore, useAppStore } from '../../src/store/store';
import { kb, renderWithGraph } from '../features/helpers';
import { arbFilters } from './arbitraries';

const { graph, stories } = kb;
const therapies = [null, ...graph.nodes.filter((n) => n.kind === 'therapy').map((n) => n.id)];
const facetOptions: Filters[] = [
  NO_FILTERS,
  ...NODE_KINDS.map((k) => ({ ...NO_FILTERS, kinds: [k] })),
  ...EVIDENCE_KINDS.map((k) => ({ ...NO_FILTERS, evidence: [k] })),
  ...LOCATIONS.map((k) => ({ ...NO_FILTERS, locations: [k] })),
  ...PHASES.map((k) => ({ ...NO_FILTERS, phases: [k] })),
  ...POLARITIES.map((k) => ({ ...NO_FILTERS, polarities: [k] })),
];
const sorted = (s: Iterable<string>) => [...s].sort();

let cy: Core;
beforeAll(() => {
  cy = cytoscape({ headless: true, elements: toElements(graph) });
});
afterAll(() => cy.destroy());

const input = (filters: Filters, hiddenMode: HiddenMode) => viewInput(stories, { filters, hiddenMode });

/** What each reader takes to be shown, as sorted id lists. */
function readers(filters: Filters, hiddenMode: HiddenMode) {
  const view = deriveView(graph, input(filters, hiddenMode));
  applyFilterClasses(cy, view);
  const onCanvas = cy.elements().filter((e) => !e.hasClass('faded') && !e.hasClass('hidden'));
  const picture = exportedElements(cy, pictureSubgraph(view, false), 'full');
  const data = JSON.parse(toCyjs(selectView(graph, {}, view.kept))) as {
    elements: { nodes: { data: { id: string } }[]; edges: { data: { id: string } }[] };
  };
  return {
    view,
    kept: { nodes: sorted(view.kept.nodes), edges: sorted(view.kept.edges) },
    counts: { nodes: view.counts.nodes, edges: view.counts.edges },
    canvas: {
      nodes: sorted(onCanvas.nodes().map((n) => n.id())),
      edges: sorted(onCanvas.edges().map((e) => e.id())),
    },
    picture: {
      nodes: sorted(picture.nodes().map((n) => n.id())),
      edges: sorted(picture.edges().map((e) => e.id())),
    },
    data: {
      nodes: sorted(data.elements.nodes.map((n) => n.data.id)),
      edges: sorted(data.elements.edges.map((e) => e.data.id)),
    },
  };
}

function expectAgreement(filters: Filters, hiddenMode: HiddenMode) {
  const r = readers(filters, hiddenMode);
  const label = JSON.stringify(filters);
  expect(r.canvas, label).toEqual(r.kept);
  expect(r.picture, label).toEqual(r.kept);
  expect(r.data, label).toEqual(r.kept);
  expect(r.counts, label).toEqual({ nodes: r.kept.nodes.length, edges: r.kept.edges.length });
}

describe('every reader agrees on what is kept (curated graph)', () => {
  it('for every therapy (or none) and every single facet option, fading or hiding', () => {
    for (const therapy of therapies)
      for (const f of facetOptions)
        for (const mode of ['fade', 'hide'] as const)
          expectAgreement({ ...f, therapies: therapy ? [therapy] : [] }, mode);
  });

  it('for generated combinations of therapies and facets', () => {
    fc.assert(fc.property(arbFilters(graph), fc.constantFrom<HiddenMode>('fade', 'hide'), expectAgreement), {
      numRuns: 120,
    });
  });
});

describe('the "Showing" line says the derived counts', () => {
  afterEach(() => {
    cleanup();
    resetStore();
  });

  it('for every therapy', () => {
    renderWithGraph(<HiddenIndicator />);
    for (const therapy of therapies.slice(1)) {
      act(() => useAppStore.getState().setFacet('therapies', [therapy!]));
      const { kept } = readers({ ...NO_FILTERS, therapies: [therapy!] }, 'fade');
      expect(screen.getByRole('status')).toHaveTextContent(
        `Showing ${kept.nodes.length} of ${graph.nodes.length} entities and ${kept.edges.length} of ${graph.edges.length} relations`,
      );
    }
  });
});
