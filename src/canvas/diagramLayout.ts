// ELK for pathway diagrams, in a Web Worker so a large comparison never freezes the page. One worker
// for the page, started when the first answer that can be drawn is shown (prefetchDiagramLayout), so
// "Draw as a diagram" does not wait for ELK to load; layouts are kept per input, so drawing the same
// answer again costs no layout. Where workers are missing (jsdom in unit tests) the same layout
// runs in-process from a separately loaded chunk, and nothing is prefetched.
import type { ElkInput, ElkOutput } from '../model/layered';

interface Layouter {
  layout(graph: unknown): Promise<unknown>;
}

let layouter: Promise<Layouter> | null = null;

async function makeLayouter(): Promise<Layouter> {
  if (typeof Worker === 'undefined') {
    // Kept out of the build (a variable specifier): browsers always have workers, and the offline
    // cache need not carry a second 1.4 MB copy of ELK.
    const inProcess = 'elkjs/lib/elk.bundled.js';
    const { default: ELK } = (await import(/* @vite-ignore */ inProcess)) as {
      default: new () => Layouter;
    };
    return new ELK();
  }
  const [{ default: ELK }, { default: workerUrl }] = await Promise.all([
    import('elkjs/lib/elk-api.js'),
    import('elkjs/lib/elk-worker.min.js?url'),
  ]);
  return new ELK({ workerUrl });
}

async function runLayout(input: ElkInput): Promise<ElkOutput> {
  layouter ??= makeLayouter();
  try {
    return (await (await layouter).layout(input)) as ElkOutput;
  } catch (err) {
    // A worker that failed to start stays failed: let the next diagram try a fresh one.
    layouter = null;
    throw err;
  }
}

/** Layouts by input (JSON), the most recently used last; a failed one is forgotten. */
const layouts = new Map<string, Promise<ElkOutput>>();
const KEPT_LAYOUTS = 24;

/** Lay out a diagram (or hand back the layout of the same input); rejects with ELK's message. */
export function layoutDiagram(input: ElkInput): Promise<ElkOutput> {
  const key = JSON.stringify(input);
  const known = layouts.get(key);
  layouts.delete(key);
  const layout = known ?? runLayout(input);
  layouts.set(key, layout);
  if (!known) layout.catch(() => layouts.get(key) === layout && layouts.delete(key));
  if (layouts.size > KEPT_LAYOUTS) layouts.delete(layouts.keys().next().value!);
  return layout;
}

/**
 * Lay out `input` ahead, when the page is idle, so that drawing it later finds the worker running
 * and the layout made. Browsers only: where there are no workers it does nothing. A failure
 * (offline before ELK was cached) is left for the real request to report.
 */
export function prefetchDiagramLayout(input: () => ElkInput): () => void {
  if (typeof Worker === 'undefined') return () => {};
  const run = () => void layoutDiagram(input()).catch(() => {});
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 300 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
}
