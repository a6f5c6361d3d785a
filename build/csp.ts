// The page's Content-Security-Policy, in one place: the build writes it into index.html as a <meta>
// tag (so the app is protected wherever its files are served from, even a plain file server), and
// deploy/nginx.conf sends it as a header together with what only a header can carry. A test checks
// that the two agree (tests/app/csp.test.ts) and the browser tests fail on any violation.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * The one stylesheet written into the page itself: what places the first-view picture
 * (src/app/firstView.css). Inline, it needs no request of its own, so the picture is painted as soon
 * as the page has arrived (on a slow link a stylesheet request is one more round trip before any
 * pixel); the app's own stylesheet no longer holds the first paint back (build/firstView.ts). The
 * policy allows exactly this text by its hash, and nothing else inline.
 */
export const FIRST_VIEW_CSS = readFileSync(new URL('../src/app/firstView.css', import.meta.url), 'utf8')
  // Comments explain the file; the page needs only the rules.
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s+/g, ' ')
  .trim();

/** `'sha256-…'` of a <style> element's text, as a CSP source expression. */
export const styleHash = (css: string) =>
  `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

/**
 * Only this origin, nothing inline, nothing evaluated. Each exception says who needs it:
 * - img-src data: blob: — the favicon placeholder, story-step pictures (SVG as data: URLs), the print
 *   picture and the export previews (blob: URLs);
 * - font-src data: — fonts embedded in SVG previews;
 * - worker-src blob: — layout workers bundled as blob: URLs (elkjs through comlink);
 * - style-src 'sha256-…' — the first-view picture's placement, inline in the page (FIRST_VIEW_CSS).
 * Code run in the page must not evaluate strings: zod, if it ever parses in the browser again, needs
 * `config({ jitless: true })` first (its probe for eval counts as a violation).
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': `'self' ${styleHash(FIRST_VIEW_CSS)}`,
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'worker-src': "'self' blob:",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};

/** Directives a <meta> tag cannot carry (browsers ignore them there, with a console error). */
export const HEADER_ONLY_DIRECTIVES: Readonly<Record<string, string>> = {
  // No site may frame the app (clickjacking). To embed it in a course page, name that host here.
  'frame-ancestors': "'none'",
};

const serialize = (d: Readonly<Record<string, string>>) =>
  Object.entries(d)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

/** The policy as the page's <meta> tag carries it. */
export const META_CSP = serialize(CSP_DIRECTIVES);
/** The policy as a server should send it. */
export const HEADER_CSP = serialize({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES });

/** Response headers for any static host of dist/ (deploy/nginx.conf sends exactly these). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_CSP,
  'X-Content-Type-Options': 'nosniff',
  // Links out (DOI, PubMed) need not tell the publisher which view a reader came from.
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Writes the policy into the built index.html, first in <head> so it covers every later tag. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'nociscope-csp',
    // The dev server injects inline scripts (React refresh): the policy is for what ships.
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CSP },
        injectTo: 'head-prepend',
      },
    ],
  };
}
