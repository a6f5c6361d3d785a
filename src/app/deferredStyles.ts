// The app's stylesheet does not block the page's first paint (build/firstView.ts: it arrives with
// media="print" so the page's picture of the map is painted without waiting for it). Before React
// renders the interface it is switched on, and the render waits until it has loaded, so the
// interface is never shown unstyled. A stylesheet that fails to load does not keep the app from
// starting (its error counts as done, and so does a wait longer than STYLE_WAIT_MS, since a load
// that failed before this script ran fires no event): an unstyled app beats a blank one.

/** The attribute the build puts on each stylesheet link it deferred. */
export const DEFERRED_CSS_ATTRIBUTE = 'data-deferred-css';

/** Longest wait for the stylesheet before the interface is rendered anyway. */
export const STYLE_WAIT_MS = 10_000;

/** Switch the deferred stylesheets on; resolves once each has loaded (or failed). */
export function applyDeferredStyles(doc: Document = document): Promise<void> {
  const links = [...doc.querySelectorAll<HTMLLinkElement>(`link[${DEFERRED_CSS_ATTRIBUTE}]`)];
  return Promise.all(
    links.map((link) => {
      // A loaded stylesheet has its sheet, whatever its media; a pending one gets it on "load".
      const loaded = link.sheet
        ? Promise.resolve()
        : new Promise<void>((done) => {
            link.addEventListener('load', () => done(), { once: true });
            link.addEventListener('error', () => done(), { once: true });
            setTimeout(done, STYLE_WAIT_MS);
          });
      link.media = 'all';
      return loaded;
    }),
  ).then(() => undefined);
}
