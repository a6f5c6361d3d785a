// The Content-Security-Policy: strict enough (nothing inline, nothing evaluated, no other host), and
// the same in the page's <meta> tag, the preview server and the nginx config shipped for hosting.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { DEFERRED_CSS_ATTRIBUTE } from '../../src/app/deferredStyles';
import { deferStylesheets } from '../../build/firstView';
import { CSP_DIRECTIVES, FIRST_VIEW_CSS, HEADER_CSP, META_CSP, SECURITY_HEADERS } from '../../build/csp';

const parse = (policy: string) =>
  new Map(
    policy.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources] as const;
    }),
  );

describe('Content-Security-Policy', () => {
  it('allows only this origin, nothing inline or evaluated, no plugins, no <base>', () => {
    const meta = parse(META_CSP);
    expect(meta.get('default-src')).toEqual(["'self'"]);
    expect(meta.get('script-src')).toEqual(["'self'"]);
    // One inline stylesheet, by its hash: the first-view picture's placement (build/firstView.ts).
    const hash = createHash('sha256').update(FIRST_VIEW_CSS).digest('base64');
    expect(meta.get('style-src')).toEqual(["'self'", `'sha256-${hash}'`]);
    expect(meta.get('object-src')).toEqual(["'none'"]);
    expect(meta.get('base-uri')).toEqual(["'none'"]);
    for (const [name, sources] of meta) {
      // No host names, no wildcards, no 'unsafe-…': only keywords and the data:/blob: schemes.
      for (const s of sources)
        if (name !== 'style-src' || s === "'self'")
          expect(["'self'", "'none'", 'data:', 'blob:'], `${name} ${s}`).toContain(s);
      // data: and blob: only where the app needs them, never for scripts.
      if (/^(script|default|connect|style)-src$/.test(name)) expect(sources).not.toContain('data:');
    }
  });

  it('keeps frame-ancestors out of the <meta> tag (browsers ignore it there) and in the header', () => {
    expect(META_CSP).not.toContain('frame-ancestors');
    expect(parse(HEADER_CSP).get('frame-ancestors')).toEqual(["'none'"]);
    expect(HEADER_CSP.startsWith(META_CSP)).toBe(true);
  });

  it('deploy/nginx.conf sends exactly the documented headers', () => {
    const conf = readFileSync('deploy/nginx.conf', 'utf8');
    const sent = Object.fromEntries(
      [...conf.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)].map((m) => [m[1]!, m[2]!]),
    );
    // When src/app/firstView.css changes, its hash in the policy does: paste this line's policy there.
    expect(sent, `deploy/nginx.conf: Content-Security-Policy "${HEADER_CSP}"`).toEqual(SECURITY_HEADERS);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(HEADER_CSP);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
  });

  it('the inline first-view rules are plain CSS rules: no url(), no @import (nothing fetched)', () => {
    expect(FIRST_VIEW_CSS).toMatch(/^\.first-view \{/);
    expect(FIRST_VIEW_CSS).not.toMatch(/url\(|@import|\/\*|<\/style/i);
  });

  it('the build preloads the entry stylesheet and links it with media="print", marked for the app', () => {
    const html = '<head><link rel="stylesheet" crossorigin href="./assets/index-x1.css"></head>';
    expect(deferStylesheets(html)).toBe(
      '<head><link rel="preload" as="style" crossorigin href="./assets/index-x1.css">' +
        `<link rel="stylesheet" crossorigin href="./assets/index-x1.css" media="print" ${DEFERRED_CSS_ATTRIBUTE}></head>`,
    );
  });

  it('names every directive once', () => {
    expect(parse(HEADER_CSP).size).toBe(Object.keys(CSP_DIRECTIVES).length + 1);
  });
});
