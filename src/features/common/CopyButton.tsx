// Copy text to the clipboard with a visible confirmation. Where the browser refuses (no
// permission, plain http, older browsers), the text appears in a read-only box, selected, to copy
// by hand. `text` may be a function, read at the click: a link must be the address of that moment.
import { useEffect, useRef, useState } from 'react';
import './copy.css';

type State = { status: 'idle' } | { status: 'copied' } | { status: 'manual'; text: string };

export function CopyButton({
  text,
  label,
  what,
}: {
  text: string | (() => string);
  label: string;
  /** What is copied, for the confirmation: "Copied the link". */
  what: string;
}) {
  const [state, setState] = useState<State>({ status: 'idle' });
  const box = useRef<HTMLTextAreaElement>(null);

  // A new text (other scope or style) starts over.
  useEffect(() => setState({ status: 'idle' }), [text]);
  useEffect(() => {
    if (state.status === 'manual') {
      box.current?.focus();
      box.current?.select();
    }
  }, [state]);

  const copy = async () => {
    const value = typeof text === 'function' ? text() : text;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setState({ status: 'copied' });
    } catch {
      setState({ status: 'manual', text: value });
    }
  };

  return (
    <div className="copy">
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span className="copy__status" role="status" aria-live="polite">
        {state.status === 'copied' ? `✓ Copied ${what}` : ''}
      </span>
      {state.status === 'manual' && (
        <label className="copy__manual">
          The browser did not allow copying. Select the text below and press Ctrl+C (⌘C on a Mac):
          <textarea ref={box} readOnly value={state.text} rows={4} aria-label={`${what} to copy`} />
        </label>
      )}
    </div>
  );
}
