// The first screen's picture of the map, in the page itself (issue 23, "pixels before the
// JavaScript"): on a slow link the bundle takes seconds to arrive, compile and draw, and until then
// the screen stayed blank. The picture is written here, at build time, from the same data, positions,
// palette and label rules as the live canvas (src/image/firstView.ts), and sits where the canvas will
// be (src/app/firstView.css). It is inline SVG: markup, not script or style, so the
// Content-Security-Policy has nothing to allow, and it is no part of the JavaScript budget. The page
// removes it once the live canvas has drawn its first frame (src/app/firstView.ts).
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { fromSnapshot } from '../src/model/snapshot';
import { firstViewSvg } from '../src/image/firstView';
import { compileGraphData } from './graphData';

/** The id of the picture's element in index.html (src/app/firstView.ts looks it up). */
export const FIRST_VIEW_ID = 'first-view';

/**
 * The element the page starts with: the picture and a line saying the interactive map is on its
 * way. Decorative for assistive technology (aria-hidden: the live map and its text follow, and
 * nothing in it takes focus); a sighted reader sees the map at once and knows it is not yet live.
 */
export function firstViewTag(svg: string): HtmlTagDescriptor {
  return {
    tag: 'div',
    attrs: { id: FIRST_VIEW_ID, class: 'first-view', 'aria-hidden': 'true' },
    children: `${svg}<p class="first-view__note">Loading the interactive map…</p>`,
    injectTo: 'body-prepend',
  };
}

export function firstView(dir = 'graph-data'): Plugin {
  let root = process.cwd();
  return {
    name: 'nociscope-first-view',
    // Built pages only: the dev server would write it again on every load, and serves its code fast.
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml() {
      // Invalid data fails the build in build/graphData.ts, which reports it.
      const { data } = compileGraphData(root, dir);
      if (!data.ok) return [];
      return [firstViewTag(firstViewSvg(fromSnapshot(data.snapshot).graph).svg)];
    },
  };
}
