// ELK for pathway diagrams, in a Web Worker so a large comparison never freezes the page. One worker
// for the page, created on the first diagram; where workers are missing (jsdom in unit tests) the
// same layout runs in-process from a separately loaded chunk.
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

/** Lay out a diagram; rejects with ELK's message when it cannot. */
export async function layoutDiagram(input: ElkInput): Promise<ElkOutput> {
  layouter ??= makeLayouter();
  try {
    return (await (await layouter).layout(input)) as ElkOutput;
  } catch (err) {
    // A worker that failed to start stays failed: let the next diagram try a fresh one.
    layouter = null;
    throw err;
  }
}
