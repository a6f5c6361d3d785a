// A clicker cannot scroll. In presenter mode the step's text lives in a band a third of the screen
// high, and a long step (a revealed answer with its routes) may not fit: Page Down then shows the
// rest of the text first, a screenful at a time, as a slide's builds do, before the next step;
// Page Up goes back up the text before the previous step.

/** The presenter card's scrolling text, if presenter mode is on and a story is open. */
function presenterText(doc: Document = document): HTMLElement | null {
  return doc.querySelector<HTMLElement>('.app--presenter .story-player__body');
}

/** Hidden text shorter than this (a margin, the foot of a letter) does not count as more text. */
const SLACK = 6;

/** Text hidden below (1) or above (-1) the card's view. */
export function hasMoreText(box: HTMLElement, direction: 1 | -1): boolean {
  return direction === 1
    ? box.scrollTop + box.clientHeight < box.scrollHeight - SLACK
    : box.scrollTop > SLACK;
}

/** The blocks of text a step is made of: a scroll never cuts one in half if it can help it. */
const BLOCKS = 'h2, h3, p, li';

/**
 * Scroll the presenter card's text in `direction`; false when there is no more text that way, or no
 * presenter card. Forward, the first line cut off at the bottom comes to the top (so every
 * paragraph and route is seen whole at some press); back, a screenful less one line.
 */
export function scrollStoryText(direction: 1 | -1, doc: Document = document): boolean {
  const box = presenterText(doc);
  if (!box || !hasMoreText(box, direction)) return false;
  const line = parseFloat(getComputedStyle(box).fontSize) * 1.4 || 32;
  const page = Math.max(line, box.clientHeight - line);
  if (direction === -1) {
    box.scrollTop = Math.max(0, box.scrollTop - page);
    return true;
  }
  const view = box.getBoundingClientRect();
  const cut = [...box.querySelectorAll<HTMLElement>(BLOCKS)]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.height > 0 && r.bottom > view.bottom + 1)
    .map((r) => r.top - view.top);
  const first = cut.length ? Math.min(...cut) : 0;
  // A block taller than the view (or none found): a screenful less one line.
  box.scrollTop += first > 1 ? Math.min(first, page) : page;
  return true;
}
