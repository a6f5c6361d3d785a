// The page opens with a picture of the map made at build time (build/firstView.ts), so the first
// pixels of the map do not wait for the JavaScript. This keeps it over the box where the live canvas
// is drawn and removes it once the canvas has drawn its first frame: the picture is on top until
// then, so the reader never sees a blank canvas between the two, and nothing else moves.
// It goes at once when it would mislead: a link that opens another view (a story, a selection,
// filters, another layout: anything in the query string), a data error, or no curated canvas.
// The page shows it only half a second after it arrived (firstView.css): when the app starts
// drawing the live map before that, the picture was never on screen and goes without being laid out.

/** The picture's element (build/firstView.ts writes it with this id). */
const FIRST_VIEW_ID = 'first-view';
/** The mark the canvas sets on its first drawn frame (GraphCanvas, ImportedCanvas). */
const FIRST_FRAME_MARK = 'nociscope:first-render';

export interface FirstView {
  /** Take the picture away now (the page shows something else than the default map). */
  readonly drop: () => void;
  /**
   * The app is about to draw the live map: a picture not yet shown is not needed (the map follows
   * within a moment), one on screen stays until the map has drawn.
   */
  readonly mapComing: () => void;
}

/**
 * Follow the page's first-view picture until the live map replaces it. The canvas is found when
 * React has put it in the page (`root`); from then on the picture takes the canvas's exact box.
 */
export function followFirstView(
  doc: Document = document,
  root: Element | null = doc.getElementById('root'),
): FirstView {
  const picture = doc.getElementById(FIRST_VIEW_ID);
  if (!picture) return { drop: () => {}, mapComing: () => {} };
  const win = doc.defaultView!;
  let mounted: MutationObserver | null = null;
  let sized: ResizeObserver | null = null;
  let drawn: PerformanceObserver | null = null;
  const drop = () => {
    mounted?.disconnect();
    sized?.disconnect();
    drawn?.disconnect();
    picture.remove();
  };
  // Whether the page shows it yet (its reveal is a CSS animation: firstView.css).
  const mapComing = () => {
    if (picture.isConnected && win.getComputedStyle(picture).visibility === 'hidden') drop();
  };
  if (win.location.search) {
    drop();
    return { drop, mapComing };
  }
  // The static stylesheet places the picture where the canvas will be; once the canvas exists its
  // own box is used (a header that wraps on a narrow window, a notice above the map).
  const follow = (canvas: HTMLElement) => {
    const place = () => {
      const box = canvas.getBoundingClientRect();
      if (!canvas.isConnected || box.width === 0 || box.height === 0) {
        // The map failed, or another view took its place: the picture would cover it.
        drop();
        return;
      }
      picture.style.top = `${box.top + win.scrollY}px`;
      picture.style.left = `${box.left + win.scrollX}px`;
      picture.style.width = `${box.width}px`;
      picture.style.height = `${box.height}px`;
    };
    sized = new ResizeObserver(place);
    sized.observe(canvas);
  };
  const findCanvas = () => root?.querySelector<HTMLElement>('.canvas') ?? null;
  if (root) {
    // Called after each React commit: the first one with the page's layout but no canvas means
    // the app opened something else (the data-error screen, an imported network on its own).
    mounted = new MutationObserver(() => {
      if (!root.firstElementChild) return;
      mounted?.disconnect();
      mounted = null;
      const canvas = findCanvas();
      if (canvas) follow(canvas);
      else drop();
    });
    mounted.observe(root, { childList: true, subtree: true });
  }
  if (typeof PerformanceObserver === 'function') {
    drawn = new PerformanceObserver((marks) => {
      if (marks.getEntriesByName(FIRST_FRAME_MARK).length) drop();
    });
    drawn.observe({ type: 'mark', buffered: true });
  }
  return { drop, mapComing };
}
