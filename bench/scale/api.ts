// What the scale bench page (bench/scale/main.tsx) offers the runner (bench/scale.ts) on `window`.

/** Things counted since the page started; the runner subtracts two snapshots. */
export interface Counters {
  /** React commits inside the <Profiler> around the real GraphCanvas (mount and updates). */
  commits: number;
  /** Milliseconds React spent rendering that subtree (the Profiler's actualDuration, summed). */
  reactMs: number;
  /** Cytoscape layouts started (fcose, concentric, preset) after the instance reached the app. */
  layouts: number;
  /** Node 'position' events: the lanes layout writes every position, so a re-layout shows here. */
  positions: number;
  /** Viewport changes (pan, zoom, fit): 'viewport' events. */
  viewports: number;
  /** Frames Cytoscape drew ('render' events). */
  renders: number;
}

/** One measured interaction: store action → Cytoscape's next drawn frame. */
export interface Interaction {
  /** Time inside the store action: the canvas hooks run synchronously in zustand's subscribers. */
  syncMs: number;
  /** From the action to the end of the next frame Cytoscape drew; null when none was drawn. */
  renderMs: number | null;
  /** From the action to the last frame before the page went quiet (the stylesheet's 150 ms opacity
   * transition keeps Cytoscape drawing for a few frames after a filter or a selection). */
  doneMs: number | null;
  /** What happened from the action until the page was quiet again. */
  counts: Counters;
}

export type InteractionName =
  | 'filterTherapy'
  | 'filterKind'
  | 'selectNode'
  | 'switchPanel'
  | 'unrelatedChange'
  | 'parentRender'
  | 'panFrame'
  | 'layoutFcose'
  | 'layoutLanes';

export interface ScaleBenchApi {
  /** Entities and relations of the generated graph (after the real loader). */
  readonly nodes: number;
  readonly edges: number;
  /** Milliseconds to generate the files and to load them with src/model/load.ts. */
  readonly generateMs: number;
  readonly loadMs: number;
  /** Entities left in view by the therapy and kind filters the bench applies. */
  readonly therapyView: number;
  readonly kindView: number;
  /** The model → Cytoscape work done on the main thread before the first frame, timed alone. */
  readonly toElementsMs: () => number;
  readonly lanePositionsMs: () => number;
  counters(): Counters;
  /**
   * First-render timings (from navigation start and from the React mount), the last frame drawn
   * while the canvas settled after loading (from navigation start), and counts since the start.
   */
  mountReport(): {
    firstRender: number;
    mountToFirstRender: number;
    lastMountFrame: number;
    counts: Counters;
  };
  /** What happens while nobody touches the page for `ms`: should be nothing at all. */
  idle(ms: number): Promise<Counters>;
  /** Wait until nothing is pending (two frames and a pause), so measurements do not overlap. */
  settle(ms?: number): Promise<void>;
  measure(name: InteractionName): Promise<Interaction>;
}

declare global {
  interface Window {
    scaleBench?: ScaleBenchApi;
  }
}
