// The scale bench page: a synthetic knowledge base of ?n= entities (bench/scale/synthetic.ts), loaded
// by the real loader and drawn by the real GraphCanvas with the real store, so the real canvas hooks
// (filter classes, focus classes, lanes layout) run. Exposes `window.scaleBench` for bench/scale.ts.
// Built with bench/vite.scale.config.ts, which swaps in React's profiling build so <Profiler> counts
// commits in production code.
import type { Core } from 'cytoscape';
import { Profiler, StrictMode, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { GraphCanvas } from '../../src/canvas/GraphCanvas';
import { toElements } from '../../src/canvas/elements';
import { lanePositions } from '../../src/model/lanes';
import { applyFilters, NO_FILTERS, type Filters } from '../../src/model/filter';
import { loadGraph } from '../../src/model/load';
import type { NodeId } from '../../src/model/schema';
import type { NodeKind } from '../../src/model/vocabulary';
import { useAppStore } from '../../src/store/store';
import type { Counters, Interaction, InteractionName, ScaleBenchApi } from './api';
import { syntheticGraphFiles } from './synthetic';

performance.mark('scale:script-start');
const params = new URLSearchParams(location.search);
const n = Number(params.get('n') ?? 100);
const seed = Number(params.get('seed') ?? 1);

const t0 = performance.now();
const files = syntheticGraphFiles(n, seed);
const t1 = performance.now();
const result = loadGraph(files);
const t2 = performance.now();
if (!result.ok) {
  const text = result.problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`).join('\n');
  document.body.textContent = text;
  throw new Error(`the synthetic graph does not load:\n${text}`);
}
const { graph, stories } = result;
performance.mark('scale:data-loaded');

// What the bench does: the first therapy's mechanism, three kinds, and the best-connected entity.
const therapy = graph.nodes.find((x) => x.kind === 'therapy')!.id;
const KINDS: NodeKind[] = ['cell', 'mediator', 'receptor'];
const degree = (id: NodeId) => (graph.outgoing.get(id)?.length ?? 0) + (graph.incoming.get(id)?.length ?? 0);
const hub = graph.nodes.reduce((best, x) => (degree(x.id) > degree(best.id) ? x : best)).id;
const viewSize = (f: Partial<Filters>) => applyFilters(graph, { ...NO_FILTERS, ...f }).nodes.size;

// Counters. GraphCanvas publishes its instance as window.nociscopeCy from its `cy` callback, before
// its hooks run: a setter there binds the counters early enough to see the lanes layout at mount.
// (react-cytoscapejs's own preset layout runs just before that callback and is not counted.)
const counters: Counters = { commits: 0, reactMs: 0, layouts: 0, positions: 0, viewports: 0, renders: 0 };
let cy: Core | undefined;
let lastFrameAt = 0;
Object.defineProperty(window, 'nociscopeCy', {
  configurable: true,
  get: () => cy,
  set: (instance: Core | undefined) => {
    if (!instance || instance === cy) return;
    cy = instance;
    instance.on('layoutstart', () => void counters.layouts++);
    instance.on('position', 'node', () => void counters.positions++);
    instance.on('viewport', () => {
      counters.viewports++;
      performance.mark('scale:viewport');
    });
    instance.on('resize', () => void performance.mark('scale:resize'));
    instance.on('render', () => {
      counters.renders++;
      lastFrameAt = performance.mark('scale:frame').startTime;
    });
  },
});

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const settle = async (ms = 150) => {
  await frame();
  await frame();
  await new Promise((r) => setTimeout(r, ms));
};
/** Resolves with the time of Cytoscape's next drawn frame, or null if none comes within `ms`. */
const nextRender = (instance: Core, ms: number) =>
  new Promise<number | null>((resolve) => {
    const onRender = () => {
      clearTimeout(timer);
      resolve(performance.now());
    };
    const timer = setTimeout(() => {
      instance.off('render', onRender);
      resolve(null);
    }, ms);
    instance.one('render', onRender);
  });
const diff = (a: Counters, b: Counters): Counters => ({
  commits: a.commits - b.commits,
  reactMs: Math.round((a.reactMs - b.reactMs) * 10) / 10,
  layouts: a.layouts - b.layouts,
  positions: a.positions - b.positions,
  viewports: a.viewports - b.viewports,
  renders: a.renders - b.renders,
});

interface Timing {
  syncMs: number;
  renderMs: number | null;
  startAt: number;
}

/**
 * Time one action: the synchronous part (zustand runs the canvas hooks inside the action) and the
 * time to Cytoscape's next drawn frame. Actions that should not change the picture get a short wait
 * and no frame (renderMs null); a frame there is itself a finding.
 */
async function timed(name: string, action: () => void, frameExpected: boolean): Promise<Timing> {
  const rendered = nextRender(cy!, frameExpected ? 30_000 : 500);
  const start = performance.mark(`scale:${name}:start`);
  action();
  const sync = performance.measure(`scale:${name}:sync`, start.name);
  const at = await rendered;
  if (frameExpected && at === null) throw new Error(`${name}: Cytoscape drew no frame within 30 s`);
  if (at !== null) performance.measure(`scale:${name}`, { start: start.startTime, end: at });
  return {
    syncMs: sync.duration,
    renderMs: at === null ? null : at - start.startTime,
    startAt: start.startTime,
  };
}

// Re-render the canvas's parent with the same props, as App does when presenter mode toggles: shows
// what a React render of GraphCanvas costs (react-cytoscapejs diffs every element on each update).
let rerenderParent = () => {};

const store = useAppStore.getState;
interface Action {
  run: () => void;
  frame: boolean;
  setup?: () => void;
  reset?: () => void;
}
const ACTIONS: Record<Exclude<InteractionName, 'panFrame'>, Action> = {
  filterTherapy: {
    run: () => store().toggleFacet('therapies', therapy),
    frame: true,
    reset: () => store().resetFilters(),
  },
  filterKind: {
    run: () => store().setFacet('kinds', KINDS),
    frame: true,
    reset: () => store().resetFilters(),
  },
  selectNode: {
    run: () => store().select({ type: 'node', id: hub }),
    frame: true,
    reset: () => store().select(null),
  },
  // Changing side-panel tab with a node selected: nothing on the canvas changes.
  switchPanel: {
    setup: () => store().select({ type: 'node', id: hub }),
    run: () => store().setPanel('sources'),
    frame: false,
    reset: () => {
      store().setPanel('filters');
      store().select(null);
    },
  },
  // A store change the canvas does not read at all.
  unrelatedChange: {
    run: () => store().notify(['scale bench']),
    frame: false,
    reset: () => store().dismissNotice(0),
  },
  parentRender: { run: () => flushSync(() => rerenderParent()), frame: false },
  layoutFcose: { run: () => store().setLayout('fcose'), frame: true },
  layoutLanes: { run: () => store().setLayout('lanes'), frame: true },
};

async function measure(name: InteractionName): Promise<Interaction> {
  const action = name === 'panFrame' ? undefined : ACTIONS[name];
  if (action?.setup) action.setup();
  // Long enough for the stylesheet's 150 ms opacity transition of the previous step to finish.
  await settle(500);
  const before = { ...counters };
  let t: Timing;
  if (!action) {
    // A viewport change is the per-frame path: it must cost no React work at all. Median of 10.
    const times: Timing[] = [];
    for (let i = 0; i < 10; i++) {
      times.push(await timed(`${name}${i}`, () => cy!.panBy({ x: i % 2 ? -40 : 40, y: 20 }), true));
      await frame();
    }
    const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    t = {
      syncMs: mid(times.map((x) => x.syncMs)),
      renderMs: mid(times.map((x) => x.renderMs!)),
      startAt: times[times.length - 1]!.startAt,
    };
  } else {
    t = await timed(name, action.run, action.frame);
  }
  await settle(300);
  const counts = diff(counters, before);
  const doneMs = counts.renders > 0 ? lastFrameAt - t.startAt : null;
  if (action?.reset) {
    action.reset();
    await settle();
  }
  return { syncMs: t.syncMs, renderMs: t.renderMs, doneMs, counts };
}

const api: ScaleBenchApi = {
  nodes: graph.nodes.length,
  edges: graph.edges.length,
  generateMs: t1 - t0,
  loadMs: t2 - t1,
  therapyView: viewSize({ therapies: [therapy] }),
  kindView: viewSize({ kinds: KINDS }),
  toElementsMs: () => {
    const s = performance.now();
    toElements(graph);
    return performance.now() - s;
  },
  lanePositionsMs: () => {
    const s = performance.now();
    lanePositions(graph);
    return performance.now() - s;
  },
  counters: () => ({ ...counters }),
  mountReport: () => {
    const at = (name: string) => performance.getEntriesByName(name)[0]!.startTime;
    return {
      firstRender: at('nociscope:first-render'),
      mountToFirstRender: at('nociscope:first-render') - at('scale:mount'),
      lastMountFrame: lastFrameAt,
      counts: { ...counters },
    };
  },
  idle: async (ms) => {
    const before = { ...counters };
    await settle(ms);
    return diff(counters, before);
  },
  settle,
  measure,
};
window.scaleBench = api;

function Harness() {
  const [, setTick] = useState(0);
  useEffect(() => {
    rerenderParent = () => setTick((t) => t + 1);
  }, []);
  return (
    <div className="stage">
      <Profiler
        id="GraphCanvas"
        onRender={(_id, _phase, actualDuration) => {
          counters.commits++;
          counters.reactMs += actualDuration;
        }}
      >
        <GraphCanvas graph={graph} stories={stories} />
      </Profiler>
    </div>
  );
}

performance.mark('scale:mount');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Harness />
  </StrictMode>,
);
