// Running the force layout: in a worker of its own in the browser (terminated on cancel, so a
// cancelled layout stops at once), in-process in small slices where there is no Worker (jsdom tests).
import { proxy, wrap, type Remote } from 'comlink';
import type { ForceGraph } from '../model/forceLayout';
import type { ForceWorkerApi } from './forceLayout.worker';

export interface ForceJob {
  /** x, y pairs in node index order, or 'cancelled'. Rejects when the worker fails. */
  readonly done: Promise<Float64Array | 'cancelled'>;
  cancel(): void;
}

export function runForceLayout(
  graph: ForceGraph,
  onProgress: (done: number, total: number) => void,
): ForceJob {
  let cancelled = false;
  let worker: Worker | undefined;
  let settle: ((v: 'cancelled') => void) | undefined;
  const cancelledPromise = new Promise<'cancelled'>((resolve) => (settle = resolve));
  const work = (async (): Promise<Float64Array | 'cancelled'> => {
    if (typeof Worker === 'undefined') {
      const { startForceLayout } = await import('../model/forceLayout');
      const run = startForceLayout(graph);
      while (!cancelled && run.step(10) < run.total) {
        onProgress(run.step(0), run.total);
        await new Promise((r) => setTimeout(r, 0));
      }
      return cancelled ? 'cancelled' : run.positions();
    }
    worker = new Worker(new URL('./forceLayout.worker.ts', import.meta.url), { type: 'module' });
    const api: Remote<ForceWorkerApi> = wrap(worker);
    try {
      return await api.layout(graph, proxy(onProgress));
    } finally {
      worker.terminate();
    }
  })();
  return {
    done: Promise.race([work, cancelledPromise]),
    cancel() {
      cancelled = true;
      worker?.terminate();
      settle?.('cancelled');
    },
  };
}
