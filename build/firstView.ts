// The first screen's picture of the map, in the page itself (issue 23, "pixels before the
// JavaScript"): on a slow link the bundle takes seconds to arrive, compile and draw, and until then
// the screen stayed blank. The picture is written here, at build time, from the same data, positions,
// palette and label rules as the live canvas (src/image/firstView.ts), and sits where the canvas will
// be (src/app/firstView.css). It is inline SVG: markup, not script, and no part of the JavaScript
// budget. The page removes it once the live canvas has drawn its first frame (src/app/firstView.ts).
//
// Nothing may hold its first paint back on a slow link: the few rules that place it are inline in
// the page (allowed by their hash in the Content-Security-Policy, build/csp.ts), and the app's own
// stylesheet no longer blocks rendering. A render-blocking stylesheet costs a round trip after the
// page (0.56 s on DevTools' Fast 3G) and shares the link with the JavaScript downloading at the same
// time. It is loaded at once and at high priority (a preload) with media="print", which does not
// block painting, and the app's script switches it on before React renders the interface
// (src/app/deferredStyles.ts), so the interface is never shown unstyled.
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { fromSnapshot } from '../src/model/snapshot';
import { DEFERRED_CSS_ATTRIBUTE } from '../src/app/deferredStyles';
import { FIRST_VIEW_CSS } from './csp';
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
    children: `<div class="first-view__map">${svg}</div><p class="first-view__note">Loading the interactive map…</p>`,
    injectTo: 'body-prepend',
  };
}

/** The inline <style> with the picture's placement (its hash is in the page's policy). */
export const firstViewStyleTag = (): HtmlTagDescriptor => ({
  tag: 'style',
  children: FIRST_VIEW_CSS,
  injectTo: 'head',
});

/**
 * The built page's render-blocking stylesheet links, made non-blocking: preloaded (fetched at once,
 * high priority) and applied with media="print" until the app switches them on. Only links Vite put
 * in the page itself (the entry's CSS); lazy parts add theirs from script.
 */
export function deferStylesheets(html: string): string {
  return html.replace(
    /<link rel="stylesheet"( crossorigin)? href="([^"]+\.css)">/g,
    (_, crossorigin: string | undefined, href: string) =>
      `<link rel="preload" as="style"${crossorigin ?? ''} href="${href}">` +
      `<link rel="stylesheet"${crossorigin ?? ''} href="${href}" media="print" ${DEFERRED_CSS_ATTRIBUTE}>`,
  );
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
    transformIndexHtml: {
      // After Vite has written the entry's <link rel="stylesheet"> into the page.
      order: 'post',
      handler(html) {
        // Invalid data fails the build in build/graphData.ts, which reports it.
        const { data } = compileGraphData(root, dir);
        if (!data.ok) return html;
        return {
          html: deferStylesheets(html),
          tags: [firstViewStyleTag(), firstViewTag(firstViewSvg(fromSnapshot(data.snapshot).graph).svg)],
        };
      },
    },
  };
}
