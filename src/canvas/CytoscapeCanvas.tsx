// How a live canvas is mounted: react-cytoscapejs, with the guard its `cy` callback needs (it is
// called on every update, plotly/react-cytoscapejs #68), so `onReady` runs once per instance, and
// whatever `onReady` returns runs when the instance goes (react-cytoscapejs destroys it on unmount).
// The curated map and the pathway diagram mount through here. A layer opened on its own does not
// (ImportedCanvas.tsx): react-cytoscapejs 2.0 passes Cytoscape a fixed set of options at
// construction, without the WebGL renderer and `hideLabelsOnViewport` a big network is drawn with,
// and adds elements only after construction. Headless instances (step pictures) need no mounting.
// Every live canvas's frame loop rests while nothing changes (frameLoop.ts).
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useRef, type ComponentProps } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { restWhenIdle } from './frameLoop';

export type CytoscapeCanvasProps = Omit<ComponentProps<typeof CytoscapeComponent>, 'cy'> & {
  /** Called once with the new instance, its elements added; may return what undoes it. */
  readonly onReady: (cy: Core) => void | (() => void);
};

/**
 * Keep `elements`, `stylesheet` and `layout` stable (module constants or memoised): on every render
 * react-cytoscapejs compares them with the last ones and patches the instance where they differ.
 */
export function CytoscapeCanvas({ onReady, ...props }: CytoscapeCanvasProps) {
  const instance = useRef<Core | null>(null);
  const undo = useRef<(() => void) | null>(null);
  const ready = useRef(onReady);
  ready.current = onReady;
  const onCy = useCallback((cy: Core) => {
    if (instance.current === cy) return;
    undo.current?.();
    instance.current = cy;
    restWhenIdle(cy);
    undo.current = ready.current(cy) ?? null;
  }, []);
  useEffect(
    () => () => {
      undo.current?.();
      undo.current = null;
      instance.current = null;
    },
    [],
  );
  return <CytoscapeComponent {...props} cy={onCy} />;
}
