// The paths found, drawn as one pathway diagram, with a what-if: block one entity on the way and
// see which paths it breaks (crossed out on the diagram, its relations dashed and labelled broken).
import { useId, useMemo, useState } from 'react';
import { PathwayDiagram } from '../../canvas/PathwayDiagram';
import type { Edge, Graph } from '../../model/graph';
import type { GraphNode, NodeId } from '../../model/schema';

export function PathsDiagram({
  graph,
  paths,
  from,
  to,
}: {
  graph: Graph;
  paths: readonly (readonly Edge[])[];
  from: GraphNode;
  to: GraphNode;
}) {
  const id = useId();
  const [blocked, setBlocked] = useState<NodeId | null>(null);
  const [perPath, setPerPath] = useState(false);
  // Each path its own colour and letter (Path 1 = A…), as the list numbers them: up to six, the
  // colours there are; more would repeat colours and crowd every shared line with letters.
  const canColour = paths.length > 1 && paths.length <= 6;
  const groups = useMemo(
    () =>
      canColour && perPath
        ? paths.map((p, i) => ({
            id: `path-${i + 1}`,
            label: `Path ${i + 1}`,
            relationIds: p.map((e) => e.id),
          }))
        : [],
    [canColour, perPath, paths],
  );
  const relationIds = useMemo(() => [...new Set(paths.flat().map((e) => e.id))], [paths]);
  // Entities on the way, in the order the paths meet them: the ends themselves are not a what-if.
  const onTheWay = useMemo(() => {
    const ids = new Set<NodeId>();
    for (const p of paths) for (const e of p) for (const n of [e.source, e.target]) ids.add(n);
    ids.delete(from.id);
    ids.delete(to.id);
    return [...ids].flatMap((n) => graph.nodeById.get(n) ?? []);
  }, [paths, graph, from, to]);
  const broken = blocked
    ? paths.filter((p) => p.some((e) => e.source === blocked || e.target === blocked))
    : [];
  const title = `Paths from ${from.label} to ${to.label}${blocked ? ` without ${graph.nodeById.get(blocked)?.label}` : ''}`;
  return (
    <>
      {onTheWay.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-block`}>What if this is blocked?</label>{' '}
          <select
            id={`${id}-block`}
            value={blocked ?? ''}
            onChange={(e) => setBlocked((e.target.value || null) as NodeId | null)}
          >
            <option value="">Nothing blocked</option>
            {onTheWay.map((n) => (
              <option key={n.id} value={n.id}>
                {n.label}
              </option>
            ))}
          </select>{' '}
          <span role="status">
            {blocked
              ? `Blocking ${graph.nodeById.get(blocked)?.label} breaks ${broken.length} of ${paths.length} ${paths.length === 1 ? 'path' : 'paths'}; ${paths.length - broken.length} remain.`
              : ''}
          </span>
        </div>
      )}
      {canColour && (
        <p>
          <label>
            <input type="checkbox" checked={perPath} onChange={(e) => setPerPath(e.target.checked)} /> Colour
            and letter each path
          </label>
        </p>
      )}
      <PathwayDiagram
        graph={graph}
        relationIds={relationIds}
        from={from.id}
        to={to.id}
        knockedOut={blocked ? [blocked] : []}
        groups={groups}
        title={title}
      />
    </>
  );
}
