// The contract between pathway answers (src/model/pathways) and the pathway diagram
// (src/model/diagram.ts, src/canvas/PathwayDiagram.tsx): a result is drawn from relation ids, its
// ends, the knocked-out entities and, for a comparison, one group (one colour and letter) per
// therapy. Types only, in a module of its own, so both sides read one definition without an
// import cycle through the derived view.
import type { NodeId, RelationId } from './schema';

/** A set of relations drawn in one colour with one letter: e.g. the paths of one compared therapy. */
export interface DiagramGroupInput {
  readonly id: string;
  readonly label: string;
  readonly relationIds: readonly RelationId[];
}

/** What to draw. */
export interface DiagramInput {
  readonly relationIds: readonly RelationId[];
  /** Where the reading starts (drawn leftmost). */
  readonly from?: NodeId;
  /** Where it ends (drawn rightmost). */
  readonly to?: NodeId;
  /** Entities taken out in a what-if: drawn crossed out; relations touching them are broken. */
  readonly knockedOut?: readonly NodeId[];
  readonly groups?: readonly DiagramGroupInput[];
}
