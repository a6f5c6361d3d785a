// A predict step's routes drawn as a pathway diagram over the map, the picture of the step. On the
// whole map the 13 entities of "What if TGF-β1 is blocked?" lie across the layered layout, where
// neighbours' names overlap at any zoom that shows them all on a 1024 × 768 projector; laid out
// on their own (ELK, left to right from the therapy to the pain) every name reads at full size.
// The map stays one press away ("Show on the map"), and comes back by itself on the next step.
import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { PathwayDiagram } from '../../canvas/PathwayDiagram';
import { predictDiagram } from '../../model/pathways/answer';
import { predictWhatIf } from '../../model/pathways/predict';
import type { NodeId } from '../../model/schema';
import type { StoryStep } from '../../model/story';
import { useGraph } from '../common/graphContext';

type Predict = NonNullable<StoryStep['predict']>;

/** Gap between the diagram's box and the story card below it (px). */
const GAP = 6;

export function StepDiagram({
  predict,
  revealed,
  card,
  onHide,
}: {
  predict: Predict;
  revealed: boolean;
  /** The story card: the diagram covers the stage above it. */
  card: RefObject<HTMLElement | null>;
  onHide: () => void;
}) {
  const graph = useGraph();
  const box = useRef<HTMLDivElement>(null);
  const input = useMemo(
    () => predictDiagram(predictWhatIf(graph, predict), revealed),
    [graph, predict, revealed],
  );
  const label = (id: NodeId) => graph.nodeById.get(id)?.label ?? id;
  const title = revealed
    ? `${label(predict.therapy)} without ${predict.knockout.map(label).join(', ')}`
    : `Routes from ${label(predict.therapy)} to relief`;
  useCardGap(box, card);
  return (
    <div ref={box} className="story-diagram" data-testid="story-diagram">
      <button type="button" className="story-diagram__hide" onClick={onHide}>
        Show on the map
      </button>
      <PathwayDiagram graph={graph} {...input} title={title} stage />
    </div>
  );
}

/** Keep the diagram's box above the card, whose height changes with the step's text. */
function useCardGap(box: RefObject<HTMLDivElement | null>, card: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const el = box.current;
    const below = card.current;
    const stage = el?.offsetParent;
    if (!el || !below || !(stage instanceof HTMLElement)) return;
    const place = () => {
      const gap = stage.getBoundingClientRect().bottom - below.getBoundingClientRect().top + GAP;
      el.style.bottom = `${Math.max(0, gap)}px`;
    };
    place();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(place);
    observer.observe(below);
    observer.observe(stage);
    return () => observer.disconnect();
  }, [box, card]);
}
