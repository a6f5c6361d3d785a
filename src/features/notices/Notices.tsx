// Notices about things the app ignored (unknown ids in a link, a bad stored setting): visible,
// dismissible, never blocking. One notice shows in full; several fold into one line with "dismiss all"
// and a disclosure, so a garbled link cannot push the map down the screen (issue 13: eight notices took
// 361 of 800 px).
import { useState } from 'react';
import { useAppStore } from '../../store/store';
import { selectNotices } from '../../store/selectors';

export function Notices() {
  const notices = useAppStore(selectNotices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const dismissAll = useAppStore((s) => s.dismissAllNotices);
  const [open, setOpen] = useState(false);
  if (notices.length === 0) return null;
  const list = (
    <ul className="notices__list" id="notices-list" hidden={notices.length > 1 && !open}>
      {notices.map((n, i) => (
        <li key={`${i}-${n}`} className="notice">
          <span>{n}</span>
          <button type="button" onClick={() => dismiss(i)} aria-label="Dismiss this notice">
            ×
          </button>
        </li>
      ))}
    </ul>
  );
  if (notices.length === 1)
    return (
      <div className="notices" role="status" aria-live="polite">
        {list}
      </div>
    );
  return (
    <div className="notices" role="status" aria-live="polite">
      <p className="notices__summary">
        <span>{notices.length} things ignored</span>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="notices-list"
          onClick={() => setOpen(!open)}
        >
          Details
        </button>
        <button type="button" onClick={dismissAll}>
          Dismiss all
        </button>
      </p>
      {list}
    </div>
  );
}
