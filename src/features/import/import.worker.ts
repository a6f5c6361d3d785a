// The import worker: reading, checking and laying out a file off the main thread, so a 10,000-node
// network never freezes the page. The main thread cancels by terminating this worker.
import '../../model/jitless';
import { expose } from 'comlink';
import { checkContent } from '../../import/check';

const api = { check: checkContent };

export type ImportWorkerApi = typeof api;
expose(api);
