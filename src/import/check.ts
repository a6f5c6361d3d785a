// Read, check and lay out one file: the work the import worker does, also run on the main thread
// where there is no Worker (jsdom tests). Pure: no DOM, no store.
import '../model/jitless';
import { parseNetworkFile } from './parse';
import type { ImportedNetwork, ImportProblem } from './types';
import { withPositions } from './gridLayout';

/** What checking a file gives: the network (positions filled in) when nothing blocks it. */
export interface CheckedFile {
  readonly network?: ImportedNetwork;
  readonly problems: readonly ImportProblem[];
  readonly parseMs: number;
  readonly layoutMs: number;
  /** How many nodes had no stored position and were placed on a grid. */
  readonly laidOut: number;
}

export function checkContent(
  name: string,
  content: ArrayBuffer,
  onProgress: (fraction: number) => void,
): CheckedFile {
  const started = performance.now();
  // Report whole percents only: a callback per row would flood the main thread with messages.
  let last = -1;
  const report = (f: number) => {
    const percent = Math.floor(f * 90);
    if (percent === last) return;
    last = percent;
    onProgress(percent / 100);
  };
  const result = parseNetworkFile(name, new Uint8Array(content), { onProgress: report });
  const parseMs = performance.now() - started;
  if (!result.network) return { problems: result.problems, parseMs, layoutMs: 0, laidOut: 0 };
  const t = performance.now();
  const { network, laidOut } = withPositions(result.network);
  onProgress(1);
  return { network, problems: result.problems, parseMs, layoutMs: performance.now() - t, laidOut };
}
