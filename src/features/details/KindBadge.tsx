import { NODE_KIND_LABELS, type NodeKind } from '../../model/vocabulary';
import { KindShape } from '../common/shapes';

/** A node kind as text with its canvas shape beside it. */
export function KindBadge({ kind }: { kind: NodeKind }) {
  return (
    <span className="badge">
      <KindShape kind={kind} size={16} /> {NODE_KIND_LABELS[kind]}
    </span>
  );
}
