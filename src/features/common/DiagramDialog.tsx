// The pathway diagram of the paths found, in a wide dialog over the map: the side panel is too
// narrow to read a diagram in. Rendered into document.body (a portal): inside the side panel, whose
// CSS containment makes it the containing block of anything fixed, the backdrop would be the size
// of the panel (164 × 461 px on a 1024 × 768 projector). The page behind it is inert while it is
// open, and Tab wraps within it; Esc or Close returns focus to the button that opened it.
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './diagramDialog.css';

const FOCUSABLE =
  'button:not(:disabled), [href], input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

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
  const backdrop = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // What is underneath cannot be reached by Tab or a screen reader's virtual cursor while open.
    const below = [...document.body.children].filter(
      (el): el is HTMLElement => el instanceof HTMLElement && el !== backdrop.current && !el.inert,
    );
    for (const el of below) el.inert = true;
    close.current?.focus();
    return () => {
      for (const el of below) el.inert = false;
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab') return;
    // Inert keeps focus out of the page; this keeps it from leaving for the browser's own toolbar.
    const items = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };
  return createPortal(
    <div ref={backdrop} className="diagram-backdrop">
      <div
        className="diagram-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onKeyDown={onKeyDown}
      >
        <div className="diagram-dialog-head">
          <h2 id={`${id}-title`}>{title}</h2>
          <button ref={close} type="button" onClick={onClose}>
            Close
          </button>
        </div>
        {children}
      </div>
    </div>,
    document.body,
  );
}
