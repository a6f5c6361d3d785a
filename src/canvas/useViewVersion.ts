// A number that changes when the picture on the canvas changes shape: a layout ends, the view is
// panned or zoomed, the canvas is resized. The Export panel reads it so its planned image size is
// never stale. Debounced: a pan is dozens of viewport events, and React must not render per frame.
import { useSyncExternalStore } from 'react';
import type { Core } from 'cytoscape';
import { getCurrentCy, onCurrentCyChange } from './instance';

const QUIET_MS = 200;
const EVENTS = 'layoutstop viewport resize';
let version = 0;

function subscribe(onChange: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bump = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      version += 1;
      onChange();
    }, QUIET_MS);
  };
  const attach = (cy: Core | null) => {
    cy?.on(EVENTS, bump);
    return () => void cy?.off(EVENTS, bump);
  };
  let detach = attach(getCurrentCy());
  const stopWatching = onCurrentCyChange(() => {
    detach();
    detach = attach(getCurrentCy());
    bump();
  });
  return () => {
    clearTimeout(timer);
    detach();
    stopWatching();
  };
}

export const useViewVersion = (): number => useSyncExternalStore(subscribe, () => version);
