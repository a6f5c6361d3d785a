// @vitest-environment jsdom
// The app's stylesheet arrives with media="print" (build/firstView.ts) and is switched on before the
// interface renders; the render waits for it, but never forever. (The build's side: tests/app/csp.test.ts.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyDeferredStyles, DEFERRED_CSS_ATTRIBUTE, STYLE_WAIT_MS } from '../../src/app/deferredStyles';

const addLink = () => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.media = 'print';
  link.setAttribute(DEFERRED_CSS_ATTRIBUTE, '');
  document.head.append(link);
  return link;
};

afterEach(() => {
  document.head.innerHTML = '';
  vi.useRealTimers();
});

describe('deferred stylesheet', () => {
  it('switches the stylesheet on and resolves only once it has loaded', async () => {
    const link = addLink();
    let done = false;
    const applied = applyDeferredStyles(document).then(() => (done = true));
    expect(link.media).toBe('all');
    await Promise.resolve();
    expect(done).toBe(false);
    link.dispatchEvent(new Event('load'));
    await applied;
    expect(done).toBe(true);
  });

  it('a stylesheet that fails, or never answers, does not keep the app from starting', async () => {
    const failed = addLink();
    const first = applyDeferredStyles(document);
    failed.dispatchEvent(new Event('error'));
    await expect(first).resolves.toBeUndefined();
    document.head.innerHTML = '';
    vi.useFakeTimers();
    addLink();
    let done = false;
    const silent = applyDeferredStyles(document).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(STYLE_WAIT_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await silent;
    expect(done).toBe(true);
  });

  it('with nothing deferred (the dev server) it resolves at once', async () => {
    await expect(applyDeferredStyles(document)).resolves.toBeUndefined();
  });
});
