// The reader's "reduce motion" setting (the operating system's, read through the CSS media query
// prefers-reduced-motion): camera moves then jump to where they go instead of gliding there. A
// pan and zoom of the whole picture is the kind of motion that makes some readers dizzy or sick
// (WCAG 2.3.3, "Animation from Interactions"), and a jump loses nothing: the frame it arrives at is
// the same. Read at each move, so a setting changed while the map is open counts at once.
const QUERY = '(prefers-reduced-motion: reduce)';

/** Whether the reader asked for less motion (false where there is no window, e.g. Node). */
export function reducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(QUERY).matches
    : false;
}
