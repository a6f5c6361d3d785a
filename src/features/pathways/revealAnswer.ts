// An answer appears where the eye is: below a long form in a narrow side column it would start a
// screen or more down (at y ≈ 1,400 px on a 1024 × 768 projector), with no cue that it is there.

/** The nearest ancestor that scrolls vertically, or null (the page itself). */
function scroller(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if ((overflowY === 'auto' || overflowY === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return null;
}

/** Keys typed into a text or number field: the field must not scroll away under the typing. */
function typing(): boolean {
  const el = document.activeElement;
  if (el instanceof HTMLTextAreaElement) return true;
  return el instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit'].includes(el.type);
}

/**
 * Scroll the answer's heading to the top of its scrolling panel (or of the window), unless it is
 * already in the upper part of the view or the reader is typing in a field. Focus is not moved: the
 * answer's first line is a polite live region, and the reader may want to change the question again.
 */
export function revealAnswer(heading: HTMLElement): void {
  if (typing()) return;
  const box = scroller(heading);
  const view = box ? box.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
  const at = heading.getBoundingClientRect();
  // Already in view with room for the answer below it: leave the reader's place alone.
  if (at.top >= view.top && at.top <= view.top + (view.bottom - view.top) / 3) return;
  const margin = 8;
  if (box) box.scrollTop += at.top - view.top - margin;
  else window.scrollBy(0, at.top - margin);
}
