// Copy text to the clipboard with a visible confirmation. Where the browser refuses (no
// permission, insecure context), the text appears in a read-only box, selected, to copy by hand.
import { useEffect, useRef, useState } from 'react';

type State = { status: 'idle' } | { status: 'copied' } | { status: 'manual' };

export function CopyButton({ text, label, what }: { text: string; label: string; what: string }) {
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
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setState({ status: 'copied' });
    } catch {
      setState({ status: 'manual' });
    }
  };

  return (
    <div className="copy">
      <button type="button" onClick={copy}>
        {label}
      </button>
      <span className="copy__status" role="status" aria-live="polite">
        {state.status === 'copied' ? `✓ Copied ${what}` : ''}
      </span>
      {state.status === 'manual' && (
        <label className="copy__manual">
          The browser did not allow copying. Select the text below and press Ctrl+C (⌘C on a Mac):
          <textarea ref={box} readOnly value={text} rows={6} aria-label={`${what} to copy`} />
        </label>
      )}
    </div>
  );
}
