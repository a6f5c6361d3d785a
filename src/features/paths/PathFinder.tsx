// How does one entity lead to another? The shortest chains of cited relations between two ends,
// each step a sentence that opens the relation and its evidence.
import { useId, useMemo, useState, type ChangeEvent } from 'react';
import type { Edge } from '../../model/graph';
import type { GraphNode, NodeId } from '../../model/schema';
import { NODE_KIND_LABELS, NODE_KINDS } from '../../model/vocabulary';
import { selectPath } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { useGraph } from '../common/graphContext';
import { useView } from '../common/useView';
import { nodeById } from '../../model/ids';
import { RelationLine } from '../common/RelationList';
import { DiagramDialog } from '../common/DiagramDialog';
import { PathsDiagram } from './PathsDiagram';

function NodeSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: NodeId | null;
  onChange: (value: NodeId | null) => void;
}) {
  const graph = useGraph();
  const groups = useMemo(
    () =>
      NODE_KINDS.map((kind) => ({
        kind,
        nodes: graph.nodes.filter((n) => n.kind === kind).sort((a, b) => a.label.localeCompare(b.label)),
      })).filter((g) => g.nodes.length > 0),
    [graph],
  );
  const change = (e: ChangeEvent<HTMLSelectElement>) => onChange(nodeById(graph, e.target.value)?.id ?? null);
  return (
    <select id={id} value={value ?? ''} onChange={change}>
      <option value="">Choose an entity…</option>
      {groups.map((g) => (
        <optgroup key={g.kind} label={NODE_KIND_LABELS[g.kind]}>
          {g.nodes.map((n) => (
            <option key={n.id} value={n.id}>
              {n.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

/** Whether each step of a path is walked along its arrow or against it (undirected search). */
function stepDirections(path: readonly Edge[], from: NodeId): boolean[] {
  let at = from;
  return path.map((e) => {
    const forward = e.source === at;
    at = forward ? e.target : e.source;
    return forward;
  });
}

function summary(
  from: GraphNode | undefined,
  to: GraphNode | undefined,
  paths: readonly (readonly Edge[])[],
  directed: boolean,
) {
  if (!from || !to) return 'Choose both ends to find the paths between them.';
  if (from.id === to.id) return 'Choose two different entities.';
  if (paths.length === 0) {
    return directed
      ? `No path from ${from.label} to ${to.label} following the arrows. Untick “Follow arrows only” to allow steps against an arrow.`
      : `No path from ${from.label} to ${to.label}.`;
  }
  const steps = paths[0]?.length ?? 0;
  return (
    `${paths.length} shortest ${paths.length === 1 ? 'path' : 'paths'} from ${from.label} to ${to.label}, ` +
    `${steps} ${steps === 1 ? 'step' : 'steps'} each`
  );
}

function PathList({ paths, from }: { paths: readonly (readonly Edge[])[]; from: NodeId }) {
  return (
    <ol className="path-list">
      {paths.map((path, i) => {
        const forward = stepDirections(path, from);
        return (
          <li key={path.map((e) => e.id).join(' ')}>
            <h3>Path {i + 1}</h3>
            <ol className="relation-list">
              {path.map((e, j) => (
                <li key={e.id}>
                  <RelationLine edge={e} />
                  {!forward[j] && <span className="muted"> (walked against the arrow)</span>}
                </li>
              ))}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}

export function PathFinder() {
  const graph = useGraph();
  const path = useAppStore(selectPath);
  const setPath = useAppStore((s) => s.setPath);
  const id = useId();
  const from = path.from ? graph.nodeById.get(path.from) : undefined;
  const to = path.to ? graph.nodeById.get(path.to) : undefined;
  // Computed once, in the derived view, which also emphasises them on the map.
  const viewPaths = useView().paths;
  const paths = useMemo(() => viewPaths ?? [], [viewPaths]);
  const [drawing, setDrawing] = useState(false);
  return (
    <section className="panel paths" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Paths</h2>
      <p className="muted">The shortest chains of cited relations from one entity to another.</p>
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <NodeSelect id={`${id}-from`} value={from?.id ?? null} onChange={(v) => setPath({ from: v })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <NodeSelect id={`${id}-to`} value={to?.id ?? null} onChange={(v) => setPath({ to: v })} />
      </div>
      <button
        type="button"
        onClick={() => setPath({ from: path.to, to: path.from })}
        disabled={!path.from && !path.to}
      >
        Swap ends
      </button>
      <div className="field">
        <input
          id={`${id}-directed`}
          type="checkbox"
          checked={path.directed}
          onChange={(e) => setPath({ directed: e.target.checked })}
        />
        <label htmlFor={`${id}-directed`}>Follow arrows only</label>
      </div>
      <p role="status">{summary(from, to, paths, path.directed)}</p>
      {from && to && paths.length > 0 && (
        <button type="button" onClick={() => setDrawing(true)}>
          Draw as a diagram
        </button>
      )}
      {from && paths.length > 0 && <PathList paths={paths} from={from.id} />}
      {drawing && from && to && paths.length > 0 && (
        <DiagramDialog title="Pathway diagram" onClose={() => setDrawing(false)}>
          <PathsDiagram graph={graph} paths={paths} from={from} to={to} />
        </DiagramDialog>
      )}
    </section>
  );
}
