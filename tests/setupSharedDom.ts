// Run before each DOM file of the shared "dom" project (vitest.config.ts), whose files share one
// module graph per worker: put every zustand store back to the state it was created with, so a file
// starts from what a fresh module graph would give it, whatever the file before it left behind.
// A file that mocks or stubs never runs here (its own project, a fresh graph each), since importing
// the stores here would load them before its mocks. Imported layers kept in (fake) IndexedDB by an
// earlier file are cleared too: fake-indexeddb, once loaded, stays for the worker's later files.
import { clear } from 'idb-keyval';
import type { StoreApi } from 'zustand';
import { layerDatabase } from '../src/import/layerStore';
import { useHandoutStore } from '../src/features/stories/handoutState';
import { useImportSession } from '../src/features/import/session';
import { useLayerLayout } from '../src/canvas/layerLayout';
import { useAppStore } from '../src/store/store';

function reset<S>(store: StoreApi<S>): void {
  store.setState(store.getInitialState(), true);
}
reset(useAppStore);
reset(useHandoutStore);
reset(useImportSession);
reset(useLayerLayout);
if (globalThis.indexedDB) await clear(layerDatabase());
