// The force layout's worker: a big network's layout takes seconds, so it runs here, never on the main
// thread. Progress goes back every few steps; the main thread cancels by terminating the worker.
import { expose, transfer } from 'comlink';
import { startForceLayout, type ForceGraph } from '../model/forceLayout';

const api = {
  layout(graph: ForceGraph, onProgress: (done: number, total: number) => void): Float64Array {
    const run = startForceLayout(graph);
    // About a hundred reports: each is one message, cheap for the page to take.
    const chunk = Math.max(1, Math.ceil(run.total / 100));
    while (run.step(chunk) < run.total) void onProgress(run.step(0), run.total);
    const positions = run.positions();
    return transfer(positions, [positions.buffer]);
  },
};

export type ForceWorkerApi = typeof api;
expose(api);
