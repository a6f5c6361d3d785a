// The paths found, drawn as one pathway diagram, with a what-if inside the dialog: block one entity
// on the way and see which paths it breaks (crossed out on the diagram, its relations dashed and
// labelled broken). Moved from the former Paths tab (helper diagram11) into the Pathways feature.
// "Colour and letter each path" draws each path as a group of the diagram (a letter on its relations
// and a colour; relations shared by several paths are black with every letter), so routes that cross
// can be told apart without relying on colour.
import { useId, useMemo, useState } from 'react';
import { PathwayDiagram } from '../../canvas/diagrams';
import { diagramExport } from './DiagramExportBar';
import type { Graph } from '../../model/graph';
import { nodeById } from '../../model/ids';
import type { SignedPath } from '../../model/pathways/paths';
import type { GraphNode, NodeId } from '../../model/schema';

export function PathsDiagram({
  graph,
  paths,
  from,
  to,
}: {
  graph: Graph;
  paths: readonly SignedPath[];
  from: GraphNode;
  to: GraphNode;
}) {
  const id = useId();
  const [blocked, setBlocked] = useState<NodeId | null>(null);
  const [eachPath, setEachPath] = useState(false);
  const relationIds = useMemo(() => [...new Set(paths.flatMap((p) => p.steps))], [paths]);
  // Entities on the way, in the order the paths meet them: the ends themselves are not a what-if.
  const onTheWay = useMemo(() => {
    const ids = new Set<NodeId>();
    for (const p of paths) for (const n of p.nodes) ids.add(n);
    ids.delete(from.id);
    ids.delete(to.id);
    return [...ids].flatMap((n) => graph.nodeById.get(n) ?? []);
  }, [paths, graph, from, to]);
  const groups = useMemo(
    () =>
      eachPath
        ? paths.map((p, i) => ({
            id: `path-${i + 1}`,
            label: `Path ${i + 1}: ${p.nodes.map((n) => graph.nodeById.get(n)?.label ?? n).join(' → ')}`,
            relationIds: p.steps,
          }))
        : undefined,
    [eachPath, paths, graph],
  );
  const broken = blocked ? paths.filter((p) => p.nodes.includes(blocked)) : [];
  const title = `Paths from ${from.label} to ${to.label}${blocked ? ` without ${graph.nodeById.get(blocked)?.label}` : ''}`;
  return (
    <>
      {onTheWay.length > 0 && (
        <div className="pathways__row">
          <label htmlFor={`${id}-block`}>What if this is blocked?</label>{' '}
          <select
            id={`${id}-block`}
            value={blocked ?? ''}
            onChange={(e) => setBlocked(nodeById(graph, e.target.value)?.id ?? null)}
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
      {paths.length > 1 && (
        <div className="pathways__row">
          <input
            id={`${id}-each`}
            type="checkbox"
            checked={eachPath}
            onChange={(e) => setEachPath(e.target.checked)}
          />{' '}
          <label htmlFor={`${id}-each`}>Colour and letter each path</label>
        </div>
      )}
      <PathwayDiagram
        graph={graph}
        relationIds={relationIds}
        {...(groups ? { groups } : {})}
        from={from.id}
        to={to.id}
        knockedOut={blocked ? [blocked] : []}
        title={title}
        actions={diagramExport(graph, title)}
      />
    </>
  );
}
