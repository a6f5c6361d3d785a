// "Copy link to this step": the address already holds the story and step (src/store/url.ts).
// Where the clipboard is unavailable (plain http, old browsers) the link is shown selected instead.
import { useEffect, useRef, useState } from 'react';

type Status = 'idle' | 'copied' | 'manual';

export function CopyLinkButton({ label = 'Copy link to this step' }: { label?: string }) {
  const [status, setStatus] = useState<Status>('idle');
  const [link, setLink] = useState('');
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (status === 'manual') field.current?.select();
    if (status !== 'copied') return;
    const t = window.setTimeout(() => setStatus('idle'), 4000);
    return () => window.clearTimeout(t);
  }, [status]);

  const copy = async () => {
    const href = window.location.href;
    setLink(href);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(href);
      setStatus('copied');
    } catch {
      setStatus('manual');
    }
  };

  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="copy-link__status">
        {status === 'copied' && 'Link copied.'}
        {status === 'manual' && 'Copy the selected link (Ctrl+C or ⌘C).'}
      </span>
      {status === 'manual' && (
        <input
          ref={field}
          type="text"
          readOnly
          value={link}
          aria-label="Link to this step"
          className="copy-link__field"
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </div>
  );
}
