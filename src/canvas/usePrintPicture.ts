// Printing the explorer: Cytoscape's canvases do not reflow to a paper page, so just before the
// browser prints, the current view is drawn once as a PNG that the print stylesheet shows in place
// of the live canvas (styles.css, @media print). Nothing is drawn until someone prints.
import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The view as a PNG at 2×. The print layout hides the live canvas, and Cytoscape re-measures its
 * container (a ResizeObserver, 100 ms later) to nothing: a print that starts after that (a slow
 * machine, emulated print media) would get an empty picture. The canvas is then given its last real
 * size again, off-screen, for as long as the picture takes.
 */
function pictureOf(cy: Core, last: { w: number; h: number } | null): string {
  const container = cy.container();
  const png = () => cy.png({ full: false, scale: 2, bg: '#FFFFFF' });
  if (!container || !last || (cy.width() >= 1 && cy.height() >= 1)) return png();
  // The element the print layout hides: the canvas's wrapper, or the container itself.
  let hidden: HTMLElement | null = null;
  for (let el: HTMLElement | null = container; el && el !== document.body; el = el.parentElement)
    if (getComputedStyle(el).display === 'none') hidden = el;
  if (!hidden) return png();
  // Property by property (CSSOM): the page's CSP refuses style attributes.
  const forced: [string, string][] = [
    ['display', 'block'],
    ['position', 'fixed'],
    ['left', '-100000px'],
    ['top', '0'],
    ['width', `${last.w}px`],
    ['height', `${last.h}px`],
  ];
  for (const [name, value] of forced) hidden.style.setProperty(name, value, 'important');
  cy.resize();
  const picture = png();
  for (const [name] of forced) hidden.style.removeProperty(name);
  cy.resize();
  return picture;
}

export function usePrintPicture(cy: Core | null): string | null {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    if (!cy) return;
    let last: { w: number; h: number } | null = null;
    const remember = () => {
      if (cy.width() >= 1 && cy.height() >= 1) last = { w: cy.width(), h: cy.height() };
    };
    remember();
    cy.on('resize', remember);
    // The print layout is computed right after 'beforeprint': the picture must be in the DOM by then.
    const take = () => flushSync(() => setSrc(pictureOf(cy, last)));
    const clear = () => setSrc(null);
    // Print preview emulation (DevTools, browser tests) switches the media without print events.
    const media = window.matchMedia('print');
    const onMedia = (e: MediaQueryListEvent) => (e.matches ? take() : clear());
    window.addEventListener('beforeprint', take);
    window.addEventListener('afterprint', clear);
    media.addEventListener('change', onMedia);
    return () => {
      cy.off('resize', remember);
      window.removeEventListener('beforeprint', take);
      window.removeEventListener('afterprint', clear);
      media.removeEventListener('change', onMedia);
    };
  }, [cy]);
  return src;
}
