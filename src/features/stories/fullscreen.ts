// Full screen is a nicety for projectors: browsers may refuse it (no user gesture, iframes, jsdom),
// so every call is guarded and failures are ignored.

export function enterFullscreen(doc: Document = document): void {
  const el = doc.documentElement;
  if (doc.fullscreenElement || typeof el.requestFullscreen !== 'function') return;
  try {
    el.requestFullscreen().catch(() => undefined);
  } catch {
    // Older engines throw synchronously instead of rejecting.
  }
}

export function leaveFullscreen(doc: Document = document): void {
  if (!doc.fullscreenElement || typeof doc.exitFullscreen !== 'function') return;
  try {
    doc.exitFullscreen().catch(() => undefined);
  } catch {
    // Nothing to do: the page is simply left as it is.
  }
}

/**
 * Calls `onExit` when the browser leaves full screen by itself (its own Esc or F11), which the page
 * never sees as a key press. Returns the unsubscribe function.
 */
export function onFullscreenExit(onExit: () => void, doc: Document = document): () => void {
  const listener = () => {
    if (!doc.fullscreenElement) onExit();
  };
  doc.addEventListener('fullscreenchange', listener);
  return () => doc.removeEventListener('fullscreenchange', listener);
}
