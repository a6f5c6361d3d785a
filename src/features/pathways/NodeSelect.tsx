// An entity picker grouped by kind (optgroups), optionally limited to some kinds.
import { useMemo, type ChangeEvent } from 'react';
import type { NodeId } from '../../model/schema';
import { NODE_KIND_LABELS, NODE_KINDS, type NodeKind } from '../../model/vocabulary';
import { useGraph } from '../common/graphContext';
import { nodeById } from '../../model/ids';

export function NodeSelect({
  id,
  value,
  onChange,
  kinds = NODE_KINDS,
  placeholder = 'Choose an entity…',
  exclude = [],
}: {
  id: string;
  value: NodeId | null;
  onChange: (value: NodeId | null) => void;
  kinds?: readonly NodeKind[];
  placeholder?: string;
  exclude?: readonly NodeId[];
}) {
  const graph = useGraph();
  const groups = useMemo(
    () =>
      kinds
        .map((kind) => ({
          kind,
          nodes: graph.nodes
            .filter((n) => n.kind === kind && !exclude.includes(n.id))
            .sort((a, b) => a.label.localeCompare(b.label)),
        }))
        .filter((g) => g.nodes.length > 0),
    [graph, kinds, exclude],
  );
  const change = (e: ChangeEvent<HTMLSelectElement>) => onChange(nodeById(graph, e.target.value)?.id ?? null);
  return (
    <select id={id} value={value ?? ''} onChange={change}>
      <option value="">{placeholder}</option>
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
