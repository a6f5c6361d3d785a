// Camera moves, and the reader's "reduce motion" setting (the operating system's, read through the
// CSS media query prefers-reduced-motion): with it set, a move jumps to where it goes instead of
// gliding there. A pan and zoom of the whole picture is the kind of motion that makes some readers
// dizzy or sick (WCAG 2.3.3, "Animation from Interactions"), and a jump loses nothing: the frame it
// arrives at is the same. Read at each move, so a setting changed while the map is open counts at
// once. Every camera move of the app goes through moveCamera, so the rule lives here only.
import type { CollectionArgument, Core, Position } from 'cytoscape';

const QUERY = '(prefers-reduced-motion: reduce)';

/** Whether the reader asked for less motion (false where there is no window, e.g. Node). */
export function reducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(QUERY).matches
    : false;
}

/** Where a camera move goes: a viewport, or the frame that fits some elements. */
export type CameraTarget =
  | { readonly zoom: number; readonly pan: Position }
  | { readonly fit: { readonly eles: CollectionArgument; readonly padding: number } };

/**
 * Move the camera to `to`: a glide of `ms` (with `easing`), or a jump when `ms` is 0 or the reader
 * asked for less motion. `arrived` runs when the camera is there (at once after a jump). Returns
 * whether it glides.
 */
export function moveCamera(
  cy: Core,
  to: CameraTarget,
  ms: number,
  { easing, arrived }: { easing?: 'ease-in-out-sine'; arrived?: () => void } = {},
): boolean {
  if (ms > 0 && !reducedMotion()) {
    cy.animate({
      ...to,
      duration: ms,
      ...(easing ? { easing } : {}),
      ...(arrived ? { complete: arrived } : {}),
    });
    return true;
  }
  if ('fit' in to) cy.fit(to.fit.eles, to.fit.padding);
  else cy.viewport({ zoom: to.zoom, pan: to.pan });
  arrived?.();
  return false;
}
