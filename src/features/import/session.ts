// The import under way: one at a time, from choosing or dropping a file to "Open" or "Close".
// Nothing here touches the map: a layer is only added by `confirm`, after the file was checked and
// no error was found, so a failed or cancelled import leaves the map exactly as it was.
import { create } from 'zustand';
import type { LayerMode } from '../../import/layerStore';
import type { ProposedMatch } from '../../import/match';
import { hasErrors } from '../../import/types';
import type { Graph } from '../../model/graph';
import { useLayerLayout } from '../../canvas/layerLayout';
import { loadLayerStorage, useLayerStore } from '../../store/layers';
import type { CheckedFile, CheckJob } from './readFile';

export type SessionStatus = 'checking' | 'checked' | 'cancelled';

export interface ImportSession {
  fileName: string | null;
  status: SessionStatus | null;
  /** Share done while checking, 0..1. */
  progress: number;
  checked: CheckedFile | null;
  mode: LayerMode;
  /** Proposed matches to the curated map (overlay), and which ones the user undid. */
  matches: readonly ProposedMatch[];
  undone: ReadonlySet<string>;
  start: (file: File, graph: Graph) => void;
  cancel: () => void;
  close: () => void;
  setMode: (mode: LayerMode) => void;
  toggleMatch: (importedId: string) => void;
  confirm: () => Promise<void>;
}

const initial = {
  fileName: null,
  status: null,
  progress: 0,
  checked: null,
  mode: 'own' as LayerMode,
  matches: [] as readonly ProposedMatch[],
  undone: new Set<string>() as ReadonlySet<string>,
};

let job: CheckJob | null = null;
let starting = 0;

// The worker client (comlink) and the matcher load with the first file, not with the first paint.
const code = () => Promise.all([import('./readFile'), import('../../import/match')]);

export const useImportSession = create<ImportSession>()((set, get) => ({
  ...initial,
  start: (file, graph) => {
    job?.cancel();
    job = null;
    const ticket = ++starting;
    set({ ...initial, fileName: file.name, status: 'checking' });
    void code().then(([{ checkFile }, { matchToCurated }]) => {
      // Cancelled, closed or replaced by another file while the code loaded.
      if (ticket !== starting || get().status !== 'checking') return;
      const current = checkFile(file, (progress) => {
        if (job === current) set({ progress });
      });
      job = current;
      void current.done.then((result) => {
        if (job !== current) return;
        job = null;
        if (result === 'cancelled') return set({ status: 'cancelled' });
        // Matching is cheap (indexed by name and identifier); proposed for overlays, applied on confirm.
        const matches = result.network ? matchToCurated(result.network, graph) : [];
        set({ status: 'checked', checked: result, progress: 1, matches });
        // For the benchmark (bench/compare.ts): the worker's parse and layout times.
        performance.mark('nociscope:import-checked', {
          detail: { parseMs: result.parseMs, layoutMs: result.layoutMs },
        });
      });
    });
  },
  cancel: () => {
    job?.cancel();
    job = null;
    starting++;
    set({ status: 'cancelled' });
  },
  close: () => {
    job?.cancel();
    job = null;
    starting++;
    set({ ...initial });
  },
  setMode: (mode) => set({ mode }),
  toggleMatch: (importedId) =>
    set((s) => {
      const undone = new Set(s.undone);
      if (undone.has(importedId)) undone.delete(importedId);
      else undone.add(importedId);
      return { undone };
    }),
  confirm: async () => {
    const s = get();
    const network = s.checked?.network;
    if (!network || hasErrors(s.checked!.problems)) return;
    const decisions = new Map(
      s.matches.map((m) => [m.importedId, s.undone.has(m.importedId) ? 'rejected' : 'accepted'] as const),
    );
    const [{ newLayer }, { acceptedMatches }] = await Promise.all([
      loadLayerStorage(),
      import('../../import/match'),
    ]);
    const matches = s.mode === 'overlay' ? acceptedMatches(s.matches, decisions) : new Map<string, string>();
    set({ ...initial });
    const layer = newLayer(network, s.mode, matches);
    await useLayerStore.getState().addLayer(layer);
    // A file with no positions at all opens on the grid and is laid out force-directed in a worker at
    // once (with progress; Cancel keeps the grid). One with some positions keeps them: the Layout
    // menu is one click away.
    if (s.mode === 'own' && s.checked!.laidOut === network.nodes.length && network.edges.length > 0)
      useLayerLayout.getState().run(layer.id, 'force');
  },
}));
