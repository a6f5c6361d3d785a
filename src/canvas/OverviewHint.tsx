// One line on the map, while it is far out: how many names the overview shows and how to read the
// rest. Re-rendered only when that count changes (a zoom band crossing), never per frame.
import { useSyncExternalStore } from 'react';
import { getLabelState, onLabelState } from './overviewLabels';

export function OverviewHint() {
  const { overview, shown, total } = useSyncExternalStore(onLabelState, getLabelState);
  if (!overview) return null;
  return (
    <p className="overview-hint" aria-hidden="true">
      Overview: {shown} of {total} names shown. Zoom in (+), point at a node or search to read the others.
    </p>
  );
}
