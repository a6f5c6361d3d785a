// A predict step's what-if, computed once per step and graph and shared by every reader: the derived
// view's emphasis (src/model/view.ts), the card's answer and the step's diagram
// (src/features/stories). The what-if of a step walks every path of its therapy twice; computing it
// once per reader cost as many walks as there were readers, each time the step played.
import type { Graph } from '../graph';
import type { NodeId } from '../schema';
import { whatIf, type WhatIf } from './whatIf';

/** What a predict step asks: the therapy, and the entities it takes out. */
export interface PredictQuestion {
  readonly therapy: NodeId;
  readonly knockout: readonly NodeId[];
}

const computed = new WeakMap<PredictQuestion, { graph: Graph; w: WhatIf }>();

/** The what-if of a predict step; the same object for the same step and graph. */
export function predictWhatIf(graph: Graph, predict: PredictQuestion): WhatIf {
  const hit = computed.get(predict);
  if (hit && hit.graph === graph) return hit.w;
  const w = whatIf(graph, predict.therapy, predict.knockout);
  computed.set(predict, { graph, w });
  return w;
}
