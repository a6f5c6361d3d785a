// Printing the explorer: Cytoscape's canvases do not reflow to a paper page, so just before the
// browser prints, the current view is drawn once as a PNG that the print stylesheet shows in place
// of the live canvas (styles.css, @media print). Nothing is drawn until someone prints.
import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export function usePrintPicture(cy: Core | null): string | null {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    if (!cy) return;
    // The print layout is computed right after 'beforeprint': the picture must be in the DOM by then.
    const take = () => flushSync(() => setSrc(cy.png({ full: false, scale: 2, bg: '#FFFFFF' })));
    const clear = () => setSrc(null);
    // Print preview emulation (DevTools, browser tests) switches the media without print events.
    const media = window.matchMedia('print');
    const onMedia = (e: MediaQueryListEvent) => (e.matches ? take() : clear());
    window.addEventListener('beforeprint', take);
    window.addEventListener('afterprint', clear);
    media.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', take);
      window.removeEventListener('afterprint', clear);
      media.removeEventListener('change', onMedia);
    };
  }, [cy]);
  return src;
}
