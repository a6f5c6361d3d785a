// The pathway diagram of the paths found, in a wide dialog over the map: the side panel is too
// narrow to read a diagram in. Esc or Close returns focus to the button that opened it.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './diagramDialog.css';

export function DiagramDialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const id = useId();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    close.current?.focus();
    return () => opener?.focus();
  }, []);
  return (
    <div className="diagram-backdrop">
      <div
        className="diagram-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <div className="diagram-dialog-head">
          <h2 id={`${id}-title`}>{title}</h2>
          <button ref={close} type="button" onClick={onClose}>
            Close
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
