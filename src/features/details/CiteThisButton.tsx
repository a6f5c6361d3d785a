// "Cite this": opens the Export & cite tab, whose Cite section starts on the current selection
// (CiteSection picks the selected relation or source by default), and moves focus there.
import { useAppStore } from '../../store/store';
import { CITE_HEADING_ID } from '../common/ids';

export function CiteThisButton({ what }: { what: 'relation' | 'source' }) {
  const setPanel = useAppStore((s) => s.setPanel);
  const open = () => {
    setPanel('export');
    // The tab renders on the next frame; then bring its Cite section into view for keyboard users.
    requestAnimationFrame(() => {
      const heading = document.getElementById(CITE_HEADING_ID);
      heading?.scrollIntoView?.({ block: 'start' });
      heading?.focus();
    });
  };
  return (
    <button type="button" className="cite-this" onClick={open}>
      Cite this {what}
    </button>
  );
}
