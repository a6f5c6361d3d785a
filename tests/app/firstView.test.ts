// @vitest-environment jsdom
// The page's picture of the map (src/app/firstView.ts): shown by the page only after a delay
// (src/app/firstView.css), so the app drops a picture still hidden when it starts drawing the live
// map, and keeps one already on screen until the map has drawn. The delay itself, the reveal and
// the removal after the first frame are checked in Chromium (tests/e2e/firstView.e2e.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followFirstView } from '../../src/app/firstView';

// What the rule reads besides the page: the address (a query drops the picture at once) and the
// canvas's first-frame mark (which drops it too). Files before this one in the same worker may have
// left either behind (the URL tests, a canvas test's mark).
beforeEach(() => {
  window.history.replaceState(null, '', '/');
  performance.clearMarks();
});

function page(visibility: 'hidden' | 'visible') {
  document.head.innerHTML = `<style>.first-view { visibility: ${visibility}; }</style>`;
  document.body.innerHTML = '<div id="first-view" class="first-view"><svg></svg></div><div id="root"></div>';
  return document.getElementById('first-view')!;
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('the first-view picture when the app starts drawing', () => {
  it('is dropped while the page has not shown it yet', () => {
    const picture = page('hidden');
    const view = followFirstView();
    expect(picture.isConnected).toBe(true);
    view.mapComing();
    expect(document.getElementById('first-view')).toBeNull();
  });

  it('stays while it is on screen (it goes after the live map has drawn)', () => {
    const picture = page('visible');
    followFirstView().mapComing();
    expect(picture.isConnected).toBe(true);
  });

  it('does nothing when the page has no picture', () => {
    document.body.innerHTML = '<div id="root"></div>';
    expect(() => followFirstView().mapComing()).not.toThrow();
  });
});
