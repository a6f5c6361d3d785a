// Small hooks, one concern each, that push store state into Cytoscape as classes inside cy.batch.
// They subscribe to the store directly, so a filter click costs no React render of the canvas.
import type { Core, LayoutOptions } from 'cytoscape';
import { useEffect } from 'react';
import type { Graph } from '../model/graph';
import type { DerivedView } from '../model/view';
import { useAppStore, type AppState } from '../store/store';
import type { ViewSelector } from '../store/view';
import { elementsOf, setClassOn } from './collection';
import { elementIdOf } from './importedIds';
import { decideFit, fitStateOf, type FitState } from '../store/fit';
import { applyFit, markUserCamera, showWholeMap } from './camera';
import { drawnNodeIds } from './drawn';
import { clearOverviewLabels, followOverviewLabels } from './overviewLabels';
import { layoutCode, layoutCodeLoaded } from './layoutCode';
import { isStoredLayout, LAYOUT_OPTIONS, type StoredLayoutName } from './layouts';
import { lanePositions } from '../model/lanes';
import { defaultPositions } from '../model/mapLayout';
import { DEFAULT_LAYOUT } from '../store/types';

/**
 * Run `apply` now (`initial` true) and whenever any of the picked parts of the state change (by
 * reference).
 */
function useStoreEffect(
  cy: Core | null,
  pick: (s: AppState) => unknown[],
  apply: (cy: Core, s: AppState, initial: boolean) => void,
) {
  useEffect(() => {
    if (!cy) return;
    let last = pick(useAppStore.getState());
    apply(cy, useAppStore.getState(), true);
    return useAppStore.subscribe((s) => {
      const next = pick(s);
      if (next.some((v, i) => v !== last[i])) {
        last = next;
        apply(cy, s, false);
      }
    });
    // pick/apply are module-level functions passed by the hooks below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cy]);
}

/** Mark what the view leaves out as faded or hidden (and nothing else); only changes restyle. */
export function applyFilterClasses(cy: Core, view: Pick<DerivedView, 'faded' | 'hidden'>) {
  cy.batch(() => {
    for (const [set, cls] of [
      [view.faded, 'faded'],
      [view.hidden, 'hidden'],
    ] as const)
      setClassOn(cy, cls, elementsOf(cy, [...set.nodes, ...set.edges]));
  });
}

/** Filters: what the view leaves out is faded or hidden (a story's own filter while it plays). */
export function useFilterClasses(cy: Core | null, view: ViewSelector) {
  useStoreEffect(
    cy,
    (s) => [view(s).faded, view(s).hidden],
    (cy, s) => applyFilterClasses(cy, view(s)),
  );
}

/** Emphasis: story step, path, or selection and its neighbours; everything else is dimmed. */
export function useFocusClasses(cy: Core | null, view: ViewSelector) {
  useStoreEffect(
    cy,
    // Only the emphasis and the selection matter: any other change (a tab switch) would restyle
    // every element and redraw the whole graph for nothing (bench/scale.ts, switchPanel).
    (s) => [view(s).highlighted, view(s).selected, view(s).knockedOut, view(s).broken],
    (cy, s) => {
      const { highlighted: focus, selected, knockedOut, broken } = view(s);
      // Only elements whose classes change are restyled (setClassOn): at mount nothing changes.
      cy.batch(() => {
        const inFocus = focus ? elementsOf(cy, [...focus.nodes, ...focus.edges]) : cy.collection();
        setClassOn(cy, 'hl', inFocus);
        // Imported layers keep their look: the curated emphasis does not dim them.
        setClassOn(cy, 'dim', focus ? cy.elements().not(inFocus).not('.imported') : cy.collection());
        // A what-if: the knocked-out entity crossed out, the routes it breaks drawn as broken.
        setClassOn(cy, 'knocked-out', elementsOf(cy, knockedOut));
        setClassOn(cy, 'broken', elementsOf(cy, broken));
        // A curated pick, or an element of an overlay layer.
        setClassOn(cy, 'selected-el', selected ? cy.getElementById(elementIdOf(selected)) : cy.collection());
      });
    },
  );
}

/**
 * Where tests and tools read which layout last finished: the canvas's box around Cytoscape's
 * container. Not the container itself: Cytoscape watches its container's attributes and answers
 * any change with a resize and a redraw of the whole map 100 ms later.
 */
const layoutDone = (cy: Core, name: string | null) => {
  const box = cy.container()?.parentElement;
  if (name) box?.setAttribute('data-layout-done', name);
  else box?.removeAttribute('data-layout-done');
};

function placeStored(cy: Core, graph: Graph, layout: StoredLayoutName) {
  const positions = layout === 'layered' ? defaultPositions(graph) : lanePositions(graph);
  // Looked up by Cytoscape's plain string ids: every node of the canvas is one of the graph's.
  const byId: ReadonlyMap<string, { x: number; y: number }> = positions;
  cy.batch(() => cy.nodes().forEach((n) => void n.position({ ...byId.get(n.id())! })));
}

/**
 * Layout switching: layered and lanes are stored positions; the others run once per switch, never
 * on filtering.
 */
export function useLayout(cy: Core | null, graph: Graph, view: ViewSelector) {
  useStoreEffect(
    cy,
    (s) => [s.layout],
    (cy, s, initial) => {
      if (isStoredLayout(s.layout)) {
        // Which layout last finished, for tests and tools: some layouts load their code first.
        layoutDone(cy, s.layout);
        // At mount the nodes already stand in the default picture (toElements) and the preset layout
        // has fitted them: writing every position again and refitting would only delay the first frame.
        if (initial && s.layout === DEFAULT_LAYOUT) return;
        placeStored(cy, graph, s.layout);
        showWholeMap(cy, drawnNodeIds(view(s)), false);
      } else {
        layoutDone(cy, null);
        // fcose refines whatever positions it starts from: always start from the lanes, so a shared
        // ?layout=fcose link gives the same picture whichever layout the reader came from. Concentric
        // ignores where nodes stand, so it is spared the move.
        const name = s.layout;
        if (name === 'fcose') placeStored(cy, graph, 'lanes');
        const run = () => {
          // The reader may have moved on while the code loaded.
          if (cy.destroyed() || useAppStore.getState().layout !== name) return;
          if (name === 'concentric') {
            // Concentric spaces the nodes by their own size only, so the far labels stay on
            // (clearing them restyled every element twice for an unchanged picture). The camera
            // frames the result in the layout's own 'layoutstop' listener, which runs before the
            // labels' one (overviewLabels.ts): they are placed once, at the zoom the reader gets.
            // The layout's own fit is left out: it measured every label for a camera not kept.
            cy.layout({
              ...LAYOUT_OPTIONS.concentric,
              fit: false,
              stop: () => showWholeMap(cy, drawnNodeIds(view(useAppStore.getState())), false),
            } as LayoutOptions).run();
            layoutDone(cy, name);
            return;
          }
          // fcose measures the nodes with their labels: it sees the normal labels, whatever the
          // zoom, and its 'layoutstop' brings the zoom's labels back.
          clearOverviewLabels(cy);
          const before = cy.nodes().boundingBox({ includeLabels: false });
          cy.layout({ ...LAYOUT_OPTIONS[name], fit: false } as LayoutOptions).run();
          // fcose centres its result on the box of nodes *and labels* it started from, and label
          // sizes depend on when the web font arrived: centre on the nodes alone, so a shared link
          // gives the same picture on every machine.
          const after = cy.nodes().boundingBox({ includeLabels: false });
          const dx = (before.x1 + before.x2 - after.x1 - after.x2) / 2;
          const dy = (before.y1 + before.y2 - after.y1 - after.y2) / 2;
          if (dx || dy) cy.batch(() => cy.nodes().forEach((n) => void n.shift({ x: dx, y: dy })));
          showWholeMap(cy, drawnNodeIds(view(useAppStore.getState())), false);
          layoutDone(cy, name);
        };
        // A layout Cytoscape has built in runs at once, not after the rest of the page has reacted.
        if (layoutCodeLoaded(name)) return run();
        layoutCode(name).then(run, () =>
          useAppStore
            .getState()
            .notify([`The ${name} layout could not be loaded (offline?); the curated layout stays.`]),
        );
      }
    },
  );
}

/** Zoom and reset from the toolbar and keys; fits are decided by useFollowView. */
export function useViewCommands(cy: Core | null, view: ViewSelector) {
  useStoreEffect(
    cy,
    (s) => [s.command],
    (cy, s) => {
      const cmd = s.command;
      if (!cmd) return;
      const center = { x: cy.width() / 2, y: cy.height() / 2 };
      if (cmd.name === 'zoom-in' || cmd.name === 'zoom-out') {
        markUserCamera(cy);
        const factor = cmd.name === 'zoom-in' ? 1.25 : 1 / 1.25;
        cy.zoom({ level: cy.zoom() * factor, renderedPosition: center });
      }
      if (cmd.name === 'reset') showWholeMap(cy, drawnNodeIds(view(s)));
    },
  );
}

const fitState = (s: AppState, view: ViewSelector): FitState => fitStateOf(s, view(s));

/**
 * The canvas follows the state by itself: a story start, a step change, a change of the filters,
 * the Fit button or a search lead to exactly one fit, as decideFit (src/store/fit.ts) says.
 */
export function useFollowView(cy: Core | null, view: ViewSelector) {
  useEffect(() => {
    if (!cy) return;
    let prev = fitState(useAppStore.getState(), view);
    return useAppStore.subscribe((s) => {
      const next = fitState(s, view);
      const target = decideFit(prev, next);
      prev = next;
      if (target) applyFit(cy, target, view(s));
    });
  }, [cy, view]);
}

/** Presenter mode: the high-contrast classes of the stylesheet (the stylesheet stays a constant). */
export function usePresenterStyle(cy: Core | null) {
  useStoreEffect(
    cy,
    (s) => [s.presenter],
    (cy, s) => {
      // At mount (not presenting) nothing has the class: touching every element would restyle all.
      cy.batch(() => setClassOn(cy, 'presenter', s.presenter ? cy.elements() : cy.collection()));
    },
  );
}

/**
 * Semantic zoom (src/canvas/overviewLabels.ts): far out, fewer and larger labels. Refreshed when
 * the zoom crosses a band and after anything that changes what is shown, emphasised or where it
 * stands. What is shown and emphasised it reads from the view (setLabelInput), not from classes.
 */
export function useOverviewLabels(cy: Core | null, view: ViewSelector, rankOf: (id: string) => number) {
  useEffect(() => {
    if (!cy) return;
    const labels = followOverviewLabels(cy, rankOf);
    const pick = (s: AppState) => {
      const v = view(s);
      return [v.faded, v.hidden, v.highlighted, v.selected, v.broken, s.presenter, s.layout, s.overlays];
    };
    let last = pick(useAppStore.getState());
    const stop = useAppStore.subscribe((s) => {
      const next = pick(s);
      if (next.some((v, i) => v !== last[i])) {
        last = next;
        labels.refresh();
      }
    });
    return () => {
      stop();
      labels.dispose();
    };
  }, [cy, view, rankOf]);
}
