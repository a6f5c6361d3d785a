// Checking a file chosen by the user: in a Web Worker when the browser has one (parse and layout off
// the main thread, with progress), else on the main thread (jsdom tests). Cancel terminates the
// worker, so even a file stuck in a slow parser stops at once. Nothing here touches the map.
import { proxy, wrap, type Remote } from 'comlink';
import { MAX_IMPORT_BYTES, type ImportProblem } from '../../import/types';
import type { CheckedFile } from '../../import/check';
import type { ImportWorkerApi } from './import.worker';

export type { CheckedFile } from '../../import/check';

export interface CheckJob {
  readonly done: Promise<CheckedFile | 'cancelled'>;
  cancel(): void;
}

const megabytes = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/** Refuse a file above the stated size before reading a byte of it. */
export function tooLarge(file: { name: string; size: number }): ImportProblem | undefined {
  if (file.size <= MAX_IMPORT_BYTES) return undefined;
  return {
    severity: 'error',
    file: file.name,
    message: `the file is ${megabytes(file.size)}, more than the ${megabytes(MAX_IMPORT_BYTES)} this app opens`,
    hint: 'Open a smaller file, or split the network (for example by pathway) and open the parts one by one.',
  };
}

/** The file's bytes (FileReader where Blob.arrayBuffer is missing, as in jsdom). */
function readBytes(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('the browser could not read the file'));
    reader.readAsArrayBuffer(file);
  });
}

/** Check a file; progress is reported as a share done (0..1). */
export function checkFile(file: File, onProgress: (fraction: number) => void): CheckJob {
  const big = tooLarge(file);
  if (big)
    return { done: Promise.resolve({ problems: [big], parseMs: 0, layoutMs: 0, laidOut: 0 }), cancel() {} };
  let cancelled = false;
  let worker: Worker | undefined;
  let settle: ((v: 'cancelled') => void) | undefined;
  const cancelledPromise = new Promise<'cancelled'>((resolve) => (settle = resolve));
  const work = (async (): Promise<CheckedFile | 'cancelled'> => {
    const content = await readBytes(file);
    if (cancelled) return 'cancelled';
    // Without workers (jsdom) the parsers load here, on demand: they stay out of the main bundle.
    if (typeof Worker === 'undefined')
      return (await import('../../import/check')).checkContent(file.name, content, onProgress);
    worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    const api: Remote<ImportWorkerApi> = wrap(worker);
    try {
      return await api.check(file.name, content, proxy(onProgress));
    } finally {
      worker.terminate();
    }
  })();
  return {
    done: Promise.race([work, cancelledPromise]).catch((e: unknown): CheckedFile => ({
      problems: [
        {
          severity: 'error',
          file: file.name,
          message: `the file could not be read (${e instanceof Error ? e.message : String(e)})`,
          hint: 'Try again; if it keeps failing, check that the file opens in a text editor.',
        },
      ],
      parseMs: 0,
      layoutMs: 0,
      laidOut: 0,
    })),
    cancel() {
      cancelled = true;
      worker?.terminate();
      settle?.('cancelled');
    },
  };
}
