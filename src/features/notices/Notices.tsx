// Notices about things the app ignored (unknown ids in a link, a bad stored setting): visible,
// dismissible, never blocking.
import { useAppStore } from '../../store/store';
import { selectNotices } from '../../store/selectors';

export function Notices() {
  const notices = useAppStore(selectNotices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n, i) => (
        <p key={`${i}-${n}`} className="notice">
          <span>{n}</span>
          <button type="button" onClick={() => dismiss(i)} aria-label="Dismiss this notice">
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
